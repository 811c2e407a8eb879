import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import AssessmentSetupView from '../../src/views/AssessmentSetup/AssessmentSetupView.svelte';
import AssessmentDetailsView from '../../src/views/AssessmentSetup/AssessmentDetailsView.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { actionsOfNorm } from '../../src/lib/domain/pack';
import { getAssessment, listAssessments } from '../../src/lib/storage/assessments';
import { listAnswers } from '../../src/lib/storage/answers';
import { db } from '../../src/lib/storage/db';
import type { Assessment } from '../../src/lib/schema/assessment';
import { saveAs, seedAssessment } from '../fixtures/seedWorkspace';
import { actionArticle, openWorkspace } from './support/workspace';

/**
 * Tester, session 6: every form that takes a date refuses one the import would not read back, at
 * once and in a plain sentence, and nothing is stored ("Saved" only when true).
 */
configure({ asyncUtilTimeout: 4000 });
useFreshDatabase({ clearAddress: true });

const first = actionsOfNorm(bundledPack, '13a')[0]!;
const RANGE = 'is not between the years 1900 and 2200';

/** The workspace of `a`, opened; the card of its first action. */
const openFirstAction = async (a: Assessment) => {
  await openWorkspace(a);
  return actionArticle(first.id);
};

describe('the dates of a practical action', () => {
  it('refuse 9999-12-31 and 1850-01-01 at once with a sentence; nothing is stored', async () => {
    const a = await seedAssessment();
    const item = await openFirstAction(a);
    const target = within(item).getByLabelText('Target date');
    expect(target).toHaveAttribute('min', '1900-01-01');
    expect(target).toHaveAttribute('max', '2200-12-31');
    await fireEvent.change(target, { target: { value: '9999-12-31' } });
    const alert = await within(item).findByText(new RegExp(`Not saved: 31 Dec 9999 ${RANGE}`));
    expect(alert).toHaveAttribute('role', 'alert');
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(target).toHaveAccessibleDescription(expect.stringContaining(RANGE));

    const evidence = within(item).getByLabelText('Evidence date');
    await fireEvent.change(evidence, { target: { value: '1850-01-01' } });
    expect(
      await within(item).findByText(new RegExp(`Not saved: 1 Jan 1850 ${RANGE}`)),
    ).toBeInTheDocument();
    expect(screen.queryByText('All changes saved on this device')).toBeNull();
    expect((await listAnswers(a.id)).rows).toEqual([]);

    // A date in the range is saved.
    await fireEvent.change(target, { target: { value: '2200-12-31' } });
    await waitFor(async () =>
      expect((await listAnswers(a.id)).rows).toEqual([
        expect.objectContaining({ targetDate: '2200-12-31' }),
      ]),
    );
  });

  it('a date an older release stored outside the rule is kept and said on its field', async () => {
    const a = await seedAssessment();
    await saveAs(a.id, first.id, { status: 'planned' }, 'Ana');
    await db.answers.update([a.id, first.id], { targetDate: '0001-01-01' });
    const item = await openFirstAction(a);
    expect(
      await within(item).findByText(
        /The stored date 1 Jan 1 is not between the years 1900 and 2200/,
      ),
    ).toBeInTheDocument();
  });
});

describe('New assessment', () => {
  it('refuses a period of 9999 at once, and creates nothing', async () => {
    const user = userEvent.setup();
    render(AssessmentSetupView, { params: {}, query: new URLSearchParams({ state: 'SG' }) });
    await user.type(await screen.findByLabelText('Title'), 'Far future');
    const start = screen.getByLabelText('Period start');
    expect(start).toHaveAttribute('min', '1900-01-01');
    expect(start).toHaveAttribute('max', '2200-12-31');
    await fireEvent.input(start, { target: { value: '9999-01-01' } });
    // Said before Create is pressed.
    expect(
      await screen.findByText('Enter a date between the years 1900 and 2200.'),
    ).toBeInTheDocument();
    await fireEvent.input(screen.getByLabelText(/Period end/), { target: { value: '9999-12-31' } });
    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    expect(screen.getAllByText('Enter a date between the years 1900 and 2200.')).toHaveLength(2);
    expect((await listAssessments('SG')).rows).toEqual([]);
  });

  it('stores a typed title without a right-to-left override', async () => {
    const user = userEvent.setup();
    render(AssessmentSetupView, { params: {}, query: new URLSearchParams({ state: 'SG' }) });
    await fireEvent.input(await screen.findByLabelText('Title'), {
      target: { value: '\u202E6202 aisyalaM' },
    });
    await fireEvent.input(screen.getByLabelText('Period start'), {
      target: { value: '2026-01-01' },
    });
    await fireEvent.input(screen.getByLabelText(/Period end/), {
      target: { value: '2026-12-31' },
    });
    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    await waitFor(async () =>
      expect((await listAssessments('SG')).rows.map((r) => r.title)).toEqual(['6202 aisyalaM']),
    );
  });
});

describe('Edit details', () => {
  it('refuses 1850-02-28 – 2300-02-28 at once, and saves nothing', async () => {
    const user = userEvent.setup();
    const a = await seedAssessment();
    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    const start = await screen.findByLabelText('Period start');
    expect(start).toHaveAttribute('max', '2200-12-31');
    await fireEvent.input(start, { target: { value: '1850-02-28' } });
    await fireEvent.input(screen.getByLabelText(/Period end/), {
      target: { value: '2300-02-28' },
    });
    expect(screen.getAllByText('Enter a date between the years 1900 and 2200.')).toHaveLength(2);
    expect(start).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await screen.findByText(/Some details need correcting/);
    const stored = await getAssessment(a.id);
    expect(stored.ok && [stored.value.periodStart, stored.value.periodEnd]).toEqual([
      '2026-01-01',
      '2026-12-31',
    ]);
  });
});
