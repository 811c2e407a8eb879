import { configure, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { actionsOfNorm } from '../../src/lib/domain/pack';
import { useFreshDatabase } from './support/useFreshDatabase';
import { seedAssessment } from '../fixtures/seedWorkspace';

/**
 * New-user report (session 5, uiwords item 3): Alt+↓ / Alt+↑ kept the field from a text field, but
 * from a status radio, the Priority select or a norm question it went to the next action's heading
 * (and the digits typed next set that action's status). Every kind of control of an action, and
 * every norm question, now moves to the same control of the next (previous) action or norm.
 */
const [first, second] = actionsOfNorm(bundledPack, '13a');
const normAfter = bundledPack.norms[1]!.id;

configure({ asyncUtilTimeout: 4000 });
useFreshDatabase();

async function open() {
  const a = await seedAssessment();
  render(WorkspaceView, {
    params: { id: a.id },
    query: new URLSearchParams(`norm=13a&item=${first!.id}`),
  });
  await screen.findByRole('heading', { level: 1, name: a.title });
  return waitFor(() => {
    const el = document.querySelector<HTMLElement>(`[data-item="${first!.id}"]`);
    expect(el).not.toBeNull();
    return el!;
  });
}

/** Every control of an action the keyboard can be on (opening its details first). */
function controlsOf(action: HTMLElement): HTMLElement[] {
  for (const d of action.querySelectorAll('details')) d.open = true;
  return [...action.querySelectorAll<HTMLElement>('input, select, textarea')].filter(
    (el) => !el.matches(':disabled'),
  );
}

describe('Alt+↓ / Alt+↑ keep the kind of control', () => {
  it('from every control of an action to the same control of the next, and back', async () => {
    const user = userEvent.setup();
    const action = await open();
    const controls = controlsOf(action);
    const ids = controls.map((c) => c.id);
    // Every kind: the five status radios and N/A, both selects, both dates, both check boxes,
    // the text fields (lead agency, evidence, links, notes).
    expect(ids).toEqual(
      expect.arrayContaining([
        `item-${first!.id}-status-fully`,
        `item-${first!.id}-status-not-applicable`,
        `item-${first!.id}-priority`,
        `item-${first!.id}-target-status`,
        `item-${first!.id}-target-date`,
        `item-${first!.id}-evidence-date`,
        `item-${first!.id}-review-mark`,
        `item-${first!.id}-reviewed`,
        `item-${first!.id}-agency`,
        `item-${first!.id}-evidence`,
        `item-${first!.id}-links`,
        `item-${first!.id}-notes`,
      ]),
    );
    expect(ids.filter((id) => !id.startsWith(`item-${first!.id}-`))).toEqual([]);
    for (const control of controls) {
      const next = control.id.replace(`item-${first!.id}-`, `item-${second!.id}-`);
      control.focus();
      await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
      await waitFor(() => expect(document.activeElement?.id).toBe(next));
      await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
      await waitFor(() => expect(document.activeElement?.id).toBe(control.id));
    }
  });

  it('a status radio keeps its value: the digits typed next do not set the status', async () => {
    const user = userEvent.setup();
    const action = await open();
    const radio = action.querySelector<HTMLInputElement>(
      `[id="item-${first!.id}-status-planned"]`,
    )!;
    radio.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    const target = document.getElementById(`item-${second!.id}-status-planned`);
    await waitFor(() => expect(document.activeElement).toBe(target));
    expect(target).toHaveAccessibleName(/Planned/);
    expect(target).not.toBeChecked();
  });

  it('from a norm question to the same question of the next norm, and back', async () => {
    const user = userEvent.setup();
    await open();
    const questions = await waitFor(() => {
      const list = [...document.querySelectorAll<HTMLElement>('[data-norm="13a"] textarea')];
      expect(list.length).toBeGreaterThan(0);
      return list;
    });
    for (const q of questions.map((el) => el.id)) {
      document.getElementById(q)!.focus();
      await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
      const next = q.replace('norm-13a-', `norm-${normAfter}-`);
      await waitFor(() => expect(document.activeElement?.id).toBe(next));
      await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
      await waitFor(() => expect(document.activeElement?.id).toBe(q));
    }
  });
});
