import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DB_NAME, NicDatabase, db } from '../../src/lib/storage/db';
import { listHistory, saveAnswer, undoChange } from '../../src/lib/storage/answers';
import { readExportSource } from '../../src/lib/storage/exchange';
import { addHistory, applyEdit, decodeHistory, editOf } from '../../src/lib/storage/history';
import { historyLines } from '../../src/lib/domain/historyLines';
import type { HistoryEntry, StoredHistoryEntry } from '../../src/lib/schema/assessment';
import { describeFailure } from '../../src/lib/i18n/failures';
import { makeHeavyState } from '../fixtures/factories/heavyState';
import {
  expectedUndo,
  ofRecord,
  recordsOf,
  withoutMeta,
} from '../fixtures/factories/historyEntries';
import { restoreDump, type DbDump } from '../fixtures/db/dumps';
import { exchangeTables } from '../fixtures/seedDb';

/**
 * Issue 18 (histstore): from database version 2 the history stores edits, not whole records
 * (storage/history.ts). Every reader must give what it gave before: the history panel's lines, undo
 * (to the exact earlier record), typing bursts, merge lines, exports. Compared here against the
 * whole-record entries of version 1: a stored v1 database (tests/fixtures/db/v1-history-dump.json,
 * written by the v1 build with tests/fixtures/db/writeHistoryDump.ts) and the heavy 20-cycle State.
 */

const V1_DUMP = JSON.parse(
  readFileSync(new URL('../fixtures/db/v1-history-dump.json', import.meta.url), 'utf8'),
) as DbDump;

describe('edits (storage/history.ts)', () => {
  it('give back the other record exactly: changed, added and removed fields', () => {
    const from = { a: 1, notes: 'long text', evidence: { text: 'x', links: ['l'] }, gone: true };
    const to = {
      a: 1,
      notes: 'long text — more',
      evidence: { text: 'x', links: [] },
      priority: 'high',
    };
    const edit = editOf(from, to);
    expect(edit).toEqual({
      set: { notes: 'long text — more', evidence: { text: 'x', links: [] }, priority: 'high' },
      unset: ['gone'],
    });
    expect(applyEdit(from, edit)).toEqual(to);
    expect(applyEdit(to, editOf(to, from))).toEqual(from);
    expect(editOf(from, from)).toEqual({ set: {}, unset: [] });
  });
});

describe('a version 1 database with history (tests/fixtures/db/v1-history-dump.json)', () => {
  const v1 = (V1_DUMP.tables.history ?? []) as HistoryEntry[];

  beforeEach(async () => {
    db.close();
    await Dexie.delete(DB_NAME);
    await restoreDump(DB_NAME, V1_DUMP);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(DB_NAME);
  });

  it('holds every kind of entry the app writes', () => {
    expect(V1_DUMP.version).toBe(1);
    expect(new Set(v1.map((e) => e.cause))).toEqual(new Set(['edit', 'undo', 'import', 'merge']));
    expect(v1.some((e) => e.target.startsWith('norm:'))).toBe(true);
  });

  it('is upgraded to edits and reads the same entries and the same history lines', async () => {
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const stored = (await db.history.toArray()) as StoredHistoryEntry[];
    // Stored as edits: no whole record twice.
    expect(stored.every((r) => !('whole' in r.after) || r.before === undefined)).toBe(true);
    for (const record of recordsOf(v1)) {
      const expected = ofRecord(v1, record.assessmentId, record.target);
      const read = await listHistory(record.assessmentId, record.target);
      expect(read.corrupt).toEqual([]);
      expect(read.rows).toEqual(expected);
      expect(historyLines(read.rows)).toEqual(historyLines(expected));
    }
    // The merge line still carries what the import offered and was not kept.
    const merged = historyLines((await listHistory(record0(v1, 'merge'), 'item:13a-01')).rows);
    expect(merged.find((l) => l.entry.cause === 'merge')?.notKept.map((n) => n.field)).toEqual([
      'status',
    ]);
  });

  it('undoes every entry to its exact earlier record', async () => {
    for (const entry of [...v1].reverse()) {
      const undone = await undoChange(entry.id!, 'Tester');
      if (!undone.ok) throw new Error(describeFailure(undone));
      expect(withoutMeta(undone.value)).toEqual(expectedUndo(entry));
    }
  });

  it('keeps folding a typing burst into the newest entry', async () => {
    const [newest] = (await listHistory(V1_ASSESSMENT(v1), 'item:13a-02')).rows;
    const current = newest!.after as { rev: number };
    // The newest entry of 13a-02 is an undo: a first edit after it is its own entry…
    const a = await saveAnswer({
      assessmentId: V1_ASSESSMENT(v1),
      itemId: '13a-02',
      expectedRev: current.rev,
      patch: { notes: 'Bản thảo' },
      by: 'Tester',
    });
    if (!a.ok) throw new Error(describeFailure(a));
    const b = await saveAnswer({
      assessmentId: V1_ASSESSMENT(v1),
      itemId: '13a-02',
      expectedRev: a.value.rev,
      patch: { notes: 'Bản thảo nghị định' },
      by: 'Tester',
    });
    if (!b.ok) throw new Error(describeFailure(b));
    // …and the next typing folds into it: one entry from the record before the burst to now.
    const rows = (await listHistory(V1_ASSESSMENT(v1), 'item:13a-02')).rows;
    expect(rows).toHaveLength(ofRecord(v1, V1_ASSESSMENT(v1), 'item:13a-02').length + 1);
    expect(rows[0]).toMatchObject({ cause: 'edit', before: current, after: b.value });
  });
});

const V1_ASSESSMENT = (v1: HistoryEntry[]) => v1[0]!.assessmentId;
const record0 = (v1: HistoryEntry[], cause: HistoryEntry['cause']) =>
  v1.find((e) => e.cause === cause)!.assessmentId;

describe('the heavy State (tests/fixtures/factories/heavyState.ts)', () => {
  const source = makeHeavyState({ cycles: 3 });

  beforeEach(async () => {
    if (!db.isOpen()) await db.open();
    for (const table of exchangeTables()) await table.clear();
  });

  it('stores its history as edits, less than half the bytes, and every reader reads it back', async () => {
    await db.states.bulkAdd(source.states);
    await db.assessments.bulkAdd(source.assessments);
    await db.answers.bulkAdd(source.answers);
    await db.normAnswers.bulkAdd(source.normAnswers);
    await db.transaction('rw', db.history, () => addHistory(db.history, source.history));
    const stored = await db.history.orderBy('id').toArray();
    const bytes = (v: unknown) => JSON.stringify(v).length;
    expect(bytes(stored)).toBeLessThan(bytes(source.history) / 2);

    expect(decodeHistory(stored).rows).toEqual(source.history);
    for (const record of recordsOf(source.history)) {
      const expected = ofRecord(source.history, record.assessmentId, record.target);
      const read = await listHistory(record.assessmentId, record.target);
      expect(historyLines(read.rows)).toEqual(historyLines(expected));
    }
    const exported = await readExportSource({ kind: 'backup' });
    if (!exported.ok) throw new Error(describeFailure(exported));
    expect(exported.value.source.history).toEqual(source.history);
    expect(exported.value.corrupt).toEqual([]);
  });

  it('a version 1 database of it upgrades to the same entries', async () => {
    const name = 'nic-heavy-v1';
    const v1Stores = V1_DUMP.stores;
    await restoreDump(name, { version: 1, stores: v1Stores, tables: { history: source.history } });
    const current = new NicDatabase(name);
    await current.open();
    try {
      expect(decodeHistory(await current.history.orderBy('id').toArray()).rows).toEqual(
        source.history,
      );
    } finally {
      current.close();
      await current.delete();
    }
  });

  it('undoes entries to their exact earlier records, the first write to a blank answer', async () => {
    await db.states.bulkAdd(source.states);
    // The last cycle is a draft (undo refuses a final assessment).
    await db.assessments.bulkAdd(source.assessments);
    await db.answers.bulkAdd(source.answers);
    await db.normAnswers.bulkAdd(source.normAnswers);
    await db.transaction('rw', db.history, () => addHistory(db.history, source.history));
    const draft = source.assessments.find((a) => a.status === 'draft')!;
    const entries = source.history.filter((e) => e.assessmentId === draft.id);
    const sample = [...entries.slice(0, 8), ...entries.slice(-8)];
    for (const entry of sample) {
      const undone = await undoChange(entry.id!, 'Tester');
      if (!undone.ok) throw new Error(describeFailure(undone));
      expect(withoutMeta(undone.value)).toEqual(expectedUndo(entry));
    }
  });
});
