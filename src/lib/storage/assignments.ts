import { assessmentSchema } from '../schema/assessment';
import { assignmentsSchema, type AgencyAssignment, type Assignments } from '../schema/assignments';
import type { ChecklistPack } from '../schema/pack';
import { validateAssignments } from '../domain/assignments';
import { schemaFailure } from '../schema/issues';
import { fail, ok, type Result } from '../domain/result';
import type { SaveFailure } from './answers';
import { db, type NicDatabase } from './db';
import { classifyStorageError } from './errors';
import type { AssignmentFailure, Failure } from '../schema/failures';

/**
 * The coordinator's assignments of one assessment, one record under the meta key
 * `assignments:<assessmentId>`. The meta table is a key/value table, so this needs no new Dexie
 * version. Writes follow the answers' rules (storage/answers.ts): the expected revision is checked
 * inside the transaction, the record passes its schema (and the pack rules) before it is put, and a
 * final assessment is read-only.
 */

export const assignmentsKey = (assessmentId: string) => `assignments:${assessmentId}`;

export interface StoredAssignments {
  record: Assignments;
  /** Set when the stored value failed its schema: it reads as empty, and the screen says so. */
  corrupt?: Failure;
}

const blank = (assessmentId: string): Assignments => ({
  assessmentId,
  assignments: [],
  rev: 0,
  updatedAt: new Date(0).toISOString(),
  updatedBy: '',
});

function parseStored(assessmentId: string, raw: unknown): StoredAssignments {
  if (raw === undefined) return { record: blank(assessmentId) };
  const parsed = assignmentsSchema.safeParse(raw);
  if (parsed.success && parsed.data.assessmentId === assessmentId) return { record: parsed.data };
  return {
    record: blank(assessmentId),
    corrupt: parsed.success
      ? { code: 'assignments.misfiled' }
      : schemaFailure(['agencyAssignments'], parsed.error, 3, raw),
  };
}

/**
 * The coordinator's assignments of an assessment (meta `assignments:<id>`), parsed; none when
 * nothing is stored; a damaged value reads as none, with `corrupt` saying why.
 */
export async function getAssignments(
  assessmentId: string,
  database: NicDatabase = db,
): Promise<StoredAssignments> {
  const row = await database.meta.get(assignmentsKey(assessmentId));
  return parseStored(assessmentId, row?.value);
}

export interface SaveAssignmentsInput {
  assessmentId: string;
  /** The revision the edit was based on (0 when nothing was stored). */
  expectedRev: number;
  assignments: readonly AgencyAssignment[];
  /** The assessment's pack: ids are checked against it. */
  pack: ChecklistPack;
  by: string;
}

class Refused extends Error {
  constructor(readonly failure: SaveFailure<Assignments>) {
    super(failure.code);
  }
}

/** A refused save of assignments: a broken assignment rule, or any refused write. */
export type AssignmentsSaveFailure = SaveFailure<Assignments> | AssignmentFailure;

/**
 * Saves the assignments if the stored revision is still `expectedRev`, after checking them against
 * the pack (`validateAssignments`). Fails with the typed assignment issue or `save.conflict`.
 */
export async function saveAssignments(
  input: SaveAssignmentsInput,
  database: NicDatabase = db,
): Promise<Result<Assignments, AssignmentsSaveFailure>> {
  const { assessmentId, expectedRev, pack, by } = input;
  const valid = validateAssignments(input.assignments, pack);
  if (!valid.ok) return valid;
  try {
    // assessments: read only, to refuse writes to a final (or missing) assessment in the same
    // snapshot; meta: the assignments record read, compared and written.
    const saved = await database.transaction(
      'rw',
      [database.assessments, database.meta],
      async () => {
        const assessment = assessmentSchema.safeParse(await database.assessments.get(assessmentId));
        if (!assessment.success) throw new Refused({ code: 'save.missing' });
        if (assessment.data.status === 'final') throw new Refused({ code: 'save.readonly' });
        const key = assignmentsKey(assessmentId);
        const current = parseStored(assessmentId, (await database.meta.get(key))?.value).record;
        if (current.rev !== expectedRev) throw new Refused({ code: 'save.conflict', current });
        const record = {
          assessmentId,
          assignments: valid.value,
          rev: current.rev + 1,
          updatedAt: new Date().toISOString(),
          updatedBy: by,
        };
        const next = assignmentsSchema.safeParse(record);
        if (!next.success)
          throw new Refused(schemaFailure(['agencyAssignments'], next.error, 3, record));
        await database.meta.put({ key, value: next.data });
        return next.data;
      },
    );
    return ok(saved);
  } catch (e) {
    if (e instanceof Refused) return fail(e.failure);
    return fail(classifyStorageError(e));
  }
}
