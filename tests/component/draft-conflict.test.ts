import { cleanup, configure, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { actionsOfNorm } from '../../src/lib/domain/pack';
import { useFreshDatabase } from './support/useFreshDatabase';
import { listAnswers, saveAnswer } from '../../src/lib/storage/answers';
import { db } from '../../src/lib/storage/db';
import type { Assessment } from '../../src/lib/schema/assessment';
import { draftPrefix } from '../../src/lib/schema/draft';
import { seedAssessment } from '../fixtures/seedWorkspace';

/**
 * Tester, session 7 (fixdraft items 2 and 3): a draft restored in a new tab goes through the same
 * revision check as a live save. Tab B's notes met Alice's newer notes (conflict), B closed the tab;
 * keeping B's draft in a new tab must show the same conflict choice, never write over Alice's text.
 * A final assessment offers only to copy or discard a draft.
 */

const first = actionsOfNorm(bundledPack, '13a')[0]!;

const seed = () =>
  seedAssessment({ stateCode: 'VN', title: 'Viet Nam 2026', leadAgency: 'MPS' }, { by: 'Lan' });

async function openWorkspace(a: Assessment) {
  const view = render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams() });
  await screen.findByRole('heading', { level: 1, name: 'Viet Nam 2026' });
  return view;
}

const article = () =>
  screen.getByRole('article', { name: new RegExp(`Action ${first.id.replace('.', '\\.')}\\b`) });

configure({ asyncUtilTimeout: 6000 });
vi.setConfig({ testTimeout: 30_000 });

useFreshDatabase();
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('a restored draft whose base changed', () => {
  it('shows the conflict choice with both texts instead of overwriting the newer notes', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await saveAnswer({
      assessmentId: a.id,
      itemId: first.id,
      expectedRev: 0,
      patch: { notes: 'first text' },
      by: 'Lan',
    });
    // Tab B opens the action; then tab A saves Alice's notes.
    await openWorkspace(a);
    let item = article();
    await user.click(within(item).getByText('Details, evidence and notes'));
    await saveAnswer({
      assessmentId: a.id,
      itemId: first.id,
      expectedRev: 1,
      patch: { notes: 'Alice official text' },
      by: 'Alice',
    });
    await fireEvent.input(within(item).getByLabelText('Notes'), {
      target: { value: 'Bob old text' },
    });
    await fireEvent.blur(within(item).getByLabelText('Notes'));
    await within(item).findByRole('button', { name: 'Keep my notes' });
    expect(within(item).getByText('Not saved: changed in another window')).toBeInTheDocument();
    // B closes the tab with the conflict open: the draft stays in localStorage.
    cleanup();
    expect(localStorage.getItem(`${draftPrefix(a.id)}item:${first.id}:notes`)).not.toBeNull();

    // A new tab offers the draft; keeping it meets Alice's newer text.
    await openWorkspace(a);
    item = article();
    await user.click(within(item).getByText('Details, evidence and notes'));
    expect(within(item).getByText(/Restored from your last visit/)).toBeVisible();
    await user.click(within(item).getByRole('button', { name: 'Keep and save the draft' }));
    const box = await within(item).findByRole('group', {
      name: 'Someone changed this answer in another window',
    });
    expect(box).toHaveTextContent('Bob old text');
    expect(box).toHaveTextContent('Alice official text');
    expect(within(box).getByRole('button', { name: 'Use their notes' })).toBeVisible();
    expect(within(item).queryByText('Saved')).toBeNull();
    expect((await listAnswers(a.id)).rows[0]?.notes).toBe('Alice official text');

    // Their text is taken: nothing of Alice's is lost, and the draft is gone.
    await user.click(within(box).getByRole('button', { name: 'Use their notes' }));
    await expect.poll(() => localStorage.length).toBe(0);
    expect((await listAnswers(a.id)).rows[0]?.notes).toBe('Alice official text');
  });
});

describe('the words of a restored draft', () => {
  it('do not say the page closed; a final assessment offers only copy or discard', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await db.assessments.update(a.id, { status: 'final' });
    localStorage.setItem(
      `${draftPrefix(a.id)}item:${first.id}:notes`,
      JSON.stringify({
        type: 'nic-draft',
        version: 1,
        value: 'typed in another tab',
        baseRev: 0,
        at: '2026-02-01T10:00:00.000Z',
      }),
    );
    await openWorkspace(a);
    const item = article();
    const box = within(item).getByRole('group', { name: 'Restored draft, not saved' });
    expect(box).not.toHaveTextContent(/page closed/);
    expect(box).toHaveTextContent(/This assessment is final, so the draft cannot be saved/);
    expect(box).toHaveTextContent('notes: typed in another tab');
    expect(within(box).queryByRole('button', { name: 'Keep and save the draft' })).toBeNull();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(box).getByRole('button', { name: 'Copy the draft text' }));
    expect(writeText).toHaveBeenCalledWith('notes: typed in another tab');
    expect(await within(box).findByRole('status')).toHaveTextContent('The draft text is copied.');
    await user.click(within(box).getByRole('button', { name: 'Discard the draft' }));
    expect(localStorage.length).toBe(0);
    expect((await listAnswers(a.id)).rows).toEqual([]);
  });

  it('a draft date outside the rule is "not saved", not "the stored date"', async () => {
    const user = userEvent.setup();
    const a = await seed();
    localStorage.setItem(
      `${draftPrefix(a.id)}item:${first.id}:targetDate`,
      JSON.stringify({
        type: 'nic-draft',
        version: 1,
        value: '1850-01-01',
        baseRev: 0,
        at: '2026-02-01T10:00:00.000Z',
      }),
    );
    await openWorkspace(a);
    const item = article();
    await user.click(within(item).getByText('Details, evidence and notes'));
    expect(
      within(item).getByText(/Not saved: 1 Jan 1850 is not between the years 1900 and 2200/),
    ).toBeInTheDocument();
    expect(within(item).queryByText(/The stored date/)).toBeNull();
  });
});
