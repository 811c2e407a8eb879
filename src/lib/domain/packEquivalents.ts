import type { ChecklistPack } from '../schema/pack';
import { activeActions } from './pack';
import { mapAnswersToPack } from './packVersions';

/**
 * Answers across two different packs (e.g. from the unofficial pack to an official one), through
 * the `equivalents` either pack declares. Nothing is guessed from the wording: an answer moves only
 * to the items an equivalence names. Versions of ONE pack use `replaces`/`retired` instead
 * (packVersions.ts).
 */

/**
 * Item ids of `from` → the active item ids of `to` they match, from the equivalences of both packs
 * (`to` naming `from`'s items, or `from` naming `to`'s). Ids of `from` are matched as written: an
 * equivalence names items of any version of the other pack, and ids are stable across versions.
 */
export function equivalenceMap(from: ChecklistPack, to: ChecklistPack): Map<string, string[]> {
  const active = new Set(activeActions(to).map((a) => a.id));
  const map = new Map<string, string[]>();
  const add = (fromId: string, toId: string) => {
    if (!active.has(toId)) return;
    const list = map.get(fromId) ?? [];
    if (!list.includes(toId)) list.push(toId);
    map.set(fromId, list);
  };
  for (const eq of to.equivalents ?? []) {
    if (eq.packId !== from.id) continue;
    for (const item of eq.items) for (const fromId of item.equivalentIds) add(fromId, item.itemId);
  }
  for (const eq of from.equivalents ?? []) {
    if (eq.packId !== to.id) continue;
    for (const item of eq.items) for (const toId of item.equivalentIds) add(item.itemId, toId);
  }
  return map;
}

export interface CrossPackMapping<T> {
  /** Answers placed on `to`'s items (`itemId` set); one answer may fill several items. */
  mapped: T[];
  /** Answers to items that have no equivalent in `to`: not carried, listed for the user. */
  unmatched: T[];
  /**
   * Answers that lost to another answer for the same item of `to` (several items matching one):
   * the most recently updated answer is kept, the others are listed here.
   */
  superseded: T[];
}

const updatedOf = (answer: { updatedAt?: string }) => answer.updatedAt ?? '';

/**
 * Maps answers given against `from` onto `to` through their equivalences. When `from` and `to` are
 * versions of the same pack, this is `mapAnswersToPack` (ids, `replaces`, `retired`). Pure; the
 * order of `mapped` follows `to`'s items. Callers mark every mapped answer for confirmation.
 */
export function mapAnswersAcrossPacks<T extends { itemId: string; updatedAt?: string }>(
  answers: readonly T[],
  from: ChecklistPack,
  to: ChecklistPack,
): CrossPackMapping<T> {
  if (from.id === to.id) {
    const same = mapAnswersToPack(answers, to);
    return {
      mapped: same.mapped,
      unmatched: [...same.retired, ...same.unknown],
      superseded: same.superseded,
    };
  }
  const equivalents = equivalenceMap(from, to);
  const best = new Map<string, T>();
  const unmatched: T[] = [];
  const candidates = new Map<T, number>();
  for (const answer of answers) {
    const targets = equivalents.get(answer.itemId) ?? [];
    if (targets.length === 0) {
      unmatched.push(answer);
      continue;
    }
    candidates.set(answer, targets.length);
    for (const target of targets) {
      const held = best.get(target);
      if (!held || updatedOf(answer) > updatedOf(held)) best.set(target, answer);
    }
  }
  // An answer is superseded only if it won no item at all.
  const winners = new Set(best.values());
  const superseded = [...candidates.keys()].filter((a) => !winners.has(a));
  const mapped: T[] = [];
  for (const action of activeActions(to)) {
    const answer = best.get(action.id);
    if (answer) mapped.push({ ...answer, itemId: action.id });
  }
  return { mapped, unmatched, superseded };
}
