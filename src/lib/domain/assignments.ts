import type { AgencyAssignment } from '../schema/assignments';
import type { AssignmentFailure, AssignmentIssue, ActionAssignIssue } from '../schema/failures';
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

/** Whether two agency names are the same agency (`agencyKey`: NFC, trimmed, case-folded). */
export const sameAgency = (a: string, b: string): boolean => agencyKey(a) === agencyKey(b);

/** The assignment of an agency (matched by `sameAgency`), if it has one. */
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

/** Whether `agency` (matched by `sameAgency`) is given the whole norm `normId`. */
export function holdsNorm(
  list: readonly AgencyAssignment[],
  agency: string,
  normId: string,
): boolean {
  return findAgency(list, agency)?.normIds.includes(normId) ?? false;
}

/**
 * The agency other than `agency` that holds the norm `normId`, if one does: that norm cannot be
 * given to `agency` too (one agency a norm).
 */
export function normTakenBy(
  list: readonly AgencyAssignment[],
  agency: string,
  normId: string,
): string | undefined {
  const owner = agencyForNorm(list, normId);
  return owner !== undefined && !sameAgency(owner, agency) ? owner : undefined;
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
 * One question of the checklist as the assignments share them out: a practical action, or a norm's
 * own questions (its norm-level answers: measures taken, challenges, needs; one record per norm).
 */
export type ChecklistQuestion =
  { kind: 'action'; actionId: string; normId: string } | { kind: 'norm'; normId: string };

/**
 * Every question of `pack` (each practical action, retired ones too, as their old answers travel
 * with their norm; and each norm's own questions), in pack order, norm by norm.
 */
export function checklistQuestions(pack: ChecklistPack): ChecklistQuestion[] {
  return pack.norms.flatMap((n): ChecklistQuestion[] => [
    { kind: 'norm', normId: n.id },
    ...pack.actions
      .filter((a) => a.normId === n.id)
      .map((a): ChecklistQuestion => ({ kind: 'action', actionId: a.id, normId: n.id })),
  ]);
}

/**
 * THE rule of who answers a question (session 7, coord item 2: a norm given to one agency with one
 * practical action carved out for another had its own questions answered by neither): a practical
 * action by the agency it is given to itself, else by the agency its norm is given to
 * (`agencyForItem`); a norm's own questions by the agency the norm is given to, whatever is carved
 * out of it. Undefined: nobody is given it, the coordinator answers it. Every part (`scopeForAgency`)
 * is made from this rule, so each question is in exactly one part, or in none (the coordinator's).
 */
export function answeredBy(
  list: readonly AgencyAssignment[],
  question: ChecklistQuestion,
): string | undefined {
  return question.kind === 'action'
    ? agencyForItem(list, question.actionId, question.normId)
    : agencyForNorm(list, question.normId);
}

/** Why a list of assignments does not fit the assessment's pack (typed; words in i18n). */
export type { AssignmentIssue, ActionAssignIssue } from '../schema/failures';

/**
 * Checks a list against the assessment's pack: agency names present and distinct, every norm and
 * item id in the pack (retired items are refused: nobody is asked them any more), no norm and no
 * item given to two agencies. Returns the first problem as a typed issue.
 */
export function checkAssignments(
  list: readonly AgencyAssignment[],
  pack: ChecklistPack,
): Result<readonly AgencyAssignment[], AssignmentIssue> {
  const norms = new Set(pack.norms.map((n) => n.id));
  const items = new Set(pack.actions.filter((a) => !a.retired).map((a) => a.id));
  const names = new Set<string>();
  const normOwner = new Map<string, string>();
  const itemOwner = new Map<string, string>();
  for (const a of list) {
    const key = agencyKey(a.agency);
    if (key === '') return fail({ code: 'assignments.no-name' });
    if (names.has(key)) return fail({ code: 'assignments.agency-twice', agency: a.agency });
    names.add(key);
    for (const normId of a.normIds) {
      if (!norms.has(normId))
        return fail({ code: 'assignments.unknown-norm', agency: a.agency, normId });
      const owner = normOwner.get(normId);
      if (owner !== undefined && owner !== key)
        return fail({ code: 'assignments.norm-twice', normId });
      normOwner.set(normId, key);
    }
    for (const itemId of a.itemIds) {
      if (!items.has(itemId))
        return fail({ code: 'assignments.unknown-item', agency: a.agency, itemId });
      const owner = itemOwner.get(itemId);
      if (owner !== undefined && owner !== key)
        return fail({ code: 'assignments.item-twice', itemId });
      itemOwner.set(itemId, key);
    }
  }
  return ok(list);
}

/** `checkAssignments` under its older name (storage's save checks with it). */
export const validateAssignments = (
  list: readonly AgencyAssignment[],
  pack: ChecklistPack,
): Result<readonly AgencyAssignment[], AssignmentIssue> => checkAssignments(list, pack);

/**
 * The part an agency fills, as an export's part scope (exportFile.ts `partScopeSchema`), or
 * undefined when it has nothing to answer: exactly the questions `answeredBy` gives it (issue 16;
 * session 7, coord item 2).
 *
 * A part scope names norms and, optionally, a list of items that then limits all of them, and a
 * list of the norms whose own answers it carries. So when the agency answers whole norms and
 * nothing is carved out of them, the scope lists the norms only (every item of them and their own
 * answers, as before). Otherwise it lists the norms its questions belong to, exactly the items it
 * answers (those of its norms not given to another agency, plus its single items) and exactly the
 * norms whose own answers it gives: those of the norms given to it, carved out of or not; a norm it
 * holds only single items of is named for those items, not its own questions.
 */
export function scopeForAgency(
  list: readonly AgencyAssignment[],
  agency: string,
  pack: ChecklistPack,
): PartScope | undefined {
  const mine = findAgency(list, agency);
  if (!mine) return undefined;
  const key = agencyKey(mine.agency);
  const isMine = (q: ChecklistQuestion) => {
    const who = answeredBy(list, q);
    return who !== undefined && agencyKey(who) === key;
  };
  const questions = checklistQuestions(pack).filter(isMine);
  const given = new Set(questions.flatMap((q) => (q.kind === 'action' ? [q.actionId] : [])));
  const items = pack.actions.filter((a) => given.has(a.id)).map((a) => a.id);
  const ownAnswers = questions.flatMap((q) => (q.kind === 'norm' ? [q.normId] : []));
  const normSet = new Set(questions.map((q) => q.normId));
  const normIds = pack.norms.map((n) => n.id).filter((id) => normSet.has(id));
  if (normIds.length === 0) return undefined;
  const whole = pack.actions.filter((a) => normSet.has(a.normId)).length === items.length;
  return {
    agency: mine.agency,
    normIds,
    ...(whole ? {} : { itemIds: items }),
    ...(ownAnswers.length === normIds.length ? {} : { normAnswerIds: ownAnswers }),
  };
}

/** Adds an agency with nothing assigned yet; refuses an empty or repeated name. */
export function addAgency(
  list: readonly AgencyAssignment[],
  name: string,
): Result<AgencyAssignment[], AssignmentFailure> {
  const agency = name.normalize('NFC').trim();
  if (agency === '') return fail({ code: 'agency.name-required' });
  if (findAgency(list, agency)) return fail({ code: 'agency.already-listed', agency });
  return ok([...list, { agency, normIds: [], itemIds: [] }]);
}

/** The assignments without the agency's (matched by `sameAgency`); the list is not changed. */
export function removeAgency(
  list: readonly AgencyAssignment[],
  agency: string,
): AgencyAssignment[] {
  return list.filter((a) => !sameAgency(a.agency, agency));
}

/** The list with `id` put last in (or taken out of) the `field` of `agency`'s entry; others as they are. */
function withId(
  list: readonly AgencyAssignment[],
  agency: string,
  field: 'normIds' | 'itemIds',
  id: string,
  assigned: boolean,
): AgencyAssignment[] {
  return list.map((a) => {
    if (!sameAgency(a.agency, agency)) return a;
    const rest = a[field].filter((x) => x !== id);
    return { ...a, [field]: assigned ? [...rest, id] : rest };
  });
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
): Result<AgencyAssignment[], AssignmentFailure> {
  const owner = agencyForNorm(list, normId);
  if (assigned && owner !== undefined && !sameAgency(owner, agency))
    return fail({ code: 'assign.norm-taken', id: normId, owner });
  if (!findAgency(list, agency)) return fail({ code: 'agency.unknown', agency });
  return ok(withId(list, agency, 'normIds', normId, assigned));
}

/**
 * Gives a single item to an agency, or takes it back. An item of a norm another agency holds is
 * thereby carved out for this one (the item's own assignment wins, see `agencyForItem`); an item
 * another agency holds by itself is refused (the coordinator takes it back there first), so that a
 * tick never silently moves work.
 */
export function setItem(
  list: readonly AgencyAssignment[],
  agency: string,
  itemId: string,
  assigned: boolean,
): Result<AgencyAssignment[], ActionAssignIssue> {
  const owner = list.find((a) => a.itemIds.includes(itemId))?.agency;
  if (assigned && owner !== undefined && !sameAgency(owner, agency))
    return fail({ code: 'assignments.item-taken', itemId, owner });
  if (!findAgency(list, agency)) return fail({ code: 'assignments.no-agency', agency });
  return ok(withId(list, agency, 'itemIds', itemId, assigned));
}

/**
 * The agency that answers an action, by name: the one `answeredBy` gives it to, else the
 * coordinator's own agency (`coordinator`: the assessment's lead agency), which answers every action
 * given to no agency. Undefined when the action is given to no agency and no lead agency is named.
 */
export function answeringAgency(
  list: readonly AgencyAssignment[],
  item: { id: string; normId: string },
  coordinator: string | undefined,
): string | undefined {
  const assignedTo = answeredBy(list, { kind: 'action', actionId: item.id, normId: item.normId });
  if (assignedTo !== undefined) return assignedTo;
  return coordinator !== undefined && agencyKey(coordinator) !== '' ? coordinator : undefined;
}

/**
 * The workspace's agency filter: an item belongs to an agency when that agency answers it
 * (`answeringAgency`: given to it by the item or its norm, or given to no agency and the agency is
 * the coordinator's own, `coordinator` = the assessment's lead agency), or when its answer names
 * that agency as lead. Names compare as `agencyKey` does.
 */
export function itemOfAgency(
  list: readonly AgencyAssignment[],
  agency: string,
  item: { id: string; normId: string },
  leadAgency: string | undefined,
  coordinator?: string,
): boolean {
  const who = answeringAgency(list, item, coordinator);
  if (who !== undefined && sameAgency(who, agency)) return true;
  return leadAgency !== undefined && leadAgency.trim() !== '' && sameAgency(leadAgency, agency);
}

/**
 * Agency names known in an assessment, for the agency filter and the lead-agency suggestions: the
 * assigned agencies first (in their order), then names typed elsewhere (lead agencies of answers,
 * the assessment's lead agency), each once (as `agencyKey` tells them apart), empty names left out.
 */
export function knownAgencies(
  list: readonly AgencyAssignment[],
  typed: Iterable<string>,
): string[] {
  const seen = new Map<string, string>();
  for (const name of [...list.map((a) => a.agency), ...typed]) {
    const key = agencyKey(name);
    if (key !== '' && !seen.has(key)) seen.set(key, name.normalize('NFC').trim());
  }
  return [...seen.values()];
}
