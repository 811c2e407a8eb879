import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Answer,
  Assessment,
  HistoryEntry,
  NormAnswer,
  StateProfile,
  StoredHistoryEntry,
  StoredHistoryRow,
} from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import { encodeHistoryEntry, isFields, type HistoryBase } from './historyEdits';

/** A checklist pack version stored in the browser (the bundled one too, so old cycles keep theirs). */
export interface StoredPack {
  /** `${id}@${version}` */
  key: string;
  id: string;
  version: string;
  bundled: boolean;
  installedAt: string;
  pack: ChecklistPack;
}

/** Small key/value records: settings, last backup, session user name… each parsed on read. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DB_NAME = 'nic-self-assessment';

/**
 * The one Dexie instance. Its schema history is append-only: never edit a shipped `version(n)`;
 * add `version(n + 1)` with an `.upgrade()` that migrates the data, and add a dump of the old
 * version under tests/fixtures/db/ with a test that opens it. Never drop a table that holds answers.
 */
export class NicDatabase extends Dexie {
  states!: EntityTable<StateProfile, 'code'>;
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: Table<Answer, [string, string]>;
  normAnswers!: Table<NormAnswer, [string, string]>;
  /**
   * Stored shape (edits, not whole records; from version 3 also batch rows of many entries): read
   * and written through storage/history.ts only.
   */
  history!: EntityTable<StoredHistoryRow, 'id'>;
  packs!: EntityTable<StoredPack, 'key'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // v1 (0.1.0): first schema.
    this.version(1).stores({
      states: 'code',
      assessments: 'id, stateCode, updatedAt',
      answers: '[assessmentId+itemId], assessmentId, updatedAt',
      normAnswers: '[assessmentId+normId], assessmentId',
      history: '++id, assessmentId, [assessmentId+target], at',
      packs: 'key, id',
      meta: 'key',
    });
    // v2: history entries store edits instead of whole records (schema/assessment.ts
    // storedHistoryEntrySchema, storage/history.ts; issue 18: a long note was stored twice per
    // change). Same stores and indexes; every readable entry is rewritten, each `before` against
    // the previous entry of its record. A row that does not read (damaged) is left as it was: it
    // stays listed as corrupt.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        const table = tx.table('history');
        const rows: unknown[] = await table.toArray();
        const last = new Map<string, HistoryBase>();
        const rewritten: StoredHistoryEntry[] = [];
        for (const row of rows) {
          // Only the keys are checked here (no zod at start-up): a row damaged elsewhere is
          // rewritten damaged and reported when read, as before.
          if (!isV1Row(row)) continue;
          const entry = row;
          const key = `${entry.assessmentId} ${entry.target}`;
          rewritten.push(encodeHistoryEntry(entry, last.get(key)));
          last.set(key, { id: entry.id, after: entry.after });
        }
        await table.bulkPut(rewritten);
      });
    // v3: history entries that arrive in bulk (import, restore, merge of many) are written as a
    // few BATCH rows (schema/assessment.ts storedHistoryBatchSchema, storage/history.ts; issue 18:
    // IndexedDB's cost follows the number of rows and index entries it writes, and a full
    // backup's 6,420 rows took ~5 s). Two indexes, one entry per batch row (a multi-entry index by
    // entry id and by record cost ~10× the rows' own write, docs/bench.md):
    // `[assessmentId+lastTarget+firstTarget]` finds a record's batches (history panel, a save),
    // `[first+count]` an entry by id (undo) and the backup badge's count. Version 2's rows STAY
    // VALID as they are, not converted: a one-entry row is still a row of version 3 (live edits
    // keep writing them) and lacks the fields of both new indexes; rewriting a long history at
    // start-up would cost the very time this version saves. No upgrade function: IndexedDB builds
    // the two new indexes itself.
    this.version(3).stores({
      history:
        '++id, assessmentId, [assessmentId+target], at, [assessmentId+lastTarget+firstTarget], [first+count]',
    });
  }
}

/** A history row of version 1 with its keys and a record after (not checked further). */
const isV1Row = (row: unknown): row is HistoryEntry & { id: number } =>
  isFields(row) &&
  typeof row.id === 'number' &&
  typeof row.assessmentId === 'string' &&
  typeof row.target === 'string' &&
  'after' in row;

export const db = new NicDatabase();
