import { describe, expect, it } from 'vitest';
import {
  answeredBy,
  checkAssignments,
  checklistQuestions,
  scopeForAgency,
  type ChecklistQuestion,
} from '../../src/lib/domain/assignments';
import { partFromForm, partReach } from '../../src/lib/domain/coordination';
import { partItemIds, partNormAnswerIds, scopeInWords } from '../../src/lib/domain/exchange';
import type { AgencyAssignment } from '../../src/lib/schema/assignments';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { testPack } from '../fixtures/factories/exports';

/**
 * Session 7, coord item 2 (tester with three agency laptops): Norm 13(a) given to Foreign Affairs
 * with the practical action 13a-02 carved out for the Police: the norm's own questions (measures
 * taken, challenges, needs) were in NEITHER part file. The rule: every question of the checklist
 * (each practical action and each norm's own questions) is in exactly one agency's part, or in none
 * (the coordinator answers it) — for ANY assignment. Checked exhaustively over a small pack: every
 * way of giving its 2 norms and 3 practical actions to nobody, agency A or agency B (3^5 lists).
 */

const pack = testPack();
const AGENCIES = ['Foreign Affairs', 'Police'] as const;
const questions = checklistQuestions(pack);
const keyOf = (q: ChecklistQuestion) => (q.kind === 'norm' ? `norm:${q.normId}` : q.actionId);

/** Every list of assignments of the pack to the two agencies (each owner: nobody, A or B). */
function everyAssignment(): AgencyAssignment[][] {
  const slots = [
    ...pack.norms.map((n) => ({ field: 'normIds' as const, id: n.id })),
    ...pack.actions.map((a) => ({ field: 'itemIds' as const, id: a.id })),
  ];
  const lists: AgencyAssignment[][] = [];
  for (let code = 0; code < 3 ** slots.length; code++) {
    const list = AGENCIES.map((agency) => ({
      agency,
      normIds: [] as string[],
      itemIds: [] as string[],
    }));
    slots.forEach((slot, i) => {
      const owner = Math.floor(code / 3 ** i) % 3;
      if (owner > 0) list[owner - 1]![slot.field].push(slot.id);
    });
    lists.push(list);
  }
  return lists;
}

/** The part file's scope for an agency as the export form makes it, filled from its assignment. */
function fileScope(list: readonly AgencyAssignment[], agency: string): PartScope | undefined {
  const template = scopeForAgency(list, agency, pack);
  return template
    ? partFromForm({ template, pack, agency, normIds: [], itemIds: [], edited: false })
    : undefined;
}

/** Whether a part carries a question. */
function carries(scope: PartScope, q: ChecklistQuestion): boolean {
  return q.kind === 'norm'
    ? partNormAnswerIds(scope).includes(q.normId)
    : partItemIds(pack, scope).has(q.actionId);
}

describe('every question of the checklist is in exactly one part, or the coordinator’s', () => {
  const lists = everyAssignment();

  it('covers every list of assignments of a small pack', () => {
    expect(questions.map(keyOf)).toEqual(['norm:13a', '13a-01', '13a-02', 'norm:13c', '13c-01']);
    expect(lists).toHaveLength(3 ** 5);
    for (const list of lists) expect(checkAssignments(list, pack).ok).toBe(true);
  });

  it('the part files (as the form exports them) and the agencies’ reach share out every question once', () => {
    const faults: string[] = [];
    for (const list of lists) {
      const parts = AGENCIES.map((agency) => ({ agency, scope: fileScope(list, agency) }));
      for (const q of questions) {
        const owner = answeredBy(list, q);
        const holders = parts.filter((p) => p.scope && carries(p.scope, q)).map((p) => p.agency);
        const reached = parts
          .filter(({ scope }) => {
            if (!scope) return false;
            const reach = partReach(pack, scope);
            return q.kind === 'norm'
              ? reach.normQuestionIds.has(q.normId)
              : reach.actionIds.has(q.actionId);
          })
          .map((p) => p.agency);
        const expected = owner === undefined ? [] : [owner];
        if (holders.join() !== expected.join() || reached.join() !== expected.join())
          faults.push(
            `${JSON.stringify(list)} ${keyOf(q)}: answered by ${owner ?? 'the coordinator'}, in the parts of [${holders.join()}]`,
          );
      }
    }
    expect(faults).toEqual([]);
  });

  it('the form shows each part exactly as the assignment gives it (ticks → scope → ticks)', () => {
    for (const list of lists)
      for (const agency of AGENCIES) {
        const assigned = scopeForAgency(list, agency, pack);
        const exported = fileScope(list, agency);
        if (!assigned || !exported) {
          expect(exported).toEqual(assigned);
          continue;
        }
        expect(scopeInWords(pack, exported)).toEqual(scopeInWords(pack, assigned));
      }
  });

  it('the tester’s case: Norm 13(a) to Foreign Affairs, 13a-02 carved out for the Police', () => {
    const list: AgencyAssignment[] = [
      { agency: 'Foreign Affairs', normIds: ['13a'], itemIds: [] },
      { agency: 'Police', normIds: [], itemIds: ['13a-02'] },
    ];
    expect(fileScope(list, 'Foreign Affairs')).toEqual({
      agency: 'Foreign Affairs',
      normIds: ['13a'],
      itemIds: ['13a-01'],
      normAnswerIds: ['13a'],
    });
    expect(fileScope(list, 'Police')).toEqual({
      agency: 'Police',
      normIds: ['13a'],
      itemIds: ['13a-02'],
      normAnswerIds: [],
    });
    expect(scopeInWords(pack, fileScope(list, 'Foreign Affairs')!)).toEqual({
      wholeNormIds: [],
      itemIds: ['13a-01'],
      questionNormIds: ['13a'],
    });
  });
});
