import type { Answer } from '../schema/assessment';
import type { AgencyAssignment } from '../schema/assignments';
import type { Action, ChecklistPack } from '../schema/pack';
import {
  filtersOn,
  linkForPlace,
  listItems,
  neighbourSection,
  nextListed,
  NO_FILTERS,
  sectionForLink,
  sectionScope,
  stepFrom,
  type LinkMiss,
  type ListFilters,
  type Section,
  type WorkspaceLink,
} from '../domain/workspaceNav';
import { filterActions } from '../domain/answers';
import { t } from '../i18n';
import { Announcer } from './announcer.svelte';

/** What the workspace reads from the open assessment (the `Workspace` state, or a test double). */
export interface NavSource {
  readonly pack: ChecklistPack | null;
  readonly answerMap: ReadonlyMap<string, Answer>;
  /** The assessment: its lead agency is the coordinator's own, which answers unassigned actions. */
  readonly assessment?: { readonly leadAgency: string } | null;
}

/**
 * Said in the live region when the keyboard cannot go further (`last-action`, `first-action`), or
 * when the list empties under the user (the last unanswered action answered: `all-answered`; the
 * last action of another filter changed: `none-left`).
 */
export type NavNotice = 'last-action' | 'first-action' | 'all-answered' | 'none-left';

/**
 * Where the workspace is: the section shown (from the link it was opened with until the user picks
 * another), the filters, the list they give, and the current action that the keyboard's `j`/`k`
 * and status keys act on. The rules are in domain/workspaceNav.ts; this class only holds the
 * choices. The current action is always one of the listed actions (the first when none was
 * chosen, or when the chosen one is filtered away), so a status key never lands on a hidden one.
 */
export class WorkspaceNav {
  private readonly source: NavSource;
  private readonly link: WorkspaceLink;
  filters = $state<ListFilters>({ ...NO_FILTERS });
  /** The screen's one live region: the notices below are said there. */
  readonly said: Announcer;
  /** The section the user picked (null: the one the link pointed to). */
  private picked = $state<Section | null>(null);
  /** The action the user made current (by keyboard, click or focus); undefined: none yet. */
  private chosen = $state<string | undefined>(undefined);

  // Closures: the derived values read `source` and `link`, which the constructor sets.
  private readonly linked = $derived.by(() =>
    this.source.pack ? sectionForLink(this.source.pack, this.link) : null,
  );
  readonly section: Section = $derived(
    this.picked ?? this.linked?.section ?? { kind: 'norm', id: '' },
  );
  readonly items: Action[] = $derived.by(() =>
    this.source.pack
      ? listItems(
          this.source.pack,
          this.source.answerMap,
          this.section,
          this.filters,
          this.assignments(),
          this.source.assessment?.leadAgency,
        )
      : [],
  );
  /** Actions of the section before filters (for "n of N shown"). */
  private readonly sectionOrder: string[] = $derived.by(() =>
    this.source.pack
      ? filterActions(this.source.pack, this.source.answerMap, sectionScope(this.section)).map(
          (a) => a.id,
        )
      : [],
  );
  /** Actions of the section before filters (for "n of N shown"). */
  readonly sectionTotal = $derived(this.sectionOrder.length);
  readonly filtersOn = $derived(filtersOn(this.filters));
  /**
   * The id of the current action, or undefined when the list is empty. When the chosen action
   * leaves the list (answered while "Unanswered only" is on), the one listed after it in the
   * section takes its place (domain/workspaceNav.ts `nextListed`), not the first of the list.
   */
  readonly current: string | undefined = $derived.by(() => {
    const ids = this.items.map((a) => a.id);
    const wanted = this.chosen ?? (this.picked ? undefined : this.linked?.itemId);
    if (wanted === undefined || ids.includes(wanted)) return wanted ?? ids[0];
    return nextListed(this.sectionOrder, ids, wanted) ?? ids[0];
  });

  /** The coordinator's assignments, read by the agency filter (none: the lead agency only). */
  private readonly assignments: () => readonly AgencyAssignment[];

  constructor(
    source: NavSource,
    link: WorkspaceLink = {},
    assignments: () => readonly AgencyAssignment[] = () => [],
    said: Announcer = new Announcer(),
  ) {
    this.said = said;
    this.assignments = assignments;
    this.source = source;
    this.link = link;
  }

  /**
   * The link to where the user is now (section and current action), for the address bar; empty
   * until the pack is read.
   */
  get place(): WorkspaceLink {
    return this.source.pack ? linkForPlace(this.section, this.current) : {};
  }

  /** The action the link pointed to, when it is listed (the screen moves focus there on open). */
  get linkedItem(): string | undefined {
    const id = this.linked?.itemId;
    return id !== undefined && this.items.some((a) => a.id === id) ? id : undefined;
  }

  /**
   * The part of the opening link the pack does not know (said in a status line: the screen shows
   * another place), until the user picks a section; undefined when the link was whole.
   */
  get linkMiss(): LinkMiss | undefined {
    return this.picked ? undefined : this.linked?.missing;
  }

  /** Says `notice` in the screen's live region. */
  private say(notice: NavNotice): void {
    this.said.say(t.workspace.navNotice[notice]);
  }

  /** Shows another section; its first action becomes current. */
  show(section: Section): void {
    this.picked = section;
    this.chosen = undefined;
    this.said.clear();
  }

  /** Makes a listed action current (a click or focus inside it). */
  setCurrent(itemId: string): void {
    if (this.items.some((a) => a.id === itemId)) this.chosen = itemId;
    this.said.clear();
  }

  /**
   * The list emptied under the user (the action they were on left it, none is listed): says
   * why — every action answered when "Unanswered only" (or the status "unanswered") is on.
   */
  sayEmptied(): void {
    const f = this.filters;
    this.say(f.unansweredOnly || f.status === 'unanswered' ? 'all-answered' : 'none-left');
  }

  /**
   * Shows the next (`+1`) or previous (`-1`) norm, from a norm's questions (the keyboard keeps
   * to the norm questions there: state/workspaceKeys.ts). Returns the norm's id, or undefined when
   * the section is no norm or there is none further (then the live region says so).
   */
  stepNorm(direction: 1 | -1): string | undefined {
    const pack = this.source.pack;
    const from = this.section;
    const next = pack && from.kind === 'norm' ? neighbourSection(pack, from, direction) : null;
    if (!next) {
      this.say(direction > 0 ? 'last-action' : 'first-action');
      return undefined;
    }
    this.show(next);
    return next.id;
  }

  /**
   * Moves the current action one step (`+1` next, `-1` previous), across norms or focus areas when
   * the list ends. Returns the new current action's id, or undefined when there is none further
   * (then the live region says so).
   */
  step(direction: 1 | -1): string | undefined {
    const pack = this.source.pack;
    if (!pack) return undefined;
    const s = stepFrom(
      pack,
      this.source.answerMap,
      this.section,
      this.filters,
      this.current,
      direction,
      this.assignments(),
      this.source.assessment?.leadAgency,
    );
    if (s.kind === 'end') {
      this.say(direction > 0 ? 'last-action' : 'first-action');
      return undefined;
    }
    if (s.kind === 'section') this.picked = s.section;
    this.chosen = s.itemId;
    this.said.clear();
    return s.itemId;
  }

  clearFilters(): void {
    this.filters = { ...NO_FILTERS };
  }

  /**
   * From the warnings before making final: lists what is still open across the whole pack, the
   * carried answers not yet confirmed or the actions marked for review (the other filters kept).
   */
  showOpen(kind: 'carried' | 'review'): void {
    this.show({ kind: 'all', id: '' });
    this.filters = {
      ...this.filters,
      carriedOnly: kind === 'carried',
      reviewOnly: kind === 'review',
    };
  }
}
