// Watches a Chromium page for any sign that hostile content ran or reached out: a call to
// the payloads' __pwn(), a dialog (alert/confirm/prompt), an uncaught error, a CSP violation
// (something runnable or remote was in the page, even if the policy stopped it), and any
// request outside what the test allows.
import type { BrowserContext, Page } from 'playwright-core';

export interface PageWatch {
  /** Everything suspicious seen since the last take(). */
  take(): string[];
  /** Requests whose URL passes this test are let through; the rest are aborted and reported. */
  allow(test: (url: string) => boolean): void;
}

export async function watchPage(context: BrowserContext, page: Page): Promise<PageWatch> {
  let seen: string[] = [];
  let allowed: (url: string) => boolean = () => false;
  await context.exposeBinding('__soanPwnReport', (_source, what: string) => {
    seen.push(what);
  });
  await context.addInitScript(() => {
    const report = (what: string) => (window as unknown as { __soanPwnReport(w: string): void }).__soanPwnReport(what);
    Object.defineProperty(window, '__pwn', { value: () => report(`script ran: __pwn() at ${location.href}`), configurable: false });
    document.addEventListener(
      'securitypolicyviolation',
      (e) => report(`CSP violation: ${e.violatedDirective} ${e.blockedURI} from ${e.sourceFile || 'inline'}:${e.lineNumber}:${e.columnNumber}`),
      true,
    );
  });
  page.on('dialog', (dialog) => {
    seen.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => seen.push(`page error: ${String(error).slice(0, 200)}`));
  page.on('popup', (popup) => seen.push(`popup ${popup.url()}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    seen.push(`request outside: ${url.slice(0, 200)}`);
    return route.abort();
  });
  return {
    take() {
      const out = seen;
      seen = [];
      return out;
    },
    allow(test) {
      allowed = test;
    },
  };
}
