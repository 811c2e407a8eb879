import { assessmentSchema, type Assessment } from '../schema/assessment';
import {
  applyDetails,
  mergeDetails,
  trashExpired,
  type AssessmentDetails,
  type ManageFailure,
} from '../domain/assessmentDetails';
import { stateByCode } from '../domain/states';
import { fail, failureOf, ok, type Result } from '../domain/result';
import { assignmentsKey } from './assignments';
import { db } from './db';
import { classifyStorageError } from './errors';
import { parseRows } from './parseRow';
import { deleteAssessmentHistory } from './history';

export type { ManageFailure } from '../domain/assessmentDetails';

class Refused extends Error {
  constructor(readonly failure: ManageFailure) {
    super(failure.code);
  }
}

async function run<T>(work: () => Promise<T>): Promise<Result<T, ManageFailure>> {
  try {
    return ok(await work());
  } catch (e) {
    if (e instanceof Refused) return fail(e.failure);
    return fail({ code: 'storage', name: classifyStorageError(e).name });
  }
}

async function readAssessment(id: string): Promise<Assessment> {
  const parsed = assessmentSchema.safeParse(await db.assessments.get(id));
  if (!parsed.success) throw new Refused({ code: 'not-found' });
  return parsed.data;
}

/**
 * Changes an assessment's details (title, period, lead agency, people, alias, summary), checked by
 * the schema (domain/assessmentDetails.ts `applyDetails`). A final assessment is the record of a
 * cycle: refused with `final`.
 */
export function updateAssessmentDetails(
  id: string,
  details: AssessmentDetails,
  at = new Date().toISOString(),
  /** The details as the form was opened on: only the fields changed since are written, and a
   * field changed elsewhere meanwhile is refused (`changed-elsewhere`), see `mergeDetails`. */
  base?: AssessmentDetails,
): Promise<Result<Assessment, ManageFailure>> {
  return run(() =>
    db.transaction('rw', db.assessments, async () => {
      const current = await readAssessment(id);
      if (current.status === 'final') throw new Refused({ code: 'final' });
      let wanted = details;
      if (base) {
        const merged = mergeDetails(base, details, current);
        if (merged.changedElsewhere.length > 0)
          throw new Refused({
            code: 'changed-elsewhere',
            fields: merged.changedElsewhere,
            current,
          });
        wanted = merged.details;
      }
      const next = applyDetails(current, wanted, at);
      if (!next.ok) throw new Refused({ code: 'invalid', fields: failureOf(next) });
      await db.assessments.put(next.value);
      return next.value;
    }),
  );
}

/**
 * Moves assessments to the trash (`deletedAt` = `at`): they leave every list but keep their answers
 * and history, restorable for `TRASH_KEEP_DAYS`.
 */
export function trashAssessments(
  ids: readonly string[],
  at = new Date().toISOString(),
): Promise<Result<void, ManageFailure>> {
  return run(() =>
    db.transaction('rw', db.assessments, async () => {
      for (const id of ids) {
        const current = await readAssessment(id);
        await db.assessments.put(assessmentSchema.parse({ ...current, deletedAt: at }));
      }
    }),
  );
}

/**
 * Deletes a State: its profile leaves the list and all its assessments go to the trash together
 * (one `deletedAt`, so that undo restores exactly them). Returns the ids trashed.
 */
export function trashState(
  code: string,
  at = new Date().toISOString(),
): Promise<Result<string[], ManageFailure>> {
  // states: the profile removed; assessments: the State's cycles moved to the trash.
  return run(() =>
    db.transaction('rw', [db.states, db.assessments], async () => {
      const rows = parseRows(
        assessmentSchema,
        await db.assessments.where('stateCode').equals(code).toArray(),
        'assessments',
      ).rows.filter((a) => !a.deletedAt);
      for (const a of rows) await db.assessments.put({ ...a, deletedAt: at });
      await db.states.delete(code);
      return rows.map((a) => a.id);
    }),
  );
}

/** Takes assessments out of the trash; their State's profile comes back if it was deleted. */
export function restoreAssessments(ids: readonly string[]): Promise<Result<void, ManageFailure>> {
  // assessments: `deletedAt` removed; states: the profile of their State, added again if gone.
  return run(() =>
    db.transaction('rw', [db.assessments, db.states], async () => {
      for (const id of ids) {
        const { deletedAt: _gone, ...rest } = await readAssessment(id);
        await db.assessments.put(assessmentSchema.parse(rest));
        const known = stateByCode(rest.stateCode);
        if (known && !(await db.states.get(known.code)))
          await db.states.put({
            code: known.code,
            name: known.name,
            asean: known.asean === true,
            createdAt: new Date().toISOString(),
          });
      }
    }),
  );
}

/** The assessments in the trash, latest deleted first. */
export async function listTrash(): Promise<Assessment[]> {
  const rows = parseRows(assessmentSchema, await db.assessments.toArray(), 'assessments').rows;
  return rows
    .filter((a) => a.deletedAt !== undefined)
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

/**
 * Removes for good the assessments trashed more than `TRASH_KEEP_DAYS` ago, with their answers,
 * norm answers, history and assignments. Returns how many were removed.
 */
export function purgeTrash(now = new Date()): Promise<Result<number, ManageFailure>> {
  // assessments: the expired ones; answers, normAnswers, history: their records; meta: their
  // coordinator's assignments. One transaction: an assessment goes with everything it holds.
  return run(() =>
    db.transaction(
      'rw',
      [db.assessments, db.answers, db.normAnswers, db.history, db.meta],
      async () => {
        const expired = (await listTrash()).filter((a) => trashExpired(a.deletedAt!, now));
        for (const a of expired) {
          await db.answers.where('assessmentId').equals(a.id).delete();
          await db.normAnswers.where('assessmentId').equals(a.id).delete();
          await deleteAssessmentHistory(db.history, a.id);
          await db.meta.delete(assignmentsKey(a.id));
          await db.assessments.delete(a.id);
        }
        return expired.length;
      },
    ),
  );
}
