// Is a frame's URL the app's own page? Only then may it call the backend over IPC.
import { APP_HOST, APP_SCHEME } from '../contract/ipc/api';

export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function isAppOriginUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // Compare the parts rather than URL.origin: custom schemes report origin "null".
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
