import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AnswerStatus } from '../../src/lib/schema/assessment';
import { test, expect } from './fixtures';
import { bundledPackRef, readDump, seedDump, type DbDump } from './support/seed';
import {
  formatOneAnswer as answer,
  formatOneAssessment,
  sharedCycleFileText,
} from '../fixtures/factories/sharedFiles';

/**
 * Progress over time and comparison against the built app and a real IndexedDB: two cycles of one
 * State (seeded as the v1 schema stores them), the timeline and the comparison of the two; and the
 * regional view of shared export files, which must write nothing to the user's own database.
 */

const OLDER = '7a1c0d3e-0b5f-4c2a-9e61-2f3a4b5c6d01';
const NEWER = '7a1c0d3e-0b5f-4c2a-9e61-2f3a4b5c6d02';
const AT = '2026-03-01T08:00:00.000Z';

const assessment = (id: string, alias: string, year: number) =>
  formatOneAssessment({
    id,
    stateCode: 'SG',
    pack: bundledPackRef(),
    year,
    alias,
    leadAgency: 'CSA',
  });

/** axe-core, WCAG 2.0/2.1 A and AA: no serious or critical violation on the screen as shown. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

function twoCycles(): DbDump {
  const v1 = readDump(1);
  return {
    version: v1.version,
    stores: v1.stores,
    tables: {
      states: [{ code: 'SG', name: 'Singapore', asean: true, createdAt: AT }],
      assessments: [assessment(OLDER, '2024', 2024), assessment(NEWER, '2026', 2026)],
      answers: [
        answer(OLDER, '13a-01', 'planned', 'Drafting the strategy'),
        answer(OLDER, '13b-01', 'largely'),
        answer(NEWER, '13a-01', 'fully', 'Strategy adopted'),
        answer(NEWER, '13b-01', 'in-progress'),
      ],
      normAnswers: [],
      history: [],
      packs: [],
      meta: [],
    },
  };
}

test('two cycles: the timeline shows both, the comparison shows the deltas and the notes', async ({
  page,
}) => {
  await seedDump(page, twoCycles());
  await page.goto('./#/states/SG/timeline');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Progress over time: Singapore' }),
  ).toBeVisible();
  const series = page.getByRole('table', { name: 'Scores by cycle (overall and per norm)' });
  await expect(series.getByRole('columnheader')).toHaveText(['Score', '2024', '2026']);
  // chart.js draws the same figures on a canvas, loaded on demand from the local server.
  await expect(page.getByRole('img', { name: /Scores by cycle/ }).locator('canvas')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Areas of concern' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Compare the last two cycles action by action' }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare\\?a=${OLDER}&b=${NEWER}`));
  const norms = page.getByRole('table', { name: 'Scores by norm' });
  await expect(norms.getByRole('row', { name: /Norm 13\(a\)/ })).toContainText('▲ +');
  await expect(norms.getByRole('row', { name: /Norm 13\(b\)/ })).toContainText('▼ −');
  await expect(page.getByText(/100\s?% of practical actions in common/)).toBeVisible();

  const items = page.getByRole('table', { name: 'Practical actions', exact: true });
  await expect(page.getByRole('checkbox', { name: 'Show only changes' })).toBeChecked();
  await expect(items.getByRole('row')).toHaveCount(3);
  const changed = items.getByRole('row', { name: /13a-01/ });
  await changed.getByText('Evidence and notes, before and after').click();
  await expect(changed.getByRole('group', { name: 'Before (2024)' })).toContainText(
    'Drafting the strategy',
  );
  await expect(changed.getByRole('group', { name: 'After (2026)' })).toContainText(
    'Strategy adopted',
  );
  await expectAccessible(page);
});

function exportFileText(stateCode: string, name: string, status: AnswerStatus): Promise<string> {
  return sharedCycleFileText({
    id:
      stateCode === 'MY'
        ? '8b2d1e4f-1c6a-4d3b-8f72-3a4b5c6d7e01'
        : '8b2d1e4f-1c6a-4d3b-8f72-3a4b5c6d7e02',
    state: { code: stateCode, name },
    pack: bundledPackRef(),
    answers: [
      ['13g-01', status],
      ['13a-01', 'fully'],
    ],
  });
}

test('regional view: shared files side by side, common gaps, nothing stored', async ({ page }) => {
  await page.goto('./#/region');
  await expect(page.getByRole('heading', { level: 1, name: 'Regional comparison' })).toBeVisible();
  await page.getByLabel('Choose shared export files to compare (JSON)').setInputFiles([
    {
      name: 'malaysia.json',
      mimeType: 'application/json',
      buffer: Buffer.from(await exportFileText('MY', 'Malaysia', 'planned')),
    },
    {
      name: 'thailand.json',
      mimeType: 'application/json',
      buffer: Buffer.from(await exportFileText('TH', 'Thailand', 'not-started')),
    },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"x"') },
  ]);
  await page.getByRole('button', { name: 'Load files' }).click();

  const loaded = page.getByRole('table', { name: 'States compared' });
  await expect(loaded.getByRole('row', { name: /Malaysia/ })).toContainText('version 1.0.0');
  await expect(loaded.getByRole('row', { name: /Thailand/ })).toContainText('Yes');
  await expect(page.getByRole('alert')).toContainText('broken.json');
  const gaps = page.getByRole('table', { name: 'Common gaps' });
  // The share says what it is a share of (issue 16: a clear heading).
  await expect(
    gaps.getByRole('columnheader', {
      name: 'Share below “Largely implemented”, of the States that answered this action',
    }),
  ).toBeVisible();
  await expect(gaps.getByRole('row').nth(1)).toContainText('13g-01');
  await expect(gaps.getByRole('row').nth(1)).toContainText('2: Malaysia, Thailand');
  await expectAccessible(page);

  // Held in memory only: the user's own database has no State and no assessment from the files.
  const counts = await page.evaluate(async () => {
    const req = indexedDB.open('nic-self-assessment');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const names = ['states', 'assessments', 'answers'].filter((n) =>
      idb.objectStoreNames.contains(n),
    );
    const out: number[] = [];
    for (const n of names) {
      const c = idb.transaction(n).objectStore(n).count();
      out.push(
        await new Promise<number>((resolve) => {
          c.onsuccess = () => resolve(c.result);
        }),
      );
    }
    idb.close();
    return out;
  });
  expect(counts.every((c) => c === 0)).toBe(true);
});
