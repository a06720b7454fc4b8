// The harness opens the page as `/#token=…`. The token is kept in sessionStorage so a
// reload still works, and removed from the visible URL so it is not copied around.
const STORAGE_KEY = 'soan.harnessToken';

export function takeBrowserToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]);
    try {
      sessionStorage.setItem(STORAGE_KEY, token);
    } catch {
      // Storage can be disabled; the token still works for this page.
    }
    history.replaceState(history.state, '', location.pathname + location.search);
    return token;
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}
