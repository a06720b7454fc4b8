// Settings › "Máy chủ đồng bộ": what the fields refuse before anything is sent, and the patch
// they send — nothing when nothing changed, so sync is not restarted for an unrelated save.
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../electron/contract/types';
import { defaultNewsroomSettings } from '../../../electron/contract/newsroom';
import { checkSyncDraft, syncPatchOf } from '../../../renderer/sync/SyncFields';

const base: Settings = { profile: { name: 'Thu Hà', role: 'reporter' }, language: 'vi', libraryPath: '/lib', newsroom: defaultNewsroomSettings('/out') };
const withServer: Settings = { ...base, sync: { serverUrl: 'wss://soan.toasoan.vn', hasToken: true } };
const token = 'x'.repeat(24);

describe('sync fields in Settings', () => {
  it('refuse an address that is not ws:// or wss://, a short token, and a new server without a token', () => {
    expect(checkSyncDraft({ serverUrl: 'https://soan.toasoan.vn', token }, base)).toEqual(['badUrl']);
    expect(checkSyncDraft({ serverUrl: 'wss://soan.toasoan.vn', token: 'short' }, base)).toEqual(['shortToken']);
    expect(checkSyncDraft({ serverUrl: 'wss://soan.toasoan.vn', token: '' }, base)).toEqual(['needToken']);
    expect(checkSyncDraft({ serverUrl: 'wss://soan.toasoan.vn', token: '' }, withServer)).toEqual([]);
    expect(checkSyncDraft({ serverUrl: '', token: '' }, withServer)).toEqual([]);
  });

  it('send nothing when nothing changed, the server and token when they did, null to turn sync off', () => {
    expect(syncPatchOf({ serverUrl: '', token: '' }, base)).toBeUndefined();
    expect(syncPatchOf({ serverUrl: 'wss://soan.toasoan.vn', token: '' }, withServer)).toBeUndefined();
    expect(syncPatchOf({ serverUrl: ' wss://soan.toasoan.vn ', token }, withServer)).toEqual({ serverUrl: 'wss://soan.toasoan.vn', token });
    expect(syncPatchOf({ serverUrl: 'ws://10.0.0.5:4455', token }, base)).toEqual({ serverUrl: 'ws://10.0.0.5:4455', token });
    expect(syncPatchOf({ serverUrl: '', token: '' }, withServer)).toBeNull();
  });
});
