import { configure, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import type { Assessment } from '../../src/lib/schema/assessment';
import { seedAssessment } from '../fixtures/seedWorkspace';

/**
 * fixfocus item 4: a deep link to something the checklist does not have says so in a polite status
 * line instead of silently showing norm 13(a) (rule: domain/workspaceNav `sectionForLink` missing).
 */
const open = async (a: Assessment, query: string) => {
  render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams(query) });
  await screen.findByRole('heading', { level: 1, name: a.title });
};
const statusSaying = (text: string) =>
  screen.getAllByRole('status').find((s) => s.textContent?.trim() === text);

configure({ asyncUtilTimeout: 4000 });
useFreshDatabase();

describe('a deep link to something that does not exist', () => {
  it.each([
    ['item=zzz', 'No practical action “zzz” in this checklist: showing norm 13(a).'],
    ['norm=13z', 'No norm “13z” in this checklist: showing norm 13(a).'],
    ['area=rap-9', 'No focus area “rap-9” in this checklist: showing norm 13(a).'],
  ])('?%s is said in a status line', async (query, sentence) => {
    await open(await seedAssessment(), query);
    expect(statusSaying(sentence)).toBeDefined();
  });

  it('a link to a known norm says nothing of the kind', async () => {
    await open(await seedAssessment(), 'norm=13b');
    expect(screen.queryByText(/in this checklist: showing/)).toBeNull();
  });
});
