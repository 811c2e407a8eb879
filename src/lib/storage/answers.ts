import {
  answerSchema,
  assessmentSchema,
  normAnswerSchema,
  storedHistoryEntrySchema,
  type Answer,
  type HistoryEntry,
  type NormAnswer,
} from '../schema/assessment';
import {
  applyAnswerPatch,
  applyNormAnswerPatch,
  blankAnswer,
  blankNormAnswer,
  itemTarget,
  normTarget,
  recordTarget,
  type AnswerPatch,
  type NormAnswerPatch,
} from '../domain/answers';
import { foldsInto } from '../domain/historyBurst';
import { fail, failureOf, ok, type Result } from '../domain/result';
import type { Table } from 'dexie';
import type { z } from 'zod';
import { db, type NicDatabase } from './db';
import { classifyStorageError } from './errors';
import type { SaveFailure, SchemaFailure } from '../schema/failures';
import { parseRows, type ParsedRows, type StoredList } from './parseRow';
import {
  baseOf,
  encodeHistoryEntry,
  readHistoryEntry,
  readRecordHistory,
  replaceHistoryEntry,
  type HistoryBase,
} from './history';

/**
 * Answers and norm answers, written one change at a time. The rules of every write:
 * - it expects the revision the user's edit was based on; if the stored record has another one (a
 *   second tab or an import wrote in between), the write is refused with the newer record, so that
 *   nothing silently overwrites a newer answer;
 * - the new record passes its zod schema before it is put;
 * - the record and its history entry are written in one transaction: a change is either stored
 *   with its history or not at all; a burst of typing updates one entry rather than adding one per
 *   pause (domain/historyBurst.ts), which keeps backups small enough to import again;
 * - a final assessment is read-only.
 */

export type { SaveFailure } from '../schema/failures';

/** A refused write: `save.conflict` (with the newer record), `save.readonly`, `save.missing`,
 * `schema.invalid` (the patch broke a rule) or a `storage.*` failure. */
export type SaveResult<T> = Result<T, SaveFailure<T>>;

class Refused<T> extends Error {
  constructor(readonly failure: SaveFailure<T>) {
    super(failure.code);
  }
}

const now = () => new Date().toISOString();

/**
 * A new history row in its stored shape (storage/history.ts: `before` and `after` written as edits
 * against `base`, the newest stored entry of the same record): who changed the record when and why
 * (`head`), the record `before` (none for its first write) and `after`. Throws only on a bug (a
 * record that fails the stored schema after a save or undo).
 */
const newEntry = (
  head: Pick<HistoryEntry, 'assessmentId' | 'target' | 'at' | 'by' | 'cause'>,
  before: unknown,
  after: unknown,
  base: HistoryBase | undefined,
) =>
  storedHistoryEntrySchema.parse(
    encodeHistoryEntry({ ...head, ...(before ? { before } : {}), after }, base),
  );

/** Runs a write transaction; expected refusals come back as values, storage errors classified. */
async function run<T>(body: () => Promise<T>): Promise<SaveResult<T>> {
  try {
    return ok(await body());
  } catch (e) {
    if (e instanceof Refused) return fail(e.failure as SaveFailure<T>);
    return fail(classifyStorageError(e));
  }
}

/** Refuses a write to a missing or final assessment (`raw`: the stored assessment row). */
function assertWritableRow(raw: unknown): void {
  const assessment = assessmentSchema.safeParse(raw);
  if (!assessment.success) throw new Refused({ code: 'save.missing' });
  if (assessment.data.status === 'final') throw new Refused({ code: 'save.readonly' });
}

async function assertWritable(assessmentId: string): Promise<void> {
  assertWritableRow(await db.assessments.get(assessmentId));
}

/**
 * What differs between an answer and a norm answer for a write: where the record lives, how it is
 * read, what an unwritten one looks like, how a patch applies, and its history target.
 */
interface RecordKind<R extends Answer | NormAnswer, P> {
  table: Table<R, [string, string]>;
  read: (raw: unknown) => R | undefined;
  blank: (assessmentId: string, id: string) => R;
  apply: (current: R, patch: P, at: string, by: string) => Result<R, SchemaFailure>;
  /** The history target of the record with this item or norm id (domain/answers.ts). */
  target: (id: string) => HistoryEntry['target'];
}

/** A record as `schema` reads it; a corrupt stored record counts as absent (the lists report it). */
const readWith =
  <R>(schema: z.ZodType<R>) =>
  (raw: unknown): R | undefined =>
    schema.safeParse(raw).data;

const answerKind: RecordKind<Answer, AnswerPatch> = {
  table: db.answers,
  read: readWith(answerSchema),
  blank: blankAnswer,
  apply: applyAnswerPatch,
  target: itemTarget,
};

const normAnswerKind: RecordKind<NormAnswer, NormAnswerPatch> = {
  table: db.normAnswers,
  read: readWith(normAnswerSchema),
  blank: blankNormAnswer,
  apply: applyNormAnswerPatch,
  target: normTarget,
};

interface SaveInput<P> {
  assessmentId: string;
  /** The revision the edit was based on (0 for a record never written). */
  expectedRev: number;
  patch: P;
  by: string;
  cause?: HistoryEntry['cause'];
}

function saveRecord<R extends Answer | NormAnswer, P>(
  kind: RecordKind<R, P>,
  id: string,
  input: SaveInput<P>,
): Promise<SaveResult<R>> {
  const { assessmentId, expectedRev, patch, by, cause = 'edit' } = input;
  return run(() =>
    // assessments: read only, to refuse writes to a final assessment inside the same snapshot;
    // the record's table (answers or normAnswers): the record read, compared and written;
    // history: its append-only entry, written atomically with it so that every stored change has
    // its history.
    db.transaction('rw', [db.assessments, kind.table, db.history], async () => {
      const target = kind.target(id);
      // The three reads are sent together and the two writes too: each await inside a transaction
      // is a round trip to the browser's IndexedDB, and a save is on the user's path (issue 18:
      // ≤ 5 ms median from a change to its commit; docs/bench.md).
      const [assessmentRow, storedRow, recordHistory] = await Promise.all([
        db.assessments.get(assessmentId),
        kind.table.get([assessmentId, id]),
        // The record's history (storage/history.ts): its newest entry is what a burst of typing
        // folds into (domain/historyBurst.ts) and what a new entry's `before` is written against.
        readRecordHistory(db.history, assessmentId, target),
      ]);
      assertWritableRow(assessmentRow);
      const stored = kind.read(storedRow);
      const current = stored ?? kind.blank(assessmentId, id);
      if (current.rev !== expectedRev) throw new Refused({ code: 'save.conflict', current });
      const at = now();
      const next = kind.apply(current, patch, at, by);
      if (!next.ok) throw new Refused(failureOf(next));
      const entries = recordHistory.rows;
      const last = entries.at(-1);
      // A damaged row of the record may be its newest: then nothing folds.
      const foldInto =
        recordHistory.corrupt.length === 0 &&
        last?.id !== undefined &&
        foldsInto(last, { stored, next: next.value, by, cause, at })
          ? last
          : null;
      await Promise.all([
        kind.table.put(next.value),
        foldInto
          ? replaceHistoryEntry(
              db.history,
              { ...foldInto, id: foldInto.id!, at, after: next.value },
              entries.at(-2),
              recordHistory.batched,
            )
          : db.history.add(
              newEntry({ assessmentId, target, at, by, cause }, stored, next.value, baseOf(last)),
            ),
      ]);
      return next.value;
    }),
  );
}

export interface SaveAnswerInput extends SaveInput<AnswerPatch> {
  itemId: string;
}

/**
 * Saves a patch to an answer if the stored revision is still `expectedRev`; else fails with
 * `save.conflict` carrying the newer record. Writes the history entry in the same transaction.
 */
export const saveAnswer = (input: SaveAnswerInput): Promise<SaveResult<Answer>> =>
  saveRecord(answerKind, input.itemId, input);

export interface SaveNormAnswerInput extends SaveInput<NormAnswerPatch> {
  normId: string;
}

/** Saves a patch to a norm answer (same rules as `saveAnswer`). */
export const saveNormAnswer = (input: SaveNormAnswerInput): Promise<SaveResult<NormAnswer>> =>
  saveRecord(normAnswerKind, input.normId, input);

/**
 * Writes `entryBefore` (a history entry's earlier record; blank when the entry was the first
 * write) back as the next revision of the stored record. Runs inside the caller's transaction.
 */
async function restoreRecord<R extends Answer | NormAnswer, P>(
  kind: RecordKind<R, P>,
  assessmentId: string,
  id: string,
  entryBefore: unknown,
  at: string,
  by: string,
): Promise<{ restored: R; before: R | undefined }> {
  const before = kind.read(await kind.table.get([assessmentId, id]));
  const old = kind.read(entryBefore) ?? kind.blank(assessmentId, id);
  // History from an imported file is checked on import (domain/importChecks.ts); this guards the
  // rest: undo must never write another action's (or assessment's) answer over this one.
  if (old.assessmentId !== assessmentId || recordTarget(old) !== kind.target(id))
    throw new Refused({ code: 'save.earlier-other-record' });
  const restored = kind.read({ ...old, rev: (before?.rev ?? 0) + 1, updatedAt: at, updatedBy: by });
  if (!restored) throw new Refused({ code: 'save.earlier-invalid' });
  await kind.table.put(restored);
  return { restored, before };
}

/**
 * Undoes one change: the record as it was before `entryId` is written back as a new change (cause
 * "undo", rev + 1), so the history stays append-only and the undo can itself be undone. An entry
 * without `before` (the first write of an answer) is undone to a blank answer.
 */
export function undoChange(entryId: number, by: string): Promise<SaveResult<Answer | NormAnswer>> {
  return run(() =>
    // history: the entry read and the undo appended; assessments: the read-only check; answers and
    // normAnswers: the record restored (an entry is about one or the other).
    db.transaction(
      'rw',
      [db.history, db.assessments, db.answers, db.normAnswers],
      async (): Promise<Answer | NormAnswer> => {
        const read = await readHistoryEntry(db.history, entryId);
        if (!read) throw new Refused({ code: 'save.missing' });
        const { assessmentId, target } = read.entry;
        await assertWritable(assessmentId);
        const at = now();
        const [kind, id = ''] = target.split(':', 2);
        const { restored, before } =
          kind === 'item'
            ? await restoreRecord(answerKind, assessmentId, id, read.entry.before, at, by)
            : await restoreRecord(normAnswerKind, assessmentId, id, read.entry.before, at, by);
        await db.history.add(
          newEntry(
            { assessmentId, target, at, by, cause: 'undo' },
            before,
            restored,
            baseOf(read.record.at(-1)),
          ),
        );
        return restored;
      },
    ),
  );
}

/** The rows of one assessment in `table`, each parsed with `schema`; damaged rows go to `corrupt`. */
async function listOfAssessment<T, S extends z.ZodType>(
  table: Table<T, [string, string]>,
  schema: S,
  what: StoredList,
  assessmentId: string,
): Promise<ParsedRows<z.infer<S>>> {
  return parseRows(schema, await table.where('assessmentId').equals(assessmentId).toArray(), what);
}

/** The answers of an assessment, each parsed; damaged rows are left out and listed in `corrupt`. */
export function listAnswers(
  assessmentId: string,
  database: NicDatabase = db,
): Promise<ParsedRows<Answer>> {
  return listOfAssessment(database.answers, answerSchema, 'answers', assessmentId);
}

/**
 * The norm answers of an assessment, each parsed; damaged rows are left out and listed in `corrupt`.
 */
export function listNormAnswers(
  assessmentId: string,
  database: NicDatabase = db,
): Promise<ParsedRows<NormAnswer>> {
  return listOfAssessment(database.normAnswers, normAnswerSchema, 'normAnswers', assessmentId);
}

/** The history of one record ("item:<id>" or "norm:<id>"), newest first. */
export async function listHistory(
  assessmentId: string,
  target: string,
  database: NicDatabase = db,
): Promise<ParsedRows<HistoryEntry>> {
  const parsed = await readRecordHistory(database.history, assessmentId, target);
  parsed.rows.sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
  return parsed;
}
