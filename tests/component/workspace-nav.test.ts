import { configure, render, screen, within, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { actionsOfNorm } from '../../src/lib/domain/pack';
import { db } from '../../src/lib/storage/db';
import { listAnswers } from '../../src/lib/storage/answers';
import type { Assessment } from '../../src/lib/schema/assessment';
import { seedAssessment } from '../fixtures/seedWorkspace';

/**
 * Issue 13 item 4 (the current action and the keyboard) and item 5 (no raw code in the
 * workspace's status line), on fake IndexedDB with the bundled pack.
 */
const normA = actionsOfNorm(bundledPack, '13a');
const normB = actionsOfNorm(bundledPack, '13b');

const seed = () => seedAssessment();

const open = async (a: Assessment, query = '') => {
  render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams(query) });
  await screen.findByRole('heading', { level: 1, name: a.title });
};
const currentAction = () => screen.getByRole('article', { current: true });
const isAction = (itemId: string) => new RegExp(`^Action ${itemId.replace(/\./g, '\\.')}\\b`);

configure({ asyncUtilTimeout: 4000 });
useFreshDatabase();

describe('the current action', () => {
  it('starts at the first action, visibly, and j moves to the second', async () => {
    const user = userEvent.setup();
    await open(await seed());
    expect(currentAction()).toHaveAccessibleName(isAction(normA[0]!.id));
    expect(screen.getAllByRole('article', { current: true })).toHaveLength(1);
    await user.keyboard('j');
    await waitFor(() => expect(currentAction()).toHaveAccessibleName(isAction(normA[1]!.id)));
  });

  it('after a click on a norm in the sidebar, starts at its first action and digits set it', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await open(a);
    // Go down the first norm a little, so an index left over would point past the start.
    await user.keyboard('jjj');
    await user.click(screen.getByRole('button', { name: /^Norm 13\(b\)/ }));
    await waitFor(() => expect(currentAction()).toHaveAccessibleName(isAction(normB[0]!.id)));
    await user.keyboard('3');
    await waitFor(async () =>
      expect((await listAnswers(a.id)).rows).toEqual([
        expect.objectContaining({ itemId: normB[0]!.id, status: 'in-progress' }),
      ]),
    );
    await user.keyboard('j');
    await waitFor(() => expect(currentAction()).toHaveAccessibleName(isAction(normB[1]!.id)));
  });

  it('follows a click inside another action', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await open(a);
    const third = screen.getByRole('article', { name: isAction(normA[2]!.id) });
    await user.click(within(third).getByRole('radio', { name: /Planned/ }));
    expect(currentAction()).toBe(third);
    await user.keyboard('5');
    await waitFor(async () =>
      expect((await listAnswers(a.id)).rows).toEqual([
        expect.objectContaining({ itemId: normA[2]!.id, status: 'fully' }),
      ]),
    );
  });

  it('j at the end of a norm goes to the first action of the next norm; k comes back', async () => {
    const user = userEvent.setup();
    const a = await seed();
    await open(a, `item=${normA[normA.length - 1]!.id}`);
    await waitFor(() =>
      expect(currentAction()).toHaveAccessibleName(isAction(normA[normA.length - 1]!.id)),
    );
    await user.keyboard('j');
    await waitFor(() => expect(currentAction()).toHaveAccessibleName(isAction(normB[0]!.id)));
    expect(screen.getByRole('heading', { level: 2, name: /^Norm 13\(b\)/ })).toBeInTheDocument();
    await user.keyboard('2');
    await waitFor(async () =>
      expect((await listAnswers(a.id)).rows).toEqual([
        expect.objectContaining({ itemId: normB[0]!.id, status: 'planned' }),
      ]),
    );
    await user.keyboard('k');
    await waitFor(() =>
      expect(currentAction()).toHaveAccessibleName(isAction(normA[normA.length - 1]!.id)),
    );
  });

  it('says so at the very last action instead of doing nothing silently', async () => {
    const user = userEvent.setup();
    const a = await seed();
    const lastNorm = bundledPack.norms[bundledPack.norms.length - 1]!;
    const last = actionsOfNorm(bundledPack, lastNorm.id).at(-1)!;
    await open(a, `item=${last.id}`);
    await user.keyboard('j');
    expect(await screen.findByText(/This is the last action/)).toBeInTheDocument();
    expect(currentAction()).toHaveAccessibleName(isAction(last.id));
  });
});

describe('the status line', () => {
  it('says in words why a status change failed, never the storage code', async () => {
    const user = userEvent.setup();
    await open(await seed());
    db.close();
    await user.click(screen.getByRole('button', { name: 'Send to review' }));
    const alert = await screen.findByText(/The status could not be changed/);
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert.textContent).not.toMatch(/storage:|Error/);
  });

  it('says a damaged assessment record cannot be read, without the schema message', async () => {
    const a = await seed();
    await db.assessments.put({ ...a, title: '' });
    render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams() });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be read/);
    expect(alert.textContent).not.toMatch(/must not be empty|title/);
  });
});
