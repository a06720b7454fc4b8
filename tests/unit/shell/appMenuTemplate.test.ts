// The application menu speaks the language the user chose for the UI, every label of it,
// with the same items (and so the same shortcuts) in both languages.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../../electron/contract/types';
import { appMenuLabels, appMenuTemplate } from '../../../electron/main/appMenuTemplate';

const languages: Language[] = ['vi', 'en'];
const variants = [
  { isMac: false, devTools: false },
  { isMac: false, devTools: true },
  { isMac: true, devTools: false },
  { isMac: true, devTools: true },
];

/** Every item of the menu, submenus included, in order. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

/** What each item is ("role:undo", "separator", "menu" for a top-level menu with a submenu). */
function shape(template: MenuItemConstructorOptions[]): string[] {
  return items(template).map((item) => (item.role ? `role:${item.role}` : (item.type ?? 'menu')));
}

const labelsOf = (template: MenuItemConstructorOptions[]) =>
  items(template).flatMap((item) => (item.label === undefined ? [] : [item.label]));

describe('the application menu', () => {
  it('is in Vietnamese for a Vietnamese UI', () => {
    const [file, edit, view, windowMenu] = appMenuTemplate({ isMac: false, devTools: false, language: 'vi' });
    expect(file.label).toBe('Tệp');
    expect(file.submenu).toEqual([{ role: 'quit', label: 'Thoát' }]);
    expect(edit.label).toBe('Sửa');
    expect((edit.submenu as MenuItemConstructorOptions[])[0]).toEqual({ role: 'undo', label: 'Hoàn tác' });
    expect(view.label).toBe('Xem');
    expect(windowMenu).toEqual({ role: 'windowMenu', label: 'Cửa sổ' });
  });

  it('is in English for an English UI', () => {
    const [file, edit, view, windowMenu] = appMenuTemplate({ isMac: false, devTools: false, language: 'en' });
    expect(file.label).toBe('File');
    expect(file.submenu).toEqual([{ role: 'quit', label: 'Quit' }]);
    expect(edit.label).toBe('Edit');
    expect((edit.submenu as MenuItemConstructorOptions[])[0]).toEqual({ role: 'undo', label: 'Undo' });
    expect(view.label).toBe('View');
    expect(windowMenu).toEqual({ role: 'windowMenu', label: 'Window' });
  });

  it.each(languages)('labels every item but separators and the macOS app menu in %s, from that language only', (language) => {
    const own = new Set(Object.values(appMenuLabels[language]));
    for (const variant of variants) {
      const template = appMenuTemplate({ ...variant, language });
      const unlabelled = items(template).filter((item) => item.type !== 'separator' && item.role !== 'appMenu' && !item.label?.trim());
      expect(unlabelled).toEqual([]);
      expect(labelsOf(template).filter((label) => !own.has(label))).toEqual([]);
    }
  });

  it('uses every label of the table, so none is translated for nothing', () => {
    const used = new Set(variants.flatMap((variant) => labelsOf(appMenuTemplate({ ...variant, language: 'vi' }))));
    expect(Object.values(appMenuLabels.vi).filter((label) => !used.has(label))).toEqual([]);
  });

  it('has the same items, roles and shortcuts in both languages', () => {
    for (const variant of variants) {
      expect(shape(appMenuTemplate({ ...variant, language: 'en' }))).toEqual(shape(appMenuTemplate({ ...variant, language: 'vi' })));
    }
  });

  it('closes the window on macOS and quits elsewhere; developer tools only when asked', () => {
    const mac = shape(appMenuTemplate({ isMac: true, devTools: false, language: 'en' }));
    expect(mac[0]).toBe('role:appMenu');
    expect(mac).toContain('role:close');
    expect(mac).not.toContain('role:quit');
    expect(shape(appMenuTemplate({ isMac: false, devTools: false, language: 'en' }))).not.toContain('role:toggleDevTools');
    expect(shape(appMenuTemplate({ isMac: false, devTools: true, language: 'en' }))).toEqual(
      expect.arrayContaining(['role:reload', 'role:toggleDevTools']),
    );
  });

  it('has every label in both languages, translated, and no key in one language only', () => {
    const vi = appMenuLabels.vi as Record<string, string>;
    const en = appMenuLabels.en as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi)) {
      expect(vi[key].trim(), `vi ${key}`).not.toBe('');
      expect(en[key].trim(), `en ${key}`).not.toBe('');
      expect(en[key], `en ${key} is still the Vietnamese text`).not.toBe(vi[key]);
    }
  });

  it('falls back to Vietnamese for a language it has no labels for', () => {
    const template = appMenuTemplate({ isMac: false, devTools: false, language: 'fr' as Language });
    expect(template).toEqual(appMenuTemplate({ isMac: false, devTools: false, language: 'vi' }));
  });
});
