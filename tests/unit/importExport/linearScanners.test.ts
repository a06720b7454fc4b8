// The one-pass readers of Word's XML parts and of pasted style sheets find exactly what the
// patterns they replace found, on any text, and stay fast on the texts that made the patterns
// take minutes (found by a security review).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssRules, withoutCssComments } from '../../../electron/services/import/cssRules';
import { elementsNamed, replaceElements } from '../../../electron/services/import/xmlElements';

const xmlPieces = fc.constantFrom('<w:num w:numId="1">', '<w:num>', '</w:num>', '<w:numbering>', '<w:num/>', '<w:numPr>', 'x', '>', '<', '</w:num', ' ');
const cssPieces = fc.constantFrom('p', '.a', '{', '}', ' ', ';', 'b:c', '/*', '*/', '@media', ',');
const textOf = (pieces: fc.Arbitrary<string>) => fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

const timed = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

describe('Word XML elements', () => {
  it('are the elements the lazy pattern matched, on any text', () => {
    fc.assert(
      fc.property(textOf(xmlPieces), (xml) => {
        expect(elementsNamed(xml, 'w:num')).toEqual([...xml.matchAll(/<w:num\b[^>]*>[\s\S]*?<\/w:num>/g)].map(([m]) => m));
        expect(replaceElements(xml, 'w:num', (e) => `[${e.length}]`)).toBe(xml.replace(/<w:num\b[^>]*>[\s\S]*?<\/w:num>/g, (e) => `[${e.length}]`));
      }),
      { numRuns: 2000 },
    );
  });

  it('are found in moments in a part full of openings that never close', () => {
    expect(timed(() => elementsNamed('<w:abstractNum w:abstractNumId="1">'.repeat(100_000), 'w:abstractNum'))).toBeLessThan(500);
    expect(timed(() => elementsNamed('<w:style w:type="paragraph"'.repeat(100_000), 'w:style'))).toBeLessThan(500);
  });
});

describe('style sheet rules', () => {
  it('are the rules the pattern matched, on any text', () => {
    fc.assert(
      fc.property(textOf(cssPieces), (css) => {
        expect(withoutCssComments(css)).toBe(css.replace(/\/\*[\s\S]*?\*\//g, ''));
        expect(cssRules(css)).toEqual([...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selectors, body]) => ({ selectors, body })));
      }),
      { numRuns: 2000 },
    );
  });

  it('are found in moments in a long sheet with no rule or with unclosed comments', () => {
    expect(timed(() => cssRules('p'.repeat(1_000_000)))).toBeLessThan(500);
    expect(timed(() => withoutCssComments('/* '.repeat(300_000)))).toBeLessThan(500);
  });
});
