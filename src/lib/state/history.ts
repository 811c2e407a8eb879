import { mergedPartAgency } from '../domain/coordination';
import type { HistoryEntry } from '../schema/assessment';
import { listHistory } from '../storage/answers';
import { getAssessmentIncludingTrash } from '../storage/assessments';
import { getCoordination } from '../storage/coordination';
import { getPack } from '../storage/packs';

/**
 * The history of one answer or norm answer (`target` is "item:<id>" or "norm:<id>"), oldest first,
 * for the history panel. Damaged stored entries are left out here (storage reports them apart).
 */
export async function loadHistory(assessmentId: string, target: string): Promise<HistoryEntry[]> {
  return (await listHistory(assessmentId, target)).rows;
}

/**
 * Which agency's part a merge entry of `assessmentId` came from (domain/coordination.ts
 * `mergedPartAgency`), read from the coordinator's log of parts received and the assessment's
 * pack: the history panel's merge lines name the agency, not only the person (tester, session 7).
 * Without a log or pack every entry reads as unknown (undefined).
 */
export async function loadMergeAgencies(
  assessmentId: string,
): Promise<(entry: { at: string; target: string }) => string | undefined> {
  const [assessment, record] = await Promise.all([
    getAssessmentIncludingTrash(assessmentId),
    getCoordination(assessmentId),
  ]);
  if (!assessment.ok || record.received.length === 0) return () => undefined;
  const pack = await getPack(assessment.value.packId, assessment.value.packVersion);
  const known = pack.ok ? pack.value : undefined;
  return (entry) => mergedPartAgency(record, known, entry);
}
