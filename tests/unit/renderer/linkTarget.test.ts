// The link dialog: web pages and e-mail addresses only, with typos caught in plain terms.
import { expect, test } from 'vitest';
import { checkLinkTarget } from '../../../renderer/editor/linkTarget';

test.each([
  ['baohatinh.vn/thoi-su', 'https://baohatinh.vn/thoi-su'],
  ['https://baohatinh.vn/', 'https://baohatinh.vn/'],
  ['toasoan@baohatinh.vn', 'mailto:toasoan@baohatinh.vn'],
])('accepts %s', (input, href) => {
  expect(checkLinkTarget(input)).toEqual({ ok: true, href });
});

test.each([
  ['javascript:alert(1)', 'scheme'],
  ['data:text/html,<script>alert(1)</script>', 'scheme'],
  ['file:///etc/passwd', 'scheme'],
  ['../../../etc/passwd', 'invalid'],
  ['tin tuc', 'invalid'],
  ['   ', 'empty'],
])('refuses %s', (input, reason) => {
  expect(checkLinkTarget(input)).toEqual({ ok: false, reason });
});
