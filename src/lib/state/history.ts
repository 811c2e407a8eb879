import type { HistoryEntry } from '../schema/assessment';
import { listHistory } from '../storage/answers';

/**
 * The history of one answer or norm answer (`target` is "item:<id>" or "norm:<id>"), oldest first,
 * for the history panel. Damaged stored entries are left out here (storage reports them apart).
 */
export async function loadHistory(assessmentId: string, target: string): Promise<HistoryEntry[]> {
  return (await listHistory(assessmentId, target)).rows;
}
