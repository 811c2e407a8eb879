/**
 * Session 5, backup6 item 1: a full backup carries everything the device knows, or says why not.
 * Every Dexie table (read from the database instance) and every `meta` key family (read from the
 * storage modules' source and from a database the app's own writers filled) must be listed in
 * storage/fullBackup.ts as carried by the full backup or as deliberately left out WITH its reason;
 * what is listed as carried must come back from a full backup restored into an empty database.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { previewImport } from '../../src/lib/domain/importPlan';
import { describeFailure } from '../../src/lib/i18n/failures';
import type { LanguagePack } from '../../src/lib/schema/languagePack';
import { makeExport } from '../../src/lib/state/backupExport';
import { openImport } from '../../src/lib/state/openImport';
import { recordBackup } from '../../src/lib/storage/backupStatus';
import { heldPartKey, recordPartSent } from '../../src/lib/storage/coordination';
import { db, NicDatabase } from '../../src/lib/storage/db';
import { applyImport } from '../../src/lib/storage/exchange';
import { decodeHistory } from '../../src/lib/storage/history';
import { FULL_BACKUP_META, FULL_BACKUP_TABLES, metaFamily } from '../../src/lib/storage/fullBackup';
import { saveLanguagePack } from '../../src/lib/storage/languagePacks';
import { setSessionUser } from '../../src/lib/storage/meta';
import { TEST_ASSESSMENT_ID, makeAssessment } from '../fixtures/factories/answers';
import { HELD_ASSESSMENT_ID, makeHeldPart } from '../fixtures/factories/coordination';
import { exchangeTables, seedExportSource } from '../fixtures/seedDb';

const NOW = new Date('2026-11-30T10:00:00.000Z');
const STORAGE = 'src/lib/storage';

/** Each entry names where the file carries it, or why it stays on this device (never blank). */
const explained = (c: { carried?: string; excluded?: string }) =>
  (c.carried ?? c.excluded ?? '').trim().length > 0;

/**
 * The meta key families the storage modules write, read from their source: a key constant
 * (`const MARK = 'backupMark'`) or a key builder (`` `assignments:${id}` ``) in a module that uses
 * the meta table. Only storage/ touches the database (README, eslint layer rules).
 */
function metaFamiliesInSource(): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(STORAGE).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(`${STORAGE}/${name}`, 'utf8');
    if (!/\.meta\b/.test(text)) continue;
    for (const m of text.matchAll(/^(?:export )?const [A-Z_]+ = '([A-Za-z]+:?)';$/gm))
      found.set(m[1]!, name);
    for (const m of text.matchAll(/`([A-Za-z]+:)\$\{/g)) found.set(m[1]!, name);
  }
  return found;
}

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});

describe('a full backup carries every table and meta key, or says why not', () => {
  it('lists every Dexie table of the database, and no table that is gone', () => {
    const tables = new NicDatabase('backup-coverage').tables.map((t) => t.name).sort();
    const unlisted = tables.filter((t) => !(t in FULL_BACKUP_TABLES));
    expect(unlisted, 'add these tables to storage/fullBackup.ts FULL_BACKUP_TABLES').toEqual([]);
    expect(Object.keys(FULL_BACKUP_TABLES).sort()).toEqual(tables);
    for (const [name, c] of Object.entries(FULL_BACKUP_TABLES))
      expect(explained(c), `table ${name} needs where it is carried or why not`).toBe(true);
  });

  it('lists every meta key the storage modules write, each carried or excluded with its reason', () => {
    const inSource = metaFamiliesInSource();
    // The families this release writes (a test of the scan itself).
    for (const k of ['assignments:', 'coordination:', 'heldPart:', 'sessionUser', 'backupMark'])
      expect(inSource.has(k), k).toBe(true);
    const unlisted = [...inSource].filter(([k]) => !(k in FULL_BACKUP_META));
    expect(
      unlisted,
      'add these meta keys to storage/fullBackup.ts FULL_BACKUP_META (carried, or excluded with why)',
    ).toEqual([]);
    const stale = Object.keys(FULL_BACKUP_META).filter((k) => !inSource.has(k));
    expect(stale, 'listed in FULL_BACKUP_META but written nowhere').toEqual([]);
    for (const [key, c] of Object.entries(FULL_BACKUP_META))
      expect(explained(c), `meta ${key} needs where it is carried or why not`).toBe(true);
  });

  it("every key the app's own writers leave in meta belongs to a listed family", async () => {
    await seedExportSource({ withAssignments: true });
    await setSessionUser('Ana Santos');
    await recordBackup(NOW.toISOString());
    await saveLanguagePack({ tag: 'th' } as LanguagePack, NOW);
    await recordPartSent(TEST_ASSESSMENT_ID, {
      scope: { agency: 'Ministry of Justice', normIds: ['13a'] },
      sentAt: NOW.toISOString(),
      sentBy: 'Ana Santos',
      answers: [],
      normAnswers: [],
    });
    await db.meta.put({ key: heldPartKey(TEST_ASSESSMENT_ID), value: {} });
    const keys = (await db.meta.toCollection().primaryKeys()).map(String);
    expect(keys.length).toBeGreaterThanOrEqual(6);
    expect(keys.filter((k) => !(metaFamily(k) in FULL_BACKUP_META))).toEqual([]);
  });

  it('what it lists as carried comes back from a full backup restored into an empty database', async () => {
    await seedExportSource({ withAssignments: true });
    await recordPartSent(TEST_ASSESSMENT_ID, {
      scope: { agency: 'Ministry of Justice', normIds: ['13a'] },
      sentAt: '2026-11-20T08:00:00.000Z',
      sentBy: 'Ana Santos',
      answers: [],
      normAnswers: [],
    });
    // The device also holds an assessment only as an agency's part (as an import of a part left it).
    await db.assessments.add(makeAssessment({ id: HELD_ASSESSMENT_ID, title: 'Singapore 2027' }));
    await db.meta.put({ key: heldPartKey(HELD_ASSESSMENT_ID), value: makeHeldPart() });
    const carriedMeta = async () =>
      new Map(
        (await db.meta.toArray())
          .filter((r) => FULL_BACKUP_META[metaFamily(r.key)]?.carried !== undefined)
          .map((r) => [r.key, r.value]),
      );
    // Every row of every carried table, without the local history id and the install time. The
    // history as its entries (storage/history.ts): a restore stores them as batch rows.
    const tables = async (): Promise<Record<string, unknown[]>> => {
      const out: Record<string, unknown[]> = {};
      for (const t of exchangeTables()) {
        if (t.name === 'meta' || !FULL_BACKUP_TABLES[t.name]?.carried) continue;
        const rows = (await t.toArray()) as Record<string, unknown>[];
        out[t.name] =
          t.name === 'history'
            ? decodeHistory(rows).rows.map(({ id: _id, ...rest }) => rest)
            : rows.map(({ installedAt: _at, ...rest }) => rest);
      }
      return out;
    };
    const before = { meta: await carriedMeta(), tables: await tables() };
    // Every carried family is in the test (a new one must be added here too).
    const families = new Set([...before.meta.keys()].map(metaFamily));
    for (const [family, c] of Object.entries(FULL_BACKUP_META))
      if (c.carried) expect(families.has(family), family).toBe(true);

    const exported = await makeExport({ scope: { kind: 'backup' }, shareable: false, now: NOW });
    if (!exported.ok) throw new Error(describeFailure(exported));
    for (const table of exchangeTables()) await table.clear();
    const opened = await openImport(
      await exported.value.blob.text(),
      exported.value.fileName,
      undefined,
    );
    if (!opened.ok) throw new Error(describeFailure(opened));
    const { plan, ctx } = opened.value;
    const preview = previewImport(plan, ctx, new Map(), new Map(), NOW.toISOString(), 'Restorer');
    expect(await applyImport(preview.writes!)).toEqual({ ok: true, value: undefined });

    expect(await tables()).toEqual(before.tables);
    expect(await carriedMeta()).toEqual(before.meta);
  });
});
