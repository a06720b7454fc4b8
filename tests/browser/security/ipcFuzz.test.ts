// The same IPC fuzz from the real renderer page in Chromium: wrong payloads for every channel
// posted through the harness's HTTP bridge with the page's own token, as a compromised
// renderer could. Each gets an invalid-request Result, the page and server keep working, and
// the library and settings on disk are byte for byte unchanged.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../../electron/contract/ipc/channelNames';
import { requestSchemas } from '../../../electron/contract/ipc/schemas';
import { fromWireJson, toWireJson } from '../../../electron/contract/ipc/wireJson';
import { isRebuildableCache, treeSnapshot } from '../../unit/security/support/treeSnapshot';
import { wrongPayload } from '../../unit/security/support/wrongPayloads';
import { openSoanSession, type SoanSession } from '../support/session';

const RUNS_PER_CHANNEL = 15;
let s: SoanSession;

beforeAll(async () => {
  s = await openSoanSession();
  await s.page.getByTestId('firstrun-name').fill('Phóng viên thử');
  await s.page.getByTestId('firstrun-submit').click();
  await s.page.getByTestId('new-article').waitFor();
});

afterAll(async () => {
  await s?.close();
});

/** Wrong payloads that survive the trip through JSON and are still wrong on arrival. */
function wireBodies(channel: (typeof channelNames)[number]): string[] {
  const bodies: string[] = [];
  for (const payload of fc.sample(wrongPayload(channel), { numRuns: RUNS_PER_CHANNEL * 3, seed: 6 })) {
    let body: string;
    try {
      body = toWireJson(payload) ?? 'null';
    } catch {
      continue; // BigInt and friends cannot be sent by a page at all
    }
    if (requestSchemas[channel].safeParse(fromWireJson(body) ?? {}).success) continue;
    bodies.push(body);
    if (bodies.length === RUNS_PER_CHANNEL) break;
  }
  return bodies;
}

describe('IPC fuzz from the renderer page', () => {
  it('every channel answers wrong payloads with invalid-request and nothing changes on disk', async () => {
    const hash = async () => (await treeSnapshot(s.root, isRebuildableCache)).join('\n');
    const before = await hash();
    const calls = channelNames.flatMap((channel) => wireBodies(channel).map((body) => ({ channel, body })));
    expect(calls.length).toBeGreaterThan(channelNames.length * 10);

    const answers = await s.page.evaluate(async (list) => {
      const token = sessionStorage.getItem('soan.harnessToken') ?? '';
      const out: Array<{ channel: string; status: number; text: string }> = [];
      for (const { channel, body } of list) {
        const response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Soan-Token': token },
          body,
        });
        out.push({ channel, status: response.status, text: await response.text() });
      }
      return out;
    }, calls);

    const wrong = answers.filter((a) => {
      const result = JSON.parse(a.text) as { ok: boolean; error?: { code: string } };
      return a.status !== 200 || result.ok || result.error?.code !== 'invalid-request';
    });
    expect(wrong.map((a) => `${a.channel} ${a.status} ${a.text.slice(0, 200)}`)).toEqual([]);
    expect(await hash()).toBe(before);
    // The renderer is still alive and the backend still answers it.
    await s.page.reload();
    await s.page.getByTestId('new-article').waitFor();
    expect(s.pageErrors).toEqual([]);
  });
});
