import type { Answer, HistoryEntry, NormAnswer } from '../schema/assessment';
import { canonicalJson } from './checksum';

/**
 * Merging answers that arrive in a file into an assessment stored here, e.g. the parts several
 * agencies filled in on their own laptops. Pure: records in, decisions and records out.
 *
 * Each incoming record is compared with the stored one of the same item (or norm):
 * - taken: nothing stored yet, or the incoming record is a later version of the stored one (the
 *   file's history holds the stored version: the agency started from it);
 * - identical: same content (who and when aside): nothing to write;
 * - stale: the stored record is a later version of the incoming one (our history holds it);
 * - conflict: different content and neither descends from the other: both sides changed. The
 *   coordinator chooses; nothing is decided silently.
 *
 * Nothing is lost: every written record gets a history entry (cause "merge") whose `before` is what
 * it replaces, a resolved conflict's losing side is that `before` (or, when the stored side wins, the
 * losing incoming record), and the incoming file's own history is added beside ours.
 */

export type MergeRecord = Answer | NormAnswer;
export type MergeOutcome = 'taken' | 'identical' | 'stale' | 'conflict';
export type Side = 'base' | 'incoming';

/** History as carried in files (no storage id). */
export type HistoryLike = Omit<HistoryEntry, 'id'>;

export interface MergeItem<T extends MergeRecord = MergeRecord> {
  /** "item:<itemId>" or "norm:<normId>", as in history entries. */
  target: string;
  outcome: MergeOutcome;
  base: T | undefined;
  incoming: T;
}

const META_FIELDS = new Set(['assessmentId', 'rev', 'updatedAt', 'updatedBy']);

/** What a person answered: the record without identity, revision and authorship. */
export function contentOf(record: unknown): string {
  if (record === null || typeof record !== 'object') return canonicalJson(record);
  const content: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!META_FIELDS.has(k)) content[k] = v;
  return canonicalJson(content);
}

export const sameContent = (a: unknown, b: unknown): boolean => contentOf(a) === contentOf(b);

/** Whether `entry.after` is exactly this version of the record (same rev, time and content). */
function isVersion(after: unknown, record: MergeRecord): boolean {
  if (after === null || typeof after !== 'object') return false;
  const a = after as { rev?: unknown; updatedAt?: unknown };
  return a.rev === record.rev && a.updatedAt === record.updatedAt && sameContent(after, record);
}

export const targetOf = (record: MergeRecord): string =>
  'itemId' in record ? `item:${record.itemId}` : `norm:${record.normId}`;

function knows(history: readonly HistoryLike[], target: string, version: MergeRecord): boolean {
  return history.some((e) => e.target === target && isVersion(e.after, version));
}

export interface MergeInput<T extends MergeRecord> {
  base: readonly T[];
  incoming: readonly T[];
  baseHistory: readonly HistoryLike[];
  incomingHistory: readonly HistoryLike[];
}

export function classifyMerge<T extends MergeRecord>(input: MergeInput<T>): MergeItem<T>[] {
  const baseByTarget = new Map(input.base.map((r) => [targetOf(r), r]));
  return input.incoming.map((incoming): MergeItem<T> => {
    const target = targetOf(incoming);
    const base = baseByTarget.get(target);
    let outcome: MergeOutcome;
    if (!base || base.rev === 0) outcome = sameContent(base, incoming) ? 'identical' : 'taken';
    else if (sameContent(base, incoming)) outcome = 'identical';
    else if (knows(input.baseHistory, target, incoming)) outcome = 'stale';
    else if (knows(input.incomingHistory, target, base)) outcome = 'taken';
    else outcome = 'conflict';
    return { target, outcome, base, incoming };
  });
}

export interface MergeWrite<T extends MergeRecord> {
  record: T;
  history: HistoryLike;
}

/**
 * The record to store for a merge item and its history entry, or undefined when nothing changes.
 * The written record keeps the winner's content and authorship (who answered, and when) and gets
 * rev = max(both revs) + 1, so that it is newer than anything either side has seen and an editor
 * still holding the old revision is told about the change instead of overwriting it.
 * A conflict needs `winner`; without one this throws (the caller must ask first).
 */
export function mergeWrite<T extends MergeRecord>(
  item: MergeItem<T>,
  assessmentId: string,
  winner: Side | undefined,
  at: string,
  by: string,
): MergeWrite<T> | undefined {
  const { base, incoming } = item;
  let chosen: T;
  let loser: T | undefined;
  if (item.outcome === 'identical' || item.outcome === 'stale') return undefined;
  if (item.outcome === 'taken') {
    chosen = incoming;
    loser = base;
  } else {
    if (!winner) throw new Error(`Conflict on ${item.target} has no resolution`);
    chosen = winner === 'incoming' ? incoming : base!;
    loser = winner === 'incoming' ? base : incoming;
  }
  const record = {
    ...chosen,
    assessmentId,
    rev: Math.max(base?.rev ?? 0, incoming.rev) + 1,
  } as T;
  const history: HistoryLike = {
    assessmentId,
    target: item.target,
    at,
    by,
    cause: 'merge',
    ...(loser ? { before: { ...loser, assessmentId } } : {}),
    after: record,
  };
  return { record, history };
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
