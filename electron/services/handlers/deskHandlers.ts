// The desk's channels that must be made by the services, not the editor: article:correct
// adds a correction, clarification or update notice in the name of the acting profile and,
// once the article has been exported, keeps a version (the published text with its notices);
// article:legal flags the article for a legal check or — the desk only — clears it, and logs both.
// The answer carries the article's whole Yjs state for the open editor to merge.
import { randomBytes } from 'node:crypto';
import type { Handlers } from '../../contract/ipc/api';
import { metaKeys, type Correction, type LegalFlag, type LegalLogEntry } from '../../contract/article/articleNames';
import { addToMetaSet, writeMetaValue } from '../../contract/article/metaStore';
import { mayClearLegalFlag } from '../../contract/article/legalHold';
import { SoanError } from '../../contract/errors';
import type { Actor } from '../history/articleHistory';
import type { Library } from '../library/libraryService';
import { reviewChange } from './reviewHandlers';

type DeskChannels = 'article:correct' | 'article:legal';

export function deskHandlers(requireLibrary: () => Promise<Library>, actor: () => Actor): Pick<Handlers, DeskChannels> {
  return {
    'article:correct': async ({ id, kind, text }) => {
      const library = await requireLibrary();
      const entry: Correction = {
        id: randomBytes(8).toString('hex'),
        kind,
        at: library.context.clock.iso(),
        text: text.normalize('NFC').replace(/\s+/g, ' ').trim(),
        by: actor().name,
      };
      await library.edit(id, (doc) => addToMetaSet(doc, metaKeys.corrections, entry));
      // Every export keeps a version: a notice added after one is a change to what was published.
      const exported = (await library.history.list(id)).some((version) => version.reason === 'export');
      const version = exported ? await library.history.save(id, 'correction', '') : undefined;
      return reviewChange(library, id, version);
    },
    'article:legal': async ({ id, hold, note }) => {
      const library = await requireLibrary();
      const who = actor();
      const why = note.normalize('NFC').replace(/\s+/g, ' ').trim();
      if (hold && !why) throw new SoanError('legal-note-required', {});
      if (!hold && !mayClearLegalFlag(who.role)) throw new SoanError('legal-clear-desk-only', { role: who.role });
      const at = library.context.clock.iso();
      const by = { name: who.name, role: who.role };
      const flag: LegalFlag = { hold, note: why, by, at };
      const entry: LegalLogEntry = { action: hold ? 'flag' : 'clear', note: why, by, at };
      await library.edit(id, (doc) =>
        doc.transact(() => {
          writeMetaValue(doc, metaKeys.legal, flag);
          addToMetaSet(doc, metaKeys.legalLog, entry);
        }),
      );
      return reviewChange(library, id);
    },
  };
}
