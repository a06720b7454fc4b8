// fast-check arbitraries for IPC payloads that are wrong for their channel: anything at all,
// and — more searching — a valid example with one field swapped, removed or added, or
// wrapped in the wrong container. Every value is checked against the channel's own schema,
// so a payload that happens to be valid is never counted as wrong.
import fc from 'fast-check';
import type { Channel } from '../../../../electron/contract/ipc/channelNames';
import { requestSchemas } from '../../../../electron/contract/ipc/schemas';

const ID = 'abcdefghij0123456789';
const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

/** One valid request per channel; channels added later still get the generic arbitraries. */
export const validExamples: Partial<Record<Channel, Record<string, unknown>>> = {
  'settings:get': {},
  'settings:update': { profile: { name: 'Phóng viên', role: 'reporter' } },
  'library:list': {},
  'article:create': { headline: 'Tiêu đề' },
  'article:open': { id: ID },
  'article:update': { id: ID, update: bytes },
  'article:close': { id: ID },
  'article:rename': { id: ID, headline: 'Tiêu đề' },
  'article:duplicate': { id: ID },
  'article:trash': { id: ID },
  'trash:restore': { trashId: 'x' },
  'media:import': { articleId: ID, fileName: 'a.png', bytes },
  'library:vocabulary': {},
  'library:search': { query: 'hà tĩnh' },
  'article:import': { fileName: 'a.txt', bytes },
  'article:exportPreview': { id: ID },
  'article:export': { id: ID, zip: false },
  'dialog:chooseFolder': { purpose: 'library' },
  'language:check': { parts: [{ kind: 'body', text: 'chữ' }] },
  'language:convert': { text: 'chữ' },
  'package:send': { id: ID },
  'package:open': { fileName: 'bài.soan', bytes },
  'package:resolve': { id: ID, choice: { kind: 'overlapping-edits', flagId: 'rewrite-1', passage: 'ab', drop: [[0, 1]] } },
  'paste:convert': { articleId: ID, html: '<p>chữ</p>' },
  'sync:mergeReports': { id: ID },
  'sync:dismissMergeReport': { id: ID },
};

/** Values that have broken validators before: odd types, huge and hostile strings, bytes, nesting. */
const nasty = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
  fc.constantFrom('../../etc/passwd', '/etc/passwd', 'C:\\Windows', 'a\u0000b', '__proto__', 'constructor', '', ' ', 'x'.repeat(5000), Number.NaN, Infinity, -1, 1e308, true, null, undefined, [], {}, new Uint8Array(3), new ArrayBuffer(4)),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.integer(),
  fc.double(),
);

export function wrongPayload(channel: Channel): fc.Arbitrary<unknown> {
  const example = validExamples[channel] ?? {};
  const keys = Object.keys(example);
  const variants: Array<fc.Arbitrary<unknown>> = [
    nasty,
    nasty.map((value) => [example, value]),
    fc.string({ maxLength: 20 }).chain((key) => nasty.map((value) => ({ ...example, [key || 'extra']: value }))),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
    fc.constant({ ...example, constructor: { prototype: { polluted: true } } }),
  ];
  if (keys.length) {
    variants.push(fc.constantFrom(...keys).chain((key) => nasty.map((value) => ({ ...example, [key]: value }))));
    variants.push(fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(example).filter(([k]) => k !== key))));
  }
  const schema = requestSchemas[channel];
  // dispatch reads a missing payload as {} (as the renderer sends for empty requests).
  return fc.oneof(...variants).filter((payload) => !schema.safeParse(payload ?? {}).success);
}
