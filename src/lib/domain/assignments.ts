import type { AgencyAssignment } from '../schema/assignments';
import type { PartScope } from '../schema/exportFile';
import type { ChecklistPack } from '../schema/pack';
import { fail, ok, type Result } from './result';

/**
 * The coordinator's assignments of norms and items to agencies, as pure rules.
 *
 * Who answers an item: an agency the item itself is given to; otherwise the agency its norm is
 * given to; otherwise nobody yet. So a norm can go to one agency with one of its items carved out
 * for another (the item assignment wins for that item), but one item, or one whole norm, is never
 * given to two agencies: their parts would then both carry it, and the coordinator's merge would
 * have a conflict built in.
 *
 * Agencies are told apart by name, compared NFC, trimmed and case-insensitively, because the name
 * is all a part's file carries.
 */

export const agencyKey = (name: string): string => name.normalize('NFC').trim().toLocaleLowerCase();

export const sameAgency = (a: string, b: string): boolean => agencyKey(a) === agencyKey(b);

export function findAgency(
  list: readonly AgencyAssignment[],
  agency: string,
): AgencyAssignment | undefined {
  return list.find((a) => sameAgency(a.agency, agency));
}

/** The agency a whole norm is given to. */
export function agencyForNorm(
  list: readonly AgencyAssignment[],
  normId: string,
): string | undefined {
  return list.find((a) => a.normIds.includes(normId))?.agency;
}

/** The agency that answers an item: its own assignment wins over its norm's. */
export function agencyForItem(
  list: readonly AgencyAssignment[],
  itemId: string,
  normId: string,
): string | undefined {
  return list.find((a) => a.itemIds.includes(itemId))?.agency ?? agencyForNorm(list, normId);
}

/**
 * Checks a list against the assessment's pack: agency names present and distinct, every norm and
 * item id in the pack (retired items are refused: nobody is asked them any more), no norm and no
 * item given to two agencies. Returns the reason of the first problem.
 */
export function validateAssignments(
  list: readonly AgencyAssignment[],
  pack: ChecklistPack,
): Result<readonly AgencyAssignment[]> {
  const norms = new Set(pack.norms.map((n) => n.id));
  const items = new Set(pack.actions.filter((a) => !a.retired).map((a) => a.id));
  const names = new Map<string, string>();
  const normOwner = new Map<string, string>();
  const itemOwner = new Map<string, string>();
  for (const a of list) {
    const key = agencyKey(a.agency);
    if (key === '') return fail('An agency has no name.');
    const clash = names.get(key);
    if (clash !== undefined) return fail(`The agency "${a.agency}" is listed twice.`);
    names.set(key, a.agency);
    for (const id of a.normIds) {
      if (!norms.has(id)) return fail(`Norm "${id}" is not in the checklist.`);
      const owner = normOwner.get(id);
      if (owner !== undefined && owner !== key)
        return fail(`Norm "${id}" is given to two agencies.`);
      normOwner.set(id, key);
    }
    for (const id of a.itemIds) {
      if (!items.has(id)) return fail(`Item "${id}" is not in the checklist.`);
      const owner = itemOwner.get(id);
      if (owner !== undefined && owner !== key)
        return fail(`Item "${id}" is given to two agencies.`);
      itemOwner.set(id, key);
    }
  }
  return ok(list);
}

/**
 * The part an agency fills, as an export's part scope (exportFile.ts `partScopeSchema`), or
 * undefined when it has nothing to answer.
 *
 * A part scope names norms and, optionally, a list of items that then limits all of them. So when
 * the agency answers whole norms and nothing is carved out of them, the scope lists the norms only
 * (every item of them, as before). Otherwise it lists the norms its items belong to and exactly the
 * items it answers: those of its norms not given to another agency, plus its single items. The
 * part's norm answers (per-norm questions) then cover every norm named, including a norm the agency
 * holds only single items of: the v1 scope cannot say otherwise.
 */
export function scopeForAgency(
  list: readonly AgencyAssignment[],
  agency: string,
  pack: ChecklistPack,
): PartScope | undefined {
  const mine = findAgency(list, agency);
  if (!mine) return undefined;
  const key = agencyKey(mine.agency);
  // Retired items too, as partItemIds does: their old answers travel with their norm.
  const answered = pack.actions.filter((a) => {
    const who = agencyForItem(list, a.id, a.normId);
    return who !== undefined && agencyKey(who) === key;
  });
  const normSet = new Set([...mine.normIds, ...answered.map((a) => a.normId)]);
  const normIds = pack.norms.map((n) => n.id).filter((id) => normSet.has(id));
  if (normIds.length === 0) return undefined;
  const everyItemOfNorms = pack.actions.filter((a) => normSet.has(a.normId));
  const whole = everyItemOfNorms.length === answered.length;
  return {
    agency: mine.agency,
    normIds,
    ...(whole ? {} : { itemIds: answered.map((a) => a.id) }),
  };
}

/** Adds an agency with nothing assigned yet; refuses an empty or repeated name. */
export function addAgency(
  list: readonly AgencyAssignment[],
  name: string,
): Result<AgencyAssignment[]> {
  const agency = name.normalize('NFC').trim();
  if (agency === '') return fail('Name the agency.');
  if (findAgency(list, agency)) return fail(`The agency "${agency}" is already listed.`);
  return ok([...list, { agency, normIds: [], itemIds: [] }]);
}

export function removeAgency(
  list: readonly AgencyAssignment[],
  agency: string,
): AgencyAssignment[] {
  return list.filter((a) => !sameAgency(a.agency, agency));
}

/**
 * Gives a norm to an agency or takes it back. Giving a norm another agency holds is refused (the
 * coordinator takes it from that agency first), so that a tick never silently moves work.
 */
export function setNorm(
  list: readonly AgencyAssignment[],
  agency: string,
  normId: string,
  assigned: boolean,
): Result<AgencyAssignment[]> {
  const owner = agencyForNorm(list, normId);
  if (assigned && owner !== undefined && !sameAgency(owner, agency))
    return fail(`Norm "${normId}" is already given to ${owner}.`);
  if (!findAgency(list, agency)) return fail(`No agency "${agency}".`);
  return ok(
    list.map((a) => {
      if (!sameAgency(a.agency, agency)) return a;
      const rest = a.normIds.filter((id) => id !== normId);
      return { ...a, normIds: assigned ? [...rest, normId] : rest };
    }),
  );
}
