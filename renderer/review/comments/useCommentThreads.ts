// The comment threads of the open article for React: read from the Y.Doc, placed in the
// editor's current document, re-read when a comment or the text changes.
import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import { anchorContextOf, placeThreads, type PlacedThread } from './commentAnchors';
import { anchorsMap, countOpenThreads, messagesMap, readThreads, threadsMap, type ThreadView } from './commentStore';

/** Bumps a counter whenever the comment maps change (and, with an editor, when its text changes). */
function useCommentVersion(doc: Y.Doc, editor?: Editor): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const maps = [threadsMap(doc), messagesMap(doc), anchorsMap(doc)];
    for (const map of maps) map.observe(bump);
    editor?.on('update', bump);
    return () => {
      for (const map of maps) map.unobserve(bump);
      editor?.off('update', bump);
    };
  }, [doc, editor]);
  return version;
}

export function useCommentThreads(editor: Editor, doc: Y.Doc): PlacedThread<ThreadView>[] {
  const version = useCommentVersion(doc, editor);
  return useMemo(() => {
    const views = readThreads(doc);
    const ctx = editor.isDestroyed ? null : anchorContextOf(editor.state);
    if (!ctx) return views.map((view) => ({ view, range: null }));
    return placeThreads(views, editor.state.doc, ctx);
    // version: re-read after every change of the comments or the text
  }, [doc, editor, version]);
}

/** How many threads are open: the Review tab's badge. */
export function useOpenCommentCount(doc: Y.Doc): number {
  const version = useCommentVersion(doc);
  return useMemo(() => countOpenThreads(doc), [doc, version]);
}
