import { render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import CompareView from '../../src/views/Compare/CompareView.svelte';
import { db } from '../../src/lib/storage/db';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import type { Assessment } from '../../src/lib/schema/assessment';
import { makeAssessment } from '../fixtures/factories/answers';
import { makeState, sealedExport, testPack } from '../fixtures/factories/exports';
import { exchangeTables } from '../fixtures/seedDb';
import { checkFile, renderBackup } from './support/backupScreen';

/**
 * Session 5, fixnames item 1 (tester: a full backup of 5 States × 3 cycles, all titled "National
 * self-assessment"): wherever assessments of several States are listed together they are named with
 * their State ("BN · National self-assessment (2026)", domain/names.ts assessmentNameWithState) and
 * listed by State, then newest cycle first (domain/cycles.ts byStateThenNewest).
 */

const TITLE = 'National self-assessment';
// Stored/filed in a mixed order, as the tester's file was.
const MIXED: [string, string][] = [
  ['MY', '2026'],
  ['ID', '2026'],
  ['BN', '2025'],
  ['MY', '2025'],
  ['BN', '2026'],
  ['ID', '2025'],
];
const EXPECTED = [
  `BN · ${TITLE} (2026)`,
  `BN · ${TITLE} (2025)`,
  `ID · ${TITLE} (2026)`,
  `ID · ${TITLE} (2025)`,
  `MY · ${TITLE} (2026)`,
  `MY · ${TITLE} (2025)`,
];

const states = () =>
  [
    ['MY', 'Malaysia'],
    ['BN', 'Brunei Darussalam'],
    ['ID', 'Indonesia'],
  ].map(([code, name]) => makeState({ code, name }));

function assessments(pack: { id: string; version: string }): Assessment[] {
  return MIXED.map(([code, year], i) =>
    makeAssessment({
      id: `00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`,
      stateCode: code,
      title: TITLE,
      alias: year,
      packId: pack.id,
      packVersion: pack.version,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    }),
  );
}

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});

describe('assessments of several States: named with their State, one order (fixnames item 1)', () => {
  it("Compare's Older/Newer selects name each assessment with its State, by State then newest", async () => {
    await db.states.bulkPut(states());
    await db.assessments.bulkPut(assessments(bundledPack));
    render(CompareView, { params: {}, query: new URLSearchParams() });
    for (const name of ['Older assessment', 'Newer assessment']) {
      const select = await screen.findByRole('combobox', { name: new RegExp(name) });
      await within(select).findByRole('option', { name: EXPECTED[0] });
      const options = within(select)
        .getAllByRole('option')
        .map((o) => o.textContent?.trim())
        .filter((text) => text !== 'Choose…' && text !== '');
      expect(options.filter((o) => o?.includes(TITLE))).toEqual(EXPECTED);
    }
  });

  it('the import preview of a full backup names each assessment with its State, by State then newest', async () => {
    const pack = testPack();
    const file = await sealedExport(
      { kind: 'backup' },
      {
        states: states(),
        assessments: assessments(pack),
        answers: [],
        normAnswers: [],
        history: [],
        packs: [pack],
        assignments: [],
      },
    );
    renderBackup();
    await checkFile(JSON.stringify(file), 'full.json');
    const preview = await screen.findByRole('region', { name: 'File: full.json' });
    const legends = within(preview)
      .getAllByRole('group')
      .map((g) => g.querySelector('legend')?.textContent?.trim())
      .filter((text) => text?.includes(TITLE));
    expect(legends).toEqual(EXPECTED);
  }, 30_000);
});
