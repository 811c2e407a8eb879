import { describe, expect, it } from 'vitest';
import { assignmentsFailureText } from '../../src/lib/state/assignmentsFailureText';
import { noNormSelected, reportNormIds } from '../../src/lib/domain/reportOptions';
import { describeFailure, t } from '../../src/lib/i18n';
import { actionMoverLine, normMoverLine } from '../../src/lib/report/comparisonSection';
import type { ActionChange, ActionSide } from '../../src/lib/domain/compare';
import { DETAIL_FIELDS, type AssessmentDetails } from '../../src/lib/domain/assessmentDetails';
import { changedElsewhere, detailFields } from '../../src/lib/state/assessmentDetailsForm';
import { olderCycleId } from '../../src/lib/state/cycles';
import { actionById } from '../../src/lib/domain/pack';
import { pickedAssessment } from '../../src/lib/domain/exportForm';
import type { Assessment } from '../../src/lib/schema/assessment';
import type { ChecklistPack } from '../../src/lib/schema/pack';
import { ALIAS_LIMIT, TEXT_LIMITS } from '../../src/lib/schema/assessment';
import { presetOlderId, type AssessmentChoice } from '../../src/lib/storage/compare';

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

describe('assessment details form: its fields and what another window changed (AssessmentDetailsView)', () => {
  it('lists the fields in form order with the stored schema’s limits', () => {
    expect(DETAIL_FIELDS.map((f) => [f.key, f.input, f.max ?? null, f.rows ?? null])).toEqual([
      ['title', 'text', TEXT_LIMITS.short, null],
      ['periodStart', 'date', null, null],
      ['periodEnd', 'date', null, null],
      ['leadAgency', 'text', TEXT_LIMITS.short, null],
      ['people', 'lines', null, 3],
      ['alias', 'text', ALIAS_LIMIT, null],
      ['summary', 'lines', TEXT_LIMITS.summary, 6],
    ]);
  });

  it('labels each field', () => {
    expect(detailFields().map((f) => f.label)).toEqual([
      t.workspace.fieldTitle,
      t.workspace.fieldPeriodStart,
      t.workspace.fieldPeriodEnd,
      t.workspace.fieldLeadAgency,
      t.workspace.fieldPeople,
      t.workspace.fieldAlias,
      t.manage.fieldSummary,
    ]);
  });

  it('names the fields changed elsewhere with what was stored: people as a list, empty as ""', () => {
    const current: AssessmentDetails = {
      title: 'Cycle 2027',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      leadAgency: '',
      people: ['Ana', 'Budi', 'Chen'],
      alias: '',
      summary: '',
    };
    expect(changedElsewhere(['people', 'title', 'leadAgency'], current)).toEqual([
      { label: t.workspace.fieldPeople, stored: 'Ana, Budi, Chen' },
      { label: t.workspace.fieldTitle, stored: 'Cycle 2027' },
      { label: t.workspace.fieldLeadAgency, stored: '' },
    ]);
  });
});

describe('compare screen: the older cycle (CompareView)', () => {
  const cycle = (id: string, periodStart: string) => ({
    id,
    stateCode: 'SG',
    periodStart,
    periodEnd: periodStart.replace('-01-01', '-12-31'),
    status: 'final',
  });
  const choices = [
    {
      state: { code: 'SG', name: 'Singapore' },
      assessments: [cycle('c2026', '2026-01-01'), cycle('c2024', '2024-01-01')],
    },
  ] as unknown as AssessmentChoice[];

  it('is the one in the address when given', () => {
    expect(olderCycleId('c2024', 'c2026', choices)).toBe('c2024');
  });

  it('is none without either id', () => {
    expect(olderCycleId('', '', choices)).toBe('');
  });

  it('is the baseline of the newer one when only the newer is given (presetOlderId)', () => {
    expect(presetOlderId('c2026', choices)).toBe('c2024');
    expect(olderCycleId('', 'c2026', choices)).toBe('c2024');
  });
});

describe('look-ups the views made with .find( (thin-views guard)', () => {
  const pack = {
    actions: [
      { id: '13a-01', text: 'One' },
      { id: '13a-02', text: 'Two', retired: true },
    ],
  } as unknown as ChecklistPack;

  it('actionById: the pack’s action (retired too), none for an unknown id or no pack', () => {
    expect(actionById(pack, '13a-02')?.text).toBe('Two');
    expect(actionById(pack, '99z-01')).toBeUndefined();
    expect(actionById(null, '13a-01')).toBeUndefined();
  });

  it('pickedAssessment: the chosen one while listed, else the preferred, else the first', () => {
    const list = [{ id: 'x' }, { id: 'y' }, { id: 'z' }] as unknown as Assessment[];
    expect(pickedAssessment(list, 'y', 'z')?.id).toBe('y');
    expect(pickedAssessment(list, 'gone', 'z')?.id).toBe('z');
    expect(pickedAssessment(list, '', '')?.id).toBe('x');
    expect(pickedAssessment([], '', 'z')).toBeUndefined();
  });
});
