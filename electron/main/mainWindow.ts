// The one window: the renderer from app://soan, locked down (context isolation, sandbox,
// no Node), shown only once it has painted so it never flashes white.
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './trustedSender';

/** The app's paper colour (--paper in renderer/styles/base.css), shown before the first paint. */
const BACKGROUND_COLOR = '#f5f4f0';

export function createMainWindow(options: { preloadPath: string; devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK — a middle-click can open no window: setWindowOpenHandler denies all (webContentsGuards.ts)
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    title: 'Soạn',
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    webPreferences: {
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK — reviewed: preload exposes one frozen invoke() limited to the contract's channels
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's spell checker would fetch dictionaries from the network; Soạn's language
      // tools check Vietnamese themselves.
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  // A page that cancels its unload must not keep the app from quitting: edits are saved as
  // they are typed, and the page sends its last ones while unloading.
  window.webContents.on('will-prevent-unload', (event) => event.preventDefault());
  window.loadURL(`${APP_ORIGIN}/index.html`).catch((error: unknown) => {
    console.error('the window could not load the app', error);
  });
  return window;
}
