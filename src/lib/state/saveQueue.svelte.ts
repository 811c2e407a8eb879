import { SvelteMap } from 'svelte/reactivity';
import type { SaveResult } from '../storage/answers';
import {
  sameValue,
  splitConflict,
  type FieldConflict,
  type FieldProblem,
  type PatchCheck,
} from '../domain/answers';

/**
 * The save queue: every edit is written as it is made, one write at a time per record, and the
 * screen says "Saved" only once the write's transaction has committed.
 *
 * How a record moves: an edit merges its fields into the record's `pending` patch and (after a
 * short debounce for typing) starts a write that expects `baseRev`, the revision the edit was based
 * on. While a write is in flight, new edits wait in `pending` and go in the next write, so writes to
 * one record never overlap or reorder. A committed write moves `baseRev` to the new revision.
 *
 * Fields, not records, are held back: before each write the record's rules (`check`, from the
 * domain) split the pending fields into those that may be written and those refused (too long, N/A
 * without a justification, a bad link). The refused ones stay pending, on screen and in the local
 * draft, with their reason; the others are written. Likewise a conflict (another window wrote first)
 * holds back only the fields both sides changed (`splitConflict`); the user keeps theirs or mine
 * per field, and the rest is written over the newer record.
 *
 * Nothing typed is thrown away: a failed write puts its fields back under newer pending edits, and
 * `overlay(key)` (everything not yet committed) keeps showing on screen. `onUncommitted` is told
 * every change of that set, synchronously, so that the workspace keeps a local draft that survives
 * the page going away before IndexedDB has committed.
 */

export type SaveStatus =
  'idle' | 'pending' | 'saving' | 'saved' | 'draft' | 'refused' | 'conflict' | 'error';

export interface SlotView<R> {
  status: SaveStatus;
  /** Fields held back by the record's rules, with why. */
  refused: readonly FieldProblem[];
  /** Fields another window changed too; each waits for the user's choice. */
  conflicts: readonly FieldConflict[];
  /** Fields another window changed that this one did not touch (already taken). */
  theirOther: readonly string[];
  /** The newer stored record that caused the conflict. */
  theirs?: R;
  /** A storage failure (quota, blocked…) or a write the store refused (typed code). */
  error?:
    | { kind: 'storage'; name: string; storageKind: string }
    | { kind: 'refused'; code: 'save.invalid' | 'save.readonly' | 'save.missing' };
  /** The pending fields were restored from a local draft of an earlier visit, not yet confirmed. */
  restored: boolean;
}

interface Slot<P, R> {
  baseRev: number;
  /** The stored record at `baseRev`, when known (for the field-by-field conflict rule). */
  base: R | null;
  /** The newest stored record seen (the field rules' reference when `base` is not known). */
  latest: R | null;
  pending: P | null;
  inflight: P | null;
  timer: ReturnType<typeof setTimeout> | null;
  running: Promise<void> | null;
  refused: FieldProblem[];
  conflicts: FieldConflict[];
  theirOther: string[];
  theirs?: R;
  error?: SlotView<R>['error'];
  restored: boolean;
  committed: boolean;
  /**
   * While fields wait for a conflict choice: the revision they were typed against (before the other
   * window's write). `baseRev` has moved on to theirs, but a draft of those fields must keep the old
   * base, or a later visit would write them over the other window's text without a word.
   */
  conflictBaseRev: number | null;
}

export type Writer<P, R> = (key: string, expectedRev: number, patch: P) => Promise<SaveResult<R>>;

export interface QueueRules<P, R> {
  write: Writer<P, R>;
  onCommitted: (key: string, record: R) => void;
  /** The record as it is before its first write (rev 0). */
  blank?: (key: string) => R;
  /** The record's field rules (domain): which fields of a patch may be written. */
  check?: (current: R, patch: P) => PatchCheck<P>;
  /** Every change of the uncommitted fields of a record (for the local draft). */
  onUncommitted?: (key: string, fields: Partial<P>, baseRev: number) => void;
}

/** Debounce for text typed into a field (the brief asks ≤ 300 ms). */
export const TYPING_DEBOUNCE_MS = 250;

const isEmpty = (o: object | null): boolean => !o || Object.keys(o).length === 0;
function without<P extends object>(o: P, fields: Iterable<string>): P | null {
  const copy = { ...o } as Record<string, unknown>;
  for (const f of fields) delete copy[f];
  return isEmpty(copy) ? null : (copy as P);
}

/**
 * Saves typed text per record and field: debounced edits, one write in flight per record, fields
 * held back alone when refused, conflicts per field, drafts, and a truthful status for the screen.
 */
export class SaveQueue<P extends object, R extends { rev: number }> {
  /** Per-record status for the screen (reactive). */
  readonly views = new SvelteMap<string, SlotView<R>>();
  // Not reactive on purpose: the bookkeeping changes on every keystroke; `views` carries what shows.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly slots = new Map<string, Slot<P, R>>();
  private readonly rules: QueueRules<P, R>;

  constructor(rules: QueueRules<P, R>);
  /** The short form: no field rules, no draft (tests of the queue's ordering). */
  constructor(write: Writer<P, R>, onCommitted: (key: string, record: R) => void);
  constructor(
    rulesOrWrite: QueueRules<P, R> | Writer<P, R>,
    onCommitted?: (key: string, record: R) => void,
  ) {
    this.rules =
      typeof rulesOrWrite === 'function'
        ? { write: rulesOrWrite, onCommitted: onCommitted ?? (() => {}) }
        : rulesOrWrite;
  }

  private slot(key: string): Slot<P, R> {
    let s = this.slots.get(key);
    if (!s) {
      s = {
        baseRev: 0,
        base: null,
        latest: null,
        pending: null,
        inflight: null,
        timer: null,
        running: null,
        refused: [],
        conflicts: [],
        theirOther: [],
        restored: false,
        committed: false,
        conflictBaseRev: null,
      };
      this.slots.set(key, s);
    }
    return s;
  }

  /** Recomputes what the screen shows for a record and tells the draft what is uncommitted. */
  private refresh(key: string, s: Slot<P, R>): void {
    const status: SaveStatus = s.restored
      ? 'draft'
      : s.conflicts.length > 0
        ? 'conflict'
        : s.error
          ? 'error'
          : s.inflight
            ? 'saving'
            : this.sendable(s)
              ? 'pending'
              : s.refused.length > 0
                ? 'refused'
                : s.committed
                  ? 'saved'
                  : 'idle';
    this.views.set(key, {
      status,
      refused: s.refused,
      conflicts: s.conflicts,
      theirOther: s.theirOther,
      theirs: s.theirs,
      error: s.error,
      restored: s.restored,
    });
    if (s.conflicts.length === 0) s.conflictBaseRev = null;
    // A draft keeps the oldest base its fields were typed against (see `conflictBaseRev`), so that
    // keeping it later goes through the same revision check and shows the same conflict choice.
    const draftBase = Math.min(s.baseRev, s.conflictBaseRev ?? s.baseRev);
    this.rules.onUncommitted?.(key, this.uncommitted(s), draftBase);
  }

  /** Pending fields that are neither refused nor waiting for a conflict choice. */
  private sendable(s: Slot<P, R>): boolean {
    if (!s.pending) return false;
    const held = setOf([...s.refused.map((r) => r.field), ...s.conflicts.map((c) => c.field)]);
    return Object.keys(s.pending).some((f) => !held.has(f));
  }

  private uncommitted(s: Slot<P, R>): Partial<P> {
    return { ...(s.inflight ?? {}), ...(s.pending ?? {}) };
  }

  private currentBase(key: string, s: Slot<P, R>): R | null {
    return s.base ?? (s.baseRev === 0 ? (this.rules.blank?.(key) ?? null) : null);
  }

  status(key: string): SlotView<R> {
    return (
      this.views.get(key) ?? {
        status: 'idle',
        refused: [],
        conflicts: [],
        theirOther: [],
        restored: false,
      }
    );
  }

  /**
   * The stored record as last read. Adopted as the base only when nothing is waiting for this
   * record: with an edit pending, the write must still expect the revision the edit was based on,
   * so that a newer stored answer shows up as a conflict instead of being overwritten. A restored
   * draft whose fields are already stored (the write committed before the page went away) is
   * dropped field by field.
   */
  observe(key: string, record: R): void {
    const s = this.slot(key);
    if (!s.latest || record.rev >= s.latest.rev) s.latest = record;
    if (s.restored && s.pending) {
      const rec = record as unknown as Record<string, unknown>;
      const p = s.pending as Record<string, unknown>;
      const same = Object.keys(p).filter((f) => sameValue(p[f], rec[f]));
      if (same.length > 0) {
        s.pending = without(s.pending, same);
        if (!s.pending) s.restored = false;
        if (record.rev === s.baseRev) s.base = record;
        this.refresh(key, s);
      }
    }
    if (record.rev === s.baseRev && !s.base) s.base = record;
    if (!s.pending && !s.inflight && s.conflicts.length === 0 && record.rev > s.baseRev) {
      s.baseRev = record.rev;
      s.base = record;
    }
  }

  /** Everything edited but not yet committed for this record (shown over the stored value). */
  overlay(key: string): Partial<P> {
    // Read the reactive view so that components re-render when a write starts or ends.
    void this.views.get(key);
    const s = this.slots.get(key);
    if (!s) return {};
    return this.uncommitted(s);
  }

  /** Records an edit; it is written after `debounceMs` (0: at once). */
  edit(key: string, patch: P, debounceMs = 0): void {
    const s = this.slot(key);
    s.pending = { ...(s.pending ?? ({} as P)), ...patch };
    // Editing a restored draft is using it; a field edited again is decided anew.
    s.restored = false;
    s.conflicts = s.conflicts.filter((c) => !(c.field in patch));
    s.refused = s.refused.filter((r) => !(r.field in patch));
    if (s.error?.kind === 'refused') s.error = undefined;
    this.refresh(key, s);
    if (s.timer) clearTimeout(s.timer);
    s.timer = null;
    if (debounceMs > 0) s.timer = setTimeout(() => void this.flush(key), debounceMs);
    else void this.flush(key);
  }

  /**
   * Puts the fields of a local draft (from an earlier visit) back as pending, based on `baseRev`.
   * Nothing is written until the user keeps the draft (`keepDraft`) or edits the record.
   */
  restore(key: string, fields: P, baseRev: number): void {
    const s = this.slot(key);
    if (s.pending || s.inflight) return;
    s.pending = fields;
    s.baseRev = baseRev;
    s.base = null;
    s.restored = true;
    this.refresh(key, s);
  }

  /** A restored draft: write it (over a newer record, field by field, like a conflict). */
  keepDraft(key: string): Promise<void> {
    const s = this.slot(key);
    s.restored = false;
    this.refresh(key, s);
    return this.flush(key);
  }

  /** A restored draft: drop it; the stored record shows again. */
  discardDraft(key: string): void {
    const s = this.slot(key);
    if (!s.restored) return;
    s.restored = false;
    s.pending = null;
    s.refused = [];
    this.refresh(key, s);
  }

  /**
   * Starts the write of this record's pending edits now and resolves once they are committed (or
   * held back). A record stopped by a storage error is left alone: `retryAll` restarts it.
   */
  async flush(key: string): Promise<void> {
    const s = this.slot(key);
    if (s.timer) clearTimeout(s.timer);
    s.timer = null;
    // One writer per record: wait for the one in flight (its loop picks up what is pending).
    while (s.running) await s.running;
    if (!s.pending || s.restored || s.error) return;
    s.running = this.run(key, s).finally(() => {
      s.running = null;
    });
    await s.running;
  }

  /** Flushes every record (on blur of the window, visibilitychange to hidden, pagehide). */
  flushAll(): Promise<void> {
    return Promise.all([...this.slots.keys()].map((k) => this.flush(k))).then(() => undefined);
  }

  /** True while some edit is being written or waits for its write. */
  get busy(): boolean {
    for (const view of this.views.values()) {
      if (view.status === 'pending' || view.status === 'saving') return true;
    }
    return false;
  }

  /**
   * How many fields are not stored, by why: waiting or being written, refused by the rules, in
   * conflict with another window, restored from a draft, failed in storage. All zero means every
   * change is committed.
   */
  get counts(): UnsavedCounts {
    const c = { pending: 0, refused: 0, conflict: 0, draft: 0, failed: 0 };
    for (const [key, view] of this.views) {
      const fields = Object.keys(this.overlay(key));
      if (fields.length === 0) continue;
      if (view.restored) {
        c.draft += fields.length;
        continue;
      }
      const held = setOf([
        ...view.refused.map((r) => r.field),
        ...view.conflicts.map((x) => x.field),
      ]);
      c.refused += view.refused.length;
      c.conflict += view.conflicts.length;
      const rest = fields.filter((f) => !held.has(f)).length;
      if (view.error) c.failed += rest;
      else c.pending += rest;
    }
    return c;
  }

  private async run(key: string, s: Slot<P, R>): Promise<void> {
    const { check, write, onCommitted } = this.rules;
    while (s.pending && !s.restored && !s.error) {
      const base = this.currentBase(key, s);
      const waiting = setOf(s.conflicts.map((c) => c.field));
      const open = without(s.pending, waiting);
      if (!open) break;
      // The rules check against the record the write applies to: the base, or else (a restored
      // draft over a newer record) the newest one seen.
      const reference = base ?? s.latest ?? this.rules.blank?.(key) ?? null;
      const { accepted, refused } =
        check && reference ? check(reference, open) : { accepted: open, refused: [] };
      s.refused = refused;
      if (isEmpty(accepted)) break;
      s.pending = without(s.pending, Object.keys(accepted));
      s.inflight = accepted;
      this.refresh(key, s);
      let result: SaveResult<R>;
      try {
        result = await write(key, s.baseRev, accepted);
      } catch (e) {
        // The writer returns expected failures; anything thrown is reported like a storage error.
        result = { ok: false, code: 'storage.other', name: String(e) };
      }
      s.inflight = null;
      if (result.ok) {
        s.baseRev = result.value.rev;
        s.base = result.value;
        s.committed = true;
        onCommitted(key, result.value);
        this.refresh(key, s);
        continue;
      }
      // Put the fields back under anything typed since, so nothing is lost.
      s.pending = { ...accepted, ...(s.pending ?? {}) };
      if (result.code === 'save.conflict') {
        const theirs = result.current;
        const split = splitConflict(base, theirs, s.pending);
        const conflicting = setOf(split.conflicts.map((c) => c.field));
        // Keep my fields that are rebased or in conflict; the ones equal to theirs are done.
        const keep = Object.fromEntries(
          Object.entries(s.pending).filter(([f]) => conflicting.has(f) || f in split.rebased),
        );
        s.pending = isEmpty(keep) ? null : (keep as P);
        s.conflicts = split.conflicts;
        s.theirOther = split.theirOther;
        s.theirs = theirs;
        if (split.conflicts.length > 0)
          s.conflictBaseRev = Math.min(s.conflictBaseRev ?? s.baseRev, s.baseRev);
        s.baseRev = theirs.rev;
        s.base = theirs;
        onCommitted(key, theirs);
        this.refresh(key, s);
        continue; // writes the rebased fields over theirs; the conflicting ones wait
      }
      s.error = result.code.startsWith('storage.')
        ? {
            kind: 'storage',
            name: 'name' in result ? result.name : '',
            storageKind: result.code.slice('storage.'.length),
          }
        : {
            kind: 'refused',
            code:
              result.code === 'save.readonly' || result.code === 'save.missing'
                ? result.code
                : 'save.invalid',
          };
      break;
    }
    this.refresh(key, s);
  }

  /** Conflict, one field: keep my value (written over the newer record) or take theirs. */
  resolve(key: string, field: string, choice: 'mine' | 'theirs'): Promise<void> {
    const s = this.slot(key);
    s.conflicts = s.conflicts.filter((c) => c.field !== field);
    if (choice === 'theirs' && s.pending) s.pending = without(s.pending, [field]);
    if (s.conflicts.length === 0) {
      s.theirs = undefined;
      s.theirOther = [];
    }
    this.refresh(key, s);
    return this.flush(key);
  }

  /** Conflict: keep my value in every conflicting field. */
  async keepMine(key: string): Promise<void> {
    for (const c of [...this.slot(key).conflicts]) await this.resolve(key, c.field, 'mine');
  }

  /** Conflict: take their value in every conflicting field. */
  async takeTheirs(key: string): Promise<void> {
    for (const c of [...this.slot(key).conflicts]) await this.resolve(key, c.field, 'theirs');
  }

  /** Re-sends every record whose write failed (after the user freed space or exported). */
  retryAll(): Promise<void> {
    for (const [key, s] of this.slots) {
      if (s.error) {
        s.error = undefined;
        this.refresh(key, s);
      }
    }
    return this.flushAll();
  }
}

export interface UnsavedCounts {
  pending: number;
  refused: number;
  conflict: number;
  draft: number;
  failed: number;
}

/** The order the save summary names what is not stored: what needs the user's choice first. */
export const UNSAVED_ORDER = ['conflict', 'refused', 'failed', 'draft', 'pending'] as const;
export type UnsavedKind = (typeof UNSAVED_ORDER)[number];

/**
 * What the save summary names, in `UNSAVED_ORDER`, each kind with its count; only the kinds with a
 * field waiting. Empty is the one "all saved".
 */
export function unsavedParts(counts: UnsavedCounts): { kind: UnsavedKind; count: number }[] {
  return UNSAVED_ORDER.map((kind) => ({ kind, count: counts[kind] })).filter((p) => p.count > 0);
}

/** A storage failure of a record as a slot view carries it. */
export type StorageError = Extract<NonNullable<SlotView<unknown>['error']>, { kind: 'storage' }>;

/**
 * The first storage failure among the record views given (answers, then norm answers): the whole
 * screen says one clear message for it. `null` when no write failed in storage.
 */
export function firstStorageError(
  views: Iterable<Pick<SlotView<unknown>, 'status' | 'error'>>,
): StorageError | null {
  for (const view of views)
    if (view.status === 'error' && view.error?.kind === 'storage') return view.error;
  return null;
}

/** A read-only lookup set (a plain function so that the reactivity lint sees no mutable Set). */
function setOf<T>(items: Iterable<T>): ReadonlySet<T> {
  return new Set(items);
}
