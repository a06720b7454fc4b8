// Every IPC channel called with randomized wrong payloads (fast-check) through the backend's
// one door, backend.dispatch — what Electron's ipcMain handlers and the harness both call:
// each answer is an invalid-request Result, nothing throws, and not one byte of the library
// or the settings changes.
import { createHash } from 'node:crypto';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../electron/contract/ipc/channelNames';
import { toWireJson } from '../../../electron/contract/ipc/wireJson';
import { setUpBackend } from '../services/support';
import { isRebuildableCache, treeSnapshot } from './support/treeSnapshot';
import { wrongPayload } from './support/wrongPayloads';

const RUNS = 200;

async function treeHash(root: string): Promise<string> {
  return createHash('sha256').update((await treeSnapshot(root, isRebuildableCache)).join('\n')).digest('hex');
}

describe('IPC fuzz through backend.dispatch', () => {
  it.each([...channelNames])('%s: wrong payloads get invalid-request and change nothing on disk', async (channel) => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Bài có sẵn' });
    await t.call('article:close', { id });
    const root = path.dirname(t.libraryPath);
    const before = await treeHash(root);
    let polluted = false;

    await fc.assert(
      fc.asyncProperty(wrongPayload(channel), async (payload) => {
        const result = await t.backend.dispatch(channel, payload);
        // The answer must cross the IPC/HTTP boundary as plain data.
        expect(() => toWireJson(result)).not.toThrow();
        expect(result.ok).toBe(false);
        if (!result.ok) expect(['invalid-request', 'media-too-large']).toContain(result.error.code);
        polluted ||= ({} as Record<string, unknown>).polluted !== undefined;
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 20_000 },
    );
    expect(polluted).toBe(false);
    expect(await treeHash(root)).toBe(before);
    // Still serving: a valid call afterwards works.
    expect((await t.backend.dispatch('library:list', {})).ok).toBe(true);
  });

  it('unknown channels and odd channel values are refused the same way', async () => {
    const t = await setUpBackend();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'settings:get ', 'SETTINGS:GET')), async (channel) => {
        fc.pre(!(channelNames as readonly unknown[]).includes(channel));
        const result = await t.backend.dispatch(channel, {});
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      }),
      { numRuns: RUNS },
    );
  });
});
