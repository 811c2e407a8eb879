import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import type { PartScope } from '../../src/lib/schema/exportFile';
import {
  useDevices,
  coordinatorAssessment,
  agencyReturns,
  exportPart,
  importOn,
} from './support/twoDevices';

/**
 * Session 7, coord item 3 (a tester playing a coordinator with three agency laptops): the history
 * line of a record merged from a part named the person, as if it were the agency: "merged from the
 * part of Narong FA". It names the agency, and the person who changed the record there: "merged
 * from the part of Foreign Affairs (Narong)". Two parts imported at once (one instant) are told
 * apart by the question each answers. Names are isolated when they could reorder the sentence.
 */

const COORD = 'Somchai (coord)';
const FA = 'Foreign Affairs';
const POLICE = 'الشرطة الملكية';
const fa: PartScope = { agency: FA, normIds: ['13a'] };
const police: PartScope = { agency: POLICE, normIds: ['13b'] };

useDevices();

/** The history lines of a practical action, as the workspace's History panel shows them. */
async function historyOf(assessmentId: string, actionId: string): Promise<string[]> {
  const user = userEvent.setup();
  const view = render(WorkspaceView, {
    params: { id: assessmentId },
    query: new URLSearchParams({ item: actionId }),
  });
  const card = await screen.findByRole('article', { name: new RegExp(`Action ${actionId}\\b`) });
  await user.click(within(card).getByText('Details, evidence and notes'));
  await user.click(within(card).getByRole('button', { name: 'Show history' }));
  const list = await within(card).findByRole('list', { name: 'History' });
  const lines = within(list)
    .getAllByRole('listitem')
    .filter((li) => li.parentElement === list)
    .map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  view.unmount();
  return lines;
}

describe('the history line of a merged part names the agency (coord item 3)', () => {
  it('"merged from the part of Foreign Affairs (Narong)", each of two parts imported at once', async () => {
    const a = await coordinatorAssessment('TH', 'Thailand 2026', COORD);
    const toFa = await exportPart(a.id, fa, COORD);
    const toPolice = await exportPart(a.id, police, COORD);
    const backFa = await agencyReturns('fa', 'Narong', toFa, {
      assessmentId: a.id,
      scope: fa,
      actionId: '13a-01',
      patch: { status: 'planned' },
    });
    const backPolice = await agencyReturns('police', 'Pim', toPolice, {
      assessmentId: a.id,
      scope: police,
      actionId: '13b-01',
      patch: { status: 'fully' },
    });

    // Both returns in one import: the merge entries share one instant.
    await importOn('coordinator', COORD, backFa, backPolice);

    const faLines = await historyOf(a.id, '13a-01');
    expect(faLines[0]).toContain(`${COORD} merged from the part of Foreign Affairs (Narong)`);
    expect(faLines.join('\n')).not.toContain('merged from the part of Narong');
    const policeLines = await historyOf(a.id, '13b-01');
    // A right-to-left agency name is isolated: it cannot reorder the sentence around it.
    expect(policeLines[0]).toContain(
      `${COORD} merged from the part of \u2068${POLICE}\u2069 (Pim)`,
    );
  }, 60_000);
});
