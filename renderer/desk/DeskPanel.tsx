// "Tòa soạn": what the desk decides about an article beyond its text — embargo and publish
// time, planned length, legal flag, assignment and corrections — each stored in the article
// so two offline copies merge (contract/article/metaStore.ts).
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import type { NewsroomContext } from '../panels/useNewsroom';
import { EmbargoSection } from './EmbargoSection';
import { CorrectionsSection } from './CorrectionsSection';
import { PlannedLengthSection } from './PlannedLengthSection';
import { LegalSection } from './LegalSection';
import { AssignmentSection } from './AssignmentSection';
import { mergeLists } from '../panels/useNewsroom';

interface DeskPanelProps {
  editor: Editor;
  doc: Y.Doc;
  articleId: string;
  newsroom: NewsroomContext;
}

export function DeskPanel({ editor, doc, articleId, newsroom }: DeskPanelProps) {
  return (
    <div className="panel-stack desk-panel" data-testid="desk-panel">
      <AssignmentSection doc={doc} people={mergeLists(newsroom.vocabulary.people, [newsroom.settings?.profile?.name ?? ''])} />
      <EmbargoSection doc={doc} />
      <PlannedLengthSection editor={editor} doc={doc} />
      <LegalSection doc={doc} articleId={articleId} role={newsroom.role} />
      <CorrectionsSection doc={doc} articleId={articleId} />
    </div>
  );
}
