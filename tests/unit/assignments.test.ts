import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import {
  addAgency,
  agencyForItem,
  agencyForNorm,
  removeAgency,
  scopeForAgency,
  setNorm,
  validateAssignments,
} from '../../src/lib/domain/assignments';
import { partItemIds } from '../../src/lib/domain/exchange';
import { parsePack } from '../../src/lib/domain/parsePack';
import { partScopeSchema } from '../../src/lib/schema/exportFile';
import { assignmentsSchema } from '../../src/lib/schema/assignments';
import { makeAction, makePack } from '../fixtures/factories/pack';
import { makeAgencyAssignment as agency } from '../fixtures/factories/assignments';

// 13a: 13a-01, 13a-02 (and 13a-03 retired); 13c: 13c-01.
const parsed = parsePack(
  makePack({
    actions: [
      makeAction(),
      makeAction({ id: '13a-02' }),
      makeAction({ id: '13a-03', retired: { since: '1.0.0', reason: 'Merged into 13a-02' } }),
      makeAction({ id: '13c-01', normId: '13c', focusAreaIds: ['rap-2'] }),
    ],
  }),
  'test',
);
if (!parsed.ok) throw new Error(describeFailure(parsed));
const pack = parsed.value;

describe('validateAssignments', () => {
  it('accepts a norm for one agency with one of its items carved out for another', () => {
    const list = [
      agency({ agency: 'MFA', normIds: ['13a'] }),
      agency({ agency: 'CSA', normIds: ['13c'], itemIds: ['13a-02'] }),
    ];
    expect(validateAssignments(list, pack)).toEqual({ ok: true, value: list });
  });

  it.each([
    [[agency({ agency: 'MFA', normIds: ['13z'] })], 'Norm "13z" is not in the checklist.'],
    [
      [agency({ agency: 'MFA', itemIds: ['nope'] })],
      'Practical action nope is not in the checklist.',
    ],
    [
      [agency({ agency: 'MFA', itemIds: ['13a-03'] })],
      'Practical action 13a-03 is not in the checklist.',
    ],
    [
      [
        agency({ agency: 'MFA', itemIds: ['13a-01'] }),
        agency({ agency: 'CSA', itemIds: ['13a-01'] }),
      ],
      'Practical action 13a-01 is given to two agencies.',
    ],
    [
      [agency({ agency: 'MFA', normIds: ['13c'] }), agency({ agency: 'CSA', normIds: ['13c'] })],
      'Norm "13c" is given to two agencies.',
    ],
    [
      [agency({ agency: 'MFA' }), agency({ agency: ' mfa ' })],
      'The agency " mfa " is listed twice.',
    ],
  ])('refuses %j', (list, reason) => {
    const refused = validateAssignments(list, pack);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && describeFailure(refused)).toBe(reason);
  });
});

describe('who answers', () => {
  const list = [
    agency({ agency: 'MFA', normIds: ['13a'] }),
    agency({ agency: 'CSA', itemIds: ['13a-02'] }),
  ];
  it('takes the item assignment over the norm assignment', () => {
    expect(agencyForItem(list, '13a-01', '13a')).toBe('MFA');
    expect(agencyForItem(list, '13a-02', '13a')).toBe('CSA');
    expect(agencyForItem(list, '13c-01', '13c')).toBeUndefined();
    expect(agencyForNorm(list, '13a')).toBe('MFA');
    expect(agencyForNorm(list, '13c')).toBeUndefined();
  });
});

describe('scopeForAgency', () => {
  it('lists whole norms only when nothing is carved out of them', () => {
    const list = [agency({ agency: 'MFA', normIds: ['13c', '13a'] }), agency({ agency: 'CSA' })];
    const scope = scopeForAgency(list, 'mfa', pack);
    // Norms in pack order; the name as the coordinator wrote it.
    expect(scope).toEqual({ agency: 'MFA', normIds: ['13a', '13c'] });
    expect(partScopeSchema.parse(scope)).toEqual(scope);
    expect(scopeForAgency(list, 'CSA', pack)).toBeUndefined();
    expect(scopeForAgency(list, 'Nobody', pack)).toBeUndefined();
  });

  it('lists exactly the items of each agency when an item is carved out', () => {
    const list = [
      agency({ agency: 'MFA', normIds: ['13a'] }),
      agency({ agency: 'CSA', normIds: ['13c'], itemIds: ['13a-02'] }),
    ];
    const mfa = scopeForAgency(list, 'MFA', pack)!;
    const csa = scopeForAgency(list, 'CSA', pack)!;
    // The retired 13a-03 travels with its norm, as partItemIds does for whole norms.
    expect(mfa).toEqual({ agency: 'MFA', normIds: ['13a'], itemIds: ['13a-01', '13a-03'] });
    // CSA holds one item of 13a, not 13a itself: its part carries 13c's own answers, not 13a's.
    expect(csa).toEqual({
      agency: 'CSA',
      normIds: ['13a', '13c'],
      itemIds: ['13a-02', '13c-01'],
      normAnswerIds: ['13c'],
    });
    // The two parts cover every item once: nothing is asked twice or left out.
    const a = partItemIds(pack, partScopeSchema.parse(mfa));
    const c = partItemIds(pack, partScopeSchema.parse(csa));
    expect([...a].filter((id) => c.has(id))).toEqual([]);
    expect(new Set([...a, ...c])).toEqual(new Set(pack.actions.map((x) => x.id)));
  });
});

describe('editing', () => {
  it('adds, assigns, refuses a taken norm and removes', () => {
    let list = addAgency([], '  Vie\u0323\u0302t ');
    expect(list).toEqual({ ok: true, value: [agency({ agency: 'Việt' })] });
    if (!list.ok) return;
    const twice = addAgency(list.value, 'VIỆT');
    expect(twice).toEqual({ ok: false, code: 'agency.already-listed', agency: 'VIỆT' });
    expect(!twice.ok && describeFailure(twice)).toBe('The agency "VIỆT" is already listed.');
    expect(addAgency(list.value, '   ')).toEqual({ ok: false, code: 'agency.name-required' });
    list = addAgency(list.value, 'CSA');
    if (!list.ok) return;
    const given = setNorm(list.value, 'Việt', '13a', true);
    expect(given.ok && given.value[0]!.normIds).toEqual(['13a']);
    if (!given.ok) return;
    const taken1 = setNorm(given.value, 'CSA', '13a', true);
    expect(taken1).toEqual({ ok: false, code: 'assign.norm-taken', id: '13a', owner: 'Việt' });
    expect(!taken1.ok && describeFailure(taken1)).toBe('Norm "13a" is already given to Việt.');
    const taken = setNorm(given.value, 'Việt', '13a', false);
    expect(taken.ok && taken.value[0]!.normIds).toEqual([]);
    expect(removeAgency(given.value, 'việt').map((a) => a.agency)).toEqual(['CSA']);
  });
});

describe('assignmentsSchema', () => {
  it('normalises agency names to NFC and refuses an empty one', () => {
    const base = {
      assessmentId: '00000000-0000-4000-8000-000000000001',
      rev: 1,
      updatedAt: '2026-01-15T09:00:00.000Z',
      updatedBy: 'Lan',
    };
    const r = assignmentsSchema.parse({
      ...base,
      assignments: [{ agency: ' Vie\u0323\u0302t ', normIds: [], itemIds: [] }],
    });
    expect(r.assignments[0]!.agency).toBe('Việt');
    expect(
      assignmentsSchema.safeParse({
        ...base,
        assignments: [{ agency: ' ', normIds: [], itemIds: [] }],
      }).success,
    ).toBe(false);
  });
});
