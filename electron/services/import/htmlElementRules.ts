// How the sanitizer treats each HTML element: an allow-list. Anything not named here is
// unwrapped (its text kept, the element itself and all its attributes dropped).

/** Removed with everything inside: active content, embedded documents, forms, metadata. */
export const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal',
  'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'map', 'area',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'dialog',
  'head', 'title', 'meta', 'link', 'base',
]);

/** Dropping these is worth telling the user about (the rest is invisible page furniture). */
export const REPORTED_WHEN_DROPPED = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'svg', 'math',
  'canvas', 'video', 'audio', 'form', 'base', 'meta', 'link',
]);

/** Elements that start and end a block of text. */
export const BLOCK_CONTAINERS = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav',
  'address', 'center', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'details', 'summary', 'fieldset', 'legend', 'pre', 'hgroup', 'search',
]);

export const HEADINGS: Record<string, 2 | 3> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };

export const BOLD_ELEMENTS = new Set(['b', 'strong']);
export const ITALIC_ELEMENTS = new Set(['i', 'em', 'cite', 'dfn']);
