// article.json is written again from article.ydoc when the two disagree (opening, the library's
// start). That is right after a save a crash cut short, and wrong after an article.ydoc was put
// back from an older backup: the files' times cannot tell the two apart. So the article.json
// being replaced is kept beside it as `article.json.replaced-<time>` — plain JSON a person can
// read, and the only copy of the newer text in the second case.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { errnoOf } from '../fs/diskErrors';
import { ARTICLE_JSON } from '../library/projectFolder';

/** The name a replaced article.json is kept under (colons left out: Windows forbids them). */
export const replacedCopyName = (at: string) => `${ARTICLE_JSON}.replaced-${at.replace(/:/g, '-')}`;

/** Copies `folder`'s article.json aside before it is written again: the copy's name, or undefined when there was none. */
export async function keepReplacedCopy(folder: string, at: string): Promise<string | undefined> {
  const name = replacedCopyName(at);
  try {
    await fs.copyFile(path.join(folder, ARTICLE_JSON), path.join(folder, name));
    return name;
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error;
    return undefined;
  }
}
