import {
  answerSchema,
  normAnswerSchema,
  type Answer,
  type HistoryEntry,
  type NormAnswer,
} from '../schema/assessment';
import { canonicalJson } from './checksum';
import { recordTarget } from './answers';

/**
 * Merging answers that arrive in a file into an assessment stored here, e.g. the parts several
 * agencies filled in on their own laptops. Pure: records in, decisions and records out.
 *
 * The merge is by FIELD (status, notes, evidence, lead agency…), three-way:
 * - "stored" is the record on this device, "incoming" the one in the file;
 * - the ANCESTOR is the version the part started from. It comes only from this device's own
 *   records: what this device sent out in the part (recorded when the part was exported, see
 *   schema/coordination.ts). The file's own history is never trusted to say that a stored value is
 *   old: a file could claim to have started from anything.
 * For each field: when only one side changed it against the ancestor, that side's value is kept; when
 * both changed it to the same value, nothing to decide; when both changed it differently, that field
 * is a conflict and the coordinator picks. Without a known ancestor (a file this device never sent),
 * every field that differs is a conflict: nothing is decided silently.
 *
 * Outcomes per record:
 * - taken: nothing stored yet (or never written, rev 0): the incoming record is added;
 * - identical: same content (who and when aside): nothing to write;
 * - stale: the incoming record changes nothing (our history holds it as an older version of ours,
 *   or it only holds the ancestor's values in the fields where it differs);
 * - merged: the fields the incoming side changed are taken, ours kept, no conflict;
 * - conflict: at least one field changed on both sides; `conflicts` lists them.
 *
 * Nothing is lost: a written record gets a history entry (cause "merge") whose `before` is the stored
 * record it replaces; when the coordinator keeps a stored value over an incoming one, the incoming
 * record as it arrived is kept in history too (cause "import"), and the file's own history is added
 * beside ours.
 */

export type MergeRecord = Answer | NormAnswer;
export type MergeOutcome = 'taken' | 'identical' | 'stale' | 'merged' | 'conflict';
export type Side = 'base' | 'incoming';

/** History as carried in files (no storage id). */
export type HistoryLike = Omit<HistoryEntry, 'id'>;

/** Who last changed a field on one side, when this can be told (from that side's history). */
export interface ChangedBy {
  by: string;
  at: string;
}

export interface FieldConflict {
  /** The field (group) name, e.g. "status" (status with its not-applicable justification). */
  field: string;
  base: ChangedBy;
  incoming: ChangedBy;
}

export interface MergeAction<T extends MergeRecord = MergeRecord> {
  /** "item:<itemId>" or "norm:<normId>", as in history entries. */
  target: string;
  outcome: MergeOutcome;
  /** The stored record ("base" side in resolutions), if any. */
  base: T | undefined;
  incoming: T;
  /** The version both sides started from, from this device's own records; undefined if unknown. */
  ancestor: T | undefined;
  /** Fields taken from the incoming record without a conflict. */
  taken: string[];
  /** Fields both sides changed differently: each needs a pick. */
  conflicts: FieldConflict[];
  /**
   * Fields that differ where this device's value stays without asking: the file holds an older
   * value (the ancestor's, or a version this device's history holds). Listed by the preview, so
   * that every field in which the file differs is shown: taken, to decide, or kept.
   */
  kept: string[];
}

const META_FIELDS = new Set(['assessmentId', 'rev', 'updatedAt', 'updatedBy']);
const IDENTITY_FIELDS = new Set(['assessmentId', 'itemId', 'normId']);
/** Fields merged together with another: the justification belongs to "not applicable". */
const FIELD_GROUP: Record<string, string> = { naJustification: 'status' };

/** What a person answered: the record without identity, revision and authorship. */
export function contentOf(record: unknown): string {
  if (record === null || typeof record !== 'object') return canonicalJson(record);
  const content: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!META_FIELDS.has(k)) content[k] = v;
  return canonicalJson(content);
}

/**
 * Whether two records hold the same content, ignoring identity and authorship fields (canonical JSON).
 */
export const sameContent = (a: unknown, b: unknown): boolean => contentOf(a) === contentOf(b);

/** The field (group) a record key belongs to, or undefined for identity and authorship keys. */
const groupOf = (key: string): string | undefined =>
  META_FIELDS.has(key) || IDENTITY_FIELDS.has(key) ? undefined : (FIELD_GROUP[key] ?? key);

/** The merged fields of a record kind, in a stable order (the order of the schema's keys). */
export function mergeFields(record: MergeRecord): string[] {
  const keys = Object.keys('itemId' in record ? answerSchema.shape : normAnswerSchema.shape);
  return [...new Set(keys.map(groupOf).filter((g): g is string => g !== undefined))];
}

/** The values of one field group of a record, comparable as a string. */
function fieldValue(record: MergeRecord, field: string): string {
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (groupOf(k) === field) values[k] = v;
  return canonicalJson(values);
}

/** The field groups in which two records of one kind differ, in `mergeFields` order. */
export function differingFields(a: MergeRecord, b: MergeRecord): string[] {
  return mergeFields(b).filter((f) => fieldValue(a, f) !== fieldValue(b, f));
}

/** The keys of a record kind that belong to a field group. */
function fieldKeys(record: MergeRecord, field: string): string[] {
  const keys = Object.keys('itemId' in record ? answerSchema.shape : normAnswerSchema.shape);
  return keys.filter((k) => groupOf(k) === field);
}

/** A never-answered record (the schema's defaults) for the same item or norm. */
export function blankOf<T extends MergeRecord>(record: T): T {
  const common = { assessmentId: record.assessmentId, rev: 0, updatedAt: record.updatedAt };
  return (
    'itemId' in record
      ? answerSchema.parse({ ...common, itemId: record.itemId, updatedBy: '' })
      : normAnswerSchema.parse({ ...common, normId: record.normId, updatedBy: '' })
  ) as T;
}

/** Whether `entry.after` is exactly this version of the record (same rev, time and content). */
function isVersion(after: unknown, record: MergeRecord): boolean {
  if (after === null || typeof after !== 'object') return false;
  const a = after as { rev?: unknown; updatedAt?: unknown };
  return a.rev === record.rev && a.updatedAt === record.updatedAt && sameContent(after, record);
}

function knows(history: readonly HistoryLike[], target: string, version: MergeRecord): boolean {
  return history.some((e) => e.target === target && isVersion(e.after, version));
}

/**
 * Who gave a field the value it holds in `record`, from one side's history: the newest entry on the
 * target that set this value (its after holds it, its before did not); the record's own authorship
 * when the history does not tell. An entry an import or merge wrote is credited to the author of the
 * record it carried (its `updatedBy` / `updatedAt`), never to the person who ran the import: a value
 * merged from an agency's part is that agency's person's (tester, session 5: "changed by Somchai
 * (coord)" for the agency's own value). An entry whose value is not the record's (the part's value
 * offered and not kept, cause "import") set nothing that is still there and is passed over.
 */
export function changedBy(
  history: readonly HistoryLike[],
  record: MergeRecord,
  field: string,
): ChangedBy {
  const target = recordTarget(record);
  const value = fieldValue(record, field);
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.target !== target || e.after === null || typeof e.after !== 'object') continue;
    const after = e.after as MergeRecord;
    const before = (e.before ?? blankOf(record)) as MergeRecord;
    if (fieldValue(after, field) !== value || fieldValue(before, field) === value) continue;
    if (e.cause !== 'merge' && e.cause !== 'import') return { by: e.by, at: e.at };
    return typeof after.updatedBy === 'string' && typeof after.updatedAt === 'string'
      ? { by: after.updatedBy, at: after.updatedAt }
      : { by: e.by, at: e.at };
  }
  return { by: record.updatedBy, at: record.updatedAt };
}

/** What this device sent out in a part: every target it covered, and the records it held. */
export interface SentRecords<T extends MergeRecord> {
  targets: ReadonlySet<string>;
  records: readonly T[];
}

export interface MergeInput<T extends MergeRecord> {
  base: readonly T[];
  incoming: readonly T[];
  baseHistory: readonly HistoryLike[];
  incomingHistory: readonly HistoryLike[];
  /** The part as this device sent it (the ancestor of each record), when it was sent from here. */
  sent?: SentRecords<T> | undefined;
}

/** Compares each incoming record with the stored one, field by field (see the module comment). */
export function classifyMerge<T extends MergeRecord>(input: MergeInput<T>): MergeAction<T>[] {
  const baseByTarget = new Map(input.base.map((r) => [recordTarget(r), r]));
  const sentByTarget = new Map((input.sent?.records ?? []).map((r) => [recordTarget(r), r]));
  return input.incoming.map((incoming): MergeAction<T> => {
    const target = recordTarget(incoming);
    const base = baseByTarget.get(target);
    const ancestor = input.sent?.targets.has(target)
      ? (sentByTarget.get(target) ?? blankOf(incoming))
      : undefined;
    const item = (
      outcome: MergeOutcome,
      taken: string[] = [],
      conflicts: FieldConflict[] = [],
      kept: string[] = [],
    ) => ({
      target,
      outcome,
      base,
      incoming,
      ancestor,
      taken,
      conflicts,
      kept,
    });
    const fields = mergeFields(incoming);
    if (!base || base.rev === 0)
      return sameContent(base, incoming) ? item('identical') : item('taken', fields);
    if (sameContent(base, incoming)) return item('identical');
    if (knows(input.baseHistory, target, incoming))
      return item('stale', [], [], differingFields(base, incoming));
    const taken: string[] = [];
    const conflicts: FieldConflict[] = [];
    const kept: string[] = [];
    for (const field of fields) {
      const ours = fieldValue(base, field);
      const theirs = fieldValue(incoming, field);
      const start = ancestor ? fieldValue(ancestor, field) : undefined;
      if (ours === theirs) continue;
      if (start !== undefined && theirs === start) kept.push(field);
      else if (start !== undefined && ours === start) taken.push(field);
      else
        conflicts.push({
          field,
          base: changedBy(input.baseHistory, base, field),
          incoming: changedBy(input.incomingHistory, incoming, field),
        });
    }
    if (conflicts.length > 0) return item('conflict', taken, conflicts, kept);
    if (taken.length === 0) return item('stale', [], [], kept);
    return item(kept.length > 0 ? 'merged' : 'taken', taken, [], kept);
  });
}

/** The key of one field's pick in a resolutions map: `<conflict key> <field>`. */
export const fieldKey = (conflictKey: string, field: string): string => `${conflictKey} ${field}`;

/**
 * The picks of a conflict's fields from the resolutions map, or undefined while one is missing.
 */
export function picksFor(
  resolutions: ReadonlyMap<string, Side>,
  conflictKey: string,
  item: MergeAction,
): Map<string, Side> | undefined {
  const picks = new Map<string, Side>();
  for (const c of item.conflicts) {
    const side = resolutions.get(fieldKey(conflictKey, c.field));
    if (!side) return undefined;
    picks.set(c.field, side);
  }
  return picks;
}

export interface MergeWrite<T extends MergeRecord> {
  record: T;
  /** The merge entry, and (when a stored value was kept over an incoming one) the incoming record. */
  history: HistoryLike[];
}

/**
 * The record to store for a merge item and its history entries, or undefined when nothing changes.
 * The written record is the stored one with the incoming side's fields (taken, or picked) put in;
 * its authorship is the incoming side's when any of its values is written, the stored side's
 * otherwise; rev = max(both revs) + 1, so that it is newer than anything either side has seen and
 * an editor still holding the old revision is told about the change instead of overwriting it.
 * A conflict needs a pick for every conflicting field; without one this throws (the caller asks
 * first).
 */
export function mergeWrite<T extends MergeRecord>(
  item: MergeAction<T>,
  assessmentId: string,
  picks: ReadonlyMap<string, Side> | undefined,
  at: string,
  by: string,
): MergeWrite<T> | undefined {
  const { base, incoming } = item;
  if (item.outcome === 'identical' || item.outcome === 'stale') return undefined;
  const fromIncoming = [...item.taken];
  let incomingLost = false;
  for (const c of item.conflicts) {
    const side = picks?.get(c.field);
    if (!side) throw new Error(`Conflict on ${item.target} (${c.field}) has no resolution`);
    if (side === 'incoming') fromIncoming.push(c.field);
    else incomingLost = true;
  }
  const start: T = base ?? blankOf(incoming);
  const next: Record<string, unknown> = { ...start };
  for (const field of fromIncoming) {
    for (const key of fieldKeys(incoming, field)) {
      if (key in incoming) next[key] = (incoming as unknown as Record<string, unknown>)[key];
      else delete next[key];
    }
  }
  const author = fromIncoming.length > 0 || !base ? incoming : base;
  const record = {
    ...next,
    assessmentId,
    rev: Math.max(base?.rev ?? 0, incoming.rev) + 1,
    updatedAt: author.updatedAt,
    updatedBy: author.updatedBy,
  } as T;
  const history: HistoryLike[] = [];
  if (incomingLost)
    history.push({
      assessmentId,
      target: item.target,
      at,
      by,
      cause: 'import',
      ...(base ? { before: { ...base, assessmentId } } : {}),
      after: { ...incoming, assessmentId },
    });
  history.push({
    assessmentId,
    target: item.target,
    at,
    by,
    cause: 'merge',
    ...(base ? { before: { ...base, assessmentId } } : {}),
    after: record,
  });
  if (fromIncoming.length === 0 && base && sameContent(record, base) && !incomingLost)
    return undefined;
  return { record, history };
}

/**
 * Whether a merge write changes the stored record's content (who and when aside): false when the
 * coordinator kept every value of this device (the write then only records what the part offered,
 * in history). Import counts say "changed" only when this is true (tester, session 5: "Answers
 * changed 2" for two conflicts where this device's values were kept).
 */
export function changesContent<T extends MergeRecord>(
  item: MergeAction<T>,
  write: MergeWrite<T>,
): boolean {
  return !item.base || !sameContent(item.base, write.record);
}

/** Identity of a history entry across devices (storage ids differ from laptop to laptop). */
export const historyKey = (e: HistoryLike): string =>
  canonicalJson([e.assessmentId, e.target, e.at, e.by, e.cause, e.after]);

/** Incoming history entries that the stored history does not hold yet, in their order. */
export function newHistory(
  stored: readonly HistoryLike[],
  incoming: readonly HistoryLike[],
): HistoryLike[] {
  const seen = new Set(stored.map(historyKey));
  const out: HistoryLike[] = [];
  for (const e of incoming) {
    const key = historyKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
