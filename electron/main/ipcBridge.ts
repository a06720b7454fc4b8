// One ipcMain handler per channel of the contract. Each call is answered only for the top
// frame of the app's own window showing an app://soan page; the backend validates the
// payload with the channel's zod schema and answers with a Result, never a throw.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelNames } from '../contract/ipc/channelNames';
import type { Result } from '../contract/errors';
import { isAppOriginUrl } from './trustedSender';

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

const FORBIDDEN: Result<never> = { ok: false, error: { code: 'forbidden-sender', params: {} } };

function isTrustedSender(event: IpcMainInvokeEvent, isOwnWindow: (c: WebContents) => boolean): boolean {
  const frame = event.senderFrame;
  return (
    frame !== null &&
    isOwnWindow(event.sender) &&
    frame === event.sender.mainFrame &&
    isAppOriginUrl(frame.url)
  );
}

export function registerIpcHandlers(
  dispatch: Dispatch,
  isOwnWindow: (contents: WebContents) => boolean,
): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, isOwnWindow)) return FORBIDDEN;
      try {
        return await dispatch(channel, payload);
      } catch (error) {
        // dispatch promises not to throw; if it ever does, the UI still gets data, not a crash.
        console.error(`IPC ${channel} failed`, error);
        return { ok: false, error: { code: 'internal', params: { detail: String(error) } } };
      }
    });
  }
}
