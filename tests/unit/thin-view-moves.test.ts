import { describe, expect, it } from 'vitest';
import { assignmentsFailureText } from '../../src/lib/state/assignmentsFailureText';
import { noNormSelected, reportNormIds } from '../../src/lib/domain/reportOptions';
import { describeFailure, t } from '../../src/lib/i18n';
import { actionMoverLine, normMoverLine } from '../../src/lib/report/comparisonSection';
import type { ActionChange, ActionSide } from '../../src/lib/domain/compare';

/**
 * Issue 17, thin views (second round): rules moved out of AssignmentsPanel, ReportView,
 * TimelineView, AssessmentDetailsView and CompareView, stated as data.
 */

describe('assignments panel: the sentence for a refused save (AssignmentsPanel failureText)', () => {
  it('is empty without a failure', () => {
    expect(assignmentsFailureText(null)).toBe('');
  });

  it.each([
    ['save.conflict', { code: 'save.conflict', current: null }, t.assignments.conflict],
    ['save.readonly', { code: 'save.readonly' }, t.assignments.readonly],
    ['save.missing', { code: 'save.missing' }, t.assignments.missing],
  ] as const)('words %s as the assignments’', (_code, failure, text) => {
    expect(assignmentsFailureText(failure as never)).toBe(text);
  });

  it('names the storage error', () => {
    const failure = { code: 'storage.quota', name: 'QuotaExceededError' } as const;
    expect(assignmentsFailureText(failure as never)).toBe(
      'The assignments could not be saved (QuotaExceededError).',
    );
  });

  it('leaves any other typed failure to describeFailure', () => {
    const failure = { code: 'assignments.unknown-norm', agency: 'MFA', normId: 'z' } as never;
    expect(assignmentsFailureText(failure)).toBe(describeFailure(failure));
  });
});

describe('report options: which norms the report holds (ReportView)', () => {
  it.each([
    ['all', [], null, false],
    ['all', ['a'], null, false],
    ['selected', [], [], true],
    ['selected', ['a', 'c'], ['a', 'c'], false],
  ] as const)('scope %s with %j ticked → %j (none chosen: %s)', (scope, ticked, ids, none) => {
    expect(reportNormIds(scope, ticked)).toEqual(ids);
    expect(noNormSelected(scope, ticked)).toBe(none);
  });
});

describe('timeline movers: one line per norm or action, before → after (TimelineView)', () => {
  it('a norm: its label, title and two scores', () => {
    const move = {
      normId: 'n13a',
      letter: 'a',
      title: 'Cooperate',
      from: 40,
      to: 55.5,
      delta: 15.5,
    };
    expect(normMoverLine(move)).toEqual({
      key: 'n13a',
      lead: t.common.norm('a'),
      leadIsId: false,
      name: 'Cooperate',
      change: '40% → 55%',
      delta: 15.5,
    });
  });

  it('an action: its id, text and two statuses (no answer reads as unanswered)', () => {
    const side = { status: 'fully' } as ActionSide;
    const change = {
      itemId: '13a.1',
      text: 'Set up a CERT.',
      older: null,
      newer: side,
      delta: 100,
    };
    expect(actionMoverLine(change as unknown as ActionChange)).toEqual({
      key: '13a.1',
      lead: '13a.1',
      leadIsId: true,
      name: 'Set up a CERT.',
      change: `${t.compare.status.unanswered} → ${t.compare.status.fully}`,
      delta: 100,
    });
  });

  it('the arrow is one message (compare.moveChange), not built in a view', () => {
    expect(t.compare.moveChange('a', 'b')).toBe('a → b');
  });
});
