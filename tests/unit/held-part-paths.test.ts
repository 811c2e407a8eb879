import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import { db } from '../../src/lib/storage/db';
import { applyImport } from '../../src/lib/storage/exchange';
import { heldPartIds, heldPartKey } from '../../src/lib/storage/coordination';
import { previewImport, writesAnything, type Choice } from '../../src/lib/domain/importPlan';
import { heldPartExport, withoutHeldParts } from '../../src/lib/domain/coordination';
import { makeExport, type ExportRequest } from '../../src/lib/state/backupExport';
import { openImport } from '../../src/lib/state/openImport';
import {
  HELD_PART_TYPE,
  HELD_PART_VERSION,
  type HeldPart,
} from '../../src/lib/schema/coordination';
import { t } from '../../src/lib/i18n';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import { exchangeTables, seedExportSource } from '../fixtures/seedDb';

/**
 * Tester A (session 4), the coordinator / agency-part flow: a held part never leaves the device as
 * a whole assessment (finding 1); a whole assessment merged into a held part makes it whole
 * (finding 2); "Imported" only when something was written (finding 5); a merge into an assessment
 * in the trash names it and restores it (finding 6). Through the screen's own export and import
 * functions, into fake-indexeddb.
 */

const NOW = new Date('2026-11-30T10:00:00.000Z');
const AGENCY = 'Ministry of Foreign Affairs';
const HELD: HeldPart = {
  type: HELD_PART_TYPE,
  version: HELD_PART_VERSION,
  assessmentId: TEST_ASSESSMENT_ID,
  scope: { agency: AGENCY, normIds: ['13a'] },
  exportedAt: '2026-11-29T09:00:00.000Z',
  importedAt: '2026-11-29T09:30:00.000Z',
};

async function wipe() {
  for (const table of exchangeTables()) await table.clear();
}

async function exportText(request: ExportRequest) {
  const exported = await makeExport({ now: NOW, ...request });
  if (!exported.ok) throw new Error(describeFailure(exported));
  return { ...exported.value, text: await exported.value.blob.text() };
}

/** "One assessment" of the factory's assessment. */
const exportWhole = () =>
  exportText({ scope: { kind: 'assessment', assessmentId: TEST_ASSESSMENT_ID }, shareable: false });

/** Opens a file's text on this device and previews it with `choices` (by assessment id). */
async function previewOf(text: string, choices: [string, Choice][] = []) {
  const opened = await openImport(text, 'file.json', undefined);
  if (!opened.ok) throw new Error(describeFailure(opened));
  const { plan, ctx } = opened.value;
  return {
    plan,
    preview: previewImport(plan, ctx, new Map(choices), new Map(), NOW.toISOString(), 'Tester'),
  };
}

beforeEach(async () => {
  await wipe();
});

describe('a held part never leaves the device as a whole assessment (finding 1)', () => {
  it('"One assessment" of a held part writes the part, returned, with the scope it came with', async () => {
    await seedExportSource();
    await db.meta.put({ key: heldPartKey(TEST_ASSESSMENT_ID), value: HELD });
    const file = await exportWhole();
    const body = JSON.parse(file.text) as {
      kind: string;
      part?: unknown;
      partDirection?: string;
      answers: { itemId: string }[];
    };
    expect(body.kind).toBe('part');
    expect(body.partDirection).toBe('returned');
    expect(body.part).toEqual(HELD.scope);
    // Only the part's actions: 13c-01 (outside it) is stored here but not written.
    expect(body.answers.map((a) => a.itemId).every((id) => id.startsWith('13a-'))).toBe(true);

    // On an empty device it is never added as a whole cycle.
    await wipe();
    const { plan } = await previewOf(file.text);
    expect(plan.assessments[0]!.options).not.toContain('add');
    expect(plan.assessments[0]!.returnedWithoutAssessment).toBe(true);
  });

  it('a State export leaves out the parts this device holds', async () => {
    await seedExportSource();
    await db.meta.put({ key: heldPartKey(TEST_ASSESSMENT_ID), value: HELD });
    const file = await exportText({ scope: { kind: 'state', stateCode: 'SG' }, shareable: false });
    const body = JSON.parse(file.text) as { assessments: unknown[]; answers: unknown[] };
    expect(body.assessments).toHaveLength(0);
    expect(body.answers).toHaveLength(0);
  });

  it('as a rule: heldPartExport and withoutHeldParts', () => {
    expect(heldPartExport(undefined)).toBeUndefined();
    expect(heldPartExport(HELD)).toEqual({
      kind: 'part',
      part: HELD.scope,
      partDirection: 'returned',
    });
    const source = { assessments: [{ id: 'a' }, { id: 'b' }] as never[] };
    expect(withoutHeldParts(source, new Set(['a'])).assessments).toEqual([{ id: 'b' }]);
  });
});

describe('a whole assessment merged into a held part makes it whole (finding 2)', () => {
  it('the preview says so, the merge removes the held mark, and it is not "written from this part"', async () => {
    await seedExportSource();
    const whole = await exportWhole();
    // The agency's device: holds only its part of that assessment.
    await db.meta.put({ key: heldPartKey(TEST_ASSESSMENT_ID), value: HELD });
    const { preview } = await previewOf(whole.text, [
      [TEST_ASSESSMENT_ID, { action: 'merge', targetId: TEST_ASSESSMENT_ID }],
    ]);
    expect(preview.wholeAgain.map((w) => [w.assessment.id, w.agency])).toEqual([
      [TEST_ASSESSMENT_ID, AGENCY],
    ]);
    expect(preview.writes?.wholeAgain).toEqual([TEST_ASSESSMENT_ID]);
    expect(t.coordinator.wholeOverPart('Singapore 2026', AGENCY)).toContain(
      'makes the assessment whole',
    );
    expect(t.coordinator.mergedRecordsHeading(t.coordinator.recordAnswers(47), false)).toMatch(
      /^Written from this file /,
    );
    expect(t.coordinator.mergedRecordsHeading(t.coordinator.recordAnswers(3), true)).toMatch(
      /^Written from this part /,
    );

    expect(await applyImport(preview.writes!)).toEqual({ ok: true, value: undefined });
    expect(await heldPartIds()).toEqual(new Set());
  });
});

describe('"Imported" only when something was written (finding 5)', () => {
  it('a file whose every record is already stored writes nothing', async () => {
    await seedExportSource();
    const same = await exportWhole();
    const { preview } = await previewOf(same.text, [
      [TEST_ASSESSMENT_ID, { action: 'merge', targetId: TEST_ASSESSMENT_ID }],
    ]);
    expect(preview.writes).toBeDefined();
    expect(writesAnything(preview.writes!)).toBe(false);
    expect(t.coordinator.nothingImported).toMatch(/^Nothing was imported/);
  });

  it('every assessment skipped writes nothing either', async () => {
    await seedExportSource();
    const same = await exportWhole();
    const { preview } = await previewOf(same.text, [[TEST_ASSESSMENT_ID, { action: 'skip' }]]);
    expect(writesAnything(preview.writes!)).toBe(false);
  });
});

describe('a merge into an assessment in the trash (finding 6)', () => {
  it('names the trashed target and takes it out of the trash', async () => {
    await seedExportSource();
    const part = await exportText({
      scope: { kind: 'part', assessmentId: TEST_ASSESSMENT_ID },
      shareable: false,
      part: { agency: AGENCY, normIds: ['13a'] },
    });
    const stored = await db.assessments.get(TEST_ASSESSMENT_ID);
    await db.assessments.put({ ...stored!, deletedAt: '2026-11-30T09:00:00.000Z' });
    const { preview } = await previewOf(part.text, [
      [TEST_ASSESSMENT_ID, { action: 'merge', targetId: TEST_ASSESSMENT_ID }],
    ]);
    expect(preview.restoring.map((a) => a.id)).toEqual([TEST_ASSESSMENT_ID]);
    expect(preview.writes?.restored).toEqual([TEST_ASSESSMENT_ID]);
    expect(writesAnything(preview.writes!)).toBe(true);
    expect(await applyImport(preview.writes!)).toEqual({ ok: true, value: undefined });
    expect((await db.assessments.get(TEST_ASSESSMENT_ID))?.deletedAt).toBeUndefined();
  });
});
