import { configure, screen, within, waitFor } from '@testing-library/svelte';
import { describeFailure } from '../../src/lib/i18n/failures';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { bundledPacks } from '../../src/lib/domain/bundledPacks';
import { ensureBundledPack } from '../../src/lib/storage/packs';
import { actionsOfNorm, activeActions } from '../../src/lib/domain/pack';
import { db } from '../../src/lib/storage/db';
import { createAssessment, setAssessmentStatus } from '../../src/lib/storage/assessments';
import { listAnswers } from '../../src/lib/storage/answers';
import type { Assessment } from '../../src/lib/schema/assessment';
import { makeAnswer } from '../fixtures/factories/answers';
import { saveAs } from '../fixtures/seedWorkspace';
import { openWorkspace } from './support/workspace';

/** Issue 13 item 6: carry-forward says what it did and what is left to confirm. */
const normA = actionsOfNorm(bundledPack, '13a');
const total = activeActions(bundledPack).length;

const details = { stateCode: 'TL', leadAgency: '', people: [] as string[], alias: '' };

/** An earlier cycle with the first three actions of 13a answered, and one answer to an action
 * this pack does not know; then the next cycle carrying it forward. */
async function seedCarried(): Promise<{ earlier: Assessment; next: Assessment }> {
  const e = await createAssessment(
    { ...details, title: 'Cycle 1', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    bundledPack,
    'Ana',
  );
  if (!e.ok) throw new Error(describeFailure(e));
  for (const [i, action] of normA.slice(0, 3).entries()) {
    await saveAs(
      e.value.id,
      action.id,
      { status: i === 0 ? 'largely' : 'planned', markedForReview: i === 2 },
      'Ana',
    );
  }
  await db.answers.put(
    makeAnswer({ assessmentId: e.value.id, itemId: '13a-99', status: 'fully', rev: 1 }),
  );
  const n = await createAssessment(
    { ...details, title: 'Cycle 2', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
    bundledPack,
    'Ana',
    e.value.id,
  );
  if (!n.ok) throw new Error(describeFailure(n));
  return { earlier: e.value, next: n.value };
}

configure({ asyncUtilTimeout: 4000 });
useFreshDatabase();

describe('carried answers', { timeout: 25_000 }, () => {
  it('counts carried answers apart from answered ones, and confirms all of a norm at once', async () => {
    const user = userEvent.setup();
    const { next } = await seedCarried();
    await openWorkspace(next);
    expect(
      screen.getByText(
        `Overall progress: 0 of ${total} answered in this cycle, 3 carried to confirm`,
      ),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Confirm the 3 carried answers of this norm' }),
    );
    // Three saves through the save queue, one after another: on a loaded 2-core machine they take
    // longer than the 4 s default (seen at load 25), so this one wait is longer.
    await screen.findByText(`Overall progress: 3 of ${total} answered`, {}, { timeout: 12_000 });
    await waitFor(async () =>
      expect((await listAnswers(next.id)).rows.map((a) => a.carried)).toEqual([
        false,
        false,
        false,
      ]),
    );
    expect(screen.queryByRole('button', { name: /Confirm the/ })).toBeNull();
  });

  it('filters the answers still carried', async () => {
    const user = userEvent.setup();
    const { next } = await seedCarried();
    await openWorkspace(next);
    await user.click(
      within(screen.getByRole('article', { name: /Action 13a-01\b/ })).getByRole('button', {
        name: 'Confirm this answer',
      }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Carried, not confirmed only' }));
    await waitFor(() =>
      expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-item'))).toEqual([
        normA[1]!.id,
        normA[2]!.id,
      ]),
    );
  });

  it('lists the earlier answers that were not carried', async () => {
    const user = userEvent.setup();
    const { next } = await seedCarried();
    await openWorkspace(next);
    const summary = await screen.findByText('1 answer was not carried from the earlier cycle');
    await user.click(summary);
    expect(screen.getByText(/13a-99 \(action unknown to this checklist version\)/)).toBeVisible();
  });

  it('says why the pack retired an action whose earlier answer was not carried', async () => {
    // A tester carried a 1.0.0 cycle into 1.1.0: the answer to 13f-03 was listed as "action
    // retired" with no word of the pack's reason (a duplicate of 13g-01).
    const user = userEvent.setup();
    await ensureBundledPack();
    const v100 = bundledPacks.find((p) => p.version === '1.0.0')!;
    const e = await createAssessment(
      { ...details, title: 'Cycle 1', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
      v100,
      'Ana',
    );
    if (!e.ok) throw new Error(describeFailure(e));
    await saveAs(e.value.id, '13f-03', { status: 'fully' }, 'Ana');
    const n = await createAssessment(
      { ...details, title: 'Cycle 2', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
      bundledPack,
      'Ana',
      e.value.id,
    );
    if (!n.ok) throw new Error(describeFailure(n));
    await openWorkspace(n.value);
    await user.click(await screen.findByText('1 answer was not carried from the earlier cycle'));
    const reason = bundledPack.actions.find((a) => a.id === '13f-03')!.retired!.reason;
    expect(screen.getByText(/^13f-03: .*\(action retired\)$/)).toBeVisible();
    expect(screen.getByText(`Retired in checklist version 1.1.0: ${reason}`)).toBeVisible();
  });

  it('warns before making final about answers marked for review and carried ones', async () => {
    const user = userEvent.setup();
    const { next } = await seedCarried();
    const r = await setAssessmentStatus(next.id, 'review');
    if (!r.ok) throw new Error(describeFailure(r));
    await saveAs(next.id, normA[3]!.id, { status: 'fully', markedForReview: true }, 'Ana');
    await openWorkspace(next);
    await user.click(screen.getByRole('button', { name: 'Make final (read-only)' }));
    const warning = screen.getByRole('alert');
    // Carried answers keep their earlier review flag: 13a-03 (carried) and 13a-04 are flagged.
    expect(warning).toHaveTextContent('2 actions are still marked for review.');
    expect(warning).toHaveTextContent('3 carried answers have not been confirmed.');
    await user.click(within(warning).getByRole('button', { name: 'Show the carried answers' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
    expect(screen.getByRole('checkbox', { name: 'Carried, not confirmed only' })).toBeChecked();
  });
});
