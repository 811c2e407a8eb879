import { describe, expect, it } from 'vitest';
import { sameControlId } from '../../src/lib/state/workspaceKeys';
import { ANSWER_STATUS_KEYS } from '../../src/lib/domain/workspaceNav';

/**
 * The one rule of Alt+↓ / Alt+↑ (session 5, uiwords item 3): the move keeps the kind of control,
 * the radio's value and the norm question. Every control kind the action editor and the norm
 * questions name.
 */
const from = { kind: 'item', id: '13a-01' } as const;
const to = { kind: 'item', id: '13a-02' } as const;

describe('sameControlId', () => {
  const actionControls = [
    ...ANSWER_STATUS_KEYS.map((k) => `status-${k.status}`),
    'na',
    'target-status',
    'priority',
    'agency',
    'target-date',
    'evidence',
    'links',
    'evidence-date',
    'notes',
    'review-mark',
    'reviewed',
  ];
  it.each(actionControls)('keeps the action control %s', (control) => {
    expect(sameControlId(`item-13a-01-${control}`, from, to)).toBe(`item-13a-02-${control}`);
  });

  it.each(['measures', 'challenges', 'capacity'])('keeps the norm question %s', (question) => {
    expect(
      sameControlId(
        `norm-13a-${question}`,
        { kind: 'norm', id: '13a' },
        { kind: 'norm', id: '13b' },
      ),
    ).toBe(`norm-13b-${question}`);
  });

  it('works with ids that hold hyphens (the prefix is the owner id, not a split)', () => {
    expect(
      sameControlId(
        'item-x-1-2-status-planned',
        { kind: 'item', id: 'x-1-2' },
        { kind: 'item', id: 'y-3' },
      ),
    ).toBe('item-y-3-status-planned');
  });

  it('gives null off a control of the owner: the move goes to the heading', () => {
    expect(sameControlId('filters-h', from, to)).toBeNull();
    expect(sameControlId('item-13a-01-', from, to)).toBeNull();
    expect(sameControlId('item-13a-03-notes', from, to)).toBeNull();
    expect(sameControlId('norm-13a-measures', { kind: 'norm', id: '13a' }, to)).toBeNull();
  });
});
