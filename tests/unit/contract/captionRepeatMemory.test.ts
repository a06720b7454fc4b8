// The Captions panel compares every caption with every paragraph as the reporter types, and
// remembers the comparisons by the paragraphs' texts. A long session of typing (every
// keystroke makes a new text of the paragraph typed in) must not keep every draft, and a
// caption repeating a paragraph is still caught after the remembered drafts were let go.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { captionRepeatsBody } from '../../../electron/contract/article/figureChecks';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const SENTENCE = 'Chi bộ sinh hoạt chuyên đề vào sáng thứ hai hằng tuần với đông đủ đảng viên tham dự và nhiều ý kiến đóng góp. ';
const CAPTION = 'Các đảng viên dự buổi sinh hoạt chuyên đề của chi bộ sáng thứ hai';
const fresh = (text: string): string => JSON.parse(JSON.stringify(text)) as string; // a new string, as the editor reads it

it('keeps a bounded number of drafts while typing, and still finds a repeated caption', () => {
  const body = Array.from({ length: 600 }, (_, i) => fresh(`${SENTENCE.repeat(3)}${i}`));
  captionRepeatsBody(CAPTION, body);
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  for (let key = 0; key < 5000; key++) {
    const typedIn = 100 + (key % 50);
    body[typedIn] = fresh(`${body[typedIn]}â`);
    captionRepeatsBody(CAPTION, body);
  }
  collectGarbage();
  const grownMb = (process.memoryUsage().heapUsed - before) / 1e6;
  // 5,000 drafts of about 400 characters are 4 MB of text; all of them were kept before.
  expect(grownMb).toBeLessThan(4);

  body[420] = fresh(`${CAPTION}.`);
  expect(captionRepeatsBody(CAPTION, body)).toEqual({ paragraph: 421, difference: 0 });
});
