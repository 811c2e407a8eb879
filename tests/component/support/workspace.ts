import { render, screen, within } from '@testing-library/svelte';
import type { UserEvent } from '@testing-library/user-event';
import WorkspaceView from '../../../src/views/Workspace/WorkspaceView.svelte';
import type { Assessment } from '../../../src/lib/schema/assessment';

/**
 * Renders the workspace of `a` at the address's `query` (`norm=13a&item=…`, as a link opens it) and
 * waits until it has read the assessment (its title is the page's heading).
 */
export async function openWorkspace(a: Assessment, query = ''): Promise<void> {
  render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams(query) });
  await screen.findByRole('heading', { level: 1, name: a.title });
}

/** The card of one practical action on the open workspace, by its accessible name. */
export const actionArticle = (itemId: string): HTMLElement =>
  screen.getByRole('article', { name: new RegExp(`Action ${itemId.replace('.', '\\.')}\\b`) });

/** The entries of a history list (its own items, not the lines of each change). */
export const historyEntries = (history: HTMLElement): HTMLElement[] =>
  within(history)
    .getAllByRole('listitem')
    .filter((li) => li.parentElement === history);

/**
 * On the open workspace, opens one action's details and its history, as a person does; returns the
 * action's card and its history list once shown.
 */
export async function showHistory(
  user: UserEvent,
  itemId: string,
): Promise<{ item: HTMLElement; history: HTMLElement }> {
  const item = actionArticle(itemId);
  await user.click(within(item).getByText('Details, evidence and notes'));
  await user.click(within(item).getByRole('button', { name: 'Show history' }));
  return { item, history: await within(item).findByRole('list', { name: 'History' }) };
}
