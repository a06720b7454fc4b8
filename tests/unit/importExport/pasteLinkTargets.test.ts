// Where a pasted link points: to the page the reporter meant, not to a tracking redirect
// (Google Docs' google.com/url, Outlook Safe Links, Facebook's l.php) — when that page's
// address is itself safe; a phone number link is kept; a link naming no site or a file on
// the sender's computer is dropped with a note saying exactly that, not "unsafe"; an address
// whose accent came in two code points is the same address as one typed with one.
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../../electron/contract/article/articleContent';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { isAllowedLinkHref } from '../../../renderer/editor/linkTarget';

function linksOf(blocks: BodyBlock[]): string[] {
  const hrefs: string[] = [];
  const visit = (node: { marks?: Array<{ type: string; attrs?: { href?: string } }>; content?: unknown[] }) => {
    for (const mark of node.marks ?? []) if (mark.type === 'link' && mark.attrs?.href) hrefs.push(mark.attrs.href);
    (node.content as Array<typeof node> | undefined)?.forEach(visit);
  };
  blocks.forEach((b) => visit(b as never));
  return hrefs;
}

const paste = (html: string) => {
  const { blocks, warnings } = convertPastedHtml(html);
  return { links: linksOf(blocks), warnings };
};

describe('links through a tracking redirect', () => {
  it('links a Google Docs link to its page, not to google.com/url?q=…', () => {
    const html =
      '<b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr"><span style="font-weight:400">Xem </span>' +
      '<a href="https://www.google.com/url?q=https://baohatinh.vn/giao-thong/cau-cua-sot.html&amp;sa=D&amp;source=editors&amp;ust=1714550000000&amp;usg=AOvVaw1"><span style="text-decoration:underline;color:#1155cc">bài gốc</span></a></p></b>';
    expect(paste(html)).toEqual({ links: ['https://baohatinh.vn/giao-thong/cau-cua-sot.html'], warnings: [] });
  });

  it('links an Outlook Safe Links link to its page', () => {
    const html =
      '<p class=MsoNormal>Xem <a href="https://apc01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fbaohatinh.vn%2Fbai.html&amp;data=05%7C02%7C&amp;sdata=abc%3D&amp;reserved=0" originalsrc="https://baohatinh.vn/bai.html">bài</a></p>';
    expect(paste(html).links).toEqual(['https://baohatinh.vn/bai.html']);
  });

  it('links a Facebook outgoing link to its page', () => {
    const html = '<p><a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fbaohatinh.vn%2Fbai.html%3Ffbclid%3DIwAR1&amp;h=AT0">bài</a></p>';
    expect(paste(html).links).toEqual(['https://baohatinh.vn/bai.html?fbclid=IwAR1']);
  });

  it('keeps the redirect itself when what it leads to is not a safe address', () => {
    const redirect = 'https://www.google.com/url?q=javascript:alert(1)&sa=D';
    const { links } = paste(`<p><a href="${redirect.replace(/&/g, '&amp;')}">bài</a></p>`);
    expect(links).toEqual([redirect]);
    expect(links[0]).not.toMatch(/^javascript:/);
  });

  it('leaves a Google search page link alone', () => {
    expect(paste('<p><a href="https://www.google.com/search?q=c%E1%BA%A7u">tìm</a></p>').links).toEqual(['https://www.google.com/search?q=c%E1%BA%A7u']);
  });
});

describe('links that are not web pages', () => {
  it('keeps a phone number link and says nothing', () => {
    expect(paste('<p>Đường dây nóng <a href="tel:+84 912 345 678">0912 345 678</a>.</p>')).toEqual({ links: ['tel:+84912345678'], warnings: [] });
    // The editor takes it in too (its rule for pasted links), and nothing but a number.
    expect(isAllowedLinkHref('tel:+84912345678')).toBe(true);
    expect(isAllowedLinkHref('tel:javascript:alert(1)')).toBe(false);
  });

  it('drops a link naming no site, keeping its text, and says it names no site', () => {
    const { links, warnings } = paste('<p>Xem <a href="/giao-thong/cau.html">bài trước</a>.</p>');
    expect(links).toEqual([]);
    expect(warnings).toEqual([{ code: 'import-link-relative-dropped', params: { href: '/giao-thong/cau.html' } }]);
  });

  it('drops a link to a file on the sender’s computer and says so', () => {
    const { warnings } = paste('<p><a href="file:///C:/Users/pv/Desktop/ke-hoach.docx">kế hoạch</a></p>');
    expect(warnings).toEqual([{ code: 'import-link-local-file-dropped', params: { href: 'file:///C:/Users/pv/Desktop/ke-hoach.docx' } }]);
  });

  it('still calls a scripted link unsafe and drops it', () => {
    const { links, warnings } = paste('<p><a href="javascript:alert(1)">bấm</a> <a href="tel:javascript:alert(1)">gọi</a></p>');
    expect(links).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['import-link-dropped', 'import-link-dropped']);
  });
});

describe('link addresses with Vietnamese letters', () => {
  it('gives the same address whether an accent came as one code point or two', () => {
    const composed = 'https://vi.wikipedia.org/wiki/Hà_Tĩnh';
    const decomposed = composed.normalize('NFD');
    const [a] = paste(`<p><a href="${composed}">Hà Tĩnh</a></p>`).links;
    const [b] = paste(`<p><a href="${decomposed}">Hà Tĩnh</a></p>`).links;
    expect(b).toBe(a);
    expect(decodeURI(a)).toBe(composed);
  });
});
