import { configure, render, screen, within, waitFor } from '@testing-library/svelte';
import { describeFailure } from '../../src/lib/i18n/failures';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import AssessmentDetailsView from '../../src/views/AssessmentSetup/AssessmentDetailsView.svelte';
import StatesSection from '../../src/views/Home/StatesSection.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { db } from '../../src/lib/storage/db';
import {
  createAssessment,
  getAssessment,
  getAssessmentIncludingTrash,
} from '../../src/lib/storage/assessments';
import { listAnswers, saveAnswer } from '../../src/lib/storage/answers';
import { addState } from '../../src/lib/storage/states';
import { purgeTrash, trashAssessments, updateAssessmentDetails } from '../../src/lib/storage/trash';
import { pickDetails } from '../../src/lib/domain/assessmentDetails';
import type { Assessment } from '../../src/lib/schema/assessment';

/** Issue 13 item 10: edit, rename and delete (to a trash, with undo) assessments and States. */
configure({ asyncUtilTimeout: 4000 });

useFreshDatabase({ clearAddress: true });
afterEach(() => {
  vi.useRealTimers();
});

async function seed(title = 'Timor-Leste 2026', start = '2026-01-01'): Promise<Assessment> {
  await addState('TL');
  const r = await createAssessment(
    {
      stateCode: 'TL',
      title,
      periodStart: start,
      periodEnd: start.replace('-01-01', '-12-31'),
      leadAgency: 'ANC',
      people: ['Ana'],
      alias: start.slice(0, 4),
    },
    bundledPack,
    'Ana',
  );
  if (!r.ok) throw new Error(describeFailure(r));
  await saveAnswer({
    assessmentId: r.value.id,
    itemId: bundledPack.actions[0]!.id,
    expectedRev: 0,
    patch: { status: 'planned' },
    by: 'Ana',
  });
  return r.value;
}

describe('editing an assessment’s details', () => {
  it('renames it and changes period, people, alias and summary', async () => {
    const user = userEvent.setup();
    const a = await seed();
    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Timor-Leste — cycle 1');
    await user.clear(screen.getByLabelText('Period end (same as start for a single date)'));
    await user.type(
      screen.getByLabelText('Period end (same as start for a single date)'),
      '2026-06-30',
    );
    await user.type(screen.getByLabelText(/People involved/), '\nBui');
    await user.clear(screen.getByLabelText(/Short alias/));
    await user.type(screen.getByLabelText(/Short alias/), 'H1 2026');
    await user.type(screen.getByLabelText(/Assessor’s summary/), 'Good progress on 13(a).');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(location.hash).toBe(`#/assessments/${a.id}`));
    const stored = await getAssessment(a.id);
    expect(stored.ok && stored.value).toMatchObject({
      title: 'Timor-Leste — cycle 1',
      periodEnd: '2026-06-30',
      people: ['Ana', 'Bui'],
      alias: 'H1 2026',
      summary: 'Good progress on 13(a).',
    });
  });

  it('shows the schema’s verdict per field in words and stores nothing', async () => {
    const user = userEvent.setup();
    const a = await seed();
    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    await user.clear(await screen.findByRole('textbox', { name: 'Title' }));
    const end = screen.getByLabelText('Period end (same as start for a single date)');
    await user.clear(end);
    await user.type(end, '2025-12-31');
    await user.clear(screen.getByLabelText(/Short alias/));
    await user.type(screen.getByLabelText(/Short alias/), 'x'.repeat(30));
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Required.')).toBeInTheDocument();
    expect(screen.getByText('The end must not be before the start.')).toBeInTheDocument();
    // The alias field carries the schema's limit as maxlength: typing stops at 24 characters.
    expect(screen.getByLabelText(/Short alias/)).toHaveValue('x'.repeat(24));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
    expect(document.body.textContent).not.toMatch(/must not be empty|longer than/);
    const stored = await getAssessment(a.id);
    expect(stored.ok && stored.value.title).toBe('Timor-Leste 2026');
  });
});

describe('deleting, with a confirmation, an undo and a trash', () => {
  it('moves an assessment to the trash after a confirmation, and undo brings it back', async () => {
    const user = userEvent.setup();
    const a = await seed();
    render(StatesSection);
    await user.click(
      await screen.findByRole('button', { name: 'Move “Timor-Leste 2026” to the trash' }),
    );
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(/restore it from the trash for 30 days/);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, move to the trash' }));
    expect(
      await screen.findByText('“\u2068Timor-Leste 2026\u2069” was moved to the trash.'),
    ).toBeInTheDocument();
    const trash = await screen.findByRole('region', { name: 'Trash' });
    const card = screen.getByRole('region', { name: /^Timor-Leste/ });
    await waitFor(() =>
      expect(within(card).queryByRole('link', { name: 'Timor-Leste 2026' })).toBeNull(),
    );
    expect(trash).toHaveTextContent(
      /\u2068Timor-Leste 2026\u2069 \(\u2068Timor-Leste\u2069\) — removed for good in 30 days/,
    );
    // Its answers are kept while it is in the trash.
    expect((await listAnswers(a.id)).rows).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(card).findByRole('link', { name: 'Timor-Leste 2026' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Trash' })).toBeNull();
  });

  it('cancelling the confirmation changes nothing', async () => {
    const user = userEvent.setup();
    await seed();
    render(StatesSection);
    await user.click(
      await screen.findByRole('button', { name: 'Move “Timor-Leste 2026” to the trash' }),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('link', { name: 'Timor-Leste 2026' })).toBeInTheDocument();
    expect(await db.assessments.filter((x) => x.deletedAt !== undefined).count()).toBe(0);
  });

  it('deletes a State with its assessments to the trash, and restores them from it', async () => {
    const user = userEvent.setup();
    await seed('Cycle 1', '2025-01-01');
    await seed('Cycle 2', '2026-01-01');
    render(StatesSection);
    await user.click(await screen.findByRole('button', { name: 'Delete Timor-Leste' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Its 2 assessments go to the trash');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, move to the trash' }));
    expect(await screen.findByText('\u2068Timor-Leste\u2069 was deleted.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Timor-Leste/ })).toBeNull());
    expect(await db.states.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Restore “Cycle 1”' }));
    const card = await screen.findByRole('region', { name: /^Timor-Leste/ });
    expect(within(card).getByRole('link', { name: 'Cycle 1' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Trash' })).toHaveTextContent('Cycle 2');
  });

  it('removes an assessment for good 30 days after it was trashed, with its answers', async () => {
    const user = userEvent.setup();
    const a = await seed();
    render(StatesSection);
    await user.click(
      await screen.findByRole('button', { name: 'Move “Timor-Leste 2026” to the trash' }),
    );
    await user.click(screen.getByRole('button', { name: 'Yes, move to the trash' }));
    await screen.findByRole('region', { name: 'Trash' });
    const stored = await getAssessmentIncludingTrash(a.id);
    const deletedAt = new Date(stored.ok ? stored.value.deletedAt! : 0);
    expect(await purgeTrash(new Date(deletedAt.getTime() + 29 * 86_400_000))).toEqual({
      ok: true,
      value: 0,
    });
    expect(await purgeTrash(new Date(deletedAt.getTime() + 30 * 86_400_000 + 1))).toEqual({
      ok: true,
      value: 1,
    });
    expect(await db.assessments.get(a.id)).toBeUndefined();
    expect((await listAnswers(a.id)).rows).toEqual([]);
    expect(await db.history.where('assessmentId').equals(a.id).count()).toBe(0);
  });
});

describe('the Edit details form keeps a draft', () => {
  // A tester's edits were lost on reload: the workspace kept a draft, this form did not.
  it('restores what was typed after a reload, and forgets it once saved', async () => {
    const user = userEvent.setup();
    const a = await seed();
    const first = render(AssessmentDetailsView, {
      params: { id: a.id },
      query: new URLSearchParams(),
    });
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Timor-Leste — draft title');
    await user.type(screen.getByLabelText(/Assessor’s summary/), 'Half written');
    first.unmount(); // the reload: nothing was saved

    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue(
      'Timor-Leste — draft title',
    );
    expect(screen.getByLabelText(/Assessor’s summary/)).toHaveValue('Half written');
    expect(screen.getByRole('group', { name: 'Restored draft, not saved' })).toBeInTheDocument();
    const stored = await getAssessment(a.id);
    expect(stored.ok && stored.value.title).toBe('Timor-Leste 2026');

    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(location.hash).toBe(`#/assessments/${a.id}`));
    const saved = await getAssessment(a.id);
    expect(saved.ok && saved.value.title).toBe('Timor-Leste — draft title');
    expect(localStorage.getItem(`nic.details-draft:${a.id}`)).toBeNull();
  });

  it('discards the draft on request and shows the stored details again', async () => {
    const user = userEvent.setup();
    const a = await seed();
    const first = render(AssessmentDetailsView, {
      params: { id: a.id },
      query: new URLSearchParams(),
    });
    await user.type(await screen.findByLabelText(/Short alias/), ' x');
    first.unmount();

    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    expect(await screen.findByLabelText(/Short alias/)).toHaveValue('2026 x');
    await user.click(screen.getByRole('button', { name: 'Discard the draft' }));
    expect(screen.getByLabelText(/Short alias/)).toHaveValue('2026');
    expect(screen.queryByRole('group', { name: 'Restored draft, not saved' })).toBeNull();
    expect(localStorage.getItem(`nic.details-draft:${a.id}`)).toBeNull();
  });
});

describe('details saved in two windows', () => {
  // A tester saved a new title in one tab, then the alias in another tab opened earlier: the second
  // save put the old title back, silently.
  it('keeps both when they changed different details', async () => {
    const user = userEvent.setup();
    const a = await seed();
    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    const alias = await screen.findByLabelText(/Short alias/);
    // The other window saves a new title and summary meanwhile.
    const other = await updateAssessmentDetails(a.id, {
      ...pickDetails(a),
      title: 'Timor-Leste 2026 (final title)',
      summary: 'Written in window A.',
    });
    expect(other.ok).toBe(true);
    await user.clear(alias);
    await user.type(alias, '2026-b');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(location.hash).toBe(`#/assessments/${a.id}`));
    const stored = await getAssessment(a.id);
    expect(stored.ok && stored.value).toMatchObject({
      title: 'Timor-Leste 2026 (final title)',
      summary: 'Written in window A.',
      alias: '2026-b',
    });
  });

  it('refuses to overwrite a detail changed elsewhere, says so, keeps the typed text, and saves on a second try', async () => {
    const user = userEvent.setup();
    const a = await seed();
    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await updateAssessmentDetails(a.id, { ...pickDetails(a), title: 'Title from window A' });
    await user.clear(title);
    await user.type(title, 'Title from window B');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Another window saved a change to the same details/);
    expect(alert).toHaveTextContent('Title now reads: Title from window A');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Title from window B');
    const kept = await getAssessment(a.id);
    expect(kept.ok && kept.value.title).toBe('Title from window A');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(location.hash).toBe(`#/assessments/${a.id}`));
    const replaced = await getAssessment(a.id);
    expect(replaced.ok && replaced.value.title).toBe('Title from window B');
  });

  it('the details address of an assessment in the trash offers to restore it', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await trashAssessments([a.id]);
    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    expect(
      await screen.findByRole('heading', { name: 'This assessment is in the trash' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save details' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore from the trash' }));
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Timor-Leste 2026');
  });
});
