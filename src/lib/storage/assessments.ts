import type { Failure } from '../schema/failures';
import {
  answerSchema,
  assessmentSchema,
  normAnswerSchema,
  type Assessment,
  type AssessmentStatus,
  type HistoryEntry,
} from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import { carryForward, recordTarget } from '../domain/answers';
import { schemaFailure } from '../schema/issues';
import { fail, failureOf, ok, type Result } from '../domain/result';
import { dayProblem } from '../domain/dates';
import { addHistory } from './history';
import { db, type NicDatabase } from './db';
import { classifyStorageError } from './errors';
import { getPack } from './packs';
import { parseRows, type ParsedRows } from './parseRow';

export type NewAssessment = Pick<
  Assessment,
  'stateCode' | 'title' | 'periodStart' | 'periodEnd' | 'leadAgency' | 'people' | 'alias'
>;

/** The assessments (cycles) of a State, newest period first, without those in the trash. */
export async function listAssessments(
  stateCode: string,
  database: NicDatabase = db,
): Promise<ParsedRows<Assessment>> {
  const raw = await database.assessments.where('stateCode').equals(stateCode).toArray();
  const parsed = parseRows(assessmentSchema, raw, 'assessments');
  // Assessments in the trash (storage/trash.ts) leave every list until restored.
  parsed.rows = parsed.rows.filter((a) => a.deletedAt === undefined);
  parsed.rows.sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  return parsed;
}

/** Every assessment on this device, read and parsed once, split as the home screen lists them. */
export interface EveryAssessment {
  /** Each State's cycles by State code, newest period first, without those in the trash. */
  byState: Record<string, Assessment[]>;
  /** The assessments in the trash, the latest deleted first. */
  trash: Assessment[];
  /** Rows that failed the schema (left out of both). */
  corrupt: Failure[];
}

/**
 * Every assessment, in one read and one schema parse (issue 18: the home screen with 50 States
 * and 500 assessments read the table once per State and twice more for the trash). The same
 * orders as `listAssessments` and `listTrash`.
 */
export async function listEveryAssessment(database: NicDatabase = db): Promise<EveryAssessment> {
  const parsed = parseRows(assessmentSchema, await database.assessments.toArray(), 'assessments');
  const byState: Record<string, Assessment[]> = {};
  const trash: Assessment[] = [];
  for (const a of parsed.rows) {
    if (a.deletedAt !== undefined) trash.push(a);
    else (byState[a.stateCode] ??= []).push(a);
  }
  for (const list of Object.values(byState))
    list.sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  trash.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  return { byState, trash, corrupt: parsed.corrupt };
}

/**
 * One assessment, parsed, for a screen to open. An assessment in the trash is refused
 * (`assessment.in-trash`, with its title and trash date) exactly as it is left out of every list: a
 * direct address or a bookmark must not open, edit or report on a record the user deleted. The trash
 * reads its own records through `getAssessmentIncludingTrash`.
 */
export async function getAssessment(
  id: string,
  database: NicDatabase = db,
): Promise<Result<Assessment>> {
  const found = await getAssessmentIncludingTrash(id, database);
  if (found.ok && found.value.deletedAt !== undefined) {
    const { title, deletedAt } = found.value;
    return fail({ code: 'assessment.in-trash', assessmentId: id, title, deletedAt });
  }
  return found;
}

/**
 * One assessment, parsed, whether or not it is in the trash: `assessment.not-found` when there is no
 * such record, a schema failure when the stored row no longer passes the schema.
 */
export async function getAssessmentIncludingTrash(
  id: string,
  database: NicDatabase = db,
): Promise<Result<Assessment>> {
  const row = await database.assessments.get(id);
  if (!row) return fail({ code: 'assessment.not-found' });
  const parsed = assessmentSchema.safeParse(row);
  if (!parsed.success) return fail(schemaFailure(['assessment'], parsed.error, 3, row));
  return ok(parsed.data);
}

/**
 * Creates an assessment, empty or with the answers of an earlier cycle carried forward
 * (`carryFrom`: that cycle's id). Everything is written in one transaction, so a failure leaves
 * nothing half-made.
 */
export async function createAssessment(
  input: NewAssessment,
  pack: ChecklistPack,
  by: string,
  carryFrom?: string,
): Promise<Result<Assessment>> {
  const at = new Date().toISOString();
  const parsed = assessmentSchema.safeParse({
    ...input,
    id: crypto.randomUUID(),
    packId: pack.id,
    packVersion: pack.version,
    status: 'draft',
    ...(carryFrom ? { carriedFrom: carryFrom } : {}),
    createdAt: at,
    updatedAt: at,
  });
  if (!parsed.success) return fail(schemaFailure(['assessment'], parsed.error, 5));
  const assessment = parsed.data;
  // The forms' date rule (domain/dates.ts): no assessment is created with a period its backup
  // could not restore (the schema alone takes any real day, 9999-12-31 included).
  const outside = (['periodStart', 'periodEnd'] as const).filter(
    (f) => dayProblem(assessment[f]) !== null,
  );
  if (outside.length > 0)
    return fail({
      code: 'schema.invalid',
      within: ['assessment'],
      issues: outside.map((f) => ({ path: [f], kind: 'year-out-of-range' as const })),
      more: 0,
    });
  try {
    // assessments: the new cycle (and the earlier one read for its State); answers, normAnswers:
    // the carried answers read and written; history: one 'carry-forward' entry per carried record,
    // so the carried value can be traced and undone like any other change; packs: the earlier
    // cycle's pack, read when it is another pack (answers then follow its equivalences).
    await db.transaction(
      'rw',
      [db.assessments, db.answers, db.normAnswers, db.history, db.packs],
      async () => {
        if (carryFrom) {
          const earlier = assessmentSchema.safeParse(await db.assessments.get(carryFrom));
          if (!earlier.success || earlier.data.stateCode !== assessment.stateCode) {
            throw new CarryError();
          }
          const answers = parseRows(
            answerSchema,
            await db.answers.where('assessmentId').equals(carryFrom).toArray(),
            'answers',
          ).rows;
          const normAnswers = parseRows(
            normAnswerSchema,
            await db.normAnswers.where('assessmentId').equals(carryFrom).toArray(),
            'normAnswers',
          ).rows;
          let sourcePack: ChecklistPack | undefined;
          if (earlier.data.packId !== pack.id) {
            const got = await getPack(earlier.data.packId, earlier.data.packVersion);
            if (!got.ok) throw new CarryError(failureOf(got));
            sourcePack = got.value;
          }
          const carried = carryForward(
            { answers, normAnswers },
            pack,
            assessment.id,
            at,
            by,
            sourcePack,
          );
          await db.answers.bulkPut(carried.answers);
          await db.normAnswers.bulkPut(carried.normAnswers);
          const entries: HistoryEntry[] = [...carried.answers, ...carried.normAnswers].map(
            (record) => ({
              assessmentId: assessment.id,
              target: recordTarget(record),
              at,
              by,
              cause: 'carry-forward' as const,
              after: record,
            }),
          );
          await addHistory(db.history, entries);
        }
        await db.assessments.add(assessment);
      },
    );
  } catch (e) {
    if (e instanceof CarryError) return fail(e.failure);
    return fail(classifyStorageError(e));
  }
  return ok(assessment);
}

class CarryError extends Error {
  constructor(readonly failure: Failure = { code: 'assessment.carry-source-missing' }) {
    super(failure.code);
  }
}

/** Moves an assessment along draft → review → final (and back from review to draft). */
export async function setAssessmentStatus(
  id: string,
  status: AssessmentStatus,
): Promise<Result<Assessment>> {
  try {
    return await db.transaction('rw', db.assessments, async () => {
      const current = assessmentSchema.safeParse(await db.assessments.get(id));
      if (!current.success) return fail({ code: 'assessment.not-found' });
      // A final assessment is the record of a cycle: it is never reopened (start a new cycle).
      if (current.data.status === 'final') return fail({ code: 'assessment.final' });
      const next = assessmentSchema.parse({
        ...current.data,
        status,
        updatedAt: new Date().toISOString(),
      });
      await db.assessments.put(next);
      return ok(next);
    });
  } catch (e) {
    return fail(classifyStorageError(e));
  }
}
