import type { Action, ChecklistPack } from '../schema/pack';
import { SEMVER_RE } from '../schema/pack';

/**
 * Answers follow checklist items across pack versions by stable id. A pack says how ids changed as
 * data: an action keeps its id while it is reworded, is kept with `retired` when it is dropped, and a
 * new action lists the old ids it takes over in `replaces`. Nothing here guesses from the wording.
 */

export type ResolvedKind = 'same' | 'replaced' | 'retired' | 'unknown';

export interface ResolvedAction {
  kind: ResolvedKind;
  /** The id to use in this pack: the new id for "replaced", otherwise the id asked about. */
  itemId: string;
}

/** Upper bound on replacement chains followed (a → b → c …); packs hold at most 2,000 actions. */
const MAX_CHAIN = 2_000;

/**
 * Where an answer given to `oldItemId` (in any earlier version) belongs in `pack`.
 * - "same": the action is active in this pack under the same id (possibly reworded).
 * - "replaced": an active action takes it over through `replaces` (followed through chains, e.g. an
 *   id replaced in 1.1.0 by an action itself replaced in 1.2.0).
 * - "retired": the action is kept in the pack as retired and nothing active replaces it.
 * - "unknown": the pack has never heard of the id.
 */
export function resolveActionId(pack: ChecklistPack, oldItemId: string): ResolvedAction {
  const byId = new Map<string, Action>(pack.actions.map((a) => [a.id, a]));
  const direct = byId.get(oldItemId);
  if (direct && !direct.retired) return { kind: 'same', itemId: oldItemId };

  const replacers = new Map<string, Action[]>();
  for (const action of pack.actions) {
    for (const oldId of action.replaces ?? []) {
      const list = replacers.get(oldId) ?? [];
      list.push(action);
      replacers.set(oldId, list);
    }
  }

  // Breadth-first over the replacement graph, in pack order: the nearest active successor wins.
  const seen = new Set<string>([oldItemId]);
  let frontier = [oldItemId];
  let steps = 0;
  let touched = false;
  while (frontier.length > 0 && steps < MAX_CHAIN) {
    steps += 1;
    const next: string[] = [];
    for (const id of frontier) {
      for (const successor of replacers.get(id) ?? []) {
        touched = true;
        if (!successor.retired) return { kind: 'replaced', itemId: successor.id };
        if (!seen.has(successor.id)) {
          seen.add(successor.id);
          next.push(successor.id);
        }
      }
    }
    frontier = next;
  }
  if (direct || touched) return { kind: 'retired', itemId: oldItemId };
  return { kind: 'unknown', itemId: oldItemId };
}

export interface MappedAnswers<T> {
  /** Answers that belong to an active action of the pack, with `itemId` set to that action's id. */
  mapped: T[];
  /** Answers to retired actions: kept unchanged (never dropped), so the user can see them. */
  retired: T[];
  /** Answers to ids the pack does not know: kept unchanged and reported. */
  unknown: T[];
  /**
   * Answers that lost to another answer mapped to the same action (two old actions replaced by one
   * new one): the most recently updated answer is kept in `mapped`, the others are reported here.
   */
  superseded: T[];
}

/** ISO 8601 UTC timestamps compare as strings; a missing one counts as oldest. */
const updatedOf = (answer: { updatedAt?: string }) => answer.updatedAt ?? '';

/**
 * Maps answers given against one pack version onto `pack`. Pure: returns new objects for answers
 * whose id changed, leaves the input untouched. Order of `mapped` follows the input order.
 */
export function mapAnswersToPack<T extends { itemId: string; updatedAt?: string }>(
  answers: readonly T[],
  pack: ChecklistPack,
): MappedAnswers<T> {
  const result: MappedAnswers<T> = { mapped: [], retired: [], unknown: [], superseded: [] };
  // new item id → index in result.mapped, and the input answer that produced that entry
  const slot = new Map<string, { index: number; from: T; same: boolean }>();
  for (const answer of answers) {
    const resolved = resolveActionId(pack, answer.itemId);
    if (resolved.kind === 'retired') {
      result.retired.push(answer);
      continue;
    }
    if (resolved.kind === 'unknown') {
      result.unknown.push(answer);
      continue;
    }
    const same = resolved.kind === 'same';
    const moved = same ? answer : { ...answer, itemId: resolved.itemId };
    const taken = slot.get(resolved.itemId);
    if (!taken) {
      slot.set(resolved.itemId, { index: result.mapped.length, from: answer, same });
      result.mapped.push(moved);
      continue;
    }
    // The most recently updated answer wins; on a tie, an answer given to this very id wins,
    // otherwise the first one seen.
    const a = updatedOf(answer);
    const b = updatedOf(taken.from);
    if (a > b || (a === b && same && !taken.same)) {
      result.superseded.push(taken.from);
      result.mapped[taken.index] = moved;
      slot.set(resolved.itemId, { index: taken.index, from: answer, same });
    } else {
      result.superseded.push(answer);
    }
  }
  return result;
}

/**
 * Semantic-version ordering (https://semver.org §11): negative if a < b, 0 if equal in precedence,
 * positive if a > b. Build metadata is ignored. Throws on a string that is not a semantic version:
 * callers hold versions that a schema has already checked.
 */
export function compareVersions(a: string, b: string): number {
  const pa = parseSemver(a);
  const pb = parseSemver(b);
  for (let i = 0; i < 3; i += 1) {
    const d = pa.core[i]! - pb.core[i]!;
    if (d !== 0) return Math.sign(d);
  }
  // A version without a pre-release part outranks one with it (1.0.0-rc.1 < 1.0.0).
  if (pa.pre.length === 0 && pb.pre.length === 0) return 0;
  if (pa.pre.length === 0) return 1;
  if (pb.pre.length === 0) return -1;
  const n = Math.min(pa.pre.length, pb.pre.length);
  for (let i = 0; i < n; i += 1) {
    const x = pa.pre[i]!;
    const y = pb.pre[i]!;
    if (x === y) continue;
    const xNum = /^\d+$/.test(x);
    const yNum = /^\d+$/.test(y);
    if (xNum && yNum) return BigInt(x) < BigInt(y) ? -1 : 1;
    if (xNum) return -1; // numeric identifiers sort before alphanumeric ones
    if (yNum) return 1;
    return x < y ? -1 : 1;
  }
  return Math.sign(pa.pre.length - pb.pre.length);
}

function parseSemver(v: string): { core: number[]; pre: string[] } {
  const m = SEMVER_RE.exec(v);
  if (!m) throw new Error(`"${v}" is not a semantic version`);
  return {
    core: [Number(m[1]), Number(m[2]), Number(m[3])],
    pre: m[4] ? m[4].split('.') : [],
  };
}
