import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containedAssetPath, routeAppPath, routeAppUrl } from '../../../electron/main/appRoutes';
import { mimeTypeFor } from '../../../electron/main/mimeTypes';

const ID = 'k3j9x0a1b2c3';
const FILE = `${'a'.repeat(64)}.jpg`;

describe('routeAppUrl', () => {
  it('serves index.html for the root', () => {
    expect(routeAppUrl('app://soan/')).toEqual({ kind: 'asset', segments: ['index.html'] });
  });

  it('maps build files to their path segments, ignoring query and hash', () => {
    expect(routeAppUrl('app://soan/assets/index-abc.js?v=1#x')).toEqual({
      kind: 'asset',
      segments: ['assets', 'index-abc.js'],
    });
  });

  it('decodes names once', () => {
    expect(routeAppUrl('app://soan/fonts/Be%20Vietnam.woff2')).toEqual({
      kind: 'asset',
      segments: ['fonts', 'Be Vietnam.woff2'],
    });
  });

  it('routes media to the article and file', () => {
    expect(routeAppUrl(`app://soan/media/${ID}/${FILE}`)).toEqual({ kind: 'media', articleId: ID, file: FILE });
  });

  it.each([
    'app://other/index.html',
    'https://soan/index.html',
    'file:///index.html',
    'app://soan/media',
    `app://soan/media/${ID}`,
    `app://soan/media/${ID}/${FILE}/more`,
    `app://soan/media/${ID}/..%2F..%2F.soan%2Flibrary.json`,
    `app://soan/media/..%2F..%2Fetc/passwd`,
    'app://soan/..%2F..%2Fpackage.json',
    'app://soan/assets/..%5C..%5Cpackage.json',
    'app://soan/assets/%2e%2e%2fpackage.json',
    'app://soan/C:%5CWindows%5Cwin.ini',
    'app://soan/index.html%00.png',
    'app://soan/.env',
    'app://soan/assets//index.js',
    'app://soan/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(routeAppUrl(url)).toEqual({ kind: 'not-found' });
  });

  it.each(['app://soan/assets/../../../package.json', 'app://soan/%2e%2e/package.json'])(
    'lets the URL parser resolve the dot segments of %s, which cannot climb above the root',
    (url) => {
      expect(routeAppUrl(url)).toEqual({ kind: 'asset', segments: ['package.json'] });
    },
  );
});

describe('routeAppPath', () => {
  it('needs an absolute path', () => {
    expect(routeAppPath('index.html')).toEqual({ kind: 'not-found' });
  });
});

describe('containedAssetPath', () => {
  const root = path.resolve('/srv/soan/dist/renderer');

  it('keeps files inside the root', () => {
    expect(containedAssetPath(root, ['assets', 'app.js'])).toBe(path.join(root, 'assets', 'app.js'));
  });

  it('refuses anything that resolves outside it, or to the root itself', () => {
    expect(containedAssetPath(root, ['..', 'electron', 'main.cjs'])).toBeNull();
    expect(containedAssetPath(root, ['/etc/passwd'])).toBeNull();
    expect(containedAssetPath(`${root}/`, ['..', 'renderer-other', 'x'])).toBeNull();
    expect(containedAssetPath(root, [])).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app-1.js', 'text/javascript; charset=utf-8'],
    ['x.CSS', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    [FILE, 'image/jpeg'],
    ['a.png', 'image/png'],
    ['a.webp', 'image/webp'],
    ['README', 'application/octet-stream'],
    ['a.exe', 'application/octet-stream'],
  ])('%s is %s', (name, type) => {
    expect(mimeTypeFor(name)).toBe(type);
  });
});
