import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import AssessmentDetailsView from '../../src/views/AssessmentSetup/AssessmentDetailsView.svelte';
import StorageBanner from '../../src/components/StorageBanner.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { actionsOfNorm } from '../../src/lib/domain/pack';
import { saveAnswer } from '../../src/lib/storage/answers';
import { probeStorage } from '../../src/lib/storage/health';
import { StorageHealthState, storageHealth } from '../../src/lib/state/storageHealth.svelte';
import type { Assessment, AnswerStatus } from '../../src/lib/schema/assessment';
import { seedAssessment } from '../fixtures/seedWorkspace';

/**
 * Session 7, found by keyboard and screen-reader users: after some actions the element that had
 * focus is gone, focus fell to <body> and nothing was said. Each test checks where focus is
 * (`document.activeElement`) and what the workspace's one polite live region says.
 */
configure({ asyncUtilTimeout: 4000 });
useFreshDatabase({ clearAddress: true });

const normA = actionsOfNorm(bundledPack, '13a');
const isAction = (itemId: string) => new RegExp(`^Action ${itemId.replace(/\./g, '\\.')}\\b`);
const actionCard = (itemId: string) => screen.getByRole('article', { name: isAction(itemId) });

const open = async (a: Assessment) => {
  render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams() });
  await screen.findByRole('heading', { level: 1, name: a.title });
};

/** Stores a status for `itemId` as `by` (another person each time: one history entry each). */
async function answer(
  a: Assessment,
  itemId: string,
  rev: number,
  status: AnswerStatus,
  by: string,
) {
  const r = await saveAnswer({
    assessmentId: a.id,
    itemId,
    expectedRev: rev,
    patch: { status },
    by,
  });
  if (!r.ok) throw new Error(r.code);
}

/** The workspace's polite live region (there is one: the visually hidden status line). */
const liveRegion = () => {
  const regions = screen
    .getAllByRole('status')
    .filter((el) => el.classList.contains('visually-hidden'));
  expect(regions).toHaveLength(1);
  return regions[0]!;
};

/** Opens an action's details with the keyboard and focuses its history toggle. */
async function historyToggle(user: ReturnType<typeof userEvent.setup>, itemId: string) {
  const card = actionCard(itemId);
  const summary = within(card).getByText('Details, evidence and notes');
  summary.focus();
  await user.keyboard('{Enter}');
  const toggle = within(card).getByRole('button', { name: 'Show history' });
  toggle.focus();
  return toggle;
}

describe('focus after an action removes or replaces its control', () => {
  it('1. Show history and Hide history keep focus on the toggle, which says what it will do', async () => {
    const user = userEvent.setup();
    const a = await seedAssessment();
    await answer(a, normA[0]!.id, 0, 'planned', 'Ana');
    await open(a);
    const toggle = await historyToggle(user, normA[0]!.id);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{Enter}');
    const card = actionCard(normA[0]!.id);
    expect(await within(card).findByRole('list', { name: 'History' })).toBeInTheDocument();
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Hide history' }));
    expect(document.activeElement).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(card).queryByRole('list', { name: 'History' })).toBeNull());
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Show history' }));
  });

  it('2. Undo says what it undid in the live region; focus goes to the next Undo button', async () => {
    const user = userEvent.setup();
    const a = await seedAssessment();
    const id = normA[0]!.id;
    await answer(a, id, 0, 'planned', 'Ana');
    await answer(a, id, 1, 'in-progress', 'Ben');
    await open(a);
    await historyToggle(user, id);
    await user.keyboard('{Enter}');
    const card = actionCard(id);
    const undo = await within(card).findByRole('button', { name: 'Undo this change' });
    undo.focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(liveRegion()).toHaveTextContent('Undone: status back to Planned.'));
    await waitFor(() =>
      expect(within(card).getByRole('radio', { name: /^Planned/ })).toBeChecked(),
    );
    // The undo is the newest change now: its own Undo button has focus (the old one is gone).
    await waitFor(() => expect(within(card).getAllByRole('listitem').length).toBeGreaterThan(2));
    const undoButtons = within(card).getAllByRole('button', { name: 'Undo this change' });
    expect(undoButtons).toHaveLength(1);
    expect(document.activeElement).toBe(undoButtons[0]);
    expect(document.activeElement).not.toBe(document.body);
  });

  it('3. with "Unanswered only", answering the current action moves focus to the next unanswered one', async () => {
    const user = userEvent.setup();
    const a = await seedAssessment();
    await open(a);
    await user.click(screen.getByRole('checkbox', { name: 'Unanswered only' }));
    // The second action: the next one is the third, not the first of the list.
    const second = actionCard(normA[1]!.id);
    within(second).getByRole('heading', { level: 3 }).focus();
    await user.keyboard('3');

    await waitFor(() =>
      expect(screen.queryByRole('article', { name: isAction(normA[1]!.id) })).toBeNull(),
    );
    const third = actionCard(normA[2]!.id);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(third).getByRole('heading', { level: 3 })),
    );
    expect(screen.getByRole('article', { current: true })).toBe(third);
    // The keyboard acts on it: a digit answers the action that has focus.
    await user.keyboard('2');
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: isAction(normA[2]!.id) })).toBeNull(),
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(actionCard(normA[3]!.id)).getByRole('heading', { level: 3 }),
      ),
    );
  });

  it('3. answering the last unanswered action: focus on the list heading, "All actions answered" said', async () => {
    const user = userEvent.setup();
    const a = await seedAssessment();
    for (const [i, action] of normA.slice(0, -1).entries())
      await answer(a, action.id, 0, 'planned', `Person ${i}`);
    const last = normA[normA.length - 1]!;
    await open(a);
    await user.click(screen.getByRole('checkbox', { name: 'Unanswered only' }));
    const card = actionCard(last.id);
    await user.click(within(card).getByRole('radio', { name: /^Fully implemented/ }));

    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { level: 2, name: /^Norm 13\(a\)/ }),
      ),
    );
    expect(liveRegion()).toHaveTextContent(/^All actions answered/);
  });
});

describe('the same rule for every control that goes once pressed', () => {
  it('Send to review: focus on the status group’s next button, not the body', async () => {
    const user = userEvent.setup();
    const a = await seedAssessment();
    await open(a);
    screen.getByRole('button', { name: 'Send to review' }).focus();
    await user.keyboard('{Enter}');
    const back = await screen.findByRole('button', { name: 'Back to draft' });
    await waitFor(() => expect(document.activeElement).toBe(back));
  });
});

describe('4. a refused Save details', () => {
  it('moves focus to the first field in error, as Create does', async () => {
    const user = userEvent.setup();
    const a = await seedAssessment();
    render(AssessmentDetailsView, { params: { id: a.id }, query: new URLSearchParams() });
    const end = await screen.findByLabelText('Period end (same as start for a single date)');
    await user.clear(end);
    await user.type(end, '2025-12-31');
    const save = screen.getByRole('button', { name: 'Save details' });
    save.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('The end must not be before the start.')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(end));
    expect(end).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('5. storage refused by a throwing window.indexedDB', () => {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
  afterEach(() => {
    if (own) Object.defineProperty(globalThis, 'indexedDB', own);
  });

  it('is said at start-up with the policy block’s sentence', async () => {
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(await probeStorage()).toEqual({ kind: 'blocked', name: 'SecurityError' });
    const check = new StorageHealthState();
    await check.check();
    expect(check.health).toEqual({ kind: 'blocked', name: 'SecurityError' });

    // The banner the app shows at start (the same one as for the policy block).
    storageHealth.health = check.health;
    render(StorageBanner);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This browser cannot save anything for this tool');
    expect(alert).not.toHaveTextContent(/saved on this device/i);
    storageHealth.health = null;
  });
});
