import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { activeActions } from '../../src/lib/domain/pack';
import { answeringAgency, itemOfAgency } from '../../src/lib/domain/assignments';
import { listItems, NO_FILTERS, stepFrom } from '../../src/lib/domain/workspaceNav';
import { makeAgencyAssignment as agency } from '../fixtures/factories/assignments';

/**
 * Which actions an agency answers (session 7, coordfix item 2): the workspace's Agency filter
 * showed "0 of 72 actions shown" for the coordinator's own agency (the assessment's lead agency)
 * once norms were given to other agencies. The coordinator answers the actions given to no agency.
 */

const NCSA = 'National Cyber Security Agency';
const MFA = 'Ministry of Foreign Affairs';
const DEFENCE = 'Ministry of Defence';
// As the tester assigned them: MFA 13(a)–(c), Defence 13(g) and one action carved out of 13(a).
const LIST = [
  agency({ agency: MFA, normIds: ['13a', '13b', '13c'] }),
  agency({ agency: DEFENCE, normIds: ['13g'], itemIds: ['13a-05'] }),
];
const active = activeActions(bundledPack);
const given = new Set(['13a', '13b', '13c', '13g']);

describe('the agency that answers an action', () => {
  const cases: {
    name: string;
    item: { id: string; normId: string };
    coordinator?: string;
    expected: string | undefined;
  }[] = [
    { name: 'its norm given', item: { id: '13b-01', normId: '13b' }, expected: MFA },
    { name: 'carved out', item: { id: '13a-05', normId: '13a' }, expected: DEFENCE },
    {
      name: 'given to nobody: the coordinator',
      item: { id: '13d-01', normId: '13d' },
      coordinator: NCSA,
      expected: NCSA,
    },
    {
      name: 'given to nobody, no lead agency',
      item: { id: '13d-01', normId: '13d' },
      expected: undefined,
    },
    {
      name: 'given to nobody, blank lead agency',
      item: { id: '13d-01', normId: '13d' },
      coordinator: '  ',
      expected: undefined,
    },
    {
      name: 'given to another agency: not the coordinator',
      item: { id: '13g-01', normId: '13g' },
      coordinator: NCSA,
      expected: DEFENCE,
    },
  ];
  it.each(cases)('$name', ({ item, coordinator, expected }) => {
    expect(answeringAgency(LIST, item, coordinator)).toBe(expected);
  });

  it('the coordinator filter takes the answer’s own lead agency too', () => {
    const item = { id: '13b-01', normId: '13b' };
    expect(itemOfAgency(LIST, NCSA, item, undefined, NCSA)).toBe(false);
    expect(itemOfAgency(LIST, NCSA, item, 'national cyber security agency ', NCSA)).toBe(true);
  });
});

describe('the workspace Agency filter lists what each agency answers', () => {
  const all = { kind: 'all', id: '' } as const;
  const shown = (name: string) =>
    listItems(bundledPack, new Map(), all, { ...NO_FILTERS, agency: name }, LIST, NCSA).map(
      (a) => a.id,
    );

  it('the coordinator’s own agency: every action given to no agency', () => {
    const unassigned = active.filter((a) => !given.has(a.normId)).map((a) => a.id);
    expect(unassigned.length).toBeGreaterThan(0);
    expect(shown(NCSA)).toEqual(unassigned);
  });

  it('every active action is listed under exactly one agency', () => {
    const lists = [NCSA, MFA, DEFENCE].map(shown);
    expect(lists.flat().sort()).toEqual(active.map((a) => a.id).sort());
    expect(shown(DEFENCE)).toContain('13a-05');
    expect(shown(MFA)).not.toContain('13a-05');
  });

  it('the keyboard steps through the same list as the screen', () => {
    const f = { ...NO_FILTERS, agency: NCSA };
    const first = shown(NCSA)[0];
    const step = stepFrom(bundledPack, new Map(), all, f, undefined, 1, LIST, NCSA);
    expect(step).toEqual({ kind: 'item', itemId: first });
  });
});
