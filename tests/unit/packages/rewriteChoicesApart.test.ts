// Two machines that each receive the merge report of one rewrite conflict and each keep a
// different side before they meet again (the reviewer's case): each choice drops the other
// side's letters, so once the results meet the passage holds neither. The next merge report
// lists it, with both sides readable, and choosing one puts it back — through the real
// services on disk, two libraries and packages travelling between them.
import { expect, test } from 'vitest';
import { bothReports, differing, keepOwn, send, sentence } from './choicesApart';

/** Lan keeps "giảm", Minh keeps his "tăng mạnh", before they meet: then Lan opens Minh's result. */
async function choseApart() {
  const s = await bothReports();
  await s.lan.call('package:resolve', { id: s.id, choice: keepOwn(s.lanFlag) });
  await s.minh.call('package:resolve', { id: s.id, choice: keepOwn(s.minhFlag) });
  expect(await sentence(s.lan, s.id)).toBe('Giá giảm mạnh.');
  expect(await sentence(s.minh, s.id)).toBe('Giá tăng mạnh mạnh.');
  const met = (await s.lan.call('package:open', { fileName: 'd.soan', bytes: await send(s.minh, s.id) })).report;
  return { ...s, met };
}

test('opposite choices made on two machines before they meet are listed in the next report, both sides readable', async () => {
  const { lan, id, met } = await choseApart();
  // Both choices dropped the other's letters: the passage holds neither side whole…
  expect(await sentence(lan, id)).toBe('Giá tăng mạnh.');
  // …and the report says so, with each side as its choice left it.
  const [entry] = differing(met);
  expect(differing(met)).toHaveLength(1);
  expect(entry.piece).toBe('body');
  expect(entry.now).toBe('tăng');
  expect(entry.sides.map((side) => [side.by, side.before, side.text, side.after])).toEqual([
    ['Nguyễn Thị Lan', 'Giá ', 'giảm', ' mạnh.'],
    ['Trần Văn Minh', 'Giá ', 'tăng mạnh', ' mạnh.'],
  ]);
}, 60_000);

test('choosing Lan\'s side of the new entry puts "giảm" back, and Minh, receiving it, sees nothing more to choose', async () => {
  const { lan, minh, id, met } = await choseApart();
  const [entry] = differing(met);
  await lan.call('package:resolve', { id, choice: { kind: 'rewrite-choices-differ', keep: entry.sides[0].record, other: entry.sides[1].record } });
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh.');
  // Settled: the same choice again changes nothing and is refused in plain words.
  const again = await lan.fail('package:resolve', { id, choice: { kind: 'rewrite-choices-differ', keep: entry.sides[0].record, other: entry.sides[1].record } });
  expect(again.code).toBe('package-choice-stale');
  const back = (await minh.call('package:open', { fileName: 'e.soan', bytes: await send(lan, id) })).report;
  expect(differing(back)).toEqual([]);
  expect(await sentence(minh, id)).toBe('Giá giảm mạnh.');
}, 60_000);

test('choosing Minh\'s side of the new entry puts "tăng mạnh" back on either machine', async () => {
  const { lan, minh, id, met } = await choseApart();
  const [entry] = differing(met);
  await lan.call('package:resolve', { id, choice: { kind: 'rewrite-choices-differ', keep: entry.sides[1].record, other: entry.sides[0].record } });
  expect(await sentence(lan, id)).toBe('Giá tăng mạnh mạnh.');
  // Minh gets the same entry from Lan's first result and may answer it himself.
  const s = await choseApart();
  const minhsReport = (await s.minh.call('package:open', { fileName: 'f.soan', bytes: await send(s.lan, s.id) })).report;
  const [his] = differing(minhsReport);
  expect(his.sides.map((side) => side.text)).toEqual(['tăng mạnh', 'giảm']);
  await s.minh.call('package:resolve', { id: s.id, choice: { kind: 'rewrite-choices-differ', keep: his.sides[0].record, other: his.sides[1].record } });
  expect(await sentence(s.minh, s.id)).toBe('Giá tăng mạnh mạnh.');
  // And Lan, receiving Minh's answer, has it too, with nothing left to choose.
  const back = (await s.lan.call('package:open', { fileName: 'g.soan', bytes: await send(s.minh, s.id) })).report;
  expect(differing(back)).toEqual([]);
  expect(await sentence(s.lan, s.id)).toBe('Giá tăng mạnh mạnh.');
  expect(await sentence(minh, id)).toBe('Giá tăng mạnh mạnh.');
}, 120_000);

test('choices made one after the other list nothing new: the second machine had the first one\'s result', async () => {
  const { lan, minh, id, lanFlag, minhFlag } = await bothReports();
  await lan.call('package:resolve', { id, choice: keepOwn(lanFlag) });
  const toMinh = (await minh.call('package:open', { fileName: 'd.soan', bytes: await send(lan, id) })).report;
  expect(differing(toMinh)).toEqual([]);
  expect(await sentence(minh, id)).toBe('Giá giảm mạnh.');
  // The other side can no longer be chosen there: its letters are gone (refused, as before).
  expect((await minh.fail('package:resolve', { id, choice: keepOwn(minhFlag) })).code).toBe('package-choice-stale');
  const toLan = (await lan.call('package:open', { fileName: 'e.soan', bytes: await send(minh, id) })).report;
  expect(differing(toLan)).toEqual([]);
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh.');
}, 60_000);

test('the same side kept on both machines before they meet lists nothing new', async () => {
  const { lan, minh, id, lanFlag, minhFlag } = await bothReports();
  await lan.call('package:resolve', { id, choice: keepOwn(lanFlag) });
  await minh.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: minhFlag.id, passage: minhFlag.passage, drop: minhFlag.dropLocal } });
  expect(await sentence(minh, id)).toBe('Giá giảm mạnh.');
  const met = (await lan.call('package:open', { fileName: 'd.soan', bytes: await send(minh, id) })).report;
  expect(met.flags.filter((f) => f.kind === 'rewrite-choices-differ' || f.kind === 'choice-record-refused')).toEqual([]);
  expect(await sentence(lan, id)).toBe('Giá giảm mạnh.');
}, 60_000);
