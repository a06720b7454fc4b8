// A comment's text with the people it @mentions marked, so a name stands out where it was called.
import { Fragment } from 'react';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function MentionText({ text, names }: { text: string; names: readonly string[] }) {
  if (names.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(@(?:${[...names].sort((a, b) => b.length - a.length).map(escape).join('|')}))`, 'gu');
  return (
    <>
      {text.split(pattern).map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="mention" data-testid="comment-mention">
            {part}
          </mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
