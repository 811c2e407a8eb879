import 'fake-indexeddb/auto';
import { decodeHistory } from '../../src/lib/storage/history';
import { failureOf } from '../../src/lib/domain/result';
import { describeFailure } from '../../src/lib/i18n/failures';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { assignmentsKey } from '../../src/lib/storage/assignments';
import {
  applyImport,
  getBackupStatus,
  loadImportContext,
  readExportSource,
  recordBackup,
  type ExportScope,
} from '../../src/lib/storage/exchange';
import { buildExportBody, sealExport, type ExportOptions } from '../../src/lib/domain/exchange';
import { planImport, previewImport, type Choice } from '../../src/lib/domain/importPlan';
import { fieldKey, type Side } from '../../src/lib/domain/merge';
import { readExportFile } from '../../src/lib/io/readExportFile';
import type { ExportFile } from '../../src/lib/schema/exportFile';
import { wasParsed } from '../../src/lib/schema/parsedRecords';
import { TEST_ASSESSMENT_ID, makeAnswer } from '../fixtures/factories/answers';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
  testPack,
} from '../fixtures/factories/exports';
import { exchangeTables, seedExportSource, storedHistory } from '../fixtures/seedDb';

const AT = '2026-03-01T12:00:00.000Z';

async function wipe() {
  for (const table of exchangeTables()) await table.clear();
}

async function dump() {
  return Promise.all(exchangeTables().map((t) => t.toArray()));
}

/** Export through storage, down to the file's text, and read it back as the app does. */
async function exportFile(scope: ExportScope, options: Partial<ExportOptions> = {}) {
  const read = await readExportSource(scope);
  if (!read.ok) throw new Error(describeFailure(read));
  const body = buildExportBody(read.value.source, {
    kind: scope.kind,
    appVersion: TEST_APP_VERSION,
    exportedAt: TEST_EXPORTED_AT,
    shareable: false,
    ...options,
  });
  const text = JSON.stringify(await sealExport(body));
  const back = await readExportFile(text);
  if (!back.ok) throw new Error(describeFailure(back));
  return back.value.file;
}

async function preview(
  file: ExportFile,
  choices = new Map<string, Choice>(),
  resolutions = new Map<string, Side>(),
) {
  const ctx = await loadImportContext(file);
  const plan = planImport(file, ctx);
  if (!plan.ok) throw new Error(describeFailure(plan));
  return {
    plan: plan.value,
    ...previewImport(plan.value, ctx, choices, resolutions, AT, 'Coordinator'),
  };
}

/** The assignments record stored for an assessment, as it is in meta. */
const storedAssignments = async (assessmentId: string) =>
  (await db.meta.get(assignmentsKey(assessmentId)))?.value;

const withoutIds = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...r }) => r);

beforeEach(wipe);
afterEach(() => vi.restoreAllMocks());

describe('export → wipe → import', () => {
  it('gives back every field of every record, history included', async () => {
    const { source } = await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'backup' });
    await wipe();
    const { writes, counts } = await preview(file);
    expect(counts.assessments.added).toBe(1);
    expect(counts.packs.added).toBe(1);
    expect(writes).toBeDefined();
    expect(await applyImport(writes!)).toEqual({ ok: true, value: undefined });

    expect(await db.states.toArray()).toEqual(source.states);
    expect(await db.assessments.toArray()).toEqual(source.assessments);
    expect(await db.answers.toArray()).toEqual(source.answers);
    expect(await db.normAnswers.toArray()).toEqual(source.normAnswers);
    expect(withoutIds(await storedHistory())).toEqual(withoutIds(source.history));
    expect((await db.packs.get('test-pack@1.0.0'))?.pack).toEqual(testPack());
    // The coordinator's assignments travel too (export format 2), exactly as they were stored.
    expect(file.assignments).toEqual(source.assignments);
    expect(await storedAssignments(TEST_ASSESSMENT_ID)).toEqual(source.assignments[0]);
  });

  it('a shareable export leaves out notes, evidence, names and history', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile(
      { kind: 'assessment', assessmentId: TEST_ASSESSMENT_ID },
      {
        shareable: true,
      },
    );
    const text = JSON.stringify(file);
    for (const secret of [
      'Ministerial',
      'National strategy',
      'example.org',
      'Aung',
      'Siti',
      'Staffing',
      'Cyber Security Agency',
      'No such facilities',
      'Ministry of Justice',
      'Telecoms Regulator',
      'Coordinator Lim',
    ])
      expect(text).not.toContain(secret);
    expect(file.shareable).toBe(true);
    expect(file.assignments).toEqual([]);
    expect(file.history).toEqual([]);
    expect(file.answers.map((a) => a.status)).toEqual(['largely', 'not-applicable']);
  });
});

describe('importing over stored data', () => {
  it('never overwrites silently: an existing assessment waits for a choice', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'assessment', assessmentId: TEST_ASSESSMENT_ID });
    const { plan, writes, undecided } = await preview(file);
    expect(plan.assessments[0]?.options).toEqual(['copy', 'merge', 'skip']);
    expect(undecided.map((a) => a.id)).toEqual([TEST_ASSESSMENT_ID]);
    expect(writes).toBeUndefined();
  });

  it('imports as a copy under a new id, with its answers and history re-keyed', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'assessment', assessmentId: TEST_ASSESSMENT_ID });
    const newId = '00000000-0000-4000-8000-0000000000c0';
    const { writes } = await preview(
      file,
      new Map([[TEST_ASSESSMENT_ID, { action: 'copy', newId }]]),
    );
    expect((await applyImport(writes!)).ok).toBe(true);
    const copy = await db.assessments.get(newId);
    expect(copy?.title).toBe('Test assessment (imported copy)');
    expect(await db.answers.where('assessmentId').equals(newId).count()).toBe(2);
    const history = decodeHistory(
      await db.history.where('assessmentId').equals(newId).toArray(),
    ).rows;
    expect(history).toHaveLength(4);
    expect(history.every((h) => (h.after as { assessmentId: string }).assessmentId === newId)).toBe(
      true,
    );
    expect(await db.answers.where('assessmentId').equals(TEST_ASSESSMENT_ID).count()).toBe(2);
    // The copy gets the file's assignments under its own id; the original keeps its own.
    const [original] = makeExportSource().assignments;
    expect(await storedAssignments(newId)).toEqual({ ...original, assessmentId: newId });
    expect(await storedAssignments(TEST_ASSESSMENT_ID)).toEqual(original);
  });

  it('merges a part: conflicts wait for the coordinator, the loser stays in history', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    // The agency's laptop: the same assessment, norm 13a answered differently.
    const part = await exportFile(
      { kind: 'part', assessmentId: TEST_ASSESSMENT_ID },
      {
        part: { agency: 'Ministry of Justice', normIds: ['13a'] },
      },
    );
    const changed = makeAnswer({
      itemId: '13a-01',
      status: 'fully',
      rev: 1,
      updatedAt: '2026-02-20T00:00:00.000Z',
      updatedBy: 'MoJ',
    });
    const extra = makeAnswer({ itemId: '13a-02', status: 'planned', rev: 1, updatedBy: 'MoJ' });
    const outside = makeAnswer({ itemId: '13c-01', status: 'fully', rev: 9, updatedBy: 'MoJ' });
    // Its history did not start from the coordinator's answer: both sides changed 13a-01.
    const file: ExportFile = { ...part, answers: [changed, extra, outside], history: [] };
    expect(file.part?.normIds).toEqual(['13a']);
    // A part carries no assignments: the coordinator's plan stays as it is.
    expect(part.assignments).toEqual([]);

    const choice = new Map<string, Choice>([
      [TEST_ASSESSMENT_ID, { action: 'merge', targetId: TEST_ASSESSMENT_ID }],
    ]);
    const first = await preview(file, choice);
    expect(first.conflicts.map((c) => c.item.target)).toEqual(['item:13a-01']);
    expect(first.outOfScope).toBe(1);
    expect(first.counts.answers.added).toBe(1);
    expect(first.writes).toBeUndefined();

    const conflict = first.conflicts[0]!;
    // Nothing was sent from here: every field that differs is a conflict, each picked.
    const picks = new Map<string, Side>(
      conflict.item.conflicts.map((c) => [fieldKey(conflict.key, c.field), 'incoming']),
    );
    const resolved = await preview(file, choice, picks);
    expect((await applyImport(resolved.writes!)).ok).toBe(true);
    const stored = await db.answers.get([TEST_ASSESSMENT_ID, '13a-01']);
    expect(stored).toMatchObject({ status: 'fully', rev: 3, updatedBy: 'MoJ' });
    expect(await db.answers.get([TEST_ASSESSMENT_ID, '13a-02'])).toMatchObject({
      status: 'planned',
    });
    expect(await db.answers.get([TEST_ASSESSMENT_ID, '13c-01'])).toMatchObject({
      status: 'not-applicable',
    });
    const merges = (await storedHistory()).filter(
      (h) => h.assessmentId === TEST_ASSESSMENT_ID && h.cause === 'merge',
    );
    const loser = merges.find((h) => h.target === 'item:13a-01');
    expect(loser?.before).toMatchObject({
      status: 'largely',
      notes: 'Ministerial approval pending',
    });
    expect(loser?.by).toBe('Coordinator');
    expect(await storedAssignments(TEST_ASSESSMENT_ID)).toEqual(makeExportSource().assignments[0]);
  });
});

describe('assignments on import', () => {
  const merge = new Map<string, Choice>([
    [TEST_ASSESSMENT_ID, { action: 'merge', targetId: TEST_ASSESSMENT_ID }],
  ]);
  const mine = {
    assessmentId: TEST_ASSESSMENT_ID,
    assignments: [{ agency: 'Foreign Ministry', normIds: ['13c'], itemIds: [] }],
    rev: 7,
    updatedAt: '2026-02-10T08:00:00.000Z',
    updatedBy: 'Coordinator Tan',
  };

  it('a merge keeps the assignments stored on this device', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'backup' });
    await db.meta.put({ key: assignmentsKey(TEST_ASSESSMENT_ID), value: mine });
    const { writes } = await preview(file, merge);
    expect(writes?.assignments).toEqual([]);
    expect((await applyImport(writes!)).ok).toBe(true);
    expect(await storedAssignments(TEST_ASSESSMENT_ID)).toEqual(mine);
  });

  it('a merge takes the file’s assignments when none are stored, one revision on', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'backup' });
    // The same laptop after losing its plan (or one where nothing was assigned yet, rev 3).
    await db.meta.put({
      key: assignmentsKey(TEST_ASSESSMENT_ID),
      value: { ...mine, assignments: [], rev: 3 },
    });
    const { writes } = await preview(file, merge);
    expect((await applyImport(writes!)).ok).toBe(true);
    const [carried] = makeExportSource().assignments;
    expect(await storedAssignments(TEST_ASSESSMENT_ID)).toEqual({ ...carried, rev: 4 });
  });

  it('a full backup restored over stored assessments follows each choice', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'backup' });
    await db.meta.delete(assignmentsKey(TEST_ASSESSMENT_ID));
    const skipped = await preview(file, new Map([[TEST_ASSESSMENT_ID, { action: 'skip' }]]));
    expect(skipped.writes?.assignments).toEqual([]);
    expect((await applyImport(skipped.writes!)).ok).toBe(true);
    expect(await storedAssignments(TEST_ASSESSMENT_ID)).toBeUndefined();
    const merged = await preview(file, merge);
    expect((await applyImport(merged.writes!)).ok).toBe(true);
    expect(await storedAssignments(TEST_ASSESSMENT_ID)).toMatchObject({
      assignments: makeExportSource().assignments[0]!.assignments,
      rev: 1,
    });
  });

  it('refuses when the stored assignments changed after the preview', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'backup' });
    await db.meta.delete(assignmentsKey(TEST_ASSESSMENT_ID));
    const { writes } = await preview(file, merge);
    // Meanwhile the coordinator assigns something in another tab.
    await db.meta.put({ key: assignmentsKey(TEST_ASSESSMENT_ID), value: mine });
    const before = await dump();
    const result = await applyImport(writes!);
    expect(!result.ok && describeFailure(result)).toMatch(/Something changed on this device/);
    expect(await dump()).toEqual(before);
  });
});

describe('the import transaction', () => {
  async function copyWrites() {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'backup' });
    const { writes } = await preview(
      file,
      new Map([
        [TEST_ASSESSMENT_ID, { action: 'copy', newId: '00000000-0000-4000-8000-0000000000c1' }],
      ]),
    );
    return writes!;
  }

  it('leaves the database exactly as it was when a write fails midway', async () => {
    const writes = await copyWrites();
    const before = await dump();
    // The last write of the transaction fails, after states, assessments and answers were put.
    vi.spyOn(db.history, 'bulkAdd').mockImplementation(() => {
      throw new Error('disk full');
    });
    const result = await applyImport(writes);
    expect(result.ok).toBe(false);
    expect(!result.ok && describeFailure(result)).toMatch(/nothing was imported/);
    vi.restoreAllMocks();
    expect(await dump()).toEqual(before);
  });

  it('leaves the database exactly as it was when writing the assignments fails', async () => {
    const writes = await copyWrites();
    expect(writes.assignments).toHaveLength(1);
    const before = await dump();
    vi.spyOn(db.meta, 'bulkPut').mockImplementation(() => {
      throw new Error('disk full');
    });
    const result = await applyImport(writes);
    expect(!result.ok && describeFailure(result)).toMatch(/nothing was imported/);
    vi.restoreAllMocks();
    expect(await dump()).toEqual(before);
  });

  it('leaves the database exactly as it was when an assignments record is invalid', async () => {
    const writes = await copyWrites();
    const before = await dump();
    const [record] = writes.assignments;
    const broken = {
      ...writes,
      // The same agency twice: the schema refuses it.
      assignments: [{ ...record!, assignments: [...record!.assignments, record!.assignments[0]!] }],
    };
    const result = await applyImport(broken);
    expect(!result.ok && describeFailure(result)).toMatch(/failed its check; nothing was imported/);
    expect(await dump()).toEqual(before);
  });

  it('writes the records a file was parsed into as they are, and parses every other record again', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'backup' });
    await wipe();
    const { writes } = await preview(file);
    // Added under their own id: the very objects of the parse, which the write does not parse again.
    expect(writes!.answers[0]).toBe(file.answers[0]);
    expect(writes!.history[0]).toBe(file.history[0]);
    expect(wasParsed(file.answers[0]!)).toBe(true);
    // A record changed after the parse is a new object: parsed, and refused when invalid.
    const changed = { ...file.answers[0]!, rev: -1 };
    expect(wasParsed(changed)).toBe(false);
    const result = await applyImport({ ...writes!, answers: [changed] });
    expect(!result.ok && failureOf(result).code).toBe('import.record-invalid');
    expect(await db.answers.count()).toBe(0);
    expect(await applyImport(writes!)).toEqual({ ok: true, value: undefined });
  });

  it('leaves the database exactly as it was when a record is invalid', async () => {
    const writes = await copyWrites();
    const before = await dump();
    const broken = { ...writes, answers: [...writes.answers, { ...writes.answers[0]!, rev: -1 }] };
    const result = await applyImport(broken);
    expect(result.ok).toBe(false);
    expect(await dump()).toEqual(before);
  });

  it('refuses when a merged answer changed after the preview', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'assessment', assessmentId: TEST_ASSESSMENT_ID });
    const changed = {
      ...file,
      answers: file.answers.map((a) => ({ ...a, status: 'fully' as const, rev: a.rev + 5 })),
    };
    // Not sent from here: the changed status is a conflict (the file's history is not trusted to
    // say the stored answer is old); the coordinator takes the file's.
    const choice = new Map<string, Choice>([
      [TEST_ASSESSMENT_ID, { action: 'merge', targetId: TEST_ASSESSMENT_ID }],
    ]);
    const { conflicts } = await preview(changed, choice);
    const picks = new Map<string, Side>(
      conflicts.flatMap((c) =>
        c.item.conflicts.map((f) => [fieldKey(c.key, f.field), 'incoming'] as const),
      ),
    );
    const { writes } = await preview(changed, choice, picks);
    expect(writes?.answers.map((a) => a.status)).toEqual(['fully', 'fully']);
    await db.answers.update([TEST_ASSESSMENT_ID, '13a-01'], { rev: 40 });
    const before = await dump();
    const result = await applyImport(writes!);
    expect(!result.ok && describeFailure(result)).toMatch(/Something changed on this device/);
    expect(await dump()).toEqual(before);
  });
});

describe('checklist packs an import needs', () => {
  it('offers to install a pack the file carries', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'backup' });
    await wipe();
    const { plan } = await preview(file);
    expect(plan.packsToInstall.map((p) => `${p.id}@${p.version}`)).toEqual(['test-pack@1.0.0']);
  });

  it('refuses, naming the version, when the file does not carry the pack', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    const file = await exportFile({ kind: 'backup' });
    await wipe();
    const ctx = await loadImportContext(file);
    const plan = planImport({ ...file, packs: [] }, ctx);
    expect(!plan.ok && failureOf(plan)).toEqual({
      code: 'import.missing-packs',
      packs: [{ id: 'test-pack', version: '1.0.0' }],
    });
    expect(!plan.ok && describeFailure(plan)).toMatch(
      /^Unknown checklist version: “test-pack” version 1\.0\.0 is not installed/,
    );
  });
});

describe('changes since the last backup', () => {
  it('counts history entries after the recorded backup', async () => {
    await seedExportSource({ withAssignments: true, installedAt: AT });
    expect(await getBackupStatus()).toEqual({ lastBackupAt: undefined, changesSince: 4 });
    await recordBackup('2026-01-12T12:00:00.000Z');
    expect(await getBackupStatus()).toEqual({
      lastBackupAt: '2026-01-12T12:00:00.000Z',
      changesSince: 2,
    });
  });

  it('reads a damaged lastBackupAt as never backed up', async () => {
    await db.meta.put({ key: 'lastBackupAt', value: 'yesterday' });
    expect((await getBackupStatus()).lastBackupAt).toBeUndefined();
  });
});
