// Quitting waits for the backend: windows close first (the page sends its last edits as
// it unloads), then every open article is flushed and the library lock released, and only
// then does the app really exit. Nothing typed is lost to a quick Cmd+Q.
import { app, BrowserWindow } from 'electron';

function closeAllWindows(): Promise<void> {
  const closing = BrowserWindow.getAllWindows().map(
    (window) => new Promise<void>((resolve) => {
      window.once('closed', () => resolve());
      window.close();
    }),
  );
  return Promise.all(closing).then(() => undefined);
}

export function quitAfterFlush(flush: () => Promise<void>): void {
  let state: 'running' | 'flushing' | 'flushed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    closeAllWindows()
      .then(flush)
      .catch((error: unknown) => console.error('closing the backend failed', error))
      .finally(() => {
        state = 'flushed';
        app.quit();
      });
  });
}
