// A recording stand-in for the parts of Electron that electron/main uses, so the bundled
// main process can be driven in plain Node (the real binary can't be fetched here). It
// mimics only what our code relies on: events, handler registration, window lifecycle.
import { EventEmitter } from 'node:events';

export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventable<T extends object>(fields: T): T & PreventableEvent {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

class FakeWebContents extends EventEmitter {
  mainFrame = { url: '' };
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

export function createFakeElectron(paths: { appPath: string; userData: string; documents: string }) {
  const windows: FakeBrowserWindow[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const app = Object.assign(new EventEmitter(), {
    sandboxEnabled: false,
    quitRequests: 0,
    exitedFor: [] as string[],
    enableSandbox() {
      app.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => ready,
    isReady: () => true,
    getPath: (name: 'userData' | 'documents') => paths[name],
    getAppPath: () => paths.appPath,
    exit(code: number) {
      app.exitedFor.push(`exit ${code}`);
    },
    /** Like Electron: before-quit may be prevented; otherwise the app quits. */
    quit() {
      app.quitRequests++;
      const event = preventable({});
      app.emit('before-quit', event);
      if (!event.defaultPrevented) app.emit('will-quit');
    },
  });

  class FakeBrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    destroyed = false;
    shown = false;
    constructor(readonly options: Record<string, any>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows() {
      return windows.filter((window) => !window.destroyed);
    }
    loadURL(url: string) {
      this.webContents.mainFrame.url = url;
      setTimeout(() => this.emit('ready-to-show'), 1);
      return Promise.resolve();
    }
    show() {
      this.shown = true;
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    close() {
      setTimeout(() => {
        this.destroyed = true;
        this.emit('closed');
        if (FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
      }, 1);
    }
  }

  const permissionHandlers: Record<string, (...args: any[]) => unknown> = {};
  return {
    app,
    windows,
    markReady,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      privileged: undefined as unknown,
      handlers: {} as Record<string, (request: Request) => Promise<Response>>,
      registerSchemesAsPrivileged(schemes: unknown) {
        this.privileged = schemes;
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response>) {
        this.handlers[scheme] = handler;
      },
    },
    session: {
      defaultSession: {
        permissionHandlers,
        setPermissionRequestHandler: (h: any) => (permissionHandlers.request = h),
        setPermissionCheckHandler: (h: any) => (permissionHandlers.check = h),
        setDevicePermissionHandler: (h: any) => (permissionHandlers.device = h),
      },
    },
    ipcMain: {
      handlers: {} as Record<string, (event: unknown, payload: unknown) => Promise<any>>,
      handle(channel: string, handler: (event: unknown, payload: unknown) => Promise<any>) {
        this.handlers[channel] = handler;
      },
    },
    Menu: {
      current: undefined as unknown,
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu(menu: unknown) {
        this.current = menu;
      },
    },
    shell: {
      opened: [] as string[],
      openExternal(url: string) {
        this.opened.push(url);
        return Promise.resolve();
      },
    },
    dialog: { showErrorBox: (title: string, message: string) => app.exitedFor.push(`${title}: ${message}`) },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
