import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import { describeFailure } from '../../src/lib/i18n/failures';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import AssessmentSetupView from '../../src/views/AssessmentSetup/AssessmentSetupView.svelte';
import Dashboard from '../../src/views/Dashboard/Dashboard.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { bundledPackFor } from '../../src/lib/domain/bundledPacks';
import { createAssessment, listAssessments } from '../../src/lib/storage/assessments';
import { listAnswers, saveAnswer } from '../../src/lib/storage/answers';
import type { Assessment } from '../../src/lib/schema/assessment';
import type { ChecklistPack } from '../../src/lib/schema/pack';
import { makeAssessment } from '../fixtures/factories/answers';

configure({ asyncUtilTimeout: 4000 });

useFreshDatabase({ clearAddress: true });

async function seed(pack: ChecklistPack): Promise<Assessment> {
  const r = await createAssessment(
    {
      stateCode: 'PH',
      title: 'Philippines 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      leadAgency: 'DICT',
      people: [],
      alias: '2026',
    },
    pack,
    'Maria',
  );
  if (!r.ok) throw new Error(describeFailure(r));
  return r.value;
}

describe('provenance in the workspace (issue 15)', () => {
  it('shows each action’s source: basis, kind, label and link', async () => {
    const user = userEvent.setup();
    const a = await seed(bundledPack);
    render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams('norm=13d') });
    const item = await screen.findByRole('article', { name: /Action 13d-01\b/ });
    const note = within(item)
      .getByText(/^Source:/)
      .closest('details')!;
    expect(note).toHaveTextContent('Source: Based on a secondary summary');
    await user.click(within(note).getByText(/^Source:/));
    expect(note).toHaveTextContent('ASEAN NIC, as publicly described');
    expect(note).toHaveTextContent(/as publicly described by ASPI/);
    expect(note).toHaveTextContent('Focus areas: our judgement');
    const derived = screen.getByRole('article', { name: /Action 13d-05\b/ });
    expect(derived).toHaveTextContent('Source: Derived from official text');
    expect(
      within(derived).getByRole('link', { name: 'open the source', hidden: true }),
    ).toHaveAttribute('href', 'https://www.internationalcybertech.gov.au/our-work/annexes/annex-c');
  });

  it('marks clause items as official text with no focus area, and asks the measures taken', async () => {
    const a = await seed(bundledPackFor('un-gge2015-para13', '1.0.0')!);
    render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams('norm=13c') });
    const item = await screen.findByRole('article', { name: /Action 13c-c1\b/ });
    expect(item).toHaveTextContent('Source: Official text');
    expect(item).toHaveTextContent('Not mapped to a focus area');
    expect(screen.getByLabelText('Measures taken to implement this norm')).toBeInTheDocument();
  });

  it('does not ask the measures taken for pack 1.0.0, which did not ask it', async () => {
    const a = await seed(bundledPackFor('asean-nic-gge2015', '1.0.0')!);
    render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams('norm=13a') });
    await screen.findByRole('article', { name: /Action 13a-01\b/ });
    expect(screen.getByLabelText('Challenges met in implementing this norm')).toBeInTheDocument();
    expect(screen.queryByLabelText('Measures taken to implement this norm')).toBeNull();
  });
});

describe('the pack where it is chosen and on the dashboard', () => {
  it('defaults a new assessment to the newest bundled pack and says what that pack is', async () => {
    render(AssessmentSetupView, { params: {}, query: new URLSearchParams({ state: 'PH' }) });
    const select = await screen.findByRole('combobox', { name: 'Checklist pack' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    const chosen = within(select).getByRole('option', { selected: true });
    expect(chosen).toHaveTextContent(`${bundledPack.title} (version 1.1.0)`);
    const about = screen.getByRole('region', { name: /^About “Practical actions/ });
    expect(about).toHaveTextContent('Unofficial compilation');
    expect(about).toHaveTextContent(bundledPack.publisher);
    expect(about).toHaveTextContent(
      /the official NIC text was not available when this pack was compiled/,
    );
    // Choosing the official-text pack shows its status, issuer and document.
    await userEvent.setup().selectOptions(select, 'un-gge2015-para13@1.0.0');
    const official = screen.getByRole('region', { name: /^About “UN GGE 2015 norms/ });
    expect(official).toHaveTextContent('Official');
    expect(official).toHaveTextContent(
      /United Nations: report of the Group of Governmental Experts/,
    );
    expect(official).toHaveTextContent(/A\/70\/174, para\. 13 \(a\)–\(k\), 22 Jul/);
  });

  it('creates the assessment with the default pack version', async () => {
    const user = userEvent.setup();
    render(AssessmentSetupView, { params: {}, query: new URLSearchParams({ state: 'PH' }) });
    await user.type(await screen.findByLabelText('Title'), 'Philippines 2026');
    await user.type(screen.getByLabelText('Period start'), '2026-01-01');
    await user.type(screen.getByLabelText(/^Period end/), '2026-12-31');
    const select = screen.getByRole('combobox', { name: 'Checklist pack' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    await waitFor(async () => expect((await listAssessments('PH')).rows).toHaveLength(1));
    const [created] = (await listAssessments('PH')).rows;
    expect(created).toMatchObject({ packId: 'asean-nic-gge2015', packVersion: '1.1.0' });
  });

  it('shows the pack’s status, publisher, issuer and description on the dashboard', () => {
    const pack = bundledPackFor('un-gge2015-para13', '1.0.0')!;
    render(Dashboard, {
      assessment: makeAssessment({ packId: pack.id, packVersion: pack.version }),
      pack,
      answers: [],
      locale: 'en',
    });
    const section = screen.getByRole('region', { name: 'Checklist pack' });
    expect(section).toHaveTextContent(pack.title);
    expect(section).toHaveTextContent('Official');
    expect(section).toHaveTextContent(pack.issuer);
    expect(section).toHaveTextContent(/^.*Official text only\./);
    expect(
      screen.getByText(
        /28 practical actions are mapped to no focus area and left out of the focus-area scores/,
      ),
    ).toBeInTheDocument();
  });
});

describe('a new cycle on another pack carries answers through its equivalences', () => {
  it('carries a 1.1.0 answer to the matching clause, marked carried, and lists the unmatched', async () => {
    const earlier = await seed(bundledPack);
    const answer = (itemId: string, patch: Parameters<typeof saveAnswer>[0]['patch']) =>
      saveAnswer({ assessmentId: earlier.id, itemId, expectedRev: 0, patch, by: 'Maria' });
    await answer('13h-04', { status: 'largely', notes: 'Procedure adopted' });
    // 13a-07 (public–private partnership) has no clause of its own: not carried.
    await answer('13a-07', { status: 'planned' });
    const clauses = bundledPackFor('un-gge2015-para13', '1.0.0')!;
    const r = await createAssessment(
      {
        stateCode: 'PH',
        title: 'Philippines 2027 (UN text)',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        leadAgency: 'DICT',
        people: [],
        alias: '2027',
      },
      clauses,
      'Maria',
      earlier.id,
    );
    if (!r.ok) throw new Error(describeFailure(r));
    const carried = (await listAnswers(r.value.id)).rows;
    expect(carried).toEqual([
      expect.objectContaining({
        itemId: '13h-c2',
        status: 'largely',
        notes: 'Procedure adopted',
        carried: true,
      }),
    ]);
  });
});
