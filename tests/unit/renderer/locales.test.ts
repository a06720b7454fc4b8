// Every message the services can send must reach the user in plain words, in both languages.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { errorCodes, problemCodes } from '../../../electron/contract/errors';

const localesDir = path.resolve('resources/locales');

/** All translation files of one language merged, as renderer/i18n does. */
function load(language: 'vi' | 'en'): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const file of readdirSync(localesDir)) {
    if (file === `${language}.json` || file.endsWith(`.${language}.json`)) {
      deepMerge(merged, JSON.parse(readFileSync(path.join(localesDir, file), 'utf8')));
    }
  }
  return merged;
}

function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      target[key] = target[key] ?? {};
      deepMerge(target[key] as Record<string, unknown>, value as Record<string, unknown>);
    } else target[key] = value;
  }
}

function keys(object: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const get = (object: Record<string, unknown>, dotted: string) =>
  dotted.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], object);

describe('UI translations', () => {
  const vi = load('vi');
  const en = load('en');

  test.each(['vi', 'en'] as const)('every error and problem code has a %s message', (language) => {
    const strings = language === 'vi' ? vi : en;
    const missing = [
      ...errorCodes.map((c) => `errors.${c}`),
      ...problemCodes.map((c) => `problems.${c}`),
    ].filter((key) => typeof get(strings, key) !== 'string' || !(get(strings, key) as string).trim());
    expect(missing).toEqual([]);
  });

  test('Vietnamese and English have the same keys', () => {
    // English plural forms (`_one`) have no Vietnamese counterpart: Vietnamese does not inflect.
    const base = (list: string[]) => [...new Set(list.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
    expect(base(keys(en))).toEqual(base(keys(vi)));
  });

  test('Vietnamese strings are NFC', () => {
    const notNfc = keys(vi).filter((k) => {
      const v = get(vi, k);
      return typeof v === 'string' && v !== v.normalize('NFC');
    });
    expect(notNfc).toEqual([]);
  });
});
