import 'fake-indexeddb/auto';
import { addHistory } from '../../src/lib/storage/history';
import type { StoredHistoryEntry } from '../../src/lib/schema/assessment';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { PAGE_ROWS, readExportSource } from '../../src/lib/storage/exchange';
import { describeFailure } from '../../src/lib/i18n/failures';
import { makeHeavyState } from '../fixtures/factories/heavyState';
import { exchangeTables } from '../fixtures/seedDb';

/**
 * Issue 18: a full backup reads its large tables page by page (storage/exchange.ts readAllParsed),
 * so that no single task deserialises 40 MB. What it reads must be what one read of each table
 * gave: every row, in primary-key order, a damaged row left out and reported with its number.
 */

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});

describe('a full backup reads whole tables in pages', () => {
  it('reads every row of tables many pages long, in key order, with a damaged row reported by its number', async () => {
    const source = makeHeavyState({ cycles: 3, notesChars: 40 });
    await db.states.bulkAdd(source.states);
    await db.assessments.bulkAdd(source.assessments);
    // Answers are added in reverse: the read's order is the primary key's, not the insertion's.
    await db.answers.bulkAdd([...source.answers].reverse());
    await db.normAnswers.bulkAdd(source.normAnswers);
    await addHistory(db.history, source.history);
    // A damaged row well past the first page (a cause no release wrote).
    const damagedAt = 600;
    const stored = await db.history.orderBy('id').toArray();
    const damaged = stored[damagedAt - 1] as StoredHistoryEntry;
    // The rows read back as the entries written (storage/history.ts).
    const history = source.history;
    expect(history.map((h) => h.id)).toEqual(stored.map((h) => h.id));
    await db.history.put({ ...damaged, cause: 'teleport' as 'edit' } as StoredHistoryEntry);
    expect(history.length).toBeGreaterThan(damagedAt + PAGE_ROWS);

    const read = await readExportSource({ kind: 'backup' });
    if (!read.ok) throw new Error(describeFailure(read));
    const { source: got, corrupt } = read.value;

    expect(got.history).toEqual(history.filter((h) => h.id !== damaged.id));
    expect(corrupt).toEqual([
      expect.objectContaining({ code: 'schema.invalid', within: ['history', damagedAt - 1] }),
    ]);
    expect(got.answers).toEqual(await db.answers.toArray());
    expect(got.answers).toHaveLength(source.answers.length);
    expect(got.normAnswers).toEqual(await db.normAnswers.toArray());
  });

  it('reads a table of exactly one page, and an empty one', async () => {
    const source = makeHeavyState({ cycles: 5, notesChars: 40 });
    await db.states.bulkAdd(source.states);
    await db.assessments.bulkAdd(source.assessments);
    await db.answers.bulkAdd(source.answers.slice(0, PAGE_ROWS));
    const read = await readExportSource({ kind: 'backup' });
    if (!read.ok) throw new Error(describeFailure(read));
    expect(read.value.source.answers).toEqual(await db.answers.toArray());
    expect(read.value.source.answers).toHaveLength(PAGE_ROWS);
    expect(read.value.source.history).toEqual([]);
    expect(read.value.corrupt).toEqual([]);
  });
});
