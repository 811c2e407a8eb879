import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import CompareView from '../../src/views/Compare/CompareView.svelte';
import { db } from '../../src/lib/storage/db';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { makeAnswer, makeAssessment } from '../fixtures/factories/answers';

const OLDER = '00000000-0000-4000-8000-0000000000a1';
const NEWER = '00000000-0000-4000-8000-0000000000a2';

async function seed() {
  await db.states.put({
    code: 'SG',
    name: 'Singapore',
    asean: true,
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  const base = { stateCode: 'SG', packId: bundledPack.id, packVersion: bundledPack.version };
  await db.assessments.bulkPut([
    makeAssessment({
      ...base,
      id: OLDER,
      alias: '2024',
      title: 'Cycle 2024',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
    }),
    makeAssessment({
      ...base,
      id: NEWER,
      alias: '2026',
      title: 'Cycle 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    }),
  ]);
  await db.answers.bulkPut([
    makeAnswer({
      assessmentId: OLDER,
      itemId: '13a-01',
      status: 'planned',
      notes: 'Waiting for cabinet approval.',
      evidence: { text: 'Draft memo', links: [] },
    }),
    makeAnswer({ assessmentId: OLDER, itemId: '13a-02', status: 'largely' }),
    makeAnswer({
      assessmentId: NEWER,
      itemId: '13a-01',
      status: 'fully',
      notes: 'Approved in March.',
      evidence: { text: 'Gazette notice', links: ['https://example.org/gazette'] },
    }),
    makeAnswer({ assessmentId: NEWER, itemId: '13a-02', status: 'largely' }),
  ]);
}

function renderView(a = OLDER, b = NEWER) {
  return render(CompareView, {
    params: {},
    query: new URLSearchParams({ a, b }),
  });
}

describe('compare view', () => {
  beforeEach(async () => {
    await Promise.all([db.states.clear(), db.assessments.clear(), db.answers.clear()]);
    await seed();
  });

  it('shows both checklist versions and the per-norm change in words, not colour alone', async () => {
    renderView(NEWER, OLDER); // picked in the "wrong" order: the older cycle still goes left
    const table = await screen.findByRole('table', { name: 'Scores by norm' });
    expect(within(table).getByRole('columnheader', { name: 'Before (2024)' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /Norm 13\(a\)/ });
    // 13a-01 planned → fully over the norm's items: a rise, said with an arrow and a word.
    expect(row).toHaveTextContent(/\+\d+\.\d\s?pp/);
    expect(within(table).getByRole('row', { name: /Norm 13\(b\)/ })).toHaveTextContent('0.0 pp');
    expect(screen.getByText(/Both use the same checklist version/)).toBeInTheDocument();
    expect(screen.getByText(/100\s?% of practical actions in common/)).toBeInTheDocument();
  });

  it('opened with only the newer cycle ("Compare with another cycle"), presets the older with the dashboard\'s baseline', async () => {
    // A third, newest cycle: the baseline of 2026 is 2024 (the latest that starts before it).
    await db.assessments.put(
      makeAssessment({
        stateCode: 'SG',
        packId: bundledPack.id,
        packVersion: bundledPack.version,
        id: '00000000-0000-4000-8000-0000000000a3',
        alias: '2027',
        title: 'Cycle 2027',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
      }),
    );
    render(CompareView, { params: {}, query: new URLSearchParams({ b: NEWER }) });
    // The pickers appear once their choices are read (CompareView awaits loadCompareChoices).
    const older = await screen.findByRole('combobox', { name: 'Older assessment' });
    await screen.findByRole('table', { name: 'Scores by norm' });
    expect(older).toHaveValue(OLDER);
    expect(screen.getByRole('combobox', { name: 'Newer assessment' })).toHaveValue(NEWER);
    expect(screen.queryByText('Choose two assessments to compare.')).not.toBeInTheDocument();
  });

  it('"Show only changes" filters the items, and unticking it shows them all', async () => {
    const user = userEvent.setup();
    renderView();
    const items = await screen.findByRole('table', { name: 'Practical actions' });
    const filter = screen.getByRole('checkbox', { name: 'Show only changes' });
    expect(filter).toBeChecked();
    // Only 13a-01 changed (13a-02 is largely in both; the rest are unanswered in both).
    expect(within(items).getAllByRole('row')).toHaveLength(2);
    expect(within(items).getByRole('row', { name: /13a-01/ })).toHaveTextContent('Improved');
    const total = bundledPack.actions.filter((a) => !a.retired).length;
    expect(screen.getByText(`Showing 1 of ${total} practical actions.`)).toBeInTheDocument();
    await user.click(filter);
    expect(within(items).getAllByRole('row')).toHaveLength(total + 1);
    expect(within(items).getByRole('row', { name: /13a-02/ })).toHaveTextContent('Unchanged');
  });

  it('shows the evidence and notes of both cycles side by side for a changed item', async () => {
    const user = userEvent.setup();
    renderView();
    const items = await screen.findByRole('table', { name: 'Practical actions' });
    const row = within(items).getByRole('row', { name: /13a-01/ });
    await user.click(within(row).getByText('Evidence and notes, before and after'));
    const before = within(row).getByRole('group', { name: 'Before (2024)' });
    const after = within(row).getByRole('group', { name: 'After (2026)' });
    expect(before).toHaveTextContent('Draft memo');
    expect(before).toHaveTextContent('Waiting for cabinet approval.');
    expect(after).toHaveTextContent('Gazette notice');
    expect(after).toHaveTextContent('https://example.org/gazette');
    expect(after).toHaveTextContent('Approved in March.');
  });

  it('says so when an id in the address is not on this device', async () => {
    renderView(OLDER, '00000000-0000-4000-8000-0000000000ff');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'One of the assessments was not found on this device.',
    );
  });

  it('asks for two assessments when the address names none', async () => {
    render(CompareView, { params: {}, query: new URLSearchParams() });
    expect(await screen.findByText('Choose two assessments to compare.')).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Older assessment' });
    expect(
      await within(picker).findByRole('option', { name: /Cycle 2024 \(2024\)/ }),
    ).toBeInTheDocument();
  });
});
