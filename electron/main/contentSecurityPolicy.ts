// The one Content-Security-Policy for the renderer, sent as a response header by Electron's
// app:// handler and by the browser harness (the renderer also carries it as a meta tag;
// a page obeys both, so the stricter of the two wins).
//
// Only the app's own files run: no inline or eval'd script, no remote anything. Inline
// *styles* are allowed because the editor needs them (TipTap injects its base CSS, image
// node views size themselves with style attributes) and a style cannot run code; every
// place a style could reach out to is still limited to 'self'.
const directives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
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
