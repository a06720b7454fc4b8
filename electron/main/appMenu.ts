// The application menu, in the UI's language (appMenuTemplate.ts says what is in it). It is
// rebuilt only when the language changes, so saving other settings leaves it alone.
import { Menu } from 'electron';
import type { Language } from '../contract/types';
import { appMenuTemplate } from './appMenuTemplate';

/** A function that shows the application menu in a language. */
export function appMenuShower(options: { isMac: boolean; devTools: boolean }): (language: Language) => void {
  let shown: Language | undefined;
  return (language) => {
    if (language === shown) return;
    shown = language;
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ ...options, language })));
  };
}
