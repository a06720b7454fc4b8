// The one Content-Security-Policy for the renderer, sent as a response header by Electron's
// app:// handler and by the browser harness (the renderer also carries it as a meta tag;
// a page obeys both, so the stricter of the two wins).
//
// Only the app's own files run and load: no inline or eval'd script, no inline <style> or
// style attributes (the editor is set up without TipTap's injected CSS for this), no remote
// anything. Scripts may still set element.style, which no policy governs.
const directives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' blob:",
  'media-src': "'self' blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
  'object-src': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(directives)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** For media files: nothing in them may run or load anything, even if opened directly. */
export const MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";
