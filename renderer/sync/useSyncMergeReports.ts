// Merge reports of articles that caught up with the server after time offline and need a
// look: those kept by the services (asked once), then each one pushed as it happens.
// Dismissing lets the article's reports go, here and in the services.
import { useCallback, useEffect, useState } from 'react';
import type { MergeReport } from '../../electron/contract/packages';
import { call, onPush } from '../platform/soanClient';

export function useSyncMergeReports() {
  const [reports, setReports] = useState<MergeReport[]>([]);
  useEffect(() => {
    const pushed: MergeReport[] = [];
    const stop = onPush((push) => {
      if (push.kind !== 'sync:merged') return;
      pushed.push(push.report);
      setReports((held) => [...held, push.report]);
    });
    call('sync:mergeReports', {}).then(
      // Kept ones first; any pushed meanwhile is kept too (the same report may be in both).
      (kept) => setReports([...kept, ...pushed.filter((p) => !kept.some((k) => k.sentAt === p.sentAt && k.articleId === p.articleId))]),
      () => undefined, // no library yet: nothing to show
    );
    return stop;
  }, []);

  const dismiss = useCallback(async (articleId: string) => {
    setReports((held) => held.filter((report) => report.articleId !== articleId));
    await call('sync:dismissMergeReport', { id: articleId }).catch(() => undefined); // shown again next start at worst
  }, []);

  /** The newest report of each article, newest article first. */
  const latest = [...new Map(reports.map((report) => [report.articleId, report])).values()].reverse();
  return { latest, dismiss };
}
