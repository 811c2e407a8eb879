/* eslint-disable svelte/prefer-svelte-reactivity -- the answer maps are immutable snapshots held
   in $state.raw and replaced whole on every change; a SvelteMap would track each entry for nothing. */
import type { Answer, Assessment, AssessmentStatus, NormAnswer } from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import {
  answerProgress,
  blankAnswer,
  blankNormAnswer,
  type AnswerPatch,
  type AnswerProgress,
  type NormAnswerPatch,
} from '../domain/answers';
import { saveAnswer, saveNormAnswer, undoChange } from '../storage/answers';
import { setAssessmentStatus } from '../storage/assessments';
import { getSessionUser, setSessionUser } from '../storage/meta';
import { getPack } from '../storage/packs';
import { watchAssessment } from '../storage/watch';
import { SaveQueue } from './saveQueue.svelte';
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
  loadError = $state<string | null>(null);
  loaded = $state(false);
  pack = $state.raw<ChecklistPack | null>(null);
  corrupt = $state<string[]>([]);
  user = $state('');
  private stored = $state.raw<ReadonlyMap<string, Answer>>(new Map());
  private storedNorms = $state.raw<ReadonlyMap<string, NormAnswer>>(new Map());

  readonly answers = new SaveQueue<AnswerPatch, Answer>(
    (itemId, expectedRev, patch) =>
      saveAnswer({ assessmentId: this.id, itemId, expectedRev, patch, by: this.user }),
    (_key, record) => this.commitAnswer(record),
  );
  readonly norms = new SaveQueue<NormAnswerPatch, NormAnswer>(
    (normId, expectedRev, patch) =>
      saveNormAnswer({ assessmentId: this.id, normId, expectedRev, patch, by: this.user }),
    (_key, record) => this.commitNorm(record),
  );

  readonly readonly = $derived(this.assessment?.status === 'final');
  readonly storedAnswers = $derived([...this.stored.values()]);
  readonly progress: AnswerProgress | null = $derived(
    this.pack ? answerProgress(this.pack, this.storedAnswers) : null,
  );

  constructor(readonly id: string) {}

  /** Starts watching storage and flushing on page hide; returns the cleanup. */
  start(): () => void {
    void getSessionUser().then((name) => {
      if (!this.user) this.user = name;
    });
    const stop = watchAssessment(
      this.id,
      (snap) => {
        this.assessment = snap.assessment;
        this.corrupt = snap.corrupt;
        if (snap.assessmentError) this.loadError = snap.assessmentError;
        this.adopt(snap.answers, snap.normAnswers);
        if (snap.assessment && !this.pack) void this.loadPack(snap.assessment);
        else this.loaded = true;
      },
      (e) => {
        this.loadError = String(e);
        this.loaded = true;
      },
    );
    // Edits waiting for their debounce are written at once when the page may be about to go away.
    const flush = () => void this.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    // "Reload to update" (UpdatePrompt) waits for these writes, and does not reload while an edit
    // is left unsaved (a conflict or a storage error): the reload would lose it from the screen.
    const removeFlushHook = pwa.addFlushHook(async () => {
      await this.flushAll();
      const views = [...this.answers.views.values(), ...this.norms.views.values()];
      if (views.some((v) => v.status !== 'saved' && v.status !== 'idle')) {
        throw new Error('Some changes are not saved');
      }
    });
    return () => {
      flush();
      removeFlushHook();
      stop();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }

  private async loadPack(assessment: Assessment): Promise<void> {
    const pack = await getPack(assessment.packId, assessment.packVersion);
    if (pack.ok) this.pack = pack.value;
    else this.loadError = pack.reason;
    this.loaded = true;
  }

  /** Takes a snapshot from storage; a record never goes back to an older revision. */
  private adopt(answers: readonly Answer[], normAnswers: readonly NormAnswer[]): void {
    const next = new Map<string, Answer>();
    for (const a of answers) {
      const known = this.stored.get(a.itemId);
      next.set(a.itemId, known && known.rev > a.rev ? known : a);
      this.answers.observe(a.itemId, a.rev);
    }
    this.stored = next;
    const nextNorms = new Map<string, NormAnswer>();
    for (const n of normAnswers) {
      const known = this.storedNorms.get(n.normId);
      nextNorms.set(n.normId, known && known.rev > n.rev ? known : n);
      this.norms.observe(n.normId, n.rev);
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

  editAnswer(itemId: string, patch: AnswerPatch, debounceMs = 0): void {
    if (this.readonly) return;
    this.answers.edit(itemId, patch, debounceMs);
  }

  editNorm(normId: string, patch: NormAnswerPatch, debounceMs = 0): void {
    if (this.readonly) return;
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

  async setStatus(status: AssessmentStatus): Promise<string | null> {
    await this.flushAll();
    const r = await setAssessmentStatus(this.id, status);
    if (!r.ok) return r.reason;
    this.assessment = r.value;
    return null;
  }

  async setUser(name: string): Promise<void> {
    this.user = name.normalize('NFC').trim();
    await setSessionUser(this.user);
  }
}
