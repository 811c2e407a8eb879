import { msg } from '../messages';
import {
  bandLabels,
  bandRangeLabels,
  priorityLabels,
  statusLabels,
  unansweredLabel,
} from './labels';

/** The dashboard of one assessment: scores, charts, completeness and the top gaps. */
export const dashboard = {
  title: 'Dashboard',
  heading: msg('Dashboard: {title}', (title: string) => ({ title })),
  loadingAssessment: 'Loading the assessment…',
  notFound: 'This assessment was not found on this device.',
  corruptRows: msg(
    '{count, plural, one {# stored record was} other {# stored records were}} damaged and left out of these figures. Export a backup and contact support.',
    (count: number) => ({ count }),
  ),
  methodNote: 'How the scores are computed:',
  methodLink: 'the scoring method, in Help',

  summaryHeading: 'Summary',
  overallScore: 'Overall score',
  overallScoreNote: 'Mean of the norm scores; every norm weighs the same.',
  targetScore: 'Target score',
  percentToTarget: 'Progress to target',
  progressToDate: msg('Progress since {baseline}', (baseline: string) => ({ baseline })),
  progressToDateNote: 'Share of the way from the earlier cycle to the target.',
  maturity: 'Maturity',
  noScore: 'No score: no applicable practical action has been assessed.',

  completenessHeading: 'Completeness',
  completenessLabel: 'Practical actions answered',
  /** `percent`: the completeness already formatted (formatPercent). */
  completeness: msg(
    '{answered, number} of {total, plural, one {# practical action} other {# practical actions}} answered ({percent})',
    (answered: number, total: number, percent: string) => ({ answered, total, percent }),
  ),
  notApplicableCount: msg(
    '{count, plural, one {# practical action} other {# practical actions}} marked not applicable (answered, left out of the scores)',
    (count: number) => ({ count }),
  ),
  unansweredNote: 'Unanswered practical actions count as not started until they are answered.',
  carriedToConfirm: msg(
    '{count, plural, one {# of them was carried forward from an earlier cycle and is not yet confirmed in this one: the scores count it as carried, and the checklist lists it as carried to confirm, not as answered in this cycle.} other {# of them were carried forward from an earlier cycle and are not yet confirmed in this one: the scores count them as carried, and the checklist lists them as carried to confirm, not as answered in this cycle.}}',
    (count: number) => ({ count }),
  ),

  normsHeading: 'Scores by norm',
  normsCaption: 'Scores by norm: this cycle, target and earlier cycle',
  normColumn: 'Norm',
  bandColumn: 'Maturity',
  answeredColumn: 'Answered',
  answeredCell: msg('{answered, number} of {total, number}', (answered: number, total: number) => ({
    answered,
    total,
  })),

  areasHeading: 'Scores by RAP focus area',
  areasCaption: 'Scores by ASEAN RAP focus area: this cycle, target and earlier cycle',
  areaColumn: 'Focus area',
  areaNote: 'An action that serves several focus areas counts in each of them.',

  chartImageNote: 'The same figures are in the table that follows the chart.',
  seriesCurrent: 'This cycle',
  seriesTarget: 'Target',
  seriesPrevious: msg('Earlier cycle ({label})', (label: string) => ({ label })),

  gapsHeading: 'Largest gaps',
  gapsIntro: msg(
    '{total, plural, =0 {No gaps: every applicable practical action has reached its target.} one {The one gap to target.} other {The {shown, number} largest of # gaps to target, by weighted gap, then priority and target date.}}',
    (shown: number, total: number) => ({ shown, total }),
  ),
  gapTo: msg('{from} → target {to}', (from: string, to: string) => ({ from, to })),
  gapLeadAgency: msg('Lead agency: {agency}', (agency: string) => ({ agency })),
  gapTargetDate: msg('Target date: {date}', (date: string) => ({ date })),
  gapPriority: msg('Priority: {priority}', (priority: string) => ({ priority })),
  /** `gap`: the weighted gap already formatted. */
  gapSize: msg('Weighted gap {gap}', (gap: string) => ({ gap })),

  status: statusLabels,
  unanswered: unansweredLabel,
  priority: priorityLabels,
  band: bandLabels,
  bandRange: bandRangeLabels,
  bandsHeading: 'Maturity bands',
  packHeading: 'Checklist pack',
  unmappedNote: msg(
    '{count, plural, one {# practical action is} other {# practical actions are}} mapped to no focus area and left out of the focus-area scores (they count in their norm and overall).',
    (count: number) => ({ count }),
  ),
} as const;
