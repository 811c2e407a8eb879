import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { bundledPackFor } from '../../src/lib/domain/bundledPacks';
import { carryForward } from '../../src/lib/domain/answers';
import { notCarried } from '../../src/lib/domain/carried';
import { activeActions } from '../../src/lib/domain/pack';
import { equivalenceMap, mapAnswersAcrossPacks } from '../../src/lib/domain/packEquivalents';
import { scoreAssessment } from '../../src/lib/domain/scoring';
import type { AnswerStatus } from '../../src/lib/schema/assessment';
import { makeAnswer, makeNormAnswer } from '../fixtures/factories/answers';

const NEW_ID = '00000000-0000-4000-8000-0000000000aa';
const AT = '2026-12-01T09:00:00.000Z';
const STATUSES: AnswerStatus[] = ['not-started', 'planned', 'in-progress', 'largely', 'fully'];

const v100 = bundledPackFor('asean-nic-gge2015', '1.0.0')!;
const v110 = bundledPack;
const clauses = bundledPackFor('un-gge2015-para13', '1.0.0')!;

/** A full assessment: every action of `pack` answered, with evidence, plus every norm answer. */
function fullAssessment(pack: typeof v100) {
  const answers = activeActions(pack).map((a, i) =>
    makeAnswer({
      itemId: a.id,
      status: STATUSES[i % STATUSES.length],
      evidence: { text: `evidence for ${a.id}`, links: [] },
      leadAgency: 'Cyber agency',
      rev: 3,
      updatedAt: `2026-0${(i % 9) + 1}-01T00:00:00.000Z`,
    }),
  );
  const normAnswers = pack.norms.map((n) =>
    makeNormAnswer({ normId: n.id, challenges: `challenges ${n.id}`, capacityNeeds: 'funds' }),
  );
  return { answers, normAnswers };
}

describe('pack 1.0.0 → 1.1.0: a full 1.0.0 assessment carries forward', () => {
  const earlier = fullAssessment(v100);
  const carried = carryForward(earlier, v110, NEW_ID, AT, 'Lim');

  it('carries every answer to an action still in 1.1.0, marked for confirmation, and lists the rest', () => {
    const retired = v110.actions.filter((a) => a.retired).map((a) => a.id);
    expect(retired.sort()).toEqual(['13f-03', '13j-05']);
    expect(carried.notCarried.sort()).toEqual(retired.sort());
    expect(carried.answers).toHaveLength(earlier.answers.length - retired.length);
    for (const a of carried.answers) {
      expect(a).toMatchObject({ assessmentId: NEW_ID, carried: true, reviewed: false, rev: 1 });
      const before = earlier.answers.find((e) => e.itemId === a.itemId)!;
      expect(a.status).toBe(before.status);
      expect(a.evidence).toEqual(before.evidence);
    }
    // Nothing lost: every earlier answer is either carried or listed.
    expect(carried.answers.length + carried.notCarried.length).toBe(earlier.answers.length);
  });

  it('carries every norm answer (the norms are the same)', () => {
    expect(carried.normAnswers.map((n) => n.normId)).toEqual(v110.norms.map((n) => n.id));
    expect(carried.normAnswers.every((n) => n.carried)).toBe(true);
  });

  it('scores the carried 1.1.0 assessment; the new actions count as unanswered', () => {
    const score = scoreAssessment({ pack: v110, answers: carried.answers });
    const added = activeActions(v110).length - carried.answers.length;
    expect(added).toBe(22);
    expect(score.overall.completeness.unanswered).toBe(added);
    expect(score.unmappedItems).toBe(0);
  });
});

describe('pack 1.1.0 → the official-text (clause) pack, through its equivalences', () => {
  const earlier = fullAssessment(v110);

  it('finds the equivalences the clause pack declares, in either direction', () => {
    const map = equivalenceMap(v110, clauses);
    expect(map.get('13h-04')).toEqual(['13h-c2']);
    expect(map.get('13b-01')).toEqual(['13b-c1', '13b-c2', '13b-c4']);
    // The same declaration serves the way back (clause pack → unofficial pack).
    expect(equivalenceMap(clauses, v110).get('13h-c2')).toEqual(['13h-04']);
  });

  it('carries answers where items match, each marked for confirmation, and lists the unmatched', () => {
    const carried = carryForward(earlier, clauses, NEW_ID, AT, 'Lim', v110);
    const matchedSources = new Set(equivalenceMap(v110, clauses).keys());
    expect(carried.answers.length).toBeGreaterThan(0);
    for (const a of carried.answers) {
      expect(a.carried).toBe(true);
      expect(clauses.actions.some((c) => c.id === a.itemId)).toBe(true);
    }
    // Every clause with an equivalence got an answer; 13a-c2 has none in the data.
    const clausesWithEquivalent = new Set(
      (clauses.equivalents ?? []).flatMap((e) => e.items.map((i) => i.itemId)),
    );
    expect(new Set(carried.answers.map((a) => a.itemId))).toEqual(clausesWithEquivalent);
    expect(carried.answers.some((a) => a.itemId === '13a-c2')).toBe(false);
    // The unmatched 1.1.0 answers are listed, none silently dropped.
    const unmatched = earlier.answers.filter((a) => !matchedSources.has(a.itemId));
    expect(unmatched.length).toBeGreaterThan(0);
    for (const a of unmatched) expect(carried.notCarried).toContain(a.itemId);
    expect(carried.normAnswers.map((n) => n.normId)).toEqual(clauses.norms.map((n) => n.id));
  });

  it('keeps the most recent answer when several items match one clause, and reports the others', () => {
    const answers = [
      makeAnswer({ itemId: '13b-02', status: 'planned', updatedAt: '2026-01-01T00:00:00.000Z' }),
      makeAnswer({ itemId: '13b-05', status: 'fully', updatedAt: '2026-05-01T00:00:00.000Z' }),
    ];
    const out = mapAnswersAcrossPacks(answers, v110, clauses);
    expect(out.mapped).toEqual([{ ...answers[1], itemId: '13b-c3' }]);
    expect(out.superseded).toEqual([answers[0]]);
    expect(out.unmatched).toEqual([]);
  });

  it('scores the clause pack without focus areas and says how many items were left out', () => {
    const carried = carryForward(earlier, clauses, NEW_ID, AT, 'Lim', v110);
    const score = scoreAssessment({ pack: clauses, answers: carried.answers });
    expect(score.focusAreas).toEqual([]);
    expect(score.unmappedItems).toBe(clauses.actions.length);
    expect(score.overall.score).not.toBeNull();
  });
});

describe('answers not carried into another pack are listed (workspace list)', () => {
  it('lists the unmatched 1.1.0 answers with their text, not the carried ones', () => {
    const earlier = [
      makeAnswer({ itemId: '13h-04', status: 'largely' }),
      makeAnswer({ itemId: '13a-07', status: 'planned' }),
      makeAnswer({ itemId: '13a-06' }),
    ];
    expect(notCarried(earlier, clauses, v110)).toEqual([
      {
        itemId: '13a-07',
        why: 'unmatched',
        text: v110.actions.find((a) => a.id === '13a-07')!.text,
      },
    ]);
  });
});
