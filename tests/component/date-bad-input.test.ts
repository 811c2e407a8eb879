import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import AssessmentSetupView from '../../src/views/AssessmentSetup/AssessmentSetupView.svelte';
import AssessmentDetailsView from '../../src/views/AssessmentSetup/AssessmentDetailsView.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { actionsOfNorm } from '../../src/lib/domain/pack';
import { getAssessment, listAssessments } from '../../src/lib/storage/assessments';
import { listAnswers, saveAnswer } from '../../src/lib/storage/answers';
import { seedAssessment } from '../fixtures/seedWorkspace';

/**
 * Tester, session 7 (fixdraft item 1): a date the browser cannot read (02/31/2024 typed with the
 * keyboard: `validity.badInput`, value "") is refused in every form that takes a date; it is never
 * taken as "no date", so a stored date is not lost and "Saved" is not shown. jsdom has no date
 * editing, so the field's validity is stubbed as Chromium reports it.
 */
configure({ asyncUtilTimeout: 6000 });
vi.setConfig({ testTimeout: 30_000 });
useFreshDatabase({ clearAddress: true });
beforeEach(() => localStorage.clear());

const first = actionsOfNorm(bundledPack, '13a')[0]!;
const UNREADABLE = /Not saved: the date typed is not a real date/;

/** What Chromium reports after 02/31/2024 is typed: an empty value and `badInput`. */
async function typeImpossibleDate(input: HTMLElement) {
  Object.defineProperty(input, 'validity', {
    configurable: true,
    value: { badInput: true, valid: false },
  });
  await fireEvent.input(input, { target: { value: '' } });
  await fireEvent.change(input, { target: { value: '' } });
  await fireEvent.blur(input);
}

describe('an unreadable date in the action editor', () => {
  it.each(['Target date', 'Evidence date'])(
    '%s: refused with a sentence, the stored date unchanged, not "Saved"',
    async (label) => {
      const a = await seedAssessment();
      await saveAnswer({
        assessmentId: a.id,
        itemId: first.id,
        expectedRev: 0,
        patch: { targetDate: '2024-01-15', evidence: { text: '', links: [], date: '2024-01-15' } },
        by: 'Ana',
      });
      render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams() });
      await screen.findByRole('heading', { level: 1, name: a.title });
      const item = screen.getByRole('article', {
        name: new RegExp(`Action ${first.id.replace('.', '\\.')}\\b`),
      });
      const input = within(item).getByLabelText(label);
      expect(input).toHaveValue('2024-01-15');
      await typeImpossibleDate(input);
      const alert = await within(item).findByText(UNREADABLE);
      expect(alert).toHaveAttribute('role', 'alert');
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(within(item).getByText('Not saved: see the field')).toBeInTheDocument();
      expect(within(item).queryByText('Saved')).toBeNull();
      expect(document.querySelector('.save-summary')).toHaveTextContent('1 field not saved');
      // Nothing unreadable is kept as a draft either: the next visit shows the stored date.
      expect(Object.values({ ...localStorage }).join()).not.toContain('not-a-day');
      const [row] = (await listAnswers(a.id)).rows;
      expect([row?.targetDate, row?.evidence.date, row?.rev]).toEqual([
        '2024-01-15',
        '2024-01-15',
        1,
      ]);
    },
  );
});

describe('an unreadable date in the New assessment form', () => {
  it('is refused at once and nothing is created', async () => {
    const user = userEvent.setup();
    render(AssessmentSetupView, { params: {}, query: new URLSearchParams({ state: 'SG' }) });
    await user.type(await screen.findByLabelText('Title'), 'Singapore 2026');
    await fireEvent.input(screen.getByLabelText(/Period end/), { target: { value: '2026-12-31' } });
    const start = screen.getByLabelText('Period start');
    await typeImpossibleDate(start);
    expect(await screen.findByText('Enter a real date.')).toBeInTheDocument();
    expect(start).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    expect(screen.getByText('Enter a real date.')).toBeInTheDocument();
    expect((await listAssessments('SG')).rows).toEqual([]);
  });
});

describe('an unreadable date in Edit details', () => {
  it('is refused at once, and Save keeps the stored period', async () => {
    const user = userEvent.setup();
    const a = await seedAssessment();
    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    const end = await screen.findByLabelText(/Period end/);
    expect(end).toHaveValue('2026-12-31');
    await typeImpossibleDate(end);
    expect(await screen.findByText('Enter a real date.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await screen.findByText(/Some details need correcting/);
    await waitFor(async () => {
      const stored = await getAssessment(a.id);
      expect(stored.ok && stored.value.periodEnd).toBe('2026-12-31');
    });
  });
});
