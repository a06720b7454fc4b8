// package:send, package:open and package:resolve — articles travelling between libraries as
// `.soan` files, and the choices of the merge report. Every answer that changes an article
// carries its whole Yjs state, for an editor that has it open to merge (idempotent).
import * as Y from 'yjs';
import type { Handlers } from '../../contract/ipc/api';
import { SoanError, type ErrorInfo } from '../../contract/errors';
import { limits } from '../../contract/ipc/schemas';
import { readArticle } from '../../contract/article/readArticle';
import type { MergeReport } from '../../contract/packages';
import type { Actor } from '../history/articleHistory';
import type { Library } from '../library/libraryService';
import { PACKAGE_ORIGIN } from '../package/mergeIncoming';
import { openPackage } from '../package/openPackage';
import { KnownRewrites, listedSide, rewriteFlagsOf, type ListedSide } from '../package/knownRewrites';
import { keepChosenRecord } from '../package/keepChosenRecord';
import { keepListedSide, resolveChoice } from '../package/resolveChoice';
import { sendArticle, type ReceiverState } from '../package/sendArticle';
import { peekManifest } from '../package/readPackage';
import { fromBase64 } from '../package/packageFormat';

/** What the person who sent `replyTo` holds of article `id`, from that package's manifest. */
function receiverOf(id: string, replyTo: Uint8Array): ReceiverState {
  const manifest = peekManifest(replyTo);
  if (!manifest) throw new SoanError('package-refused', { name: '', reason: 'not-a-package' });
  if (manifest.articleId !== id) throw new SoanError('package-refused', { name: '', reason: 'bad-id', detail: 'the package is of another article' });
  return { stateVector: fromBase64(manifest.stateVector), media: manifest.mediaInUse };
}

type PackageChannels = 'package:send' | 'package:open' | 'package:resolve';

export function packageHandlers(
  requireLibrary: () => Promise<Library>,
  actor: () => Actor,
  /** Where sent packages go: the newsroom's export folder. */
  outFolder: () => Promise<string>,
  /** The sync catch-ups' reports kept for an article (their choices are made here too). */
  syncReports: (id: string) => Promise<MergeReport[]> = async () => [],
): Pick<Handlers, PackageChannels> {
  const known = new KnownRewrites();
  return {
    'package:send': async ({ id, replyTo }) =>
      sendArticle(await requireLibrary(), { id, sender: actor(), outDir: await outFolder(), receiver: replyTo && receiverOf(id, replyTo) }),
    'package:open': async (request) => {
      const library = await requireLibrary();
      known.prune(library);
      const opened = await openPackage(library, request, actor());
      known.remember(opened.report);
      return opened;
    },
    'package:resolve': async ({ id, choice }) => {
      const library = await requireLibrary();
      const headlineOf = () => library.readDoc(id, async (doc) => readArticle(doc).headline);
      const chooser = () => ({ by: actor().name, at: library.context.clock.iso() });
      const stateNow = async () => ({ update: await library.readDoc(id, async (doc) => Y.encodeStateAsUpdate(doc)) });
      known.prune(library);
      if (choice.kind === 'rewrite-choices-differ') {
        // Two choices made apart: the side put back comes from the article's own record of it.
        let made = 'unknown' as ReturnType<typeof keepChosenRecord>;
        await library.edit(id, (doc) => {
          made = keepChosenRecord(doc, choice.keep, choice.other, PACKAGE_ORIGIN);
        });
        if (made !== 'done') throw new SoanError(made === 'stale' ? 'package-choice-stale' : 'package-choice-unknown', { article: (await headlineOf()) || id });
        return stateNow();
      }
      let listed: ListedSide | null = null;
      if (choice.kind === 'overlapping-edits') {
        // Chosen here already (the conflict was let go): the same side again changes nothing.
        const before = known.chosenBefore(id, choice);
        if (before === 'same') return stateNow();
        if (before === 'other') throw new SoanError('package-choice-stale', { article: (await headlineOf()) || id });
        // What to put back is the report's, not the request's, from the conflict the choice
        // names: a choice no report listed, or one sent with other letters, is refused with the
        // article untouched; so is one an older report cannot tell from another conflict.
        const found = listedSide([...rewriteFlagsOf(await syncReports(id)), ...known.flagsOf(id)], choice);
        if (found === 'damaged') throw new SoanError('package-choice-damaged', { article: (await headlineOf()) || id });
        if (found === 'ambiguous') throw new SoanError('package-choice-ambiguous', { article: (await headlineOf()) || id });
        if (found === 'unknown' || (choice.restore && JSON.stringify(choice.restore) !== JSON.stringify(found.restore))) {
          throw new SoanError('package-choice-unknown', { article: (await headlineOf()) || id });
        }
        listed = found;
      }
      let done = false;
      let headline = '';
      await library.edit(id, (doc) => {
        // When the passage is gone, the choice may have been made already (here, or on a machine
        // whose result came in): then there is nothing to do again.
        done = choice.kind === 'overlapping-edits' && listed ? keepListedSide(doc, choice, listed, PACKAGE_ORIGIN, chooser()) : resolveChoice(doc, choice, PACKAGE_ORIGIN);
        headline = readArticle(doc).headline;
      });
      if (!done) throw new SoanError('package-choice-stale', { article: headline || id });
      if (choice.kind === 'overlapping-edits') known.chose(id, choice);
      return stateNow();
    },
  };
}

/** A package over the limit deserves its own message, not "invalid request". */
export function oversizedPackage(channel: string, payload: unknown): ErrorInfo | undefined {
  if (channel !== 'package:open' || typeof payload !== 'object' || payload === null) return undefined;
  const { bytes, fileName } = payload as { bytes?: unknown; fileName?: unknown };
  if (!(bytes instanceof Uint8Array) || bytes.byteLength <= limits.packageBytes) return undefined;
  const name = typeof fileName === 'string' ? fileName.slice(0, limits.fileNameChars).normalize('NFC') : '';
  return { code: 'package-refused', params: { name, reason: 'too-large' } };
}
