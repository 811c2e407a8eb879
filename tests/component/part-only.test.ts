import { configure, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import DashboardView from '../../src/views/Dashboard/DashboardView.svelte';
import ReportView from '../../src/views/Report/ReportView.svelte';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { planImport, previewImport } from '../../src/lib/domain/importPlan';
import { describeFailure } from '../../src/lib/i18n/failures';
import { applyImport, loadImportContext } from '../../src/lib/storage/exchange';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
} from '../fixtures/factories/exports';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { createAssessment } from '../../src/lib/storage/assessments';
import { loadCycleWithHistory } from '../../src/lib/storage/cycles';
import { listAssessmentChoices, loadStateCycles } from '../../src/lib/storage/compare';
import { loadComparison } from '../../src/lib/state/cycles';

/**
 * Issue 16, left by session 2 (a WRONG FIGURE): an assessment added on this device from a part holds
 * one agency's answers only. Its dashboard and report say so and show no whole-assessment score.
 */

configure({ asyncUtilTimeout: 4000 });
useFreshDatabase();

/** The agency's device: the part the coordinator sent, added through the import. */
async function receivePart(): Promise<void> {
  const file = await sealExport(
    buildExportBody(makeExportSource(), {
      kind: 'part',
      appVersion: TEST_APP_VERSION,
      exportedAt: TEST_EXPORTED_AT,
      shareable: false,
      part: { agency: 'National Police', normIds: ['13a'] },
      partDirection: 'sent',
    }),
  );
  const ctx = await loadImportContext(file);
  const plan = planImport(file, ctx, new Date('2026-03-01T00:00:00.000Z'));
  if (!plan.ok) throw new Error(describeFailure(plan));
  const preview = previewImport(
    plan.value,
    ctx,
    new Map(),
    new Map(),
    '2026-03-01T00:00:00.000Z',
    'Police',
  );
  const written = await applyImport(preview.writes!);
  if (!written.ok) throw new Error(describeFailure(written));
}

const SENTENCE =
  /is only the part given to National Police on this device: .*not scored as a whole assessment/;

describe('an assessment that is only a part on this device', () => {
  it('its dashboard says so and shows no score', async () => {
    await receivePart();
    render(DashboardView, { params: { id: TEST_ASSESSMENT_ID }, query: new URLSearchParams() });
    expect(await screen.findByRole('alert')).toHaveTextContent(SENTENCE);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByText(/%/)).toBeNull();
  });

  it('its report says so and offers no report to make', async () => {
    await receivePart();
    render(ReportView, { params: { id: TEST_ASSESSMENT_ID }, query: new URLSearchParams() });
    expect(await screen.findByRole('alert')).toHaveTextContent(SENTENCE);
    expect(screen.queryByRole('button', { name: 'Make PDF' })).toBeNull();
  });
});

describe('a part held on this device is never a cycle of its State', () => {
  // A tester's coordinator device held an imported part of 2025: the 2026 dashboard took it as the
  // earlier cycle ("Progress since 2025 2 %", 0 % for the ten norms the part does not cover).
  async function laterWholeCycle(): Promise<string> {
    const r = await createAssessment(
      {
        stateCode: 'SG',
        title: 'Singapore 2027',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        leadAgency: 'CSA',
        people: [],
        alias: '2027',
      },
      bundledPack,
      'Ana',
    );
    if (!r.ok) throw new Error(describeFailure(r));
    return r.value.id;
  }

  it('is not the earlier cycle of the dashboard and report', async () => {
    await receivePart();
    const later = await laterWholeCycle();
    const loaded = await loadCycleWithHistory(later, { withEarlier: true });
    expect(loaded.ok && loaded.value.previous).toBeNull();
    expect(loaded.ok && loaded.value.earlier).toEqual([]);
  });

  it('is not in the timeline or the comparison pickers, and is not compared', async () => {
    await receivePart();
    const later = await laterWholeCycle();
    const timeline = await loadStateCycles('SG');
    expect(timeline.cycles.map((c) => c.assessment.id)).toEqual([later]);
    const choices = await listAssessmentChoices();
    expect(choices.choices.flatMap((c) => c.assessments.map((a) => a.id))).toEqual([later]);
    const compared = await loadComparison(TEST_ASSESSMENT_ID, later);
    expect(compared).toMatchObject({ kind: 'failed', failure: { code: 'assessment.only-a-part' } });
  });
});
