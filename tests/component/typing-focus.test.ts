import { configure, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { actionsOfNorm } from '../../src/lib/domain/pack';
import { listAnswers, listNormAnswers } from '../../src/lib/storage/answers';
import { seedAssessment } from '../fixtures/seedWorkspace';

/**
 * The race behind the lost characters of e2e faults-typing "norm challenges" (issue 16; the
 * data-safety issue): a workspace opened from a link to one action (`?item=`, as after every
 * reload) moved focus to that action's heading again each time a write committed, because the
 * keyboard attachment read the linked action reactively. The keys typed next went to the heading:
 * lost, and a digit among them set the action's status. Deterministic here: type, let the write
 * commit (the live query delivers a new snapshot), type again.
 */
const first = actionsOfNorm(bundledPack, '13a')[0]!;

configure({ asyncUtilTimeout: 4000 });
useFreshDatabase();

describe('typing while writes commit', () => {
  it('a write committing (and the live query answering) never moves focus out of the field', async () => {
    const user = userEvent.setup();
    const a = await seedAssessment();
    render(WorkspaceView, {
      params: { id: a.id },
      query: new URLSearchParams(`norm=13a&item=${first.id}`),
    });
    const field = await screen.findByRole('textbox', {
      name: 'Challenges met in implementing this norm',
    });
    await user.click(field);
    await user.type(field, 'Decree 53');
    // The typing pause passes: the write commits and the live query delivers the new snapshot.
    await waitFor(async () =>
      expect((await listNormAnswers(a.id)).rows).toEqual([
        expect.objectContaining({ normId: '13a', challenges: 'Decree 53' }),
      ]),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(document.activeElement).toBe(field);
    // Typed on without clicking again (as a person does): every key goes to the field.
    await user.keyboard(' of 2021');
    expect(field).toHaveValue('Decree 53 of 2021');
    await waitFor(async () =>
      expect((await listNormAnswers(a.id)).rows).toEqual([
        expect.objectContaining({ challenges: 'Decree 53 of 2021' }),
      ]),
    );
    // No digit reached the status shortcuts.
    expect((await listAnswers(a.id)).rows).toEqual([]);
  });
});

/**
 * Alt+↓ while typing a note (new-user report: typing in 13a-03, Alt+↓, typing on): the focus went to
 * the next action's heading, the letters were lost and a digit set 13a-04's status. Now the same
 * field of the next action takes the focus, and the keys typed on go into it.
 */
describe('Alt+↓/Alt+↑ from a text field of an action', () => {
  const [, , third, fourth] = actionsOfNorm(bundledPack, '13a');

  async function openAt(itemId: string) {
    const a = await seedAssessment();
    render(WorkspaceView, {
      params: { id: a.id },
      query: new URLSearchParams(`norm=13a&item=${itemId}`),
    });
    const notes = await waitFor(() => {
      const el = document.getElementById(`item-${itemId}-notes`);
      expect(el).not.toBeNull();
      return el as HTMLTextAreaElement;
    });
    return { a, notes };
  }

  it('moves to the same field of the next action; the keys typed on go there, no status changes', async () => {
    const user = userEvent.setup();
    const { a, notes } = await openAt(third!.id);
    await user.click(notes);
    await user.keyboard('Decree');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    const nextNotes = document.getElementById(`item-${fourth!.id}-notes`) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(nextNotes));
    await user.keyboard('abc 5');
    expect(nextNotes).toHaveValue('abc 5');
    expect(notes).toHaveValue('Decree');
    await waitFor(async () => {
      const row = (await listAnswers(a.id)).rows.find((r) => r.itemId === fourth!.id);
      expect(row?.notes).toBe('abc 5');
      // The digit went into the note: the action is still unanswered.
      expect(row?.status).toBeUndefined();
    });
    // Back up with Alt+↑: the caret goes to the end of the earlier note, typing appends.
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(notes));
    await user.keyboard(' 53');
    expect(notes).toHaveValue('Decree 53');
  });

  it('does nothing while an input method composition is in progress', async () => {
    const user = userEvent.setup();
    const { notes } = await openAt(third!.id);
    await user.click(notes);
    notes.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'ArrowDown',
        altKey: true,
        isComposing: true,
        bubbles: true,
        cancelable: true,
      }),
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement).toBe(notes);
  });
});
