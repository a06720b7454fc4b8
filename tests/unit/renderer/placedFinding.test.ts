// The editor keeps findings compactly (thousands in a long article); the panel and the menu
// must still show each one's message and suggestions exactly as the check reported them.
import { expect, test } from 'vitest';
import type { LanguageFinding } from '../../../electron/contract/types';
import { FindingPacker, movedFinding, sameReport } from '../../../renderer/language/placedFinding';

function reported(text: string, message: string, suggestions: string[]): LanguageFinding {
  return { rule: 'spelling', severity: 'error', message, messageKey: 'spelling.notAWord', params: { word: text }, text, from: 0, to: text.length, suggestions, part: 2, partKind: 'body' };
}

test('message and suggestions read back as reported, whatever the words hold', () => {
  const packer = new FindingPacker();
  const cases = [
    reported('ngọm', '“ngọm” không phải là một tiếng có trong tiếng Việt.', ['ngọn', 'ngoạm']),
    reported('ngọm', '“ngọm” không phải là một tiếng có trong tiếng Việt.', []),
    reported('a$&b', 'Từ “a$&b” lặp lại: a$&b.', ['$1', '']),
    reported('  ', 'Hai dấu cách liền nhau.', [' ']),
    reported('xyz', 'Không nhắc đến từ này.', ['x\u0000y', 'z']),
    reported('q', 'Lạ\u0000: “q”', ['']),
  ];
  cases.forEach((finding, i) => {
    const placed = packer.pack(finding, `1-${i}`, { from: 1, to: 1 + finding.text.length });
    expect([placed.id, placed.rule, placed.severity, placed.text]).toEqual([`1-${i}`, 'spelling', 'error', finding.text]);
    expect(placed.message).toBe(finding.message);
    expect(placed.suggestions).toEqual(finding.suggestions);
    const moved = movedFinding(placed, { from: 5, to: 5 + finding.text.length });
    expect([moved.id, moved.message, moved.suggestions, moved.pos.from, moved.pos.to]).toEqual([placed.id, finding.message, finding.suggestions, 5, 5 + finding.text.length]);
    expect([placed.pos.from, placed.pos.to]).toEqual([1, 1 + finding.text.length]);
  });
});

test('a finding reported without a message or suggestions shows none', () => {
  const bare = { rule: 'x', severity: 'info', text: 'ab', part: 0, from: 0, to: 2 } as unknown as LanguageFinding;
  const placed = new FindingPacker().pack(bare, '1-0', { from: 1, to: 3 });
  expect(placed.message).toBe('');
  expect(placed.suggestions).toEqual([]);
});

test('each finding keeps its own id, rule and severity, whatever form the id takes', () => {
  const packer = new FindingPacker();
  const style = { ...reported('Thành phố', 'Viết “thành phố”.', ['thành phố']), rule: 'house-style', severity: 'warning' } as LanguageFinding;
  const ids = ['7-0', '7-12', 'f3', '7-05', 'a-b', '-4', '12', '7-9007199254740993'];
  const placed = ids.map((id, i) => packer.pack(i % 2 ? style : reported('ngọm', '“ngọm” không phải là một tiếng.', ['ngọn']), id, { from: i, to: i + 1 }));
  expect(placed.map((p) => p.id)).toEqual(ids);
  expect(placed.map((p) => `${p.rule}/${p.severity}`)).toEqual(ids.map((_, i) => (i % 2 ? 'house-style/warning' : 'spelling/error')));
  expect(placed.map((p) => p.message)).toEqual(ids.map((_, i) => (i % 2 ? 'Viết “thành phố”.' : '“ngọm” không phải là một tiếng.')));
  expect(movedFinding(placed[1]!, { from: 20, to: 21 }).id).toBe('7-12');
});

test('two checks report the same finding only when words, message and suggestions all agree', () => {
  const cases = [
    reported('ngọm', '“ngọm” không phải là một tiếng có trong tiếng Việt.', ['ngọn', 'ngoạm']),
    reported('ngọm', '“ngọm” không phải là một tiếng có trong tiếng Việt.', ['ngọn']),
    reported('ngọm', '“ngọm” không phải là một tiếng có trong tiếng Việt!', ['ngọn', 'ngoạm']),
    reported('ngọm', '“ngọm” không phải là một tiếng có trong tiếng Việt.', []),
    reported('ngọp', '“ngọp” không phải là một tiếng có trong tiếng Việt.', ['ngọn', 'ngoạm']),
    reported('xyz', 'Không nhắc đến từ này.', ['x\u0000y', 'z']),
    reported('xyz', 'Không nhắc đến từ này.', ['x\u0000y', 'w']),
  ];
  // Each check packs its answer afresh (its own shared strings).
  const first = cases.map((finding, i) => new FindingPacker().pack(finding, `1-${i}`, { from: 1, to: 5 }));
  const second = cases.map((finding, i) => new FindingPacker().pack(structuredClone(finding), `2-${i}`, { from: 9, to: 13 }));
  first.forEach((a, i) => {
    second.forEach((b, j) => expect(sameReport(a, b), `${i} against ${j}`).toBe(i === j));
    // A finding kept as a plain object (as tests and older code make them) compares the same way.
    expect(sameReport(a, { ...cases[i]!, id: 'p', pos: { from: 1, to: 5 } })).toBe(true);
  });
});
