import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { planImport, previewImport } from '../../src/lib/domain/importPlan';
import { describeFailure } from '../../src/lib/i18n/failures';
import { applyImport, loadImportContext } from '../../src/lib/storage/exchange';
import { listAnswers } from '../../src/lib/storage/answers';
import type { PartScope } from '../../src/lib/schema/exportFile';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
} from '../fixtures/factories/exports';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';

/**
 * Tester (MFA workspace): the agency's workspace never said it held a part: every action shown as
 * editable, "Overall progress" over the whole checklist, "Send to review" / "Make final" offered, and
 * answers outside the part saved without a word, then left out of the part sent back. The test pack
 * has norms 13a (13a-01, 13a-02) and 13c (13c-01); the part given to MFA is 13a-01 and 13c whole.
 */

configure({ asyncUtilTimeout: 4000 });
useFreshDatabase();

const PART: PartScope = {
  agency: 'Ministry of Foreign Affairs',
  normIds: ['13a', '13c'],
  itemIds: ['13a-01', '13c-01'],
  normAnswerIds: ['13c'],
};

/** The agency's device: the part the coordinator sent, added through the import. */
async function receivePart(part: PartScope = PART): Promise<void> {
  const file = await sealExport(
    buildExportBody(makeExportSource(), {
      kind: 'part',
      appVersion: TEST_APP_VERSION,
      exportedAt: TEST_EXPORTED_AT,
      shareable: false,
      part,
      partDirection: 'sent',
    }),
  );
  const ctx = await loadImportContext(file);
  const plan = planImport(file, ctx, new Date('2026-03-01T00:00:00.000Z'));
  if (!plan.ok) throw new Error(describeFailure(plan));
  const preview = previewImport(plan.value, ctx, new Map(), new Map(), TEST_EXPORTED_AT, 'MFA');
  const written = await applyImport(preview.writes!);
  if (!written.ok) throw new Error(describeFailure(written));
}

const open = (query = '') =>
  render(WorkspaceView, {
    params: { id: TEST_ASSESSMENT_ID },
    query: new URLSearchParams(query),
  });

const article = (itemId: string) =>
  screen.getByRole('article', { name: new RegExp(`Action ${itemId}\\b`) });

describe('the workspace of a part held on an agency’s device', () => {
  it('says it holds a part, with its scope, and counts progress of the part only', async () => {
    await receivePart();
    open();
    const banner = await screen.findByText(/only these go back to the coordinator/);
    expect(banner).toHaveTextContent(
      /Part of .*given to .*Ministry of Foreign Affairs.*: 1 norm, 2 practical actions; only these go back to the coordinator/,
    );
    // Two actions in the part (13a-01 answered by the coordinator's copy), not the whole checklist.
    const meter = screen.getByRole('progressbar', { name: /Progress of your part/ });
    expect(meter).toHaveAttribute('max', '2');
    expect(meter).toHaveAttribute('aria-valuetext', expect.stringMatching(/ of 2 answered/));
    expect(screen.queryByText(/Overall progress/)).toBeNull();
  });

  it('says a norm outside the part is not in it, not “0 of 0 answered” (coordfix2 item 4)', async () => {
    await receivePart({ agency: 'Ministry of Foreign Affairs', normIds: ['13c'] });
    open();
    const nav = await screen.findByRole('navigation', { name: 'Checklist sections' });
    const outside = await within(nav).findByRole('button', { name: /^Norm 13\(a\)/ });
    expect(outside).toHaveTextContent('Not in your part');
    expect(within(nav).getByRole('button', { name: /^Norm 13\(c\)/ })).toHaveTextContent(
      /of 1 answered/,
    );
    expect(nav).not.toHaveTextContent(/0 of 0 answered/);
  });

  it('offers no review or final status on a held part', async () => {
    await receivePart();
    open();
    await screen.findByText(/only these go back to the coordinator/);
    expect(screen.queryByRole('button', { name: 'Send to review' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Make final/ })).toBeNull();
  });

  it('offers no "Agencies and their parts" panel on a held part (coordfix item 3)', async () => {
    await receivePart();
    open();
    await screen.findByText(/only these go back to the coordinator/);
    expect(screen.queryByRole('heading', { name: 'Agencies and their parts' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add agency/i })).toBeNull();
  });

  it('keeps actions and norm questions outside the part read-only, with the reason', async () => {
    const user = userEvent.setup();
    await receivePart();
    open('norm=13a');
    await screen.findByText(/only these go back to the coordinator/);
    const outside = await waitFor(() => article('13a-02'));
    expect(within(outside).getByText(/Not in your part: read-only/)).toBeInTheDocument();
    for (const radio of within(outside).getAllByRole('radio')) expect(radio).toBeDisabled();
    const inside = article('13a-01');
    expect(within(inside).queryByText(/Not in your part/)).toBeNull();
    expect(within(inside).getAllByRole('radio')[0]).toBeEnabled();
    // Norm 13a's own questions are not in the part (only 13c's are).
    const questions = screen
      .getByRole('heading', { name: /Norm 13\(a\): measures, challenges and needs/ })
      .closest('section')!;
    expect(within(questions).getByText(/Not in your part/)).toBeInTheDocument();
    for (const box of within(questions).getAllByRole('textbox')) expect(box).toBeDisabled();
    // A click on a disabled radio changes nothing stored.
    await user.click(within(outside).getAllByRole('radio')[0]!);
    expect((await listAnswers(TEST_ASSESSMENT_ID)).rows.some((a) => a.itemId === '13a-02')).toBe(
      false,
    );
  });
});
