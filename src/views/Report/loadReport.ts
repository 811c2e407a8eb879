import type { ChecklistPack } from '../../lib/schema/pack';
import { getAssessment, listAssessments } from '../../lib/storage/assessments';
import { listAnswers, listNormAnswers } from '../../lib/storage/answers';
import { getPack } from '../../lib/storage/packs';
import { listStates } from '../../lib/storage/states';
import { fail, ok, type Result } from '../../lib/domain/result';
import { earlierCycles, pickPreviousCycle } from '../../lib/domain/cycles';
import type { CycleRecords } from '../../lib/report/reportInput';
import type { StateProfile } from '../../lib/schema/assessment';

/**
 * Reads what a report needs from this device's storage: the assessment with its pack, answers and
 * State, and the State's previous cycle (the latest one that starts earlier), if any. Every row is
 * parsed by the storage functions; damaged rows are counted, not thrown.
 */
export interface ReportRecordsLoaded {
  current: CycleRecords;
  state: StateProfile;
  previous: CycleRecords | null;
  /** Earlier cycles of the State, oldest first, for the report's timeline. */
  earlier: CycleRecords[];
  corrupt: number;
}

async function cycle(
  id: string,
): Promise<Result<{ records: CycleRecords; corrupt: number; pack: ChecklistPack }>> {
  const found = await getAssessment(id);
  if (!found.ok) return found;
  const assessment = found.value;
  const pack = await getPack(assessment.packId, assessment.packVersion);
  if (!pack.ok) return pack;
  const [answers, normAnswers] = await Promise.all([listAnswers(id), listNormAnswers(id)]);
  return ok({
    records: {
      assessment,
      pack: pack.value,
      answers: answers.rows,
      normAnswers: normAnswers.rows,
    },
    corrupt: answers.corrupt.length + normAnswers.corrupt.length,
    pack: pack.value,
  });
}

export async function loadReportRecords(id: string): Promise<Result<ReportRecordsLoaded>> {
  const current = await cycle(id);
  if (!current.ok) return current;
  const { assessment } = current.value.records;
  const [states, siblings] = await Promise.all([
    listStates(),
    listAssessments(assessment.stateCode),
  ]);
  const state = states.rows.find((s) => s.code === assessment.stateCode);
  if (!state) return fail({ code: 'state.missing', stateCode: assessment.stateCode });
  const prevAssessment = pickPreviousCycle(assessment, siblings.rows);
  // An earlier cycle whose pack is gone is left out rather than failing the whole report.
  const earlier = (
    await Promise.all(earlierCycles(assessment, siblings.rows).map((a) => cycle(a.id)))
  ).flatMap((c) => (c.ok ? [c.value] : []));
  const previous = earlier.find((c) => c.records.assessment.id === prevAssessment?.id);
  return ok({
    current: current.value.records,
    state,
    previous: previous?.records ?? null,
    earlier: earlier.map((c) => c.records),
    corrupt: current.value.corrupt + earlier.reduce((sum, c) => sum + c.corrupt, 0),
  });
}
