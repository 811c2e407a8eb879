import 'fake-indexeddb/auto';
import { addHistory } from '../../src/lib/storage/history';
import { failureOf } from '../../src/lib/domain/result';
import { describeFailure } from '../../src/lib/i18n/failures';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { assignmentsKey } from '../../src/lib/storage/assignments';
import { applyImport } from '../../src/lib/storage/exchange';
import { previewImport } from '../../src/lib/domain/importPlan';
import type { ExportSource } from '../../src/lib/domain/exchange';
import { MAX_EXPORT_BYTES } from '../../src/lib/schema/exportFile';
import { checkExportReadable } from '../../src/lib/io/exportCheck';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { makeExportSource } from '../fixtures/factories/exports';
import { makeExport, type ExportRequest } from '../../src/lib/state/backupExport';
import { openImport } from '../../src/lib/state/openImport';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import { makeHeavyState } from '../fixtures/factories/heavyState';
import { exchangeTables, seedExportSource, storedHistory } from '../fixtures/seedDb';

/**
 * Issue 12 item 4: every file the app exports, the app imports. Through the screen's own export
 * and import functions (state/backupExport.ts), into fake-indexeddb.
 */

const NOW = new Date('2026-11-29T10:00:00.000Z');

async function wipe() {
  for (const table of exchangeTables()) await table.clear();
}

async function seed(source: ExportSource) {
  await db.states.bulkAdd(source.states);
  await db.assessments.bulkAdd(source.assessments);
  await db.answers.bulkAdd(source.answers);
  await db.normAnswers.bulkAdd(source.normAnswers);
  await addHistory(db.history, source.history);
  for (const r of source.assignments)
    await db.meta.put({ key: assignmentsKey(r.assessmentId), value: r });
}

/** Exports, wipes, imports what the screen would: every assessment added. */
async function roundTrip(request: ExportRequest) {
  const exported = await makeExport({ now: NOW, ...request });
  if (!exported.ok) throw new Error(describeFailure(exported));
  await wipe();
  const text = await exported.value.blob.text();
  const opened = await openImport(text, exported.value.fileName, request.passphrase);
  if (!opened.ok) throw new Error(describeFailure(opened));
  const { plan, ctx } = opened.value;
  const preview = previewImport(plan, ctx, new Map(), new Map(), NOW.toISOString(), 'Restorer');
  expect(preview.writes).toBeDefined();
  expect(await applyImport(preview.writes!)).toEqual({ ok: true, value: undefined });
  return exported.value;
}

const withoutIds = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...r }) => r);

beforeEach(async () => {
  await wipe();
});

describe('every file the app exports, the app imports', () => {
  it('a heavy 20-cycle State: the full backup comes back record for record', async () => {
    const source = makeHeavyState();
    expect(source.assessments).toHaveLength(20);
    await seed(source);
    const exported = await roundTrip({ scope: { kind: 'backup' }, shareable: false });
    expect(exported.unreadable).toBeUndefined();
    expect(exported.blob.size).toBeLessThan(MAX_EXPORT_BYTES);

    expect(await db.states.toArray()).toEqual(source.states);
    const byId = <T extends { id: string }>(rows: T[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.assessments.toArray())).toEqual(byId(source.assessments));
    const byKey = <T extends { assessmentId: string }>(rows: T[], key: (r: T) => string) =>
      [...rows].sort((a, b) =>
        `${a.assessmentId} ${key(a)}`.localeCompare(`${b.assessmentId} ${key(b)}`),
      );
    expect(byKey(await db.answers.toArray(), (a) => a.itemId)).toEqual(
      byKey(source.answers, (a) => a.itemId),
    );
    expect(byKey(await db.normAnswers.toArray(), (n) => n.normId)).toEqual(
      byKey(source.normAnswers, (n) => n.normId),
    );
    expect(withoutIds(await storedHistory())).toEqual(withoutIds(source.history));
    for (const r of source.assignments)
      expect((await db.meta.get(assignmentsKey(r.assessmentId)))?.value).toEqual(r);
  }, 120_000);

  it.each([
    ['a full backup', { scope: { kind: 'backup' }, shareable: false }],
    ['a State', { scope: { kind: 'state', stateCode: 'SG' }, shareable: false }],
    [
      'an assessment',
      { scope: { kind: 'assessment', assessmentId: TEST_ASSESSMENT_ID }, shareable: false },
    ],
    [
      'a shareable assessment',
      { scope: { kind: 'assessment', assessmentId: TEST_ASSESSMENT_ID }, shareable: true },
    ],
    [
      'an agency part',
      {
        scope: { kind: 'part', assessmentId: TEST_ASSESSMENT_ID },
        shareable: false,
        part: { agency: 'Ministry of Justice', normIds: ['13a'] },
      },
    ],
    [
      'an encrypted backup',
      { scope: { kind: 'backup' }, shareable: false, passphrase: 'correct horse battery' },
    ],
  ] as [string, ExportRequest][])(
    '%s',
    async (_name, request) => {
      await seedExportSource({ withAssignments: true });
      const exported = await roundTrip(request);
      expect(exported.unreadable).toBeUndefined();
      expect(await db.assessments.count()).toBe(1);
    },
    30_000,
  );

  it('says so, and never calls it a backup, when stored data would be refused on import', async () => {
    await seedExportSource({ withAssignments: true });
    // Left by an older release, before titles were checked for visible text.
    await db.assessments.update(TEST_ASSESSMENT_ID, { title: '\u200B' });
    const exported = await makeExport({ scope: { kind: 'backup' }, shareable: false, now: NOW });
    expect(exported.ok && exported.value.unreadable).toMatch(
      /was saved, but the app could not import it again: The file holds a record the app cannot use:\nThe assessment “\u200B”: the title is empty/,
    );
  });

  it('refuses to call a file larger than the import reads a backup', async () => {
    const file = await sealExport(
      buildExportBody(makeExportSource(), {
        kind: 'backup',
        appVersion: '0.1.0',
        exportedAt: NOW.toISOString(),
        shareable: false,
      }),
    );
    const checked = checkExportReadable(file, 'é'.repeat(MAX_EXPORT_BYTES / 2 + 1), NOW);
    expect(!checked.ok && failureOf(checked)).toEqual({
      code: 'export.too-large',
      bytes: MAX_EXPORT_BYTES + 2,
      maxBytes: MAX_EXPORT_BYTES,
    });
  });
});
