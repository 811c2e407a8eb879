import { configure, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import { seedAssessment } from '../fixtures/seedWorkspace';
import type { Component } from 'svelte';
import DashboardView from '../../src/views/Dashboard/DashboardView.svelte';
import ReportView from '../../src/views/Report/ReportView.svelte';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import { getAssessmentIncludingTrash } from '../../src/lib/storage/assessments';
import { addState } from '../../src/lib/storage/states';
import { trashAssessments } from '../../src/lib/storage/trash';
import type { ViewProps } from '../../src/views/routes';

/**
 * A tester opened a trashed assessment by its address (a bookmark, the browser history) and could
 * edit it and make its report as if it had never been deleted. Every screen opened on one now says
 * it is in the trash and offers to restore it; nothing is shown or edited until then.
 */
configure({ asyncUtilTimeout: 8000 });

useFreshDatabase();

async function trashedAssessment(): Promise<string> {
  await addState('TL');
  const r = await seedAssessment({ people: ['Ana'] });
  const trashed = await trashAssessments([r.id], '2026-11-20T10:00:00.000Z');
  expect(trashed.ok).toBe(true);
  return r.id;
}

const screens: [string, Component<ViewProps>, RegExp][] = [
  ['workspace', WorkspaceView, /^Timor-Leste 2026$/],
  ['dashboard', DashboardView, /Dashboard|Timor-Leste 2026/],
  ['report', ReportView, /Gap report/],
];

describe('an assessment in the trash, opened by its address', () => {
  it.each(screens)(
    'the %s says so, shows nothing of it, and restores it',
    async (_, view, after) => {
      const user = userEvent.setup();
      const id = await trashedAssessment();
      render(view, { params: { id }, query: new URLSearchParams() });

      expect(
        await screen.findByRole('heading', { name: 'This assessment is in the trash' }),
      ).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(/Timor-Leste 2026.*is in the trash/);
      // Nothing of the assessment can be edited or reported on while it is in the trash.
      expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /PDF/ })).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Restore from the trash' }));
      expect(await screen.findByRole('heading', { level: 1, name: after })).toBeInTheDocument();
      const stored = await getAssessmentIncludingTrash(id);
      expect(stored.ok && stored.value.deletedAt).toBeUndefined();
    },
  );
});
