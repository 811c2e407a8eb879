/* eslint-disable svelte/prefer-svelte-reactivity -- the answer maps are immutable snapshots held
   in $state.raw and replaced whole on every change; a SvelteMap would track each entry for nothing. */
import type { Answer, Assessment, AssessmentStatus, NormAnswer } from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import type { Failure } from '../schema/failures';
import { failureOf } from '../domain/result';
import {
  answerProgress,
  blankAnswer,
  blankNormAnswer,
  checkAnswerPatch,
  checkNormAnswerPatch,
  draftFields,
  itemTarget,
  normTarget,
  type AnswerPatch,
  type AnswerProgress,
  type NormAnswerPatch,
} from '../domain/answers';
import { saveAnswer, saveNormAnswer, undoChange } from '../storage/answers';
import { setAssessmentStatus } from '../storage/assessments';
import { getSessionUser, setSessionUser } from '../storage/meta';
import { getPack } from '../storage/packs';
import { getHeldPart } from '../storage/coordination';
import {
  partReach,
  workspaceOffers,
  type PartReach,
  type WorkspaceOffers,
} from '../domain/coordination';
import type { HeldPart } from '../schema/coordination';
import { watchAssessment } from '../storage/watch';
import {
  firstStorageError,
  SaveQueue,
  type StorageError,
  type UnsavedCounts,
} from './saveQueue.svelte';
import { Drafts } from './drafts';
import { pwa } from './pwa.svelte';

/**
 * One open assessment: the stored answers (kept live across tabs by `watchAssessment`), the edits
 * not yet committed (the save queues), and the values the screen shows, which are the stored record
 * with the uncommitted edits laid over it, so that nothing typed disappears while it is being saved
 * or after a write failed.
 */
export class Workspace {
  assessment = $state<Assessment | null>(null);
  /** Why the assessment cannot be shown ('not-found', a schema message, a pack message). */
  loadError = $state.raw<Failure | null>(null);
  loaded = $state(false);
  pack = $state.raw<ChecklistPack | null>(null);
  corrupt = $state.raw<Failure[]>([]);
  user = $state('');
  private stored = $state.raw<ReadonlyMap<string, Answer>>(new Map());
  private storedNorms = $state.raw<ReadonlyMap<string, NormAnswer>>(new Map());

  /** Uncommitted fields kept in localStorage until committed (restored on the next visit). */
  private readonly drafts: Drafts;

  readonly answers: SaveQueue<AnswerPatch, Answer>;
  readonly norms: SaveQueue<NormAnswerPatch, NormAnswer>;

  /** The part this device holds of the assessment (an agency's device), or null when whole here. */
  held = $state.raw<HeldPart | null>(null);
  readonly readonly = $derived(this.assessment?.status === 'final');
  /** What the screen offers here: less on a held part (domain/coordination.ts `workspaceOffers`). */
  readonly offers: WorkspaceOffers = $derived(workspaceOffers(this.held));
  /** What the agency may answer when only its part is held here (domain/coordination.ts `partReach`). */
  readonly reach: PartReach | null = $derived(
    this.held && this.pack ? partReach(this.pack, this.held.scope) : null,
  );
  readonly storedAnswers = $derived([...this.stored.values()]);
  readonly progress: AnswerProgress | null = $derived(
    this.pack ? answerProgress(this.pack, this.storedAnswers) : null,
  );

  constructor(readonly id: string) {
    this.drafts = new Drafts(id);
    this.answers = new SaveQueue<AnswerPatch, Answer>({
      write: (itemId, expectedRev, patch) =>
        saveAnswer({ assessmentId: this.id, itemId, expectedRev, patch, by: this.user }),
      onCommitted: (_key, record) => this.commitAnswer(record),
      blank: (itemId) => blankAnswer(this.id, itemId),
      check: checkAnswerPatch,
      onUncommitted: (itemId, fields, baseRev) =>
        this.drafts.sync(
          itemTarget(itemId),
          draftFields(fields, this.storedAnswer(itemId)),
          baseRev,
        ),
    });
    this.norms = new SaveQueue<NormAnswerPatch, NormAnswer>({
      write: (normId, expectedRev, patch) =>
        saveNormAnswer({ assessmentId: this.id, normId, expectedRev, patch, by: this.user }),
      onCommitted: (_key, record) => this.commitNorm(record),
      blank: (normId) => blankNormAnswer(this.id, normId),
      check: checkNormAnswerPatch,
      onUncommitted: (normId, fields, baseRev) =>
        this.drafts.sync(normTarget(normId), fields, baseRev),
    });
  }

  /**
   * Fields not committed, summed over the answers and the norm answers, by why (see
   * `SaveQueue.counts`). The page-level status reads this; all zero is the only "all saved".
   */
  get unsaved(): UnsavedCounts {
    const a = this.answers.counts;
    const n = this.norms.counts;
    return {
      pending: a.pending + n.pending,
      refused: a.refused + n.refused,
      conflict: a.conflict + n.conflict,
      draft: a.draft + n.draft,
      failed: a.failed + n.failed,
    };
  }

  /** The first storage failure among all records, answers first (see `firstStorageError`). */
  get storageError(): StorageError | null {
    return firstStorageError([...this.answers.views.values(), ...this.norms.views.values()]);
  }

  /** Whether leaving the page now would leave a change behind that is not stored. */
  get mustAskBeforeLeaving(): boolean {
    const u = this.unsaved;
    return u.pending + u.refused + u.conflict + u.failed > 0;
  }

  /** Puts the drafts left by an earlier visit back on screen, marked, waiting for keep/discard. */
  private restoreDrafts(): void {
    for (const [target, draft] of this.drafts.readAll()) {
      const [kind, key] = [target.slice(0, 4), target.slice(5)];
      if (kind === 'item') this.answers.restore(key, draft.fields, draft.baseRev);
      else this.norms.restore(key, draft.fields, draft.baseRev);
    }
  }

  /** Starts watching storage and flushing on page hide; returns the cleanup. */
  start(): () => void {
    void getSessionUser().then((name) => {
      if (!this.user) this.user = name;
    });
    this.restoreDrafts();
    const stop = watchAssessment(
      this.id,
      (snap) => {
        this.assessment = snap.assessment;
        this.corrupt = snap.corrupt;
        // Cleared again when the record comes back (restored from the trash in this or another tab).
        this.loadError = snap.assessmentError;
        this.adopt(snap.answers, snap.normAnswers);
        if (snap.assessment && !this.pack) void this.loadPack(snap.assessment);
        else this.loaded = true;
      },
      (e) => {
        this.loadError = { code: 'storage.other', name: String(e) };
        this.loaded = true;
      },
    );
    // Edits waiting for their debounce are written at once when the page may be about to go away.
    const flush = () => void this.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    // Leaving with a change not stored asks first (pending, refused, in conflict or failed). The
    // local draft keeps pending text anyway; the question covers what a draft cannot settle.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!this.mustAskBeforeLeaving) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    // "Reload to update" (UpdatePrompt) waits for these writes, and does not reload while an edit
    // is left unsaved (a conflict or a storage error): the reload would lose it from the screen.
    const removeFlushHook = pwa.addFlushHook(async () => {
      await this.flushAll();
      if (this.mustAskBeforeLeaving) throw new Error('Some changes are not saved');
    });
    return () => {
      flush();
      removeFlushHook();
      stop();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }

  private async loadPack(assessment: Assessment): Promise<void> {
    // Read together: the screen shows a held part's scope from its first frame (never all editable).
    const [pack, held] = await Promise.all([
      getPack(assessment.packId, assessment.packVersion),
      getHeldPart(assessment.id),
    ]);
    this.held = held ?? null;
    if (pack.ok) this.pack = pack.value;
    else this.loadError = failureOf(pack);
    this.loaded = true;
  }

  /** Takes a snapshot from storage; a record never goes back to an older revision. */
  private adopt(answers: readonly Answer[], normAnswers: readonly NormAnswer[]): void {
    const next = new Map<string, Answer>();
    for (const a of answers) {
      const known = this.stored.get(a.itemId);
      next.set(a.itemId, known && known.rev > a.rev ? known : a);
      this.answers.observe(a.itemId, a);
    }
    this.stored = next;
    const nextNorms = new Map<string, NormAnswer>();
    for (const n of normAnswers) {
      const known = this.storedNorms.get(n.normId);
      nextNorms.set(n.normId, known && known.rev > n.rev ? known : n);
      this.norms.observe(n.normId, n);
    }
    this.storedNorms = nextNorms;
  }

  private commitAnswer(record: Answer): void {
    const known = this.stored.get(record.itemId);
    if (known && known.rev >= record.rev) return;
    this.stored = new Map(this.stored).set(record.itemId, record);
  }

  private commitNorm(record: NormAnswer): void {
    const known = this.storedNorms.get(record.normId);
    if (known && known.rev >= record.rev) return;
    this.storedNorms = new Map(this.storedNorms).set(record.normId, record);
  }

  /** The committed answer (blank, rev 0, when never written). */
  storedAnswer(itemId: string): Answer {
    return this.stored.get(itemId) ?? blankAnswer(this.id, itemId);
  }

  /** What the screen shows: the committed answer with the edits not yet committed laid over it. */
  answer(itemId: string): Answer {
    return { ...this.storedAnswer(itemId), ...this.answers.overlay(itemId) };
  }

  normAnswer(normId: string): NormAnswer {
    const stored = this.storedNorms.get(normId) ?? blankNormAnswer(this.id, normId);
    return { ...stored, ...this.norms.overlay(normId) };
  }

  get answerMap(): ReadonlyMap<string, Answer> {
    return this.stored;
  }

  /**
   * Whether an action is outside the part held here: read-only, since the returned part leaves its
   * answer out (false when the assessment is whole here).
   */
  outsidePart(itemId: string): boolean {
    return this.reach !== null && !this.reach.actionIds.has(itemId);
  }

  /** Whether a norm's own questions are outside the part held here (as `outsidePart`). */
  normOutsidePart(normId: string): boolean {
    return this.reach !== null && !this.reach.normQuestionIds.has(normId);
  }

  editAnswer(itemId: string, patch: AnswerPatch, debounceMs = 0): void {
    if (this.readonly || this.outsidePart(itemId)) return;
    this.answers.edit(itemId, patch, debounceMs);
  }

  editNorm(normId: string, patch: NormAnswerPatch, debounceMs = 0): void {
    if (this.readonly || this.normOutsidePart(normId)) return;
    this.norms.edit(normId, patch, debounceMs);
  }

  flushAll(): Promise<void> {
    return Promise.all([this.answers.flushAll(), this.norms.flushAll()]).then(() => undefined);
  }

  retryAll(): Promise<void> {
    return Promise.all([this.answers.retryAll(), this.norms.retryAll()]).then(() => undefined);
  }

  async undo(entryId: number): Promise<boolean> {
    await this.flushAll();
    const r = await undoChange(entryId, this.user);
    return r.ok;
  }

  async setStatus(status: AssessmentStatus): Promise<Failure | null> {
    await this.flushAll();
    const r = await setAssessmentStatus(this.id, status);
    if (!r.ok) return failureOf(r);
    this.assessment = r.value;
    return null;
  }

  async setUser(name: string): Promise<void> {
    this.user = name.normalize('NFC').trim();
    await setSessionUser(this.user);
  }
}
