/**
 * Issue 17 (data safety, found by new users): an agency's part held on its device (a part received
 * with partDirection 'sent', meta `heldPart:<id>`) was listed on Home and in Backup's "Who has
 * answered" like any assessment. Every list marks it "Agency part of <title> (<agency>)", and the
 * coordinator's table, which only makes sense for a whole cycle, does not offer it.
 */
import 'fake-indexeddb/auto';
import { configure, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import StatesSection from '../../src/views/Home/StatesSection.svelte';
import WhoHasAnswered from '../../src/views/Backup/WhoHasAnswered.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { db } from '../../src/lib/storage/db';
import { createAssessment } from '../../src/lib/storage/assessments';
import { addState } from '../../src/lib/storage/states';
import { heldPartKey } from '../../src/lib/storage/coordination';
import { trashAssessments } from '../../src/lib/storage/trash';
import { loadBackupLists, wholeCyclesOf } from '../../src/lib/state/backupScreen.svelte';
import type { Assessment } from '../../src/lib/schema/assessment';

configure({ asyncUtilTimeout: 4000 });

useFreshDatabase({ clearAddress: true });

async function assessment(title: string): Promise<Assessment> {
  const r = await createAssessment(
    {
      stateCode: 'TL',
      title,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      leadAgency: 'ANC',
      people: [],
      alias: '',
    },
    bundledPack,
    'Ana',
  );
  if (!r.ok) throw new Error('not created');
  return r.value;
}

async function seed(): Promise<{ whole: Assessment; part: Assessment }> {
  await addState('TL');
  const whole = await assessment('Timor-Leste 2025');
  const part = await assessment('Timor-Leste 2026');
  await db.meta.put({
    key: heldPartKey(part.id),
    value: {
      type: 'nic-held-part',
      version: 1,
      assessmentId: part.id,
      scope: { agency: 'Ministry of Justice', normIds: ['13a'] },
      exportedAt: '2026-03-01T10:00:00.000Z',
      importedAt: '2026-03-02T10:00:00.000Z',
    },
  });
  return { whole, part };
}

const mark = (title: string, agency: string) =>
  `Agency part of \u2068${title}\u2069 (\u2068${agency}\u2069)`;

describe('a held agency part is marked in every list (issue 17)', () => {
  it('Home: the part is named "Agency part of <title> (<agency>)", a whole cycle by its title', async () => {
    await seed();
    render(StatesSection);
    const list = await screen.findByRole('list', { name: /Timor-Leste/ });
    expect(
      await within(list).findByRole('link', {
        name: mark('Timor-Leste 2026', 'Ministry of Justice'),
      }),
    ).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Timor-Leste 2025' })).toBeInTheDocument();
  });

  it('Trash: a trashed part keeps its mark', async () => {
    const { part } = await seed();
    await trashAssessments([part.id], new Date().toISOString());
    render(StatesSection);
    const trash = await screen.findByRole('region', { name: 'Trash' });
    expect(
      within(trash).getByText(/Agency part of \u2068Timor-Leste 2026\u2069/),
    ).toBeInTheDocument();
  });

  it('Backup: "Who has answered" offers whole cycles only', async () => {
    await seed();
    const lists = await loadBackupLists();
    expect(
      lists.heldParts?.get(lists.assessments.find((a) => a.title === 'Timor-Leste 2026')!.id),
    ).toBe('Ministry of Justice');
    render(WhoHasAnswered, {
      assessments: wholeCyclesOf(lists),
      openConflicts: undefined,
      version: 0,
    });
    const picker = screen.getByRole('combobox', { name: /assessment/i });
    const options = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['TL · Timor-Leste 2025']);
  });
});
