// The article's content as ProseMirror JSON, the shape the editor, article.json and the
// Y.XmlFragment (through y-tiptap) all share. Kept schema-free: nodes and marks by name.
import { z } from 'zod';

export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  marks?: PmMark[];
  text?: string;
}

/** Shape check for PM JSON read from disk (article.json), before it becomes a Yjs document. */
export const PmNodeSchema: z.ZodType<PmNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(100),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(PmNodeSchema).optional(),
    marks: z
      .array(
        // A mark stored as `bold: true` rather than `bold: {}` (another tool's Yjs) has no attributes.
        z.object({ type: z.string().min(1).max(100), attrs: z.record(z.string(), z.unknown()).optional().catch(undefined) }),
      )
      .optional(),
    text: z.string().optional(),
  }),
);

/** y-tiptap suffixes marks that may overlap themselves (e.g. two comments) with `--<8 chars>`. */
const HASHED_MARK_NAME = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

/** The mark a Y.XmlText formatting attribute (or an element attribute) stands for. */
export function markNameOfAttribute(attributeName: string): string {
  return HASHED_MARK_NAME.exec(attributeName)?.[1] ?? attributeName;
}
