import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppOriginUrl } from '../../../electron/main/trustedSender';

describe('isAppOriginUrl', () => {
  it('is app://soan', () => {
    expect(APP_ORIGIN).toBe('app://soan');
  });

  it.each(['app://soan/index.html', 'app://soan/', 'app://soan/index.html#/article/x'])(
    'trusts %s',
    (url) => expect(isAppOriginUrl(url)).toBe(true),
  );

  it.each([
    'app://evil/index.html',
    'app://soan.evil.com/',
    'app://soan:8080/',
    'app://user@soan/',
    'https://soan/',
    'http://127.0.0.1:5173/',
    'file:///work/main/dist/renderer/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('does not trust %s', (url) => expect(isAppOriginUrl(url)).toBe(false));
});
