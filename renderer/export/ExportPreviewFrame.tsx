// The exported page shown in a frame, exactly as it will be written (images mapped to the
// article's media). The frame never runs scripts.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ExportPreviewFrameProps {
  html: string;
}

/**
 * The page's one stylesheet is an inline <style>. A srcdoc frame inherits the app's CSP
 * (style-src 'self'), which refuses inline styles, so the same CSS is handed to the frame
 * as a constructed stylesheet, which CSP does not govern. That needs access to the frame's
 * document, and the media URLs are served with Cross-Origin-Resource-Policy: same-origin,
 * which an opaque-origin (sandbox="") frame could not load. Hence allow-same-origin —
 * still without allow-scripts, so nothing in the page can run.
 */
function adoptInlineStyles(frame: HTMLIFrameElement): void {
  const win = frame.contentWindow as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return;
  const sheets: CSSStyleSheet[] = [];
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const sheet = new win.CSSStyleSheet();
    try {
      sheet.replaceSync(style.textContent ?? '');
      sheets.push(sheet);
    } catch {
      // A stylesheet the browser cannot parse leaves the preview plain, never broken.
    }
  }
  doc.adoptedStyleSheets = sheets;
}

export function ExportPreviewFrame({ html }: ExportPreviewFrameProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLIFrameElement>(null);
  return (
    <iframe
      ref={ref}
      className="export-preview-frame"
      data-testid="export-preview"
      title={t('export.previewTitle')}
      sandbox="allow-same-origin"
      srcDoc={html}
      onLoad={() => ref.current && adoptInlineStyles(ref.current)}
    />
  );
}
