import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { previewImport } from '../../src/lib/domain/importPlan';
import { historyLines } from '../../src/lib/domain/historyLines';
import { describeFailure } from '../../src/lib/i18n/failures';
import type { HistoryEntry } from '../../src/lib/schema/assessment';
import { makeExport } from '../../src/lib/state/backupExport';
import { openImport } from '../../src/lib/state/openImport';
import { listHistory, saveAnswer, undoChange } from '../../src/lib/storage/answers';
import { applyImportMarkingRestore, getBackupStatus } from '../../src/lib/storage/backupStatus';
import { db, NicDatabase } from '../../src/lib/storage/db';
import { readExportSource } from '../../src/lib/storage/exchange';
import {
  addHistory,
  countHistoryEntries,
  decodeHistory,
  readHistoryEntry,
} from '../../src/lib/storage/history';
import { purgeTrash } from '../../src/lib/storage/trash';
import { makeAnswer, makeAssessment } from '../fixtures/factories/answers';
import { makeHeavyState } from '../fixtures/factories/heavyState';
import {
  expectedUndo,
  ofRecord,
  recordsOf,
  withoutMeta,
} from '../fixtures/factories/historyEntries';
import { restoreDump, type DbDump } from '../fixtures/db/dumps';
import { exchangeTables, storedHistory } from '../fixtures/seedDb';

/**
 * Issue 18 (importperf): from database version 3 the history entries of an import or restore are
 * written as a few BATCH rows (storage/history.ts), because IndexedDB's cost follows the number
 * of rows. Everything that addresses an entry must find it inside a batch exactly as before: the
 * history panel (by record, in order, same ids), undo, typing bursts, the backup badge's count,
 * exports, and deleting an assessment. Through the app's own export, import and save functions.
 */

const NOW = new Date('2026-11-30T16:00:00.000Z');
const source = makeHeavyState({ cycles: 3 });

async function wipe() {
  for (const table of exchangeTables()) await table.clear();
}

/**
 * The heavy State (3 cycles) as an earlier session left it (one row per entry), exported as a
 * full backup, the device wiped, and the backup restored as the Backup screen does.
 */
async function restoreHeavyBackup() {
  await db.states.bulkAdd(source.states);
  await db.assessments.bulkAdd(source.assessments);
  await db.answers.bulkAdd(source.answers);
  await db.normAnswers.bulkAdd(source.normAnswers);
  await db.transaction('rw', db.history, () => addHistory(db.history, source.history));
  const exported = await makeExport({ scope: { kind: 'backup' }, shareable: false, now: NOW });
  if (!exported.ok) throw new Error(describeFailure(exported));
  await wipe();
  const opened = await openImport(
    await exported.value.blob.text(),
    exported.value.fileName,
    undefined,
  );
  if (!opened.ok) throw new Error(describeFailure(opened));
  const { plan, ctx, read } = opened.value;
  const preview = previewImport(plan, ctx, new Map(), new Map(), NOW.toISOString(), 'Restorer');
  expect(await applyImportMarkingRestore(preview.writes!, read.file)).toEqual({
    ok: true,
    value: undefined,
  });
}

beforeEach(async () => {
  if (!db.isOpen()) await db.open();
  await wipe();
});

describe('history imported as batch rows (database version 3)', () => {
  it('a restore writes a few rows and reads back every entry equal: order, ids, lines, export, badge', async () => {
    await restoreHeavyBackup();
    const rows = await db.history.toArray();
    expect(rows.every((r) => 'entries' in r)).toBe(true);
    expect(rows.length).toBeLessThan(source.history.length / 20);
    // Entry for entry, in id order, with the ids of the file's order (an empty device: 1, 2, …).
    const read = await storedHistory();
    expect(read).toEqual(source.history);
    for (const record of recordsOf(source.history)) {
      const expected = ofRecord(source.history, record.assessmentId, record.target);
      const got = await listHistory(record.assessmentId, record.target);
      expect(got.corrupt).toEqual([]);
      expect(got.rows).toEqual(expected);
      expect(historyLines(got.rows)).toEqual(historyLines(expected));
    }
    const exported = await readExportSource({ kind: 'backup' });
    if (!exported.ok) throw new Error(describeFailure(exported));
    expect(exported.value.corrupt).toEqual([]);
    expect(exported.value.source.history).toEqual(source.history);
    // The restore is the backup: nothing is "changed since the last backup".
    expect((await getBackupStatus()).changesSince).toBe(0);
    expect(await countHistoryEntries(db.history, 1)).toBe(source.history.length);
    expect(await countHistoryEntries(db.history, 10, 19)).toBe(10);
  }, 60_000);

  it('undoes imported entries inside a batch to their exact earlier records; the badge counts each undo', async () => {
    await restoreHeavyBackup();
    const draft = source.assessments.find((a) => a.status === 'draft')!;
    const entries = source.history.filter((e) => e.assessmentId === draft.id);
    // The middle of a record's history, and the newest entries (undone newest first).
    const sample = [entries[Math.floor(entries.length / 2)]!, ...entries.slice(-3).reverse()];
    for (const [i, entry] of sample.entries()) {
      expect((await readHistoryEntry(db.history, entry.id!))?.entry).toEqual(entry);
      const undone = await undoChange(entry.id!, 'Tester');
      if (!undone.ok) throw new Error(describeFailure(undone));
      expect(withoutMeta(undone.value)).toEqual(expectedUndo(entry));
      expect((await getBackupStatus()).changesSince).toBe(i + 1);
    }
    // Each undo is its own row, the newest entry of its record, starting from the imported one.
    const [newest, ...older] = (await listHistory(draft.id, sample[0]!.target)).rows;
    expect(newest).toMatchObject({ cause: 'undo', by: 'Tester' });
    expect(older).toEqual(ofRecord(source.history, draft.id, sample[0]!.target));
    expect((await storedHistory()).length).toBe(source.history.length + sample.length);
  }, 60_000);

  it('a live edit after the import is one row of its own, its record read whole', async () => {
    await restoreHeavyBackup();
    const draft = source.assessments.find((a) => a.status === 'draft')!;
    const answer = source.answers.find((a) => a.assessmentId === draft.id)!;
    const rowsBefore = await db.history.count();
    const saved = await saveAnswer({
      assessmentId: draft.id,
      itemId: answer.itemId,
      expectedRev: answer.rev,
      patch: { status: 'fully' },
      by: 'Tester',
    });
    if (!saved.ok) throw new Error(describeFailure(saved));
    expect(await db.history.count()).toBe(rowsBefore + 1);
    const [newest, ...older] = (await listHistory(draft.id, `item:${answer.itemId}`)).rows;
    expect(newest).toMatchObject({ cause: 'edit', before: answer, after: saved.value });
    expect(newest!.id).toBeGreaterThan(source.history.length);
    expect(older).toEqual(ofRecord(source.history, draft.id, `item:${answer.itemId}`));
    expect((await getBackupStatus()).changesSince).toBe(1);
  }, 60_000);

  it('folds a typing burst into an imported entry inside its batch', async () => {
    const assessment = makeAssessment();
    // A record as a file carries it (JSON has no `undefined` fields; neither has a batch's text).
    const first = makeAnswer({ itemId: '13a-01', status: 'planned', notes: 'Bản', rev: 1 });
    const typed = { ...first, notes: 'Bản thảo', rev: 2, updatedBy: 'Tester' };
    await db.assessments.add(assessment);
    await db.answers.add(typed);
    const recent = new Date(Date.now() - 60_000).toISOString();
    const head = { assessmentId: assessment.id, target: 'item:13a-01', by: 'Tester' } as const;
    await db.transaction('rw', db.history, () =>
      addHistory(
        db.history,
        [
          { ...head, at: recent, cause: 'edit', after: first },
          { ...head, at: recent, cause: 'edit', before: first, after: typed },
        ],
        'batches',
      ),
    );
    expect(await db.history.count()).toBe(1);
    const saved = await saveAnswer({
      assessmentId: assessment.id,
      itemId: '13a-01',
      expectedRev: 2,
      patch: { notes: 'Bản thảo nghị định' },
      by: 'Tester',
    });
    if (!saved.ok) throw new Error(describeFailure(saved));
    // Folded: still two entries in one batch row; the newest goes from before the burst to now.
    expect(await db.history.count()).toBe(1);
    const history = await listHistory(assessment.id, 'item:13a-01');
    expect(history.corrupt).toEqual([]);
    expect(history.rows).toHaveLength(2);
    expect(history.rows[0]).toMatchObject({ id: 2, before: first, after: saved.value });
    expect(history.rows[1]).toMatchObject({ id: 1, after: first });
  });

  it('deleting an assessment for good removes its batch rows and no other', async () => {
    await restoreHeavyBackup();
    const gone = source.assessments[0]!;
    await db.assessments.put({ ...gone, deletedAt: '2020-01-01T00:00:00.000Z' });
    const purged = await purgeTrash(NOW);
    if (!purged.ok) throw new Error(purged.code);
    expect(purged.value).toBe(1);
    expect(await db.history.where('assessmentId').equals(gone.id).count()).toBe(0);
    const kept = source.history.filter((e) => e.assessmentId !== gone.id);
    expect(await storedHistory()).toEqual(kept);
    expect(await countHistoryEntries(db.history, 1)).toBe(kept.length);
  }, 60_000);
});

describe('a version 2 database (tests/fixtures/db/v2-history-dump.json)', () => {
  const read = (file: string) =>
    JSON.parse(readFileSync(new URL(`../fixtures/db/${file}`, import.meta.url), 'utf8')) as DbDump;
  const v2 = read('v2-history-dump.json');
  const v1 = read('v1-history-dump.json');

  it('opens as version 3 with its rows as they were, and reads back the same history', async () => {
    expect(v2.version).toBe(2);
    const name = 'nic-upgrade-v2-history';
    await Dexie.delete(name);
    await restoreDump(name, v2);
    const current = new NicDatabase(name);
    await current.open();
    try {
      expect(current.verno).toBe(3);
      // Not converted: version 2's one-entry rows are rows of version 3.
      expect(await current.history.orderBy('id').toArray()).toEqual(v2.tables.history);
      const expected = decodeHistory(v2.tables.history ?? []);
      expect(expected.corrupt).toEqual([]);
      // The same sequence of changes the version 1 build wrote with the same script.
      const steps = (entries: readonly HistoryEntry[]) =>
        entries.map((e) => `${e.target} ${e.cause} ${e.by}`);
      expect(steps(expected.rows)).toEqual(steps(v1.tables.history as HistoryEntry[]));
      for (const record of recordsOf(expected.rows)) {
        const got = await listHistory(record.assessmentId, record.target, current);
        expect(got.corrupt).toEqual([]);
        expect(got.rows).toEqual(ofRecord(expected.rows, record.assessmentId, record.target));
      }
    } finally {
      current.close();
      await current.delete();
    }
  });
});
