import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Answer,
  Assessment,
  HistoryEntry,
  NormAnswer,
  StateProfile,
} from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';

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
  history!: EntityTable<HistoryEntry, 'id'>;
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
  }
}

export const db = new NicDatabase();
