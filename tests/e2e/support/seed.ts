import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Answer } from '../../../src/lib/schema/assessment';
import { makeAnswer } from '../../fixtures/factories/answers';

/**
 * Seeds the app's IndexedDB from a database dump (tests/fixtures/db/v<n>-dump.json) with the plain
 * IndexedDB API, on a page of the app's origin that does not run the app: the database is exactly
 * what that old schema version left, and the app only opens it afterwards (running Dexie's
 * upgrades, as after an update).
 */
export interface DbDump {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, unknown[]>;
}

export const DB_NAME = 'nic-self-assessment';

export function readDump(version: number): DbDump {
  return JSON.parse(
    readFileSync(new URL(`../../fixtures/db/v${version}-dump.json`, import.meta.url), 'utf8'),
  ) as DbDump;
}

/** The bundled pack's id and version, so a dump's assessment opens with the pack the app ships. */
export function bundledPackRef(): { id: string; version: string } {
  const pack = JSON.parse(
    readFileSync(
      new URL('../../../checklist-data/asean-nic-gge2015.json', import.meta.url),
      'utf8',
    ),
  ) as { id: string; version: string };
  return { id: pack.id, version: pack.version };
}

/** The practical action ids of the bundled pack, in the pack's order. */
export function bundledActionIds(): string[] {
  const pack = JSON.parse(
    readFileSync(
      new URL('../../../checklist-data/asean-nic-gge2015.json', import.meta.url),
      'utf8',
    ),
  ) as { actions: { id: string }[] };
  return pack.actions.map((a) => a.id);
}

/**
 * A stored answer of `assessmentId` to action `itemId` as the v1 schema stores it, for a dump's
 * `answers`: Planned towards Fully implemented, led by CSA, written by Tan Wei on 2 March 2026
 * unless `fields` say otherwise.
 */
export function answerRow(
  assessmentId: string,
  itemId: string,
  fields: Partial<Answer> = {},
): Answer {
  return makeAnswer({
    assessmentId,
    itemId,
    status: 'planned',
    leadAgency: 'CSA',
    rev: 1,
    updatedAt: '2026-03-02T08:00:00.000Z',
    updatedBy: 'Tan Wei',
    ...fields,
  });
}

/** Points every assessment of a dump at another pack (whose item ids the answers must use). */
export function withPack(dump: DbDump, pack: { id: string; version: string }): DbDump {
  const assessments = (dump.tables.assessments ?? []).map((a) => ({
    ...(a as object),
    packId: pack.id,
    packVersion: pack.version,
  }));
  return { ...dump, tables: { ...dump.tables, assessments } };
}

export async function seedDump(page: Page, dump: DbDump): Promise<void> {
  // A static file of the app's origin: same IndexedDB, no app code running.
  await page.goto('./manifest.webmanifest');
  await page.evaluate(
    async ({ name, dump }) => {
      // Dexie stores schema version n as IndexedDB version n × 10.
      const req = indexedDB.open(name, dump.version * 10);
      const keyPath = (src: string): string | string[] => {
        const s = src.replace(/^\+\+|^&|^\*/, '');
        return s.startsWith('[') ? s.slice(1, -1).split('+') : s;
      };
      req.onupgradeneeded = () => {
        const idb = req.result;
        for (const [table, spec] of Object.entries(dump.stores)) {
          const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim());
          const store = idb.createObjectStore(table, {
            keyPath: keyPath(primary),
            autoIncrement: primary.startsWith('++'),
          });
          for (const index of indexes) {
            store.createIndex(index.replace(/^&|^\*/, ''), keyPath(index), {
              unique: index.startsWith('&'),
              multiEntry: index.startsWith('*'),
            });
          }
        }
      };
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      const names = Object.keys(dump.tables).filter((t) => (dump.tables[t] ?? []).length > 0);
      const tx = idb.transaction(names, 'readwrite');
      for (const t of names) for (const row of dump.tables[t] ?? []) tx.objectStore(t).add(row);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
      });
      idb.close();
    },
    { name: DB_NAME, dump },
  );
}

/** Reads all rows of one table of the app's database (for checks after a reload). */
export async function readTable(page: Page, table: string): Promise<unknown[]> {
  return page.evaluate(
    async ({ name, table }) => {
      const req = indexedDB.open(name);
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      const get = idb.transaction(table).objectStore(table).getAll();
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        get.onsuccess = () => resolve(get.result as unknown[]);
        get.onerror = () => reject(get.error ?? new Error('read failed'));
      });
      idb.close();
      return rows;
    },
    { name: DB_NAME, table },
  );
}

/** A fresh assessment of the bundled pack for State SG, as the v1 schema stores it. */
export function freshAssessmentDump(id = '5b0e8a52-3c8d-4e0f-9a31-0d2b7c4e6f10'): DbDump {
  const at = '2026-03-01T08:00:00.000Z';
  const pack = bundledPackRef();
  const v1 = readDump(1);
  return {
    version: v1.version,
    stores: v1.stores,
    tables: {
      states: [{ code: 'SG', name: 'Singapore', asean: true, createdAt: at }],
      assessments: [
        {
          id,
          stateCode: 'SG',
          title: 'Self-assessment 2026',
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          packId: pack.id,
          packVersion: pack.version,
          leadAgency: 'CSA',
          people: ['Tan Wei'],
          status: 'draft',
          alias: '2026',
          createdAt: at,
          updatedAt: at,
        },
      ],
    },
  };
}
