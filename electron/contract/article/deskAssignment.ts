// Assignment: who the desk gave the article to, its budget line and its deadline — and the
// library's two filters that read them: "mine" (assigned to me, a comment assigned to me still
// open in it, or an open comment mentioning me) and "late" (its deadline passed and it has
// not gone out yet).
/** The desk information the two filters read (the library's desk summary holds it). */
export interface AssignmentView {
  assignee?: string;
  deadline?: string;
  /** People with an open comment assigned to them in the article. */
  tasks?: string[];
  /** People @mentioned in its open comments. */
  mentions?: string[];
}

/** Names compare as a person reads them: NFC, spacing and case aside. */
export function samePerson(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  return norm(a) !== '' && norm(a) === norm(b);
}

export function isMine(desk: AssignmentView | undefined, me: string): boolean {
  if (!desk || !me.trim()) return false;
  return (
    (!!desk.assignee && samePerson(desk.assignee, me)) ||
    [...(desk.tasks ?? []), ...(desk.mentions ?? [])].some((name) => samePerson(name, me))
  );
}

/** Past its deadline and not exported yet: the desk is waiting for it. */
export function isLate(desk: AssignmentView | undefined, status: string, now: string | number | Date): boolean {
  if (!desk?.deadline || status === 'exported') return false;
  return Date.parse(desk.deadline) < new Date(now).getTime();
}
