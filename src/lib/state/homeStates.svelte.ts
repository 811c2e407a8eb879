import type { Assessment, StateProfile } from '../schema/assessment';
import type { ManageFailure } from '../domain/assessmentDetails';
import type { Failure } from '../schema/failures';
import { trashDaysLeft, trashExpired } from '../domain/assessmentDetails';
import { stateAddition, type StateAddition } from '../domain/states';
import { addState, listStates } from '../storage/states';
import { listEveryAssessment } from '../storage/assessments';
import { heldAgencies } from '../storage/coordination';
import { purgeTrash, restoreAssessments, trashAssessments, trashState } from '../storage/trash';
import { storageHealth } from './storageHealth.svelte';

/** The clock (a plain Date, read once per load: not reactive state). */
const now = (): Date => new Date();

/** A trashed assessment with the whole days it is still kept. */
export interface TrashedCycle {
  a: Assessment;
  daysLeft: number;
}

/** What a deletion or an addition refused, for the screen to say (words are the view's, via i18n). */
export type HomeRefusal =
  { kind: 'manage'; failure: ManageFailure } | { kind: 'add'; failure: Failure };

/**
 * The Home screen's States and their cycles (views/Home/StatesSection.svelte renders it): what is
 * stored, read once per change (one read, one parse: issue 18), and the deletions, restores and
 * additions the screen offers, each followed by a fresh read. The screen keeps only what is on
 * screen (the open confirmation, the chosen State, which lists are unfolded).
 */
export class HomeStates {
  /** Every State profile, ASEAN first (storage/states.ts orders them). */
  states = $state.raw<StateProfile[]>([]);
  /** The assessments not in the trash, by State code. */
  assessments = $state.raw<Record<string, Assessment[]>>({});
  /** Stored rows that no longer parse (counted, not shown). */
  corrupt = $state(0);
  trash = $state.raw<TrashedCycle[]>([]);
  /** Assessments held here only as an agency's part, with their agency: marked in every list. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole on each read, never mutated
  held = $state.raw<ReadonlyMap<string, string>>(new Map());
  /** False until the first read has finished (so "no States yet" is not said too early). */
  loaded = $state(false);
  /** The last refusal, until the next action succeeds. */
  refusal = $state.raw<HomeRefusal | null>(null);
  /** The last deletion, with the ids it moved to the trash (for its undo). */
  done = $state.raw<{ kind: 'assessment' | 'state'; name: string; ids: string[] } | null>(null);

  /**
   * Reads the States and every assessment once. With `purge`, assessments past their keeping time
   * (domain/assessmentDetails.ts trashExpired) leave the trash for good first; the purge's write
   * transaction is opened only when the trash holds such an assessment. `at` is the clock.
   */
  async load(purge = false, at: Date = now()): Promise<void> {
    const read = this.read(purge, at);
    // The start-up storage check takes this read's count instead of parsing every row again.
    storageHealth.shareRead(
      read.then(
        (corrupt) => ({ unreadable: corrupt }),
        () => null,
      ),
    );
    await read;
  }

  /** `load`'s reads; resolves to how many stored States and assessments did not parse. */
  private async read(purge: boolean, at: Date): Promise<number> {
    let every = await listEveryAssessment();
    if (purge && every.trash.some((a) => trashExpired(a.deletedAt!, at))) {
      await purgeTrash(at);
      every = await listEveryAssessment();
    }
    const heldNow = await heldAgencies();
    const s = await listStates();
    this.states = s.rows;
    this.assessments = every.byState;
    this.corrupt = s.corrupt.length + every.corrupt.length;
    this.trash = every.trash.map((a) => ({ a, daysLeft: trashDaysLeft(a.deletedAt ?? '', at) }));
    this.held = heldNow;
    this.loaded = true;
    return this.corrupt;
  }

  /** Moves one assessment to the trash (undo: `restore(done.ids)`), then reads again. */
  async trashAssessment(a: Assessment): Promise<void> {
    const r = await trashAssessments([a.id]);
    this.refusal = r.ok ? null : { kind: 'manage', failure: r };
    if (r.ok) this.done = { kind: 'assessment', name: a.title, ids: [a.id] };
    await this.load();
  }

  /** Deletes a State's profile and moves all its cycles to the trash, then reads again. */
  async deleteState(profile: StateProfile): Promise<void> {
    const r = await trashState(profile.code);
    this.refusal = r.ok ? null : { kind: 'manage', failure: r };
    if (r.ok) this.done = { kind: 'state', name: profile.name, ids: r.value };
    await this.load();
  }

  /** Takes assessments out of the trash (their State's profile comes back with them). */
  async restore(ids: readonly string[]): Promise<void> {
    const r = await restoreAssessments(ids);
    this.refusal = r.ok ? null : { kind: 'manage', failure: r };
    if (r.ok) this.done = null;
    await this.load();
  }

  /**
   * What adding the State `code` would meet (domain/states.ts stateAddition): a State already
   * listed, or one whose cycles are in the trash, is said at the field instead of added; null when
   * the State is new.
   */
  additionOf(code: string): StateAddition | null {
    const found = stateAddition(
      code,
      this.states,
      this.trash.map(({ a }) => a),
    );
    return found.kind === 'already-there' || found.kind === 'in-trash' ? found : null;
  }

  /** Adds the State's profile (also beside its trashed assessments, when asked to). */
  async add(code: string): Promise<void> {
    const r = await addState(code);
    this.refusal = r.ok ? null : { kind: 'add', failure: r };
    await this.load();
  }
}
