import { z } from 'zod';
import { idSchema, isoDateSchema, semverSchema } from './pack';
import { withoutDisguise } from './text';

/**
 * States, assessments (cycles), answers and their history: everything a user writes. Storage,
 * import/export and merge all parse through these schemas before anything is written.
 *
 * All user text is normalised to NFC on the way in (see `userText`), so that Vietnamese or Thai typed
 * on different keyboards compares, searches and prints the same.
 */

export const TEXT_LIMITS = { short: 200, summary: 4_000, long: 20_000 } as const;
/** Longest evidence link, in characters (one link a line in the editor). */
export const MAX_LINK_LENGTH = 2_000;
/** Most people an assessment lists (one name a line in its forms). */
export const MAX_PEOPLE = 200;
/** An assessment's short alias (for charts and tab titles), in characters. */
export const ALIAS_LIMIT = 24;

/**
 * Free text typed by a user: NFC-normalised, without the format controls that can disguise it
 * (bidi overrides and isolates: schema/text.ts `withoutDisguise`), bounded. May be empty.
 */
export const userText = (max: number = TEXT_LIMITS.long) =>
  z
    .string()
    .max(max)
    .transform((s) => withoutDisguise(s.normalize('NFC')));

/** A required one-line name (title, agency…): NFC, without disguising controls, trimmed, not empty. */
export const userName = (max: number = TEXT_LIMITS.short) =>
  z
    .string()
    .transform((s) => withoutDisguise(s.normalize('NFC')).trim())
    .pipe(z.string().min(1, 'empty').max(max));

/** An instant, ISO 8601 in UTC as produced by `Date#toISOString()`. */
export const timestampSchema = z.iso.datetime({ offset: false });

export const uuidSchema = z.uuid();

/** ISO 3166-1 alpha-2 code, e.g. "SG". */
export const stateCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'state-code');

/** The graded implementation scale, lowest first. Points per status are in domain/scoring.ts. */
export const IMPLEMENTATION_STATUSES = [
  'not-started',
  'planned',
  'in-progress',
  'largely',
  'fully',
] as const;
export const implementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES);
/** An answer's status: a step on the scale, or not applicable (which needs a justification). */
export const answerStatusSchema = z.enum([...IMPLEMENTATION_STATUSES, 'not-applicable']);

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const prioritySchema = z.enum(PRIORITIES);

export const ASSESSMENT_STATUSES = ['draft', 'review', 'final'] as const;
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);

export const stateProfileSchema = z.strictObject({
  code: stateCodeSchema,
  name: userName(),
  /** Whether the State is an ASEAN Member State (listed first in the UI). */
  asean: z.boolean(),
  createdAt: timestampSchema,
});

/** A period ends on or after its start (a single date has end = start). */
export const periodInOrder = (a: { periodStart: string; periodEnd: string }) =>
  a.periodStart <= a.periodEnd;
/** The message of the issue a period out of order raises (on `periodEnd`): forms map it. */
export const PERIOD_ORDER_MESSAGE = 'period-end-before-start';
const periodIssue = { path: ['periodEnd'], message: PERIOD_ORDER_MESSAGE };

/** The fields of an assessment as export formats 1 and 2 carried them (kept as shipped). */
const assessmentFieldsV1 = {
  id: uuidSchema,
  stateCode: stateCodeSchema,
  title: userName(),
  /** Period the assessment covers; `end` may equal `start` for a single date. */
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  packId: idSchema,
  packVersion: semverSchema,
  leadAgency: userText(TEXT_LIMITS.short),
  people: z.array(userName()).max(MAX_PEOPLE),
  status: assessmentStatusSchema,
  /** Short label for charts, e.g. "2026". */
  alias: userText(ALIAS_LIMIT),
  /** The assessment whose answers were carried forward into this one, if any. */
  carriedFrom: uuidSchema.optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

/**
 * An assessment as export formats 1 and 2 (app 0.1.x) carried it. Kept exactly as shipped: the
 * schemas of those formats (schema/exportFile.ts) check a stored old file against it.
 */
export const assessmentV1Schema = z
  .strictObject(assessmentFieldsV1)
  .refine(periodInOrder, periodIssue);

/**
 * An assessment (one cycle of one State), as stored and as export format 3 carries it: version 1
 * plus the assessor's short summary (printed on the report's first content page) and `deletedAt`
 * (set while the assessment is in the trash; absent otherwise). Rows stored before these fields
 * existed read with the defaults.
 */
export const assessmentSchema = z
  .strictObject({
    ...assessmentFieldsV1,
    /** The assessor's short summary for ministers; may be empty. */
    summary: userText(TEXT_LIMITS.summary).default(''),
    /** When the assessment was moved to the trash; it is restorable until purged. */
    deletedAt: timestampSchema.optional(),
  })
  .refine(periodInOrder, periodIssue);

export const evidenceSchema = z.strictObject({
  text: userText(),
  links: z.array(z.url().max(MAX_LINK_LENGTH)).max(50),
  /** Date the evidence refers to (YYYY-MM-DD), if given. */
  date: isoDateSchema.optional(),
});

/**
 * The answer to one practical action in one assessment. `status` undefined means unanswered.
 * `rev` increases by one with every committed change: a write that expects another `rev` is refused,
 * so that no tab or import silently overwrites a newer answer.
 */
export const answerSchema = z
  .strictObject({
    assessmentId: uuidSchema,
    itemId: idSchema,
    status: answerStatusSchema.optional(),
    naJustification: userText().optional(),
    targetStatus: implementationStatusSchema.default('fully'),
    evidence: evidenceSchema.default({ text: '', links: [] }),
    leadAgency: userText(TEXT_LIMITS.short).default(''),
    targetDate: isoDateSchema.optional(),
    priority: prioritySchema.optional(),
    notes: userText().default(''),
    markedForReview: z.boolean().default(false),
    reviewed: z.boolean().default(false),
    /** Carried forward from an earlier cycle and not yet confirmed in this one. */
    carried: z.boolean().default(false),
    rev: z.int().min(0),
    updatedAt: timestampSchema,
    updatedBy: userText(TEXT_LIMITS.short),
  })
  .refine((a) => a.status !== 'not-applicable' || (a.naJustification ?? '').trim().length > 0, {
    path: ['naJustification'],
    message: 'na-needs-justification',
  });

/**
 * Per-norm free text as export formats 1 and 2 carried it: the challenges met and the capacity or
 * assistance required. Kept exactly as shipped.
 */
export const normAnswerV1Schema = z.strictObject({
  assessmentId: uuidSchema,
  normId: idSchema,
  challenges: userText().default(''),
  capacityNeeds: userText().default(''),
  carried: z.boolean().default(false),
  rev: z.int().min(0),
  updatedAt: timestampSchema,
  updatedBy: userText(TEXT_LIMITS.short),
});

/**
 * Per-norm free text, as stored and as export format 3 carries it: version 1 plus the measures
 * taken (the UNIDIR National Survey's "list measures taken" question). Rows stored before read
 * with an empty answer.
 */
export const normAnswerSchema = normAnswerV1Schema.extend({
  measuresTaken: userText().default(''),
});

/**
 * One entry of the append-only history. `target` is "item:<itemId>" or "norm:<normId>"; `before` and
 * `after` are the whole record (answer or norm answer) so that any change can be undone exactly.
 */
export const historyEntrySchema = z.strictObject({
  id: z.int().min(1).optional(),
  assessmentId: uuidSchema,
  target: z.string().regex(/^(item|norm):[a-z0-9][a-z0-9._-]{0,63}$/),
  at: timestampSchema,
  by: userText(TEXT_LIMITS.short),
  /** Why the change happened: typed by a user, an undo, an import, a merge resolution… */
  cause: z.enum(['edit', 'undo', 'import', 'merge', 'carry-forward']),
  before: z.unknown().optional(),
  after: z.unknown(),
});

/**
 * A change of a record's top-level fields: the values `set` (new or changed) and the fields
 * removed (`unset`). Applied to a record it gives the other record exactly (storage/history.ts).
 */
export const recordEditSchema = z.strictObject({
  set: z.record(z.string(), z.unknown()),
  unset: z.array(z.string()),
});

/**
 * One entry of the history AS STORED from database version 2 (storage/db.ts): the same entry as
 * `historyEntrySchema` (which stays the entry every reader and every export file sees), with its
 * records written as edits instead of whole records, so that a long note is stored once and not
 * twice per change (issue 18: a State's history was ~33 MB in IndexedDB):
 * - `before`: absent for a first write; else the whole record (`whole`), or the `after` of an
 *   earlier entry of the SAME record (`from`: its id) with `edit` applied;
 * - `after`: the whole record when there is no `before`; else `before` with `edit` applied.
 * Reading it back (storage/history.ts `decodeHistory`) gives the whole records exactly, so any
 * change can still be undone exactly.
 */
export const storedHistoryEntrySchema = historyEntrySchema
  .omit({ before: true, after: true })
  .extend({
    before: z
      .union([
        z.strictObject({ whole: z.unknown() }),
        z.strictObject({ from: z.int().min(1), edit: recordEditSchema }),
      ])
      .optional(),
    after: z.union([
      z.strictObject({ whole: z.unknown() }),
      z.strictObject({ edit: recordEditSchema }),
    ]),
  });

/** Most entries one batch row of the history holds (storage/history.ts cuts at ~512 kB first). */
export const HISTORY_BATCH_MAX_ENTRIES = 2_000;

/**
 * A BATCH row of the history, from database version 3 (storage/db.ts): history entries that
 * arrived in bulk (an import, a restore, a merge of many), written as few rows because IndexedDB's
 * cost follows the number of rows, not their bytes (issue 18, docs/bench.md: 6,420 rows took
 * ~10 s, the same bytes in 20 rows 0.1 s). Live edits stay one row each (`storedHistoryEntrySchema`).
 * - `entries`: the JSON text of an array of stored entries (`storedHistoryEntrySchema`) of ONE
 *   assessment, each with its own id; an entry's `before.from` names an entry of the same batch (a
 *   batch reads on its own). Text, not objects: IndexedDB clones a string at a fraction of the
 *   cost of the same entries as nested objects (docs/bench.md, floors 13–15). Like every export
 *   file, the text keeps no field whose value is `undefined`;
 * - `id` (the row's key): the highest id of its entries, so that the table's key generator and its
 *   last key stay above every entry id; `first`: the lowest; `count`: how many; `ids`: each (in
 *   the order of `entries`);
 * - `firstTarget`, `lastTarget`: the records it holds run from one to the other (a batch holds
 *   its assessment's records in target order), so that a record's batches are found from the
 *   index `[assessmentId+lastTarget+firstTarget]` and an entry's (by id) and the backup badge's
 *   count from `[first+count]`, both read as keys only. One index entry per row: IndexedDB's
 *   cost follows the entries it writes, index entries too (docs/bench.md, floors 15–16).
 * Read and written through storage/history.ts only.
 */
export const storedHistoryBatchSchema = z.strictObject({
  id: z.int().min(1),
  first: z.int().min(1),
  count: z.int().min(1).max(HISTORY_BATCH_MAX_ENTRIES),
  assessmentId: uuidSchema,
  firstTarget: historyEntrySchema.shape.target,
  lastTarget: historyEntrySchema.shape.target,
  ids: z.array(z.int().min(1)).min(1).max(HISTORY_BATCH_MAX_ENTRIES),
  entries: z.string(),
});

/** A row of the history table from database version 3: one entry, or a batch of entries. */
export const storedHistoryRowSchema = z.union([storedHistoryEntrySchema, storedHistoryBatchSchema]);

export type ImplementationStatus = z.infer<typeof implementationStatusSchema>;
export type AnswerStatus = z.infer<typeof answerStatusSchema>;
export type Priority = z.infer<typeof prioritySchema>;
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;
export type StateProfile = z.infer<typeof stateProfileSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type AnswerInput = z.input<typeof answerSchema>;
export type NormAnswer = z.infer<typeof normAnswerSchema>;
export type NormAnswerInput = z.input<typeof normAnswerSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type RecordEdit = z.infer<typeof recordEditSchema>;
export type StoredHistoryEntry = z.infer<typeof storedHistoryEntrySchema>;
export type StoredHistoryBatch = z.infer<typeof storedHistoryBatchSchema>;
export type StoredHistoryRow = z.infer<typeof storedHistoryRowSchema>;
