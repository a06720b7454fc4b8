// Guards every web contents the app ever creates: the page may not navigate away, open
// windows, embed webviews or get any permission. Links to the web open in the user's
// browser instead.
import { shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './externalUrls';

function openExternally(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => { // eng-disable OPEN_EXTERNAL_JS_CHECK — url passed isAllowedExternalUrl just above: http/https/mailto only
    console.error('could not open link externally', error);
  });
}

export function guardWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.on('will-navigate', (event) => {
    if (event.isSameDocument) return;
    event.preventDefault();
    // A plain click on a web link in an article should still take the user there.
    openExternally(event.url);
  });

  contents.on('will-redirect', (event) => {
    if (!event.isSameDocument) event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** Camera, microphone, notifications, clipboard reads, geolocation…: the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
