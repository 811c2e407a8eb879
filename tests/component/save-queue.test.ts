import { describe, expect, it, vi } from 'vitest';
import { SaveQueue, type Writer } from '../../src/lib/state/saveQueue.svelte';
import type { PatchCheck } from '../../src/lib/domain/answers';

/** The save queue with a fake writer: what is written, in which order, and what the screen sees. */
interface Rec {
  rev: number;
  notes: string;
}
type Patch = { notes?: string; status?: string };

function fakeStore() {
  let stored: Rec = { rev: 0, notes: '' };
  const calls: { expectedRev: number; patch: Patch }[] = [];
  let failNext: 'quota' | null = null;
  let release: (() => void) | null = null;
  let hold = false;
  const write: Writer<Patch, Rec> = async (_key, expectedRev, patch) => {
    calls.push({ expectedRev, patch });
    if (hold) await new Promise<void>((r) => (release = r));
    if (failNext) {
      failNext = null;
      return { ok: false, code: 'storage.quota', name: 'QuotaExceededError' };
    }
    if (expectedRev !== stored.rev) return { ok: false, code: 'save.conflict', current: stored };
    stored = { rev: stored.rev + 1, notes: patch.notes ?? stored.notes };
    return { ok: true, value: stored };
  };
  return {
    write,
    calls,
    get stored() {
      return stored;
    },
    set stored(r: Rec) {
      stored = r;
    },
    failOnce: () => (failNext = 'quota'),
    holdWrites: (on: boolean) => (hold = on),
    release: () => release?.(),
  };
}

describe('SaveQueue', () => {
  it('writes one record at a time, coalescing edits made while a write is in flight', async () => {
    const store = fakeStore();
    const committed = vi.fn();
    const q = new SaveQueue<Patch, Rec>(store.write, committed);
    store.holdWrites(true);
    q.edit('a', { notes: 'x' });
    expect(q.status('a').status).toBe('saving');
    q.edit('a', { notes: 'xy' });
    q.edit('a', { notes: 'xyz' });
    expect(q.overlay('a')).toEqual({ notes: 'xyz' });
    store.holdWrites(false);
    store.release();
    await q.flush('a');
    expect(store.calls).toEqual([
      { expectedRev: 0, patch: { notes: 'x' } },
      { expectedRev: 1, patch: { notes: 'xyz' } },
    ]);
    expect(store.stored).toEqual({ rev: 2, notes: 'xyz' });
    expect(q.status('a').status).toBe('saved');
    expect(committed).toHaveBeenCalledTimes(2);
    expect(q.overlay('a')).toEqual({});
  });

  it('keeps the value after a storage error and writes it on retry', async () => {
    const store = fakeStore();
    const q = new SaveQueue<Patch, Rec>(store.write, () => {});
    store.failOnce();
    q.edit('a', { notes: 'kept' });
    await q.flush('a');
    expect(q.status('a')).toMatchObject({
      status: 'error',
      error: { kind: 'storage', storageKind: 'quota' },
    });
    expect(q.overlay('a')).toEqual({ notes: 'kept' });
    expect(store.stored.rev).toBe(0);
    await q.retryAll();
    expect(q.status('a').status).toBe('saved');
    expect(store.stored).toEqual({ rev: 1, notes: 'kept' });
  });

  it('never overwrites a newer stored record: conflict, then keep mine or take theirs', async () => {
    const store = fakeStore();
    const q = new SaveQueue<Patch, Rec>(store.write, () => {});
    q.observe('a', { rev: 0, notes: '' });
    store.stored = { rev: 1, notes: 'from the other tab' };
    q.edit('a', { notes: 'mine' });
    await q.flush('a');
    expect(q.status('a')).toMatchObject({
      status: 'conflict',
      theirs: { rev: 1 },
      conflicts: [{ field: 'notes', mine: 'mine', theirs: 'from the other tab' }],
    });
    expect(store.stored.notes).toBe('from the other tab');
    // A record with an edit pending does not silently adopt the newer revision.
    q.observe('a', { rev: 1, notes: 'from the other tab' });
    await q.flush('a');
    expect(store.calls).toHaveLength(1);

    await q.keepMine('a');
    expect(store.stored).toEqual({ rev: 2, notes: 'mine' });

    store.stored = { rev: 3, notes: 'theirs again' };
    q.edit('a', { notes: 'mine again' });
    await q.flush('a');
    expect(q.status('a').status).toBe('conflict');
    await q.takeTheirs('a');
    expect(q.overlay('a')).toEqual({});
    expect(store.stored.notes).toBe('theirs again');
  });

  it('waits for the debounce unless flushed (blur, pagehide)', async () => {
    vi.useFakeTimers();
    try {
      const store = fakeStore();
      const q = new SaveQueue<Patch, Rec>(store.write, () => {});
      q.edit('a', { notes: 'typing' }, 250);
      expect(store.calls).toHaveLength(0);
      expect(q.status('a').status).toBe('pending');
      await q.flushAll();
      expect(store.calls).toHaveLength(1);
      expect(q.status('a').status).toBe('saved');
    } finally {
      vi.useRealTimers();
    }
  });

  /** Rules like the domain's: notes longer than 5 characters are held back. */
  const rules = (store: ReturnType<typeof fakeStore>, drafts: Partial<Patch>[] = []) => ({
    write: store.write,
    onCommitted: () => {},
    blank: (): Rec => ({ rev: 0, notes: '' }),
    check: (_current: Rec, patch: Patch): PatchCheck<Patch> => {
      if ((patch.notes?.length ?? 0) <= 5) return { accepted: patch, refused: [] };
      const { notes, ...accepted } = patch;
      return {
        accepted,
        refused: [{ code: 'field.too-long', field: 'notes', max: 5, length: notes!.length }],
      };
    },
    onUncommitted: (_key: string, fields: Partial<Patch>) => drafts.push(fields),
  });

  it('holds a refused field back alone and tells the draft every uncommitted change', async () => {
    const store = fakeStore();
    const drafts: Partial<Patch>[] = [];
    const q = new SaveQueue<Patch, Rec>(rules(store, drafts));
    q.edit('a', { notes: 'too long', status: 'planned' });
    expect(drafts.at(-1)).toEqual({ notes: 'too long', status: 'planned' });
    await q.flush('a');
    expect(store.calls).toEqual([{ expectedRev: 0, patch: { status: 'planned' } }]);
    expect(q.status('a')).toMatchObject({ status: 'refused', refused: [{ field: 'notes' }] });
    expect(q.overlay('a')).toEqual({ notes: 'too long' });
    expect(drafts.at(-1)).toEqual({ notes: 'too long' });
    expect(q.counts).toMatchObject({ refused: 1, pending: 0, conflict: 0 });
    q.edit('a', { notes: 'short' });
    await q.flush('a');
    expect(store.stored).toEqual({ rev: 2, notes: 'short' });
    expect(drafts.at(-1)).toEqual({});
    expect(q.status('a').status).toBe('saved');
    expect(q.counts).toMatchObject({ refused: 0, pending: 0 });
  });

  it('a restored draft waits for "keep"; over a newer record the rules still apply', async () => {
    const store = fakeStore();
    const q = new SaveQueue<Patch, Rec>(rules(store));
    q.restore('a', { notes: 'long draft' }, 0);
    q.observe('a', { rev: 3, notes: 'stored' });
    expect(q.status('a').status).toBe('draft');
    expect(q.counts.draft).toBe(1);
    await q.flush('a');
    expect(store.calls).toEqual([]);
    await q.keepDraft('a');
    expect(store.calls).toEqual([]);
    expect(q.status('a')).toMatchObject({ status: 'refused', refused: [{ field: 'notes' }] });
    // A draft whose value is already stored (the write committed before the page went) goes.
    q.restore('b', { notes: 'same' }, 0);
    q.observe('b', { rev: 1, notes: 'same' });
    expect(q.overlay('b')).toEqual({});
    expect(q.status('b').status).not.toBe('draft');
  });
});
