import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundledPacks } from '../../src/lib/domain/bundledPacks';
import { packKey } from '../../src/lib/domain/pack';
import { isReviewedPack, REVIEWED_PACK_KEYS } from '../../src/lib/domain/packReview';
import { buildReport, type ReportDocument } from '../../src/lib/report/reportModel';
import { reportInputFrom } from '../../src/lib/report/reportInput';
import { activeActions } from '../../src/lib/domain/pack';
import type { ChecklistPack } from '../../src/lib/schema/pack';
import { makeAnswer, makeAssessment } from '../fixtures/factories/answers';
import { makeState } from '../fixtures/factories/exports';

/** langpacks item 4: only the pack versions the app ships are reviewed. */
const official = JSON.parse(
  readFileSync('checklist-data/un-gge2015-para13.json', 'utf8'),
) as ChecklistPack;
const copy999: ChecklistPack = { ...official, version: '9.9.9' };

function coverOf(pack: ChecklistPack): Map<string, string> {
  const first = activeActions(pack)[0]!;
  const doc: ReportDocument = buildReport(
    reportInputFrom({
      pack,
      state: makeState({ code: 'PH', name: 'Philippines' }),
      assessment: makeAssessment({ stateCode: 'PH', packId: pack.id, packVersion: pack.version }),
      answers: [makeAnswer({ itemId: first.id, status: 'planned' })],
      normAnswers: [],
      options: {},
      madeAt: '2026-12-01T00:00:00.000Z',
      locale: 'en-GB',
      timeZone: 'UTC',
    }),
  );
  const blocks = doc.sections.find((s) => s.id === 'cover')?.blocks ?? [];
  return new Map(
    blocks.flatMap((b) => (b.kind === 'keyValue' ? b.rows.map((r) => [r.key, r.value]) : [])),
  );
}

describe('reviewed checklist packs', () => {
  it('are exactly the pack versions the app ships', () => {
    expect([...REVIEWED_PACK_KEYS].sort()).toEqual(bundledPacks.map(packKey).sort());
    for (const pack of bundledPacks) expect(isReviewedPack(pack)).toBe(true);
  });

  it('a copy of the official pack with version 9.9.9 is not reviewed, whatever it claims', () => {
    expect(copy999.status).toBe('official');
    expect(isReviewedPack(copy999)).toBe(false);
    expect(isReviewedPack({ id: 'someone-else', version: '1.0.0' })).toBe(false);
  });

  it('the report’s cover says "not reviewed" beside the status it claims, only for such a pack', () => {
    const cover = coverOf(copy999);
    expect(cover.get('Pack status')).toBe('Official');
    expect(cover.get('Review')).toMatch(/^Not reviewed: not a pack version shipped with the app/);
    expect(coverOf(official).has('Review')).toBe(false);
  });
});
