// The application menu as a template, in the user's UI language. The labels live with the
// other UI translations (resources/locales/appMenu.*.json). The edit items use Electron
// roles so the usual shortcuts (undo, cut, copy, paste, select all) work everywhere, macOS
// included, where text fields only get them through the menu. Developer tools only on
// request. Plain data: no 'electron' import at run time, so it is tested in Node.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../contract/types';
import appMenuVi from '../../resources/locales/appMenu.vi.json';
import appMenuEn from '../../resources/locales/appMenu.en.json';

export type AppMenuLabels = typeof appMenuVi.appMenu;

/** The menu's labels in each UI language (English must have every Vietnamese key). */
export const appMenuLabels: Record<Language, AppMenuLabels> = { vi: appMenuVi.appMenu, en: appMenuEn.appMenu };

/** The UI's own default; also what a language Soạn has no labels for gets. */
const fallbackLanguage: Language = 'vi';

export interface AppMenuOptions {
  isMac: boolean;
  devTools: boolean;
  language: Language;
}

export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const label = appMenuLabels[options.language] ?? appMenuLabels[fallbackLanguage];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: label.file,
      submenu: [options.isMac ? { role: 'close', label: label.closeWindow } : { role: 'quit', label: label.quit }],
    },
    {
      label: label.edit,
      submenu: [
        { role: 'undo', label: label.undo },
        { role: 'redo', label: label.redo },
        { type: 'separator' },
        { role: 'cut', label: label.cut },
        { role: 'copy', label: label.copy },
        { role: 'paste', label: label.paste },
        { role: 'pasteAndMatchStyle', label: label.pasteAndMatchStyle },
        { role: 'selectAll', label: label.selectAll },
      ],
    },
    {
      label: label.view,
      submenu: [
        { role: 'resetZoom', label: label.resetZoom },
        { role: 'zoomIn', label: label.zoomIn },
        { role: 'zoomOut', label: label.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: label.toggleFullScreen },
        ...(options.devTools
          ? [
              { type: 'separator' } as const,
              { role: 'reload', label: label.reload } as const,
              { role: 'toggleDevTools', label: label.toggleDevTools } as const,
            ]
          : []),
      ],
    },
    { role: 'windowMenu', label: label.window },
  ];
}
