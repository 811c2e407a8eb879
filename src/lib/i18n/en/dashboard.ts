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
  heading: (title: string) => `Dashboard: ${title}`,
  loadingAssessment: 'Loading the assessment…',
  notFound: 'This assessment was not found on this device.',
  packMissing: (id: string, version: string) =>
    `The checklist pack ${id} ${version} used by this assessment is not installed.`,
  corruptRows: (n: number) =>
    `${n} stored record${n === 1 ? ' was' : 's were'} damaged and left out of these figures. Export a backup and contact support.`,
  methodNote: 'How the scores are computed:',
  methodLink: 'the scoring method, in Help',

  summaryHeading: 'Summary',
  overallScore: 'Overall score',
  overallScoreNote: 'Mean of the norm scores; every norm weighs the same.',
  targetScore: 'Target score',
  percentToTarget: 'Progress to target',
  progressToDate: (baseline: string) => `Progress since ${baseline}`,
  progressToDateNote: 'Share of the way from the earlier cycle to the target.',
  maturity: 'Maturity',
  noScore: 'No score: no applicable item has been assessed.',

  completenessHeading: 'Completeness',
  completenessLabel: 'Items answered',
  completeness: (answered: number, total: number, percent: string) =>
    `${answered} of ${total} items answered (${percent})`,
  notApplicableCount: (n: number) =>
    `${n} item${n === 1 ? '' : 's'} marked not applicable (answered, left out of the scores)`,
  unansweredNote: 'Unanswered items count as not started until they are answered.',
  carriedToConfirm: (n: number) =>
    n === 1
      ? '1 of them was carried forward from an earlier cycle and is not yet confirmed in this one.'
      : `${n} of them were carried forward from an earlier cycle and are not yet confirmed in this one.`,

  normsHeading: 'Scores by norm',
  normsCaption: 'Scores by norm: this cycle, target and earlier cycle',
  normColumn: 'Norm',
  bandColumn: 'Maturity',
  answeredColumn: 'Answered',
  answeredCell: (answered: number, total: number) => `${answered} of ${total}`,

  areasHeading: 'Scores by RAP focus area',
  areasCaption: 'Scores by ASEAN RAP focus area: this cycle, target and earlier cycle',
  areaColumn: 'Focus area',
  areaNote: 'An action that serves several focus areas counts in each of them.',

  chartImageNote: 'The same figures are in the table that follows the chart.',
  seriesCurrent: 'This cycle',
  seriesTarget: 'Target',
  seriesPrevious: (label: string) => `Earlier cycle (${label})`,

  gapsHeading: 'Largest gaps',
  gapsIntro: (shown: number, total: number) =>
    total === 0
      ? 'No gaps: every applicable item has reached its target.'
      : `The ${shown} largest of ${total} gaps to target, by weighted gap, then priority and target date.`,
  gapTo: (from: string, to: string) => `${from} → target ${to}`,
  gapLeadAgency: (agency: string) => `Lead agency: ${agency}`,
  gapTargetDate: (date: string) => `Target date: ${date}`,
  gapPriority: (priority: string) => `Priority: ${priority}`,
  gapSize: (gap: string) => `Weighted gap ${gap}`,

  status: statusLabels,
  unanswered: unansweredLabel,
  priority: priorityLabels,
  band: bandLabels,
  bandRange: bandRangeLabels,
  bandsHeading: 'Maturity bands',
  packHeading: 'Checklist pack',
  unmappedNote: (n: number) =>
    `${n} ${n === 1 ? 'action is' : 'actions are'} mapped to no focus area and left out of the focus-area scores (they count in their norm and overall).`,
} as const;
