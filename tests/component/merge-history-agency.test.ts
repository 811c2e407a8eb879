import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import { addState } from '../../src/lib/storage/states';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { seedAssessment } from '../fixtures/seedWorkspace';
import { answer, device, exportPart, importAll, openFiles, useDevices } from './support/twoDevices';

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
    await device('coordinator');
    expect((await addState('TH')).ok).toBe(true);
    const a = await seedAssessment({ stateCode: 'TH', title: 'Thailand 2026' }, { by: COORD });
    const toFa = await exportPart(a.id, fa, COORD);
    const toPolice = await exportPart(a.id, police, COORD);

    await device('fa');
    await importAll(await openFiles('Narong', toFa));
    await answer(a.id, '13a-01', { status: 'planned' }, 'Narong');
    const backFa = await exportPart(a.id, fa, 'Narong');
    await device('police');
    await importAll(await openFiles('Pim', toPolice));
    await answer(a.id, '13b-01', { status: 'fully' }, 'Pim');
    const backPolice = await exportPart(a.id, police, 'Pim');

    // Both returns in one import: the merge entries share one instant.
    await device('coordinator');
    await importAll(await openFiles(COORD, backFa, backPolice));

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
