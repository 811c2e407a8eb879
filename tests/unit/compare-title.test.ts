import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { documentTitle, loadTitleSubject } from '../../src/lib/state/pageTitle';
import { seedAssessment } from '../fixtures/seedWorkspace';

/**
 * Issue 16 leftover: the Compare screen's tab title said only "Compare cycles"; with several tabs
 * open, which two assessments it compares could not be told. It names both (older first).
 */
const APP = 'Norms Implementation Checklist';

beforeEach(async () => {
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('the Compare tab title', () => {
  it('names the two assessments, the State once when both are its cycles', async () => {
    const older = await seedAssessment({ stateCode: 'MY', title: 'Malaysia 2025', alias: '2025' });
    const newer = await seedAssessment({ stateCode: 'MY', title: 'Malaysia 2026', alias: '2026' });
    const subject = await loadTitleSubject({}, new URLSearchParams({ a: older.id, b: newer.id }));
    expect(documentTitle('compare', subject)).toBe(
      `Compare cycles — Malaysia 2025 and 2026 — ${APP}`,
    );
  });

  it('names each State when they differ, and leaves out an assessment that is not found', async () => {
    const my = await seedAssessment({ stateCode: 'MY', title: 'Malaysia 2026', alias: '2026' });
    const th = await seedAssessment({ stateCode: 'TH', title: 'Thailand 2026', alias: '2026' });
    const both = await loadTitleSubject({}, new URLSearchParams({ a: my.id, b: th.id }));
    expect(documentTitle('compare', both)).toBe(
      `Compare cycles — Malaysia 2026 and Thailand 2026 — ${APP}`,
    );
    const one = await loadTitleSubject(
      {},
      new URLSearchParams({ a: my.id, b: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(documentTitle('compare', one)).toBe(`Compare cycles — Malaysia 2026 — ${APP}`);
    expect(documentTitle('compare', await loadTitleSubject({}, new URLSearchParams()))).toBe(
      `Compare cycles — ${APP}`,
    );
  });
});
