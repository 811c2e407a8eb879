import { configure, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { activeActions } from '../../src/lib/domain/pack';
import { db } from '../../src/lib/storage/db';
import { saveAssignments } from '../../src/lib/storage/assignments';
import { makeAgencyAssignment as agency } from '../fixtures/factories/assignments';
import { seedAssessment } from '../fixtures/seedWorkspace';

configure({ asyncUtilTimeout: 4000 });

beforeEach(async () => {
  await db.open();
  for (const table of db.tables) await table.clear();
});

const NCSA = 'National Cyber Security Agency';

describe('the workspace Agency filter (session 7, coordfix item 2)', () => {
  it('shows the coordinator’s own agency the actions given to no agency', async () => {
    const user = userEvent.setup();
    const a = await seedAssessment({ leadAgency: NCSA });
    const saved = await saveAssignments({
      assessmentId: a.id,
      expectedRev: 0,
      assignments: [
        agency({ agency: 'Ministry of Foreign Affairs', normIds: ['13a', '13b', '13c'] }),
        agency({ agency: 'Ministry of Defence', normIds: ['13g'], itemIds: ['13a-05'] }),
      ],
      pack: bundledPack,
      by: 'Ana',
    });
    expect(saved.ok).toBe(true);
    render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams('norm=13d') });
    await screen.findByRole('heading', { level: 1, name: 'Timor-Leste 2026' });

    const norm13d = activeActions(bundledPack).filter((x) => x.normId === '13d');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Agency' }), NCSA);
    const shown = () => screen.getAllByRole('article').map((el) => el.getAttribute('data-item'));
    expect(shown()).toEqual(norm13d.map((x) => x.id));
    expect(
      screen.getByText(`${norm13d.length} of ${norm13d.length} actions shown`),
    ).toBeInTheDocument();
  }, 60_000);
});
