// Who each comment thread is assigned to and who it mentions, live from the article's meta
// (read by the contract's schemas and rule: the latest assignment counts).
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { metaKeys, type CommentAssignment, type CommentMention } from '../../../electron/contract/article/articleNames';
import { CommentAssignmentSchema, CommentMentionSchema } from '../../../electron/contract/article/articleMeta';
import { threadAssignees } from '../../../electron/contract/article/commentTasks';
import { useMetaValue } from '../../panels/useMetaValue';

const listOf =
  <T,>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }) =>
  (raw: unknown): T[] =>
    (Array.isArray(raw) ? raw : []).flatMap((item) => {
      const parsed = schema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
const asMentions = listOf<CommentMention>(CommentMentionSchema);
const asAssignments = listOf<CommentAssignment>(CommentAssignmentSchema);

export interface CommentDesk {
  assigneeOf: (threadId: string) => string;
  mentionedIn: (threadId: string) => string[];
}

export function useCommentDesk(doc: Y.Doc): CommentDesk {
  const [mentions] = useMetaValue(doc, metaKeys.mentions, asMentions);
  const [assignments] = useMetaValue(doc, metaKeys.commentAssignments, asAssignments);
  return useMemo(() => {
    const assignees = threadAssignees(assignments);
    return {
      assigneeOf: (threadId) => assignees.get(threadId) ?? '',
      mentionedIn: (threadId) => [...new Set(mentions.filter((m) => m.thread === threadId).map((m) => m.name))],
    };
  }, [mentions, assignments]);
}
