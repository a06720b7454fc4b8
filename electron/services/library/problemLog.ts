// Problems (damaged files moved aside, recoveries, skipped folders) collected while Soạn runs
// and listed in the library until the app restarts. The same problem is kept once.
import type { Problem } from '../../contract/errors';

export class ProblemLog {
  private readonly problems = new Map<string, Problem>();

  readonly add = (problem: Problem): void => {
    const key = keyOf(problem);
    if (!this.problems.has(key)) this.problems.set(key, { code: problem.code, params: { ...problem.params } });
  };

  /** Take back a problem later news replaces (the article it was about has been opened since). */
  withdraw(problem: Problem): void {
    this.problems.delete(keyOf(problem));
  }

  list(): Problem[] {
    return [...this.problems.values()].map((p) => ({ code: p.code, params: { ...p.params } }));
  }
}

const keyOf = (problem: Problem) => `${problem.code} ${JSON.stringify(Object.entries(problem.params).sort())}`;
