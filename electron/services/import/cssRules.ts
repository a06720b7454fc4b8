// A pasted style sheet's rules, read in one pass. The pattern /([^{}]+)\{([^{}]*)\}/g backtracks
// over the rest of the text from every position of a sheet with no rule in it, and a lazy
// comment pattern does the same from every unclosed `/*`: 100 KB on the clipboard (a hostile
// page's copy handler can put any HTML there) held the services for seconds. Same results,
// linear time.

/** `css` without its closed comments (an unclosed `/*` and what follows stay, as before). */
export function withoutCssComments(css: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = css.indexOf('/*', at);
    if (open < 0) break;
    const close = css.indexOf('*/', open + 2);
    if (close < 0) break;
    out += css.slice(at, open);
    at = close + 2;
  }
  return out + css.slice(at);
}

/**
 * Each `selectors { body }` whose selectors and body hold no brace: the text between the
 * brace before a `{` and it, and the text up to the `}` right after it. A rule nested in
 * `@media { … }` is found by itself, as the pattern found it.
 */
export function cssRules(text: string): Array<{ selectors: string; body: string }> {
  const rules: Array<{ selectors: string; body: string }> = [];
  let segmentStart = 0;
  let open = -1;
  let selectors = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      selectors = text.slice(segmentStart, i);
      open = i;
      segmentStart = i + 1;
    } else if (char === '}') {
      if (open >= 0 && selectors.length > 0) rules.push({ selectors, body: text.slice(open + 1, i) });
      open = -1;
      segmentStart = i + 1;
    }
  }
  return rules;
}
