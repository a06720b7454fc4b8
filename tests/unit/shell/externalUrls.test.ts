import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../electron/main/externalUrls';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://baohatinh.vn/doc-them',
    'http://example.com/a?b=c#d',
    'mailto:toasoan@example.vn',
    'HTTPS://EXAMPLE.COM/',
  ])('lets %s open in the user’s browser', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://soan/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
    'vbscript:msgbox',
    'https://user:pass@example.com/',
    'https://',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
