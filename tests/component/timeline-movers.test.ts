import { render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import TimelineView from '../../src/views/Timeline/TimelineView.svelte';
import { db } from '../../src/lib/storage/db';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { makeAnswer, makeAssessment } from '../fixtures/factories/answers';

/** Tester g: "…before a response is decided.: Not started → Fully implemented" on the timeline. */
describe('timeline movers', () => {
  beforeEach(async () => {
    await Promise.all([db.states.clear(), db.assessments.clear(), db.answers.clear()]);
    await db.states.put({
      code: 'SG',
      name: 'Singapore',
      asean: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const base = { stateCode: 'SG', packId: bundledPack.id, packVersion: bundledPack.version };
    const ids = ['00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000b2'];
    await db.assessments.bulkPut([
      makeAssessment({
        ...base,
        id: ids[0],
        alias: '2024',
        title: 'Cycle 2024',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
      }),
      makeAssessment({
        ...base,
        id: ids[1],
        alias: '2026',
        title: 'Cycle 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      }),
    ]);
    await db.answers.bulkPut([
      makeAnswer({ assessmentId: ids[0]!, itemId: '13a-01', status: 'not-started' }),
      makeAnswer({ assessmentId: ids[1]!, itemId: '13a-01', status: 'fully' }),
    ]);
  });

  it('never glues a colon after the full stop of an action text', async () => {
    render(TimelineView, { params: { code: 'SG' }, query: new URLSearchParams() });
    const heading = (
      await screen.findAllByRole('heading', { name: 'Most improved practical actions' })
    )[0]!;
    const list = within(heading.parentElement!).getByRole('list');
    const item = within(list).getAllByRole('listitem')[0]!;
    const text = bundledPack.actions.find((a) => a.id === '13a-01')!.text;
    expect(text).toMatch(/[.?!]$/);
    expect(item.textContent).toContain('Not started → Fully implemented');
    expect(item.textContent).not.toMatch(/[.?!。।]\s*:/u);
  });
});
