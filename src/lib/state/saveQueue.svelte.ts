import { SvelteMap } from 'svelte/reactivity';
import type { SaveResult } from '../storage/answers';

/**
 * The save queue: every edit is written as it is made, one write at a time per record, and the
 * screen says "Saved" only once the write's transaction has committed.
 *
 * How a record moves: an edit merges its patch into the record's `pending` patch and (after a short
 * debounce for typing) starts a write that expects `baseRev`, the revision the edit was based on.
 * While a write is in flight, new edits wait in `pending` and go in the next write, so writes to one
 * record never overlap or reorder. A committed write moves `baseRev` to the new revision.
 *
 * Nothing typed is thrown away: a refused or failed write puts its patch back under any newer
 * pending edits, and `overlay(key)` (everything not yet committed) keeps showing on screen.
 * - A conflict (another tab wrote first) stops the record until the user chooses to keep their
 *   change (rebased on the newer revision) or take the other one: never a silent overwrite.
 * - A storage error (quota, blocked storage) is shown with what to do; "Try again" re-sends.
 */

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'conflict' | 'error';

export interface SlotView<R> {
  status: SaveStatus;
  /** The newer stored record, when the status is "conflict". */
  conflict?: R;
  /** What went wrong, when the status is "error" (storage) or the patch was invalid. */
  error?:
    { kind: 'storage'; name: string; storageKind: string } | { kind: 'invalid'; message: string };
}

interface Slot<P, R> {
  baseRev: number;
  pending: P | null;
  inflight: P | null;
  timer: ReturnType<typeof setTimeout> | null;
  running: Promise<void> | null;
  view: SlotView<R>;
}

export type Writer<P, R> = (key: string, expectedRev: number, patch: P) => Promise<SaveResult<R>>;

/** Debounce for text typed into a field (the brief asks ≤ 300 ms). */
export const TYPING_DEBOUNCE_MS = 250;

export class SaveQueue<P extends object, R extends { rev: number }> {
  /** Per-record status for the screen (reactive). */
  readonly views = new SvelteMap<string, SlotView<R>>();
  // Not reactive on purpose: the bookkeeping changes on every keystroke; `views` carries what shows.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly slots = new Map<string, Slot<P, R>>();

  constructor(
    private readonly write: Writer<P, R>,
    private readonly onCommitted: (key: string, record: R) => void,
  ) {}

  private slot(key: string): Slot<P, R> {
    let s = this.slots.get(key);
    if (!s) {
      s = {
        baseRev: 0,
        pending: null,
        inflight: null,
        timer: null,
        running: null,
        view: { status: 'idle' },
      };
      this.slots.set(key, s);
    }
    return s;
  }

  private setView(key: string, view: SlotView<R>): void {
    this.slot(key).view = view;
    this.views.set(key, view);
  }

  status(key: string): SlotView<R> {
    return this.views.get(key) ?? { status: 'idle' };
  }

  /**
   * The stored revision of a record as last read. Adopted only when nothing is waiting for this
   * record: with an edit pending, the write must still expect the revision the edit was based on,
   * so that a newer stored answer shows up as a conflict instead of being overwritten.
   */
  observe(key: string, rev: number): void {
    const s = this.slot(key);
    if (!s.pending && !s.inflight && s.view.status !== 'conflict' && rev > s.baseRev)
      s.baseRev = rev;
  }

  /** Everything edited but not yet committed for this record (shown over the stored value). */
  overlay(key: string): Partial<P> {
    // Read the reactive view so that components re-render when a write starts or ends.
    void this.views.get(key);
    const s = this.slots.get(key);
    if (!s) return {};
    return { ...(s.inflight ?? {}), ...(s.pending ?? {}) };
  }

  /** Records an edit; it is written after `debounceMs` (0: at once). */
  edit(key: string, patch: P, debounceMs = 0): void {
    const s = this.slot(key);
    s.pending = { ...(s.pending ?? ({} as P)), ...patch };
    if (s.view.status === 'conflict') {
      this.setView(key, s.view); // stays stopped until the user resolves the conflict
      return;
    }
    this.setView(key, { status: 'pending' });
    if (s.timer) clearTimeout(s.timer);
    s.timer = null;
    if (debounceMs > 0) s.timer = setTimeout(() => void this.flush(key), debounceMs);
    else void this.flush(key);
  }

  /**
   * Starts the write of this record's pending edits now and resolves once they are committed (or
   * refused). A record stopped by a conflict or an error is left alone: `keepMine`/`retryAll` restart it.
   */
  async flush(key: string): Promise<void> {
    const s = this.slot(key);
    if (s.timer) clearTimeout(s.timer);
    s.timer = null;
    // One writer per record: wait for the one in flight (its loop picks up what is pending).
    while (s.running) await s.running;
    if (!s.pending || s.view.status === 'conflict' || s.view.status === 'error') return;
    s.running = this.run(key, s).finally(() => {
      s.running = null;
    });
    await s.running;
  }

  /** Flushes every record (on blur of the window, visibilitychange to hidden, pagehide). */
  flushAll(): Promise<void> {
    return Promise.all([...this.slots.keys()].map((k) => this.flush(k))).then(() => undefined);
  }

  /** True while some edit is not yet committed (pending, in flight, refused or failed). */
  get busy(): boolean {
    for (const view of this.views.values()) {
      if (view.status === 'pending' || view.status === 'saving') return true;
    }
    return false;
  }

  private async run(key: string, s: Slot<P, R>): Promise<void> {
    while (s.pending && s.view.status !== 'conflict') {
      const patch = s.pending;
      s.pending = null;
      s.inflight = patch;
      this.setView(key, { status: 'saving' });
      let result: SaveResult<R>;
      try {
        result = await this.write(key, s.baseRev, patch);
      } catch (e) {
        // The writer returns expected failures; anything thrown is reported like a storage error.
        result = {
          ok: false,
          reason: { kind: 'storage', error: { kind: 'other', name: String(e) } },
        };
      }
      s.inflight = null;
      if (result.ok) {
        s.baseRev = result.value.rev;
        this.onCommitted(key, result.value);
        this.setView(key, { status: s.pending ? 'pending' : 'saved' });
        continue;
      }
      // Put the refused patch back under anything typed since, so nothing is lost.
      s.pending = { ...patch, ...(s.pending ?? {}) };
      const reason = result.reason;
      if (reason.kind === 'conflict') {
        this.setView(key, { status: 'conflict', conflict: reason.current });
      } else if (reason.kind === 'storage') {
        this.setView(key, {
          status: 'error',
          error: { kind: 'storage', name: reason.error.name, storageKind: reason.error.kind },
        });
      } else if (reason.kind === 'invalid') {
        this.setView(key, { status: 'error', error: { kind: 'invalid', message: reason.message } });
      } else {
        this.setView(key, {
          status: 'error',
          error: { kind: 'invalid', message: reason.kind },
        });
      }
      return;
    }
  }

  /** Conflict: keep my change, written over the newer revision the user has now seen. */
  keepMine(key: string): Promise<void> {
    const s = this.slot(key);
    const newer = s.view.conflict;
    if (newer) s.baseRev = newer.rev;
    this.setView(key, { status: 'pending' });
    return this.flush(key);
  }

  /** Conflict: drop my pending change and take the stored one. */
  takeTheirs(key: string): void {
    const s = this.slot(key);
    const newer = s.view.conflict;
    if (newer) s.baseRev = newer.rev;
    s.pending = null;
    this.setView(key, { status: 'idle' });
  }

  /** Re-sends every record whose write failed (after the user freed space or exported). */
  retryAll(): Promise<void> {
    for (const [key, s] of this.slots)
      if (s.view.status === 'error') this.setView(key, { status: 'pending' });
    return this.flushAll();
  }
}
