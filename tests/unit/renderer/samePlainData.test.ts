// The panels redraw only when what their selectors return changes in value.
import { expect, test } from 'vitest';
import { samePlainData } from '../../../renderer/editor/samePlainData';

test('equal plain data is the same, whatever the objects', () => {
  expect(samePlainData({ words: 3, figures: [{ pos: 4, warnings: [] }] }, { words: 3, figures: [{ pos: 4, warnings: [] }] })).toBe(true);
  expect(samePlainData(Number.NaN, Number.NaN)).toBe(true);
  expect(samePlainData(null, null)).toBe(true);
});

test('any difference in value, length, key or kind is not the same', () => {
  expect(samePlainData({ words: 3 }, { words: 4 })).toBe(false);
  expect(samePlainData([1, 2], [1, 2, 3])).toBe(false);
  expect(samePlainData({ a: 1 }, { b: 1 })).toBe(false);
  expect(samePlainData({ a: undefined }, {})).toBe(false);
  expect(samePlainData([], {})).toBe(false);
  expect(samePlainData({ pos: 1 }, null)).toBe(false);
  expect(samePlainData('1', 1)).toBe(false);
});

test('objects that are not plain data are the same only when they are one object', () => {
  const day = new Date(0);
  expect(samePlainData(day, day)).toBe(true);
  expect(samePlainData(new Date(0), new Date(0))).toBe(false);
});
