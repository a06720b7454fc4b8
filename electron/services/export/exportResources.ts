// The files an export inlines from resources/: the newsroom stylesheet and the embedded
// fonts. The folder is found next to the sources (dev, tests, CLI) unless the caller passes
// it (the packaged app passes its resources path).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ExportError } from './exportError';

const FontListSchema = z.object({
  fonts: z.array(
    z.object({
      family: z.string().regex(/^[A-Za-z0-9 ]+$/),
      weight: z.number().int().min(100).max(900),
      style: z.enum(['normal', 'italic']),
      subsets: z.array(
        z.object({
          file: z.string().regex(/^[A-Za-z0-9_./-]+\.woff2$/).refine((f) => !f.includes('..'), 'path leaves resources'),
          unicodeRange: z.string().regex(/^U\+[0-9A-Fa-f?-]+(?:,\s*U\+[0-9A-Fa-f?-]+)*$/),
        }),
      ),
    }),
  ),
});

export function defaultResourcesDir(): string {
  if (process.env.SOAN_RESOURCES_DIR) return process.env.SOAN_RESOURCES_DIR;
  try {
    return fileURLToPath(new URL('../../../resources/', import.meta.url));
  } catch {
    return resolve('resources'); // bundled without import.meta: run from the app folder
  }
}

async function readResource(dir: string, file: string): Promise<Buffer> {
  try {
    return await readFile(join(dir, file));
  } catch {
    throw new ExportError('export-resource-missing', { file });
  }
}

/** @font-face rules with the fonts as data: URLs (allowed by the page's CSP as `font-src data:`). */
async function embeddedFontFaces(dir: string): Promise<string> {
  const list = FontListSchema.parse(JSON.parse((await readResource(dir, 'export/embeddedFonts.json')).toString('utf8')));
  const rules: string[] = [];
  for (const font of list.fonts) {
    for (const subset of font.subsets) {
      const data = (await readResource(dir, subset.file)).toString('base64');
      rules.push(
        `@font-face {\n  font-family: "${font.family}";\n  font-style: ${font.style};\n  font-weight: ${font.weight};\n` +
          `  font-display: swap;\n  src: url("data:font/woff2;base64,${data}") format("woff2");\n  unicode-range: ${subset.unicodeRange};\n}\n`,
      );
    }
  }
  return rules.join('');
}

export interface PageStyle {
  css: string;
  /** Whether the CSS embeds fonts (the CSP then allows data: fonts). */
  hasFonts: boolean;
}

export async function loadPageStyle(options: { resourcesDir?: string; embedFonts?: boolean } = {}): Promise<PageStyle> {
  const dir = options.resourcesDir ?? defaultResourcesDir();
  const css = (await readResource(dir, 'export/article.css')).toString('utf8').normalize('NFC');
  if (options.embedFonts === false) return { css, hasFonts: false };
  const fonts = await embeddedFontFaces(dir);
  return { css: fonts + css, hasFonts: fonts.length > 0 };
}
