// @mentions and assigned comments: who a comment thread is given to now (the latest
// assignment wins; on two offline copies the later one, then the name, decides the same way
// everywhere), the people a comment mentions, and what the library shows as tasks: the open
// threads assigned to someone, and the people mentioned in open threads.
import type { CommentAssignment, CommentMention } from './articleNames';

/** Who each thread is assigned to now ('' when taken back), by thread id. */
export function threadAssignees(assignments: readonly CommentAssignment[]): Map<string, string> {
  const latest = new Map<string, CommentAssignment>();
  for (const a of assignments) {
    const known = latest.get(a.thread);
    if (!known || a.at > known.at || (a.at === known.at && a.to > known.to)) latest.set(a.thread, a);
  }
  return new Map([...latest].map(([thread, a]) => [thread, a.to]));
}

export interface CommentTasks {
  /** People with an open thread assigned to them, each once, in first-seen order. */
  tasks: string[];
  /** People @mentioned in open threads, each once. */
  mentions: string[];
}

export function commentTasks(
  meta: { mentions: readonly CommentMention[]; commentAssignments: readonly CommentAssignment[] },
  openThreadIds: ReadonlySet<string>,
): CommentTasks {
  const tasks = [...threadAssignees(meta.commentAssignments)].filter(([thread, to]) => to && openThreadIds.has(thread)).map(([, to]) => to);
  const mentions = meta.mentions.filter((m) => openThreadIds.has(m.thread)).map((m) => m.name);
  return { tasks: [...new Set(tasks)], mentions: [...new Set(mentions)] };
}

/**
 * The people a comment's text mentions: "@" followed by one of `people`'s names (the longest
 * that fits, so "@Thu Hà" is not read as a shorter "@Thu"), at the start or after a space.
 */
export function mentionsIn(text: string, people: readonly string[]): string[] {
  const normalized = text.normalize('NFC');
  const names = [...new Set(people.map((p) => p.normalize('NFC').trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  for (let at = normalized.indexOf('@'); at >= 0; at = normalized.indexOf('@', at + 1)) {
    if (at > 0 && !/\s|[(“"]/.test(normalized[at - 1])) continue;
    const rest = normalized.slice(at + 1);
    const name = names.find((n) => rest.toLocaleLowerCase('vi').startsWith(n.toLocaleLowerCase('vi')) && !/[\p{L}\p{N}]/u.test(rest[n.length] ?? ''));
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}
