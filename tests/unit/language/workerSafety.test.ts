import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const languageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../electron/services/language');
const NODE_ONLY = new Set(['loadLanguageResources.ts', 'ngramFile.ts']);
// bench/ and scripts/ are Node programs run by hand (benchmarks, building resources).
const NODE_FOLDERS = new Set(['bench', 'scripts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return NODE_FOLDERS.has(name) ? [] : sources(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

describe('language services run in a Web Worker', () => {
  it('import nothing from Node, Electron or the DOM outside the resource loader', () => {
    for (const file of sources(languageDir)) {
      if (NODE_ONLY.has(path.basename(file))) continue;
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"](node:|fs|path|electron)['"/]/u);
      expect(text, file).not.toMatch(/\b(document|window)\.\w/u);
    }
  });
});
