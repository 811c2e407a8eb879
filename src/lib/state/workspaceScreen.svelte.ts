import type { Norm } from '../schema/pack';
import { agenciesOf } from '../domain/answers';
import { knownAgencies } from '../domain/assignments';
import {
  carriedInNorm,
  finalWarnings,
  workspaceProgress,
  type CarriedProgress,
} from '../domain/carried';
import { packWithinReach, reachCounts } from '../domain/coordination';
import { stateName } from '../domain/states';
import { t } from '../i18n';
import type { AssignmentsState } from './assignments.svelte';
import { loadNotCarried } from './carried';
import type { Workspace } from './workspace.svelte';
import type { WorkspaceNav } from './workspaceNav.svelte';

/**
 * What the workspace screen shows beside the actions, derived from its workspace, assignments and
 * navigation (views/Workspace/WorkspaceScreen.svelte renders it, deciding nothing): the agencies
 * to filter by, progress, the held part's counts, the norm on screen and its carried answers, the
 * warnings before making final, and what the earlier cycle did not carry.
 */
export class WorkspaceScreenState {
  private readonly ws: Workspace;
  private readonly assigned: AssignmentsState;
  private readonly nav: WorkspaceNav;

  constructor(ws: Workspace, assigned: AssignmentsState, nav: WorkspaceNav) {
    this.ws = ws;
    this.assigned = assigned;
    this.nav = nav;
  }

  // Closures: the derived values below read the fields the constructor sets.
  /**
   * Assigned agencies first, then those typed on answers and the assessment's lead agency: the
   * agency filter's choices and the lead-agency suggestions.
   */
  readonly agencies: string[] = $derived.by(() =>
    knownAgencies(this.assigned.list, [
      ...agenciesOf(this.ws.storedAnswers),
      this.ws.assessment?.leadAgency ?? '',
    ]),
  );

  /** Progress; on a held part, of the part's scope only (the rule its returned export uses). */
  readonly progress = $derived.by(() => {
    const pack = this.ws.pack;
    if (!pack) return null;
    return workspaceProgress(
      this.ws.reach ? packWithinReach(pack, this.ws.reach) : pack,
      this.ws.storedAnswers,
    );
  });

  /**
   * The words of a norm's or focus area's progress in the navigation: on a held part, a section
   * with none of the part's actions says 'Not in your part' (a tester read '0 of 0 answered' on
   * every norm outside the part; session 7, coordfix2 item 4); undefined without a figure.
   */
  progressWords(c: CarriedProgress | undefined): string | undefined {
    if (!c) return undefined;
    if (this.outsidePart(c)) return t.workspace.notInPart;
    return t.workspace.progressText(c.answered, c.total, c.carried);
  }

  /** Whether a section's progress `c` is of a held part that holds none of its actions. */
  outsidePart(c: CarriedProgress): boolean {
    return this.ws.reach !== null && c.total === 0;
  }

  /** How many norms and actions a held part holds (for its banner); null on the whole cycle. */
  readonly heldCounts = $derived.by(() =>
    this.ws.pack && this.ws.reach ? reachCounts(this.ws.pack, this.ws.reach) : null,
  );

  /** The norm the screen shows (a norm section), if any. */
  readonly currentNorm: Norm | undefined = $derived.by(() => {
    const section = this.nav.section;
    return section.kind === 'norm'
      ? this.ws.pack?.norms.find((n) => n.id === section.id)
      : undefined;
  });

  /** The carried answers of the norm on screen, not yet confirmed, by action id. */
  readonly carriedHere: string[] = $derived.by(() =>
    this.ws.pack && this.currentNorm
      ? carriedInNorm(this.ws.pack, this.ws.answerMap, this.currentNorm.id)
      : [],
  );

  /** The State's name, as the screen's heading line says it. */
  readonly stateName = $derived.by(() =>
    this.ws.assessment ? stateName(this.ws.assessment.stateCode) : '',
  );

  /**
   * What the earlier cycle had that this one did not carry (read from storage, once per earlier
   * cycle and pack); null when the assessment did not start from an earlier one.
   */
  readonly leftBehind = $derived.by(() => {
    const from = this.ws.assessment?.carriedFrom;
    const pack = this.ws.pack;
    return from && pack ? loadNotCarried(from, pack) : null;
  });

  /** What is still open before the assessment is made final (domain/carried.ts `finalWarnings`). */
  finalWarnings(): ReturnType<typeof finalWarnings> | null {
    const pack = this.ws.pack;
    if (!pack) return null;
    return finalWarnings(
      pack,
      this.ws.answerMap,
      mapOf(pack.norms.map((n) => [n.id, this.ws.normAnswer(n.id)])),
    );
  }
}

/** A read-only lookup map (a plain function so that the reactivity lint sees no mutable Map). */
function mapOf<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  return new Map(entries);
}
