import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { actionsOfNorm } from '../../src/lib/domain/pack';
import { listAnswers } from '../../src/lib/storage/answers';
import { useFreshDatabase } from './support/useFreshDatabase';
import { seedAssessment } from '../fixtures/seedWorkspace';

/**
 * Tester report (session 7, zerokey): the `0` shortcut (Not applicable) made the required
 * justification appear but left focus where it was — on the heading (the next `j` moved on and left
 * the action "Not saved") or on another status radio (the first space typed chose that status in
 * place of Not applicable). A status choice that makes a required field appear focuses that field.
 */
const [first] = actionsOfNorm(bundledPack, '13a');

configure({ asyncUtilTimeout: 4000 });
useFreshDatabase();

async function open() {
  const a = await seedAssessment();
  render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams('norm=13a') });
  await screen.findByRole('heading', { level: 1, name: a.title });
  const item = await waitFor(() => {
    const el = document.querySelector<HTMLElement>(`[data-item="${first!.id}"]`);
    expect(el).not.toBeNull();
    return el!;
  });
  return { a, item };
}

describe('a status shortcut that makes a required field appear focuses it', () => {
  it('j, 0, then typing: the justification holds the text, the status stays Not applicable', async () => {
    const user = userEvent.setup();
    const { a } = await open();
    document.body.focus();
    await user.keyboard('j');
    // `j` lands on an action's heading (whichever action it moved to).
    const item = await waitFor(() => {
      const el = document.activeElement?.closest<HTMLElement>('[data-item]');
      expect(document.activeElement?.tagName).toBe('H3');
      return el!;
    });
    await user.keyboard('0');
    const field = await within(item).findByLabelText(/Why it does not apply/);
    await waitFor(() => expect(document.activeElement).toBe(field));
    await user.keyboard('No such law');
    expect(field).toHaveValue('No such law');
    expect(within(item).getByRole('radio', { name: /Not applicable/ })).toBeChecked();
    await within(item).findByText('Saved');
    expect((await listAnswers(a.id)).rows).toEqual([
      expect.objectContaining({
        itemId: item.dataset['item'],
        status: 'not-applicable',
        naJustification: 'No such law',
      }),
    ]);
  });

  it('0 pressed on another status radio: a space typed next goes into the justification', async () => {
    const user = userEvent.setup();
    const { a, item } = await open();
    within(item)
      .getByRole('radio', { name: /Planned/ })
      .focus();
    await user.keyboard('0');
    const field = await within(item).findByLabelText(/Why it does not apply/);
    await waitFor(() => expect(document.activeElement).toBe(field));
    await user.keyboard('No such law');
    expect(within(item).getByRole('radio', { name: /Not applicable/ })).toBeChecked();
    expect(within(item).getByRole('radio', { name: /Planned/ })).not.toBeChecked();
    await within(item).findByText('Saved');
    expect((await listAnswers(a.id)).rows[0]).toMatchObject({
      status: 'not-applicable',
      naJustification: 'No such law',
    });
  });

  it('a shortcut pressed on a status radio moves focus to the chosen radio', async () => {
    const user = userEvent.setup();
    const { item } = await open();
    within(item)
      .getByRole('radio', { name: /Planned/ })
      .focus();
    await user.keyboard('1');
    const chosen = within(item)
      .getAllByRole('radio')
      .find((r) => (r as HTMLInputElement).checked);
    expect(chosen).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(chosen));
  });
});

describe('arrowing through the status radios', () => {
  it('passes over Not applicable without being pulled into its justification', async () => {
    const { item } = await open();
    const na = within(item).getByRole('radio', { name: /Not applicable/ });
    na.focus();
    // An arrow key selects the radio it lands on (the browser's own radio-group keys).
    await fireEvent.keyDown(na, { key: 'ArrowDown' });
    await fireEvent.click(na);
    expect(na).toBeChecked();
    // The justification appears, and focus stays in the group for the next arrow key.
    await within(item).findByLabelText(/Why it does not apply/);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(na);
  });
});
