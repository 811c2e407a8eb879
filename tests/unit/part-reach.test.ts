import { describe, expect, it } from 'vitest';
import { buildExportBody } from '../../src/lib/domain/exchange';
import { packWithinReach, partReach, reachCounts } from '../../src/lib/domain/coordination';
import type { PartScope } from '../../src/lib/schema/exportFile';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
  testPack,
} from '../fixtures/factories/exports';

/**
 * Tester (MFA workspace): answers outside a held part were saved, then silently left out of the
 * part sent back. The workspace's rule of what is in a held part (`partReach`) is the rule the
 * returned part's export writes by: what the file carries is what the workspace lets one answer.
 */
const pack = testPack();
const PART: PartScope = {
  agency: 'MFA',
  normIds: ['13a', '13c'],
  itemIds: ['13a-01', '13c-01'],
  normAnswerIds: ['13c'],
};

describe('the reach of a held part', () => {
  it('is what the returned part carries back, and what its progress counts', () => {
    const reach = partReach(pack, PART);
    expect([...reach.actionIds]).toEqual(['13a-01', '13c-01']);
    expect([...reach.normQuestionIds]).toEqual(['13c']);
    expect(reachCounts(pack, reach)).toEqual({ norms: 1, actions: 2 });
    expect(packWithinReach(pack, reach).actions.map((a) => a.id)).toEqual(['13a-01', '13c-01']);
    // The source has answers to 13a-01 and 13c-01 and a norm answer to 13a (outside the part).
    const body = buildExportBody(makeExportSource(), {
      kind: 'part',
      appVersion: TEST_APP_VERSION,
      exportedAt: TEST_EXPORTED_AT,
      shareable: false,
      part: PART,
      partDirection: 'returned',
    });
    expect(body.answers.every((a) => reach.actionIds.has(a.itemId))).toBe(true);
    expect(body.answers.length).toBeGreaterThan(0);
    expect(body.normAnswers.filter((n) => !reach.normQuestionIds.has(n.normId))).toEqual([]);
  });

  it('a part of whole norms (formats 1 and 2) reaches every action and question of them', () => {
    const reach = partReach(pack, { agency: 'MFA', normIds: ['13a'] });
    expect([...reach.actionIds]).toEqual(['13a-01', '13a-02']);
    expect([...reach.normQuestionIds]).toEqual(['13a']);
  });
});
