// The browser harness's JSON keeps bytes as bytes, and everything else exactly as it was,
// including text that happens to mention the tag bytes travel under.
import { expect, test } from 'vitest';
import { fromWireJson, toWireJson } from '../../../electron/contract/ipc/wireJson';

test('bytes come back as the same bytes, next to plain values', () => {
  const bytes = new Uint8Array([0, 1, 2, 250, 255]);
  const back = fromWireJson(toWireJson({ ok: true, value: { name: 'ảnh.png', bytes, sizes: [1, 2] } })) as { value: { bytes: Uint8Array; name: string; sizes: number[] } };
  expect(back.value.bytes).toBeInstanceOf(Uint8Array);
  expect([...back.value.bytes]).toEqual([...bytes]);
  expect(back.value.name).toBe('ảnh.png');
  expect(back.value.sizes).toEqual([1, 2]);
});

test('an answer without bytes comes back equal, also when its text mentions "$bytes"', () => {
  const findings = Array.from({ length: 50 }, (_, i) => ({ id: `f${i}`, text: 'tồt', pos: { from: i, to: i + 3 }, params: {} }));
  expect(fromWireJson(toWireJson({ ok: true, value: findings }))).toEqual({ ok: true, value: findings });
  const odd = { ok: true, value: { $bytes: 'not base64 at all, only text', note: 'a "$bytes" key with company' } };
  expect(fromWireJson(toWireJson(odd))).toEqual(odd);
});

test('text that is not JSON is refused, not guessed at', () => {
  expect(() => fromWireJson('<html>502 Bad Gateway</html>')).toThrow();
});
