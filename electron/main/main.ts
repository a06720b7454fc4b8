// Soạn's main process: the order things must happen in, and nothing else. Each piece lives
// in its own file beside this one; everything that touches the disk is in electron/services.
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { Settings } from '../contract/types';
import { PUSH_CHANNEL } from '../contract/ipc/push';
import { createBackend } from '../services/backend';
import { appMenuShower } from './appMenu';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './appProtocol';
import { registerIpcHandlers } from './ipcBridge';
import { createMainWindow } from './mainWindow';
import { PackageFileQueue, packagePathsIn } from './packageFiles';
import { PACKAGE_FILE_EVENT } from '../contract/ipc/channelNames';
import { quitAfterFlush } from './quitAfterFlush';
import { denyAllPermissions, guardWebContents } from './webContentsGuards';

const isMac = process.platform === 'darwin';
const devTools = process.env.SOAN_DEV === '1';

// Before ready: every renderer sandboxed, and app:// known as a secure, standard scheme.
app.enableSandbox();
registerAppSchemeAsPrivileged();

// One Soạn per user: a library has one writer. A second launch focuses the first window
// (and hands over the package file it was started for).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  // .soan files the system hands us (double-click, command line): opened by the window once it has loaded.
  const packageFiles = new PackageFileQueue();
  packageFiles.add(packagePathsIn(process.argv.slice(1)));
  app.on('open-file', (event, file) => {
    event.preventDefault(); // macOS: the file is ours to open
    packageFiles.add(packagePathsIn([file]));
  });

  const showMainWindow = (): void => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      return;
    }
    const appDir = app.getAppPath();
    mainWindow = createMainWindow({
      preloadPath: path.join(appDir, 'dist', 'electron', 'preload.cjs'),
      devTools,
    });
    const window = mainWindow;
    window.webContents.once('did-finish-load', () =>
      packageFiles.ready((file) => {
        if (!window.isDestroyed()) window.webContents.send(PACKAGE_FILE_EVENT, file);
      }),
    );
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('second-instance', (_event, argv) => {
    packageFiles.add(packagePathsIn(argv.slice(1)));
    if (app.isReady()) showMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });

  app
    .whenReady()
    .then(() => {
      // resources/ ships inside the app (build/electron-builder.yml); the services look for
      // it beside their source files unless told, and in the bundle there is no such place.
      process.env.SOAN_RESOURCES_DIR ??= path.join(app.getAppPath(), 'resources');
      denyAllPermissions(session.defaultSession);
      const backend = createBackend({
        userDataDir: app.getPath('userData'),
        defaultLibraryPath: path.join(app.getPath('documents'), 'Soan'),
        resourcesDir: process.env.SOAN_RESOURCES_DIR,
        chooseFolder: async () => {
          const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
          const result =
            mainWindow && !mainWindow.isDestroyed()
              ? await dialog.showOpenDialog(mainWindow, options)
              : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
      });
      quitAfterFlush(() => backend.close());
      // What the services receive unasked (the sync server's changes, presence, status) goes to the window.
      backend.onPush((push) => {
        if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(PUSH_CHANNEL, push);
      });
      handleAppProtocol({
        rendererDir: path.join(app.getAppPath(), 'dist', 'renderer'),
        mediaPath: (articleId, file) => backend.mediaPath(articleId, file),
      });
      // The menu speaks the UI's language: Vietnamese until the settings are read (trouble
      // reading them is told in the window), then whatever the user chooses in Settings.
      const showAppMenu = appMenuShower({ isMac, devTools });
      showAppMenu('vi');
      backend.handlers['settings:get']({}).then((settings) => showAppMenu(settings.language), () => {});
      registerIpcHandlers(
        async (channel, payload) => {
          const result = await backend.dispatch(channel, payload);
          if (channel === 'settings:update' && result.ok) showAppMenu((result.value as Settings).language);
          return result;
        },
        (contents) => mainWindow !== null && !mainWindow.isDestroyed() && contents === mainWindow.webContents,
      );
      showMainWindow();
      app.on('activate', () => showMainWindow()); // macOS: clicking the Dock icon
    })
    .catch((error: unknown) => {
      // Services report ordinary trouble (locked or missing library…) through the UI; this
      // is for the unexpected, said plainly rather than as a silent exit.
      console.error('Soạn could not start', error);
      dialog.showErrorBox('Soạn không khởi động được', String(error));
      app.exit(1);
    });
}
