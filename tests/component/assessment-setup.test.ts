import { configure, render, screen, within, waitFor } from '@testing-library/svelte';
import { describeFailure } from '../../src/lib/i18n/failures';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import AssessmentSetupView from '../../src/views/AssessmentSetup/AssessmentSetupView.svelte';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import StatesSection from '../../src/views/Home/StatesSection.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { createAssessment, listAssessments } from '../../src/lib/storage/assessments';
import { listAnswers, saveAnswer } from '../../src/lib/storage/answers';
import { addState } from '../../src/lib/storage/states';

// Storage round trips (fake IndexedDB + liveQuery) can be slow when test files run in parallel.
configure({ asyncUtilTimeout: 4000 });

useFreshDatabase({ clearAddress: true });

const setup = (state: string) =>
  render(AssessmentSetupView, { params: {}, query: new URLSearchParams({ state }) });

describe('States on the home screen', () => {
  it('says what to do when empty, then lists an added State with its assessments', async () => {
    const user = userEvent.setup();
    render(StatesSection);
    expect(await screen.findByText(/No State yet/)).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'State' });
    // ASEAN Member States come first.
    expect(within(select).getAllByRole('option')[0]).toHaveTextContent('Brunei Darussalam');
    await user.selectOptions(select, 'Timor-Leste');
    await user.click(screen.getByRole('button', { name: 'Add State' }));
    const card = await screen.findByRole('region', { name: /Timor-Leste/ });
    expect(within(card).getByText(/No assessment yet/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /New assessment/ })).toHaveAttribute(
      'href',
      '#/assessments/new?state=TL',
    );
  });
});

describe('new assessment form', () => {
  it('refuses an end before the start and a missing title', async () => {
    const user = userEvent.setup();
    setup('SG');
    await screen.findByRole('heading', { name: 'New assessment for Singapore' });
    await user.type(screen.getByLabelText('Period start'), '2026-05-01');
    await user.type(screen.getByLabelText(/Period end/), '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    expect(screen.getByText('Required.')).toBeInTheDocument();
    expect(screen.getByText('The end must not be before the start.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Period end/)).toHaveAttribute('aria-invalid', 'true');
    expect((await listAssessments('SG')).rows).toEqual([]);
  });

  it('creates a cycle that carries the answers of an earlier one, marked as carried', async () => {
    const user = userEvent.setup();
    await addState('SG');
    const earlier = await createAssessment(
      {
        stateCode: 'SG',
        title: 'Cycle 2025',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        leadAgency: '',
        people: [],
        alias: '2025',
      },
      bundledPack,
      'Ana',
    );
    if (!earlier.ok) throw new Error(describeFailure(earlier));
    await saveAnswer({
      assessmentId: earlier.value.id,
      itemId: '13a-01',
      expectedRev: 0,
      patch: { status: 'largely' },
      by: 'Ana',
    });
    setup('SG');
    await user.type(await screen.findByLabelText('Title'), 'Cycle 2026');
    await user.type(screen.getByLabelText('Period start'), '2026-01-01');
    await user.type(screen.getByLabelText(/Period end/), '2026-12-31');
    await user.type(screen.getByLabelText(/People involved/), 'Ana{Enter}Budi');
    await user.click(
      await screen.findByRole('radio', { name: /Carry forward the answers of “Cycle 2025”/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/assessments\/[0-9a-f-]{36}$/));
    const id = location.hash.split('/')[2]!;
    const created = (await listAssessments('SG')).rows.find((a) => a.id === id);
    expect(created).toMatchObject({
      title: 'Cycle 2026',
      people: ['Ana', 'Budi'],
      carriedFrom: earlier.value.id,
    });
    expect((await listAnswers(id)).rows).toEqual([
      expect.objectContaining({ itemId: '13a-01', status: 'largely', carried: true }),
    ]);
  });
});

describe('a refused Create (fixfocus item 2)', () => {
  it('moves focus to the first field in error, which may be far above the button', async () => {
    const user = userEvent.setup();
    setup('TL');
    const create = await screen.findByRole('button', { name: 'Create assessment' });
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    create.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('a Create that succeeds (fixfocus item 3)', () => {
  it('puts focus on the new workspace heading, not the page body', async () => {
    const user = userEvent.setup();
    const { unmount } = setup('SG');
    await user.type(await screen.findByLabelText('Title'), 'Cycle 2027');
    await user.type(screen.getByLabelText('Period start'), '2027-01-01');
    await user.type(screen.getByLabelText(/Period end/), '2027-12-31');
    screen.getByRole('button', { name: 'Create assessment' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(location.hash).toMatch(/^#\/assessments\/[0-9a-f-]{36}$/));
    unmount();
    render(WorkspaceView, {
      params: { id: location.hash.split('/')[2]! },
      query: new URLSearchParams(),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Cycle 2027' })).toHaveFocus();
  });
});
