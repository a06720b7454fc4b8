// What happens when an article here catches up with changes made elsewhere (CatchUpWatch):
// the merge report is made at once, on the services' copy (syncMergeReport.ts). A merge that
// needed a decision keeps a version of the merged text, stores its report until someone
// looks (mergeReportStore.ts) and tells the window (push 'sync:merged'); one that needed
// nothing is silent — the history keeps it by the usual ten-minute rule.
import path from 'node:path';
import type { Push } from '../../contract/ipc/push';
import type { MergeReport, PackageSender } from '../../contract/packages';
import type { SyncRole } from '../../contract/sync';
import { mayMove } from '../../contract/workflow';
import { SOAN_FOLDER, type Library } from '../library/libraryService';
import type { ServiceContext } from '../serviceContext';
import type { CaughtUp } from './catchUpWatch';
import { MergeReportStore } from './mergeReportStore';
import type { MayWrite } from './syncMergeMeta';
import { syncMergeReport } from './syncMergeReport';

export interface CaughtUpMergesOptions {
  library: () => Library | undefined;
  /** Who keeps this library (author of its text the server lacked); undefined before setup. */
  keeper: () => PackageSender | undefined;
  /** The role the server takes this workstation's token for, once it said so (it checks what the merge writes). */
  serverRole: () => SyncRole | undefined;
  push: (push: Push) => void;
  context: ServiceContext;
  /** Told first of every catch-up (tests read what came in). */
  also?: (event: CaughtUp) => void;
}

/** "14:20" in the services' clock's local time, for the version's label. */
function hourOf(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export class CaughtUpMerges {
  private store: { library: Library; reports: MergeReportStore } | undefined;
  /** Work after each merge (versions, reports), so tests and closing can wait for it. */
  private pending = new Set<Promise<void>>();

  constructor(private readonly options: CaughtUpMergesOptions) {}

  /** The reports of the open library (undefined while none is open). */
  reports(): MergeReportStore | undefined {
    const library = this.options.library();
    if (!library) return undefined;
    if (this.store?.library !== library) {
      this.store = { library, reports: new MergeReportStore(path.join(library.path, SOAN_FOLDER), this.options.context.clock, library.problems.add) };
    }
    return this.store.reports;
  }

  /** The seam of SyncServiceOptions.onCaughtUp. Runs inside the sync: changes the copy now, writes later. */
  readonly caughtUp = (event: CaughtUp): void => {
    this.options.also?.(event);
    const keeper = this.options.keeper();
    const library = this.options.library();
    if (!keeper || !library?.has(event.id)) return;
    let report: MergeReport;
    try {
      const role = this.options.serverRole() ?? keeper.role;
      const mayWrite: MayWrite = { text: role !== 'reviewer', move: (from, to) => role !== 'reviewer' && mayMove(role, from, to) };
      report = syncMergeReport(event, keeper, this.options.context.clock.iso(), mayWrite);
    } catch (error) {
      // Yjs merged everything already; only the report is missing.
      this.options.context.log.problem(`no merge report for article ${event.id}`, error);
      return;
    }
    const work = this.afterMerge(library, report).catch((error) => this.options.context.log.problem(`merge report of article ${event.id} not kept`, error));
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  };

  /** Resolves when every merge so far has its version and report written. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  private async afterMerge(library: Library, report: MergeReport): Promise<void> {
    const id = report.articleId;
    // Saved now (an edit that changes nothing flushes), so the library's row shows the merged article.
    await library.edit(id, () => {});
    this.options.push({ kind: 'library:changed' });
    if (!report.flags.length) {
      await library.history.afterWritingSave(id);
      return;
    }
    await library.history.save(id, 'merge', `Gộp bản trên máy chủ, ${hourOf(this.options.context.clock.now())}`);
    await this.reports()?.add(report);
    this.options.push({ kind: 'sync:merged', report });
  }
}
