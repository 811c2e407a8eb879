import Dexie, { type ObservabilitySet } from 'dexie';
import type { Answer, Assessment, NormAnswer } from '../schema/assessment';
import type { Failure } from '../schema/failures';
import { failureOf } from '../domain/result';
import { getAssessment } from './assessments';
import { listAnswers, listNormAnswers } from './answers';
import { db } from './db';

export interface AssessmentSnapshot {
  assessment: Assessment | null;
  /** Why the assessment could not be read (`assessment.not-found` or a schema failure). */
  assessmentError: Failure | null;
  answers: Answer[];
  normAnswers: NormAnswer[];
  /** Stored rows that failed their schema: reported on screen, never thrown. */
  corrupt: Failure[];
}

/**
 * How long a watch waits after a committed change before it reads again (ms). Dexie's `liveQuery`
 * read again right after every commit; during a run of saves that read sat in front of the next
 * save's transaction (an IndexedDB write waits for an earlier read of the same table) and doubled
 * its time (issue 18, docs/bench.md). This screen's own writes are on screen at once anyway
 * (`SaveQueue` `onCommitted`); the watch is for other tabs and other screens' writes.
 */
export const WATCH_SETTLE_MS = 150;

/**
 * Calls `read` at once, and again after committed changes to `tables` of the app's database, in
 * this tab and in every other tab of the origin (Dexie's `storagemutated` event; other tabs' through
 * BroadcastChannel): at once for a change to one of `immediate`, else at most once per `settleMs`,
 * `settleMs` after the first change of a run. Values come in order; a read that fails goes to
 * `onError`. Returns the unsubscribe.
 */
export function watchTables<T>(options: {
  tables: readonly string[];
  immediate?: readonly string[];
  settleMs?: number;
  read: () => Promise<T>;
  onValue: (value: T) => void;
  onError: (error: unknown) => void;
}): () => void {
  const { tables, immediate = [], settleMs = WATCH_SETTLE_MS, read, onValue, onError } = options;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reading = false;
  let readAgain = false;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    read()
      .then(
        (value) => !closed && onValue(value),
        (e: unknown) => !closed && onError(e),
      )
      .finally(() => {
        reading = false;
        if (readAgain && !closed) {
          readAgain = false;
          run();
        }
      });
  };
  // Parts are named `idb://<database>/<table>/<index>` (Dexie's ObservabilitySet).
  const touches = (keys: readonly string[], names: readonly string[]) =>
    keys.some((k) => names.some((name) => k.startsWith(`idb://${db.name}/${name}/`)));
  const onMutated = (parts: ObservabilitySet) => {
    const keys = Object.keys(parts);
    if (touches(keys, immediate)) run();
    else if (!timer && touches(keys, tables)) timer = setTimeout(run, settleMs);
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  run();
  return () => {
    closed = true;
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}

/**
 * Watches one assessment with its answers: read at once and again after committed writes to these
 * tables, in this tab and every other tab of the same origin (`watchTables`): that is how two tabs
 * on the same assessment stay in step. Returns the unsubscribe.
 */
export function watchAssessment(
  assessmentId: string,
  onValue: (snapshot: AssessmentSnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchTables({
    tables: ['assessments', 'answers', 'normAnswers'],
    read: async (): Promise<AssessmentSnapshot> => {
      const [assessment, answers, normAnswers] = await Promise.all([
        getAssessment(assessmentId),
        listAnswers(assessmentId),
        listNormAnswers(assessmentId),
      ]);
      return {
        assessment: assessment.ok ? assessment.value : null,
        assessmentError: assessment.ok ? null : failureOf(assessment),
        answers: answers.rows,
        normAnswers: normAnswers.rows,
        corrupt: [...answers.corrupt, ...normAnswers.corrupt],
      };
    },
    onValue,
    onError,
  });
}
