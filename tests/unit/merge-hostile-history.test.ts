import 'fake-indexeddb/auto';
import { describeFailure } from '../../src/lib/i18n/failures';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { applyImport, loadImportContext, readExportSource } from '../../src/lib/storage/exchange';
import { buildExportBody } from '../../src/lib/domain/exchange';
import { planImport, previewImport, type Choice } from '../../src/lib/domain/importPlan';
import type { ExportFile } from '../../src/lib/schema/exportFile';
import type { Answer } from '../../src/lib/schema/assessment';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import { TEST_APP_VERSION, TEST_EXPORTED_AT } from '../fixtures/factories/exports';
import { exchangeTables, seedExportSource } from '../fixtures/seedDb';

/**
 * Issue 12: history in a file is unverified input. A full backup whose history claims that the
 * stored answer is an old version of the file's (before = the stored answer, after = the file's,
 * a later revision and time) must not replace the stored answer silently: only stored data and the
 * file's records decide, and a differing value is a conflict for the user.
 */
const AT = '2026-03-01T12:00:00.000Z';

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});

describe('a hostile backup whose history calls the stored answer old', () => {
  it('makes the differing fields a conflict and writes nothing until the user picks', async () => {
    await seedExportSource({ installedAt: AT });
    const read = await readExportSource({ kind: 'backup' });
    if (!read.ok) throw new Error(describeFailure(read));
    const body = buildExportBody(read.value.source, {
      kind: 'backup',
      appVersion: TEST_APP_VERSION,
      exportedAt: TEST_EXPORTED_AT,
      shareable: false,
    });
    const stored = (await db.answers.toArray()).find(
      (a) => a.assessmentId === TEST_ASSESSMENT_ID && a.status !== undefined,
    ) as Answer;
    expect(stored).toBeDefined();
    const hostile: Answer = {
      ...stored,
      notes: 'Planted by the file',
      rev: stored.rev + 5,
      updatedAt: '2026-02-28T00:00:00.000Z',
      updatedBy: 'Someone else',
    };
    const file = {
      ...body,
      answers: body.answers.map((a) =>
        a.assessmentId === hostile.assessmentId && a.itemId === hostile.itemId ? hostile : a,
      ),
      history: [
        ...body.history,
        {
          assessmentId: TEST_ASSESSMENT_ID,
          target: `item:${stored.itemId}`,
          at: hostile.updatedAt,
          by: hostile.updatedBy,
          cause: 'edit' as const,
          before: stored,
          after: hostile,
        },
      ],
    } as unknown as ExportFile;

    const ctx = await loadImportContext(file);
    const plan = planImport(file, ctx);
    if (!plan.ok) throw new Error(describeFailure(plan));
    const choices = new Map<string, Choice>([
      [TEST_ASSESSMENT_ID, { action: 'merge', targetId: TEST_ASSESSMENT_ID }],
    ]);
    const preview = previewImport(plan.value, ctx, choices, new Map(), AT, 'Coordinator');
    const conflict = preview.conflicts.find((c) => c.item.target === `item:${stored.itemId}`);
    expect(conflict?.item.outcome).toBe('conflict');
    expect(conflict?.item.conflicts.map((f) => f.field)).toContain('notes');
    // Without the user's pick there is nothing to apply; the stored answer stays as it is.
    if (preview.writes) {
      expect(
        preview.writes.answers.find((a) => a.itemId === stored.itemId && a.notes === hostile.notes),
      ).toBeUndefined();
      expect((await applyImport(preview.writes)).ok).toBe(true);
    }
    const after = await db.answers.get([TEST_ASSESSMENT_ID, stored.itemId]);
    expect(after?.notes).toBe(stored.notes);
  });
});
