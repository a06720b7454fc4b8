// When article.ydoc is lost, article.json has the newest content but a fresh Yjs document built
// from it shares no history with the copies on other laptops: merging them later would double
// the text. The article's last version (history/) does share that history. This brings such an
// older document up to article.json in place: the blocks both agree on keep their identity, only
// the stretch between the first and the last block that differ is replaced, and each map entry
// that differs is set again. Only a result that holds exactly what article.json says is used.
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../contract/article/articleNames';
import { articleFragment } from './articleYDoc';
import { reanchorComments } from './reanchorComments';

/** A block's identity for comparison: its element, attributes, text and formatting. */
function blockKey(block: Y.XmlElement | Y.XmlText): string {
  return block.toString();
}

function sameValue(a: unknown, b: unknown): boolean {
  const plain = (value: unknown) => JSON.stringify(value instanceof Y.AbstractType ? value.toJSON() : (value ?? null));
  return plain(a) === plain(b);
}

function cloneValue(value: unknown): unknown {
  return value instanceof Y.AbstractType ? (value as Y.AbstractType<unknown> & { clone(): unknown }).clone() : value;
}

/** The fragment's children from `first` to `end` (exclusive) of `target` replace the differing stretch of `doc`. */
function adoptBlocks(fragment: Y.XmlFragment, target: Y.XmlFragment): void {
  const have = fragment.toArray() as Array<Y.XmlElement | Y.XmlText>;
  const want = target.toArray() as Array<Y.XmlElement | Y.XmlText>;
  let start = 0;
  while (start < have.length && start < want.length && blockKey(have[start]!) === blockKey(want[start]!)) start++;
  let haveEnd = have.length;
  let wantEnd = want.length;
  while (haveEnd > start && wantEnd > start && blockKey(have[haveEnd - 1]!) === blockKey(want[wantEnd - 1]!)) {
    haveEnd--;
    wantEnd--;
  }
  if (haveEnd > start) fragment.delete(start, haveEnd - start);
  if (wantEnd > start) fragment.insert(start, want.slice(start, wantEnd).map((block) => block.clone()));
}

/** Every top-level map of `target` (metadata, sets, registers, comments) copied onto `doc`, key by key. */
function adoptMaps(doc: Y.Doc, target: Y.Doc): void {
  const names = new Set([...doc.share.keys(), ...target.share.keys()]);
  names.delete(ARTICLE_FRAGMENT);
  for (const name of names) {
    const want = target.getMap<unknown>(name);
    const have = doc.getMap<unknown>(name);
    for (const key of [...have.keys()]) if (!want.has(key)) have.delete(key);
    want.forEach((value, key) => {
      if (!have.has(key) || !sameValue(have.get(key), value)) have.set(key, cloneValue(value));
    });
  }
}

/**
 * Makes `doc` hold what `target` holds, changing only what differs. Returns false (and leaves
 * `doc` to be thrown away) when a top-level type is not what this knows how to bring across.
 */
export function adoptContentOf(doc: Y.Doc, target: Y.Doc): boolean {
  try {
    doc.transact(() => {
      adoptBlocks(articleFragment(doc), articleFragment(target));
      adoptMaps(doc, target);
      // Comments whose words were in replaced blocks are anchored on them again.
      reanchorComments(doc);
    });
    return true;
  } catch {
    return false;
  }
}
