import {
  IMPLEMENTATION_STATUSES,
  type Answer,
  type AnswerStatus,
  type Priority,
} from '../schema/assessment';
import type { Action, ChecklistPack } from '../schema/pack';
import type { AgencyAssignment } from '../schema/assignments';
import { filterActions, type ActionFilter } from './answers';
import { itemOfAgency } from './assignments';

/**
 * Where the workspace is and what it lists: the section (one norm, one RAP focus area, or every
 * action), the filters, and which action is "current" for the keyboard. Pure rules; the state class
 * `state/workspaceNav.svelte.ts` holds the values and the view only renders them.
 */

/** One norm, one focus area, or everything (`id` is empty for `all`). */
export interface Section {
  kind: 'norm' | 'area' | 'all';
  id: string;
}

/** Where a link into the workspace points (query parameters `norm`, `area`, `item`), unchecked. */
export interface WorkspaceLink {
  norm?: string | undefined;
  area?: string | undefined;
  item?: string | undefined;
}

/** A part of a link that names something the pack does not have (what, and the id as given). */
export interface LinkMiss {
  kind: 'item' | 'norm' | 'area';
  id: string;
}

/**
 * The URL → section rule. A focus area named in the link wins; else the norm of the linked action
 * (`item`, an active action of the pack); else the linked norm; anything the pack does not know
 * falls back to the first norm. `itemId` is the linked action when it is active in the pack (the
 * action to make current), else undefined. `missing` is the first id of the link (area, then
 * action, then norm) that the pack does not know, so the screen can say why it shows another
 * place instead of silently showing the first norm; undefined when every id given is known.
 */
export function sectionForLink(
  pack: ChecklistPack,
  link: WorkspaceLink,
): { section: Section; itemId: string | undefined; missing?: LinkMiss } {
  const target = link.item ? pack.actions.find((a) => a.id === link.item && !a.retired) : undefined;
  const areaKnown = !!link.area && pack.focusAreas.some((f) => f.id === link.area);
  const normKnown = !!link.norm && pack.norms.some((n) => n.id === link.norm);
  let section: Section;
  if (areaKnown) section = { kind: 'area', id: link.area ?? '' };
  else if (target) section = { kind: 'norm', id: target.normId };
  else if (normKnown) section = { kind: 'norm', id: link.norm ?? '' };
  else section = { kind: 'norm', id: pack.norms[0]?.id ?? '' };
  const missing: LinkMiss | undefined =
    link.area && !areaKnown
      ? { kind: 'area', id: link.area }
      : link.item && !target
        ? { kind: 'item', id: link.item }
        : link.norm && !normKnown
          ? { kind: 'norm', id: link.norm }
          : undefined;
  return { section, itemId: target?.id, ...(missing ? { missing } : {}) };
}

/**
 * The section → URL rule, the inverse of `sectionForLink`: the link that opens the workspace where
 * the user is (kept in the address, so that a reload or a bookmark returns there). A norm section
 * is `{ norm, item }`, a focus area `{ area, item }`; the list of every action has no parameter of
 * its own and returns to the current action's norm. `itemId` undefined: no action listed.
 */
export function linkForPlace(section: Section, itemId: string | undefined): WorkspaceLink {
  const item = itemId ? { item: itemId } : {};
  if (section.kind === 'area' && section.id) return { area: section.id, ...item };
  if (section.kind === 'norm' && section.id) return { norm: section.id, ...item };
  return item;
}

/** The filters a user sets above the list. Empty strings mean "any". */
export interface ListFilters {
  query: string;
  unansweredOnly: boolean;
  reviewOnly: boolean;
  /** Carried forward from the earlier cycle and not yet confirmed. */
  carriedOnly: boolean;
  status: AnswerStatus | 'unanswered' | '';
  agency: string;
  priority: Priority | '';
}

export const NO_FILTERS: Readonly<ListFilters> = {
  query: '',
  unansweredOnly: false,
  reviewOnly: false,
  carriedOnly: false,
  status: '',
  agency: '',
  priority: '',
};

/** Whether any filter narrows the list (the "Clear filters" button shows only then). */
export const filtersOn = (f: ListFilters): boolean =>
  f.unansweredOnly ||
  f.reviewOnly ||
  f.carriedOnly ||
  f.status !== '' ||
  f.agency !== '' ||
  f.priority !== '' ||
  f.query.trim() !== '';

/** The part of an `ActionFilter` that a section sets. */
export const sectionScope = (section: Section): Pick<ActionFilter, 'normId' | 'focusAreaId'> => ({
  ...(section.kind === 'norm' ? { normId: section.id } : {}),
  ...(section.kind === 'area' ? { focusAreaId: section.id } : {}),
});

/**
 * The active actions of a section that pass the filters, in pack order (`filterActions` for the
 * shared filters; "carried only" keeps answers still marked carried). The agency filter follows
 * the coordinator's assignments as well as the lead agency typed on each answer
 * (domain/assignments.ts `itemOfAgency`); `coordinator` (the assessment's lead agency) answers the
 * actions given to no agency.
 */
export function listItems(
  pack: ChecklistPack,
  answers: ReadonlyMap<string, Answer>,
  section: Section,
  f: ListFilters,
  assignments: readonly AgencyAssignment[] = [],
  coordinator?: string,
): Action[] {
  const filter: ActionFilter = {
    ...sectionScope(section),
    unanswered: f.unansweredOnly,
    markedForReview: f.reviewOnly,
    query: f.query,
    ...(f.status ? { status: f.status } : {}),
    ...(f.priority ? { priority: f.priority } : {}),
  };
  const items = filterActions(pack, answers, filter).filter(
    (a) =>
      !f.agency ||
      itemOfAgency(assignments, f.agency, a, answers.get(a.id)?.leadAgency, coordinator),
  );
  return f.carriedOnly ? items.filter((a) => answers.get(a.id)?.carried === true) : items;
}

/**
 * The section after (`+1`) or before (`-1`) this one in the sidebar's order: norms in pack order,
 * focus areas in pack order. "All actions" has no neighbour (null), nor has the last or first one.
 */
export function neighbourSection(
  pack: ChecklistPack,
  section: Section,
  direction: 1 | -1,
): Section | null {
  if (section.kind === 'all') return null;
  const ids =
    section.kind === 'norm' ? pack.norms.map((n) => n.id) : pack.focusAreas.map((f) => f.id);
  const next = ids[ids.indexOf(section.id) + direction];
  return next === undefined ? null : { kind: section.kind, id: next };
}

/** Where a next/previous step lands: an action of this list, or another section, or nowhere. */
export type Step =
  | { kind: 'item'; itemId: string }
  | { kind: 'section'; section: Section; itemId: string }
  | { kind: 'end'; direction: 1 | -1 };

/**
 * The keyboard's next (`+1`) or previous (`-1`) action from `currentId`. Within the list it is the
 * neighbour; past the end of a norm it is the first action of the next norm that has one under the
 * same filters (past the start, the last action of the previous one); past the last section it is
 * `end`, which the screen says out loud instead of doing nothing silently. A `currentId` not in the
 * list (filtered away) counts as just before the first action. `assignments` and `coordinator` are
 * those of `listItems` (the agency filter lists the same actions as the screen).
 */
export function stepFrom(
  pack: ChecklistPack,
  answers: ReadonlyMap<string, Answer>,
  section: Section,
  f: ListFilters,
  currentId: string | undefined,
  direction: 1 | -1,
  assignments: readonly AgencyAssignment[] = [],
  coordinator?: string,
): Step {
  const list = (s: Section) => listItems(pack, answers, s, f, assignments, coordinator);
  const ids = list(section).map((a) => a.id);
  const at = currentId === undefined ? -1 : ids.indexOf(currentId);
  const index = at < 0 ? (direction > 0 ? 0 : ids.length - 1) : at + direction;
  const inList = ids[index];
  if (inList !== undefined) return { kind: 'item', itemId: inList };
  for (let s = neighbourSection(pack, section, direction); s;) {
    const next = list(s).map((a) => a.id);
    const itemId = direction > 0 ? next[0] : next[next.length - 1];
    if (itemId !== undefined) return { kind: 'section', section: s, itemId };
    s = neighbourSection(pack, s, direction);
  }
  return { kind: 'end', direction };
}

/** The status choices in screen order, with their keyboard shortcut (1–5 up the scale, 0 = N/A). */
export const ANSWER_STATUS_KEYS: readonly { status: AnswerStatus; key: string }[] = [
  ...IMPLEMENTATION_STATUSES.map((status, i) => ({ status, key: String(i + 1) })),
  { status: 'not-applicable', key: '0' },
];

/** The status a key sets (`1`–`5`, `0`), or undefined for any other key. */
export const statusForKey = (key: string): AnswerStatus | undefined =>
  ANSWER_STATUS_KEYS.find((k) => k.key === key)?.status;

/**
 * The action that takes the place of `gone` when it leaves the list (answered while "Unanswered
 * only" is on): the first listed action after it in the section's order (`order`, every action
 * of the section in pack order), else the last listed one before it (it was the last of the list),
 * else undefined (nothing listed, or `gone` is not of this section).
 */
export function nextListed(
  order: readonly string[],
  listed: readonly string[],
  gone: string,
): string | undefined {
  const at = order.indexOf(gone);
  if (at < 0) return undefined;
  const shown = new Set(listed);
  return (
    order.slice(at + 1).find((id) => shown.has(id)) ??
    order
      .slice(0, at)
      .reverse()
      .find((id) => shown.has(id))
  );
}
