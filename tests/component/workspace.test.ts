import { configure, screen, within, waitFor } from '@testing-library/svelte';
import { describeFailure } from '../../src/lib/i18n/failures';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { actionsOfNorm, activeActions } from '../../src/lib/domain/pack';
import { createAssessment, setAssessmentStatus } from '../../src/lib/storage/assessments';
import { listAnswers, saveAnswer } from '../../src/lib/storage/answers';
import { saveAs, seedAssessment } from '../fixtures/seedWorkspace';
import { actionArticle, historyEntries, openWorkspace, showHistory } from './support/workspace';

/** The workspace on fake IndexedDB, with the bundled pack (norm 13a first). */
const normA = actionsOfNorm(bundledPack, '13a');
const first = normA[0]!;
const second = normA[1]!;

const seed = () => seedAssessment();

// Storage round trips (fake IndexedDB + liveQuery) can be slow when test files run in parallel.
configure({ asyncUtilTimeout: 4000 });

useFreshDatabase();

describe('answering an action', () => {
  it('shows "Saved" only once the answer is in IndexedDB', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await openWorkspace(a);
    const item = actionArticle(first.id);
    expect(within(item).queryByText('Saved')).toBeNull();
    await user.click(within(item).getByRole('radio', { name: /In progress/ }));
    await within(item).findByText('Saved');
    const stored = (await listAnswers(a.id)).rows;
    expect(stored).toEqual([
      expect.objectContaining({ itemId: first.id, status: 'in-progress', rev: 1 }),
    ]);
  });

  it('requires a justification for Not applicable before anything is written', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await openWorkspace(a);
    const item = actionArticle(first.id);
    await user.click(within(item).getByRole('radio', { name: /Not applicable/ }));
    expect(within(item).getByRole('alert')).toHaveTextContent('needs a justification');
    expect(within(item).getByRole('radio', { name: /Not applicable/ })).toBeChecked();
    expect((await listAnswers(a.id)).rows).toEqual([]);

    await user.type(within(item).getByLabelText(/Why it does not apply/), 'No CERT in scope');
    await within(item).findByText('Saved');
    expect((await listAnswers(a.id)).rows).toEqual([
      expect.objectContaining({ status: 'not-applicable', naJustification: 'No CERT in scope' }),
    ]);
    expect(within(item).queryByRole('alert')).toBeNull();
  });

  it('makes every input read-only in a final assessment, with a banner', async () => {
    const a = await seed();
    await setAssessmentStatus(a.id, 'final');
    await openWorkspace(a);
    expect(await screen.findByRole('note')).toHaveTextContent('final and read-only');
    const item = actionArticle(first.id);
    for (const radio of within(item).getAllByRole('radio')) expect(radio).toBeDisabled();
  });

  it('shows a change made elsewhere (another tab) without a reload', async () => {
    const a = await seed();
    await openWorkspace(a);
    await saveAs(a.id, second.id, { status: 'fully' }, 'Other tab');
    await waitFor(
      () =>
        expect(
          within(actionArticle(second.id)).getByRole('radio', { name: /Fully implemented/ }),
        ).toBeChecked(),
      // liveQuery re-reads after the commit; give it time when the machine is busy.
      { timeout: 4000 },
    );
  });
});

describe('progress and filters', () => {
  it('shows answered of total per norm and overall, from the stored answers', async () => {
    const a = await seed();
    await saveAs(a.id, first.id, { status: 'planned' }, 'Ana');
    await saveAs(a.id, second.id, { status: 'not-applicable', naJustification: 'n/a' }, 'Ana');
    await openWorkspace(a);
    const total = activeActions(bundledPack).length;
    expect(await screen.findByText(`Overall progress: 2 of ${total} answered`)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Checklist sections' });
    expect(within(nav).getByRole('button', { name: /Norm 13\(a\)/ })).toHaveTextContent(
      `2 of ${normA.length} answered`,
    );
    expect(within(nav).getByRole('button', { name: /Norm 13\(b\)/ })).toHaveTextContent(
      `0 of ${actionsOfNorm(bundledPack, '13b').length} answered`,
    );
  });

  it('filters unanswered, marked for review, by status and by search text', async () => {
    const user = userEvent.setup();
    const a = await seed();
    const decree = {
      status: 'largely',
      markedForReview: true,
      notes: 'Ministerial decree',
    } as const;
    await saveAs(a.id, first.id, decree, 'Ana');
    await openWorkspace(a);
    const shown = () => screen.getAllByRole('article').map((el) => el.getAttribute('data-item'));
    expect(shown()).toEqual(normA.map((x) => x.id));

    await user.click(screen.getByRole('checkbox', { name: 'Unanswered only' }));
    expect(shown()).toEqual(normA.slice(1).map((x) => x.id));
    await user.click(screen.getByRole('checkbox', { name: 'Unanswered only' }));

    await user.click(screen.getByRole('checkbox', { name: 'Marked for review only' }));
    expect(shown()).toEqual([first.id]);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status' }),
      'Largely implemented',
    );
    expect(shown()).toEqual([first.id]);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.type(screen.getByRole('searchbox', { name: 'Search actions and notes' }), 'DECREE');
    expect(shown()).toEqual([first.id]);
    await user.type(screen.getByRole('searchbox', { name: 'Search actions and notes' }), 'zzz');
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(screen.getByText(/No action matches these filters/)).toBeInTheDocument();
  });

  it('navigates by RAP focus area', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await openWorkspace(a);
    const area = bundledPack.focusAreas[1]!;
    await user.click(
      screen.getByRole('button', { name: new RegExp(`Focus area ${area.number}:`) }),
    );
    const expected = activeActions(bundledPack)
      .filter((x) => x.focusAreaIds.includes(area.id))
      .map((x) => x.id);
    expect(screen.getAllByRole('article').map((el) => el.getAttribute('data-item'))).toEqual(
      expected,
    );
  });
});

describe('history, undo, carried answers and conflicts', () => {
  it('lists who changed what and when, and undoes the last change', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await saveAs(a.id, first.id, { status: 'planned' }, 'Ana');
    await saveAs(a.id, first.id, { status: 'fully' }, 'Budi');
    await openWorkspace(a);
    const { item, history } = await showHistory(user, first.id);
    const entries = historyEntries(history);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('Budi (edit)');
    expect(entries[0]).toHaveTextContent('Status: Planned → Fully implemented');
    expect(entries[1]).toHaveTextContent('Ana (edit)');
    expect(entries[1]).toHaveTextContent('Status: unanswered → Planned');
    await user.click(within(entries[0]!).getByRole('button', { name: 'Undo this change' }));
    await waitFor(() => expect(within(item).getByRole('radio', { name: /Planned/ })).toBeChecked());
    expect((await listAnswers(a.id)).rows[0]).toMatchObject({ status: 'planned', rev: 3 });
    await waitFor(() => expect(historyEntries(history)).toHaveLength(3));
    expect(historyEntries(history)[0]).toHaveTextContent('(undo)');
    expect(historyEntries(history)[0]).toHaveTextContent('Status: Fully implemented → Planned');
  });

  it('shows old → new values: long text shortened with the full text a click away, dates formatted', async () => {
    const user = userEvent.setup();
    const a = await seed();
    const long =
      'The national CERT coordinates incident response with the police and the defence ministry under the 2024 decree, and reports twice a year.';
    await saveAs(a.id, first.id, { status: 'not-started', notes: 'Short note' }, 'Ana');
    await saveAs(
      a.id,
      first.id,
      { status: 'in-progress', notes: long, targetDate: '2027-03-31' },
      'Budi',
    );
    await openWorkspace(a);
    const { history } = await showHistory(user, first.id);
    const [latest] = historyEntries(history);
    expect(latest).toHaveTextContent('Status: Not started → In progress');
    expect(latest).toHaveTextContent('Target date: no date → 31 Mar 2027');
    expect(latest).toHaveTextContent(/Notes: “Short note” → “The national CERT .*…”/);
    expect(latest).not.toHaveTextContent('changed: status');
    // The full text is there, behind a disclosure.
    await user.click(within(latest!).getByText('Show the full text'));
    expect(within(latest!).getByText(long)).toBeVisible();
  });

  it('marks carried answers until someone confirms them', async () => {
    const user = userEvent.setup();
    const earlier = await seed();
    await saveAs(earlier.id, first.id, { status: 'largely' }, 'Ana');
    const r = await createAssessment(
      {
        stateCode: 'TL',
        title: 'Cycle 2',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        leadAgency: '',
        people: [],
        alias: '',
      },
      bundledPack,
      'Ana',
      earlier.id,
    );
    if (!r.ok) throw new Error(describeFailure(r));
    await openWorkspace(r.value);
    const item = actionArticle(first.id);
    expect(within(item).getByText(/Carried forward from the earlier cycle/)).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Confirm this answer' }));
    await waitFor(() => expect(within(item).queryByText(/Carried forward/)).toBeNull());
    expect((await listAnswers(r.value.id)).rows[0]).toMatchObject({
      carried: false,
      status: 'largely',
    });
  });

  it('shows a conflict with the newer value instead of overwriting it', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await openWorkspace(a);
    const item = actionArticle(first.id);
    await user.click(within(item).getByText('Details, evidence and notes'));
    // The user types (the write waits for the debounce) while another tab saves the same field.
    await user.type(within(item).getByLabelText('Notes'), 'mine');
    await saveAnswer({
      assessmentId: a.id,
      itemId: first.id,
      expectedRev: 0,
      patch: { status: 'fully', notes: 'theirs' },
      by: 'Other tab',
    });
    const box = await within(item).findByRole('group', {
      name: 'Someone changed this answer in another window',
    });
    expect(box).toHaveTextContent('notes');
    expect(box).toHaveTextContent('theirs');
    expect(box).toHaveTextContent('They also changed: status');
    expect(within(item).getByLabelText('Notes')).toHaveValue('mine');
    expect((await listAnswers(a.id)).rows[0]).toMatchObject({
      status: 'fully',
      notes: 'theirs',
      rev: 1,
    });
    await user.click(within(box).getByRole('button', { name: 'Keep my notes' }));
    await within(item).findByText('Saved');
    expect((await listAnswers(a.id)).rows[0]).toMatchObject({
      status: 'fully',
      notes: 'mine',
      rev: 2,
    });
  });
});
