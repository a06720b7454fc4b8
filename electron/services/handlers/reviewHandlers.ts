// The workflow and version-history channels: article:transition and history:*.
import * as Y from 'yjs';
import type { Handlers } from '../../contract/ipc/api';
import type { ReviewChange, VersionEntry } from '../../contract/history';
import { readArticle } from '../../contract/article/readArticle';
import type { Actor } from '../history/articleHistory';
import type { Library } from '../library/libraryService';
import { transitionArticle, workflowLogOf } from '../workflow/articleWorkflow';

type ReviewChannels = 'article:transition' | 'history:list' | 'history:save' | 'history:compare' | 'history:restore';

/** The article's state after a change, with its whole Yjs state for the open editor to merge. */
export async function reviewChange(library: Library, id: string, version?: VersionEntry): Promise<ReviewChange> {
  return library.readDoc(id, async (doc) => ({
    status: readArticle(doc).meta.status,
    workflowLog: workflowLogOf(doc),
    update: Y.encodeStateAsUpdate(doc),
    ...(version ? { version } : {}),
  }));
}

export function reviewHandlers(requireLibrary: () => Promise<Library>, actor: () => Actor): Pick<Handlers, ReviewChannels> {
  return {
    'article:transition': async (request) => {
      const library = await requireLibrary();
      const { version } = await transitionArticle(library.workflow, actor(), request);
      return reviewChange(library, request.id, version);
    },
    'history:list': async ({ id }) => (await requireLibrary()).history.list(id),
    'history:save': async ({ id, label }) =>
      (await requireLibrary()).history.save(id, 'manual', label.normalize('NFC').replace(/\s+/g, ' ').trim()),
    'history:compare': async ({ id, from, to }) => (await requireLibrary()).history.compare(id, from, to),
    'history:restore': async ({ id, versionId }) => {
      const library = await requireLibrary();
      const version = await library.history.restore(id, versionId);
      return reviewChange(library, id, version);
    },
  };
}
