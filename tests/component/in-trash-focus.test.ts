import { render, screen, waitFor } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import InTrashNotice from '../../src/components/InTrashNotice.svelte';

/**
 * Session 7: when another tab trashed the assessment shown, the screen switched to the trash notice
 * but focus fell to <body>. The notice's heading now takes focus when nothing else has it.
 */
const failure = {
  code: 'assessment.in-trash' as const,
  assessmentId: 'a1',
  title: 'Self-assessment 2026',
  deletedAt: '2026-03-01T08:00:00.000Z',
};

test('the trash notice focuses its heading when focus had fallen to the body', async () => {
  (document.activeElement as HTMLElement | null)?.blur();
  render(InTrashNotice, { failure, restore: () => Promise.resolve(null) });
  const heading = screen.getByRole('heading', { level: 1 });
  await waitFor(() => expect(document.activeElement).toBe(heading));
});

test('the trash notice leaves focus alone when a control already has it', async () => {
  const outside = document.createElement('button');
  document.body.append(outside);
  outside.focus();
  render(InTrashNotice, { failure, restore: () => Promise.resolve(null) });
  await Promise.resolve();
  await Promise.resolve();
  expect(document.activeElement).toBe(outside);
  outside.remove();
});
