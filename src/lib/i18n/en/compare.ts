import { msg } from '../messages';
import { statusLabels, unansweredLabel } from './labels';

/** Strings of the timeline, comparison and regional screens (and the report's progress section). */
export const compare = {
  // Shared
  /** Unit of a change of score (percentage points), written after the figure: "+6.0 pp". */
  changeUnit: 'pp',
  notScored: 'not scored',
  notComparable: 'not comparable',
  deltaNote: 'Changes are in percentage points (pp) of the score.',
  packVersion: msg('{title}, version {version}', (title: string, version: string) => ({
    title,
    version,
  })),
  /** `percent`: the share already formatted (formatPercent). */
  comparability: msg(
    '{percent} of practical actions in common ({common, number} of {union, number})',
    (percent: string, common: number, union: number) => ({ percent, common, union }),
  ),
  samePackNote: 'Both use the same checklist version: every practical action is comparable.',
  differentPackNote:
    'The two use different checklist versions. Practical actions are matched by id: a practical action replaced in the newer version is compared with its predecessor; retired and new practical actions have nothing to compare with.',
  colNorm: 'Norm',
  colArea: 'RAP focus area',
  colItem: 'Practical action',
  colChange: 'Change',
  overall: 'Overall score',
  /** The overall score of both cycles, formatted figures: "Overall score: 40 % → 55 %". */
  overallLine: msg('Overall score: {older} → {newer}', (older: string, newer: string) => ({
    older,
    newer,
  })),
  missingPack: 'This screen cannot show some cycles:',
  corrupt: 'Some stored records could not be read:',
  kinds: {
    improved: 'Improved',
    regressed: 'Regressed',
    unchanged: 'Unchanged',
    'newly-na': 'Newly not applicable',
    'applicable-again': 'Applicable again',
    'new-item': 'New practical action',
    'retired-item': 'Retired practical action',
  },
  status: { ...statusLabels, unanswered: unansweredLabel },

  // Report section
  progressHeading: 'Progress since the previous cycle',

  // Timeline
  timelineTitle: msg('Progress over time: {state}', (state: string) => ({ state })),
  timelineIntro:
    'Every assessment cycle of this State on one time line, oldest first, with what moved most and what needs attention.',
  /** A part held for an agency is listed on Home but is not a whole assessment: not compared. */
  noCycles:
    'This State has no whole assessment yet (a part held for an agency is not compared or shown over time).',
  oneCycle: 'Only one cycle so far: the changes appear once a second cycle exists.',
  chartCaption: 'Scores by cycle (overall and per norm)',
  chartImageNote: 'The table below holds the same figures.',
  colSeries: 'Score',
  colCycle: 'Cycle',
  sinceFirst: msg('Since the first cycle ({from} → {to})', (from: string, to: string) => ({
    from,
    to,
  })),
  sinceLast: msg('Since the previous cycle ({from} → {to})', (from: string, to: string) => ({
    from,
    to,
  })),
  improvedNorms: 'Most improved norms',
  regressedNorms: 'Most regressed norms',
  improvedItems: 'Most improved practical actions',
  /**
   * One line of a list of movers: a norm's title or an action's text, then its change. A dash, not
   * a colon: the text often ends in a full stop, and "decided.: Not started" glued two marks.
   */
  moverLine: msg('{name} — {change}', (name: string, change: string) => ({ name, change })),
  /** A mover's change, before → after: two scores ("40 %") or two statuses ("Not started"). */
  moveChange: msg('{from} → {to}', (from: string, to: string) => ({ from, to })),
  regressedItems: 'Most regressed practical actions',
  none: 'None.',
  concernsHeading: 'Areas of concern',
  /** `threshold`: the concern threshold already formatted (formatPercent), e.g. "40%". */
  concernsIntro: msg(
    'Norms still below {threshold} in the latest cycle, or falling since the previous one.',
    (threshold: string) => ({ threshold }),
  ),
  /** `threshold`: as in `concernsIntro`. */
  noConcerns: msg('No norm is below {threshold} or falling.', (threshold: string) => ({
    threshold,
  })),
  concernLow: 'still low',
  concernFalling: 'falling',
  compareLastTwo: 'Compare the last two cycles action by action',
  /** The link of the "since the first cycle" span (it compares the first and the latest). */
  compareFirstAndLatest: 'Compare the first and the latest cycles action by action',
  cycleVersions: 'Checklist version of each cycle',

  // Compare
  compareTitle: 'Compare two assessments',
  compareIntro:
    'Choose two assessments, usually the last two cycles of one State. The older one is on the left.',
  pickOlder: 'Older assessment',
  pickNewer: 'Newer assessment',
  choose: 'Choose…',
  pickBoth: 'Choose two assessments to compare.',
  samePicked: 'Choose two different assessments.',
  notFound: 'One of the assessments was not found on this device.',
  versionsHeading: 'Checklist versions',
  olderSide: msg('Before ({alias})', (alias: string) => ({ alias })),
  newerSide: msg('After ({alias})', (alias: string) => ({ alias })),
  byNorm: 'Scores by norm',
  byArea: 'Scores by RAP focus area',
  itemsHeading: 'Practical actions',
  countsCaption: 'Practical actions by kind of change',
  onlyChanges: 'Show only changes',
  showingItems: msg(
    'Showing {shown, number} of {total, plural, one {# practical action} other {# practical actions}}.',
    (shown: number, total: number) => ({ shown, total }),
  ),
  sideBySide: 'Evidence and notes, before and after',
  evidence: 'Evidence',
  links: 'Links',
  notes: 'Notes',
  naJustification: 'Why not applicable',
  empty: '(none)',
  withheld:
    'Evidence and notes are not in this record (a shareable export leaves them out, or none were written).',
  alsoReplaces: msg('Also continues: {ids}', (ids: string) => ({ ids })),
  replacedFrom: msg('Continues {id} of the older version', (id: string) => ({ id })),
  timelinesHeading: 'Progress over time, by State',

  // Region
  regionTitle: 'Regional comparison',
  regionIntro:
    'Load assessment files that States exported and chose to share. They are held on this screen only, for as long as it is open: nothing is stored, and nothing is merged into your own assessments.',
  filesLabel: 'Choose shared export files to compare (JSON)',
  passphraseLabel: 'Passphrase (only for protected files)',
  loadButton: 'Load files',
  loading: 'Reading the files…',
  colFile: 'File',
  colState: 'State',
  colCycle2: 'Assessment',
  colPack: 'Checklist version',
  colShareable: 'Shareable export',
  yes: 'Yes',
  noFull: 'No: a full export, with notes and evidence',
  remove: msg('Remove {name}', (name: string) => ({ name })),
  clearAll: 'Remove all files',
  noFiles: 'No file loaded yet.',
  refused: 'Some files could not be read:',
  regionNorms: 'Norm scores side by side',
  regionAreas: 'Focus-area scores side by side',
  gapsHeading: 'Common gaps',
  gapsIntro: msg(
    'Practical actions most often below “Largely implemented”, by number of States; practical actions are matched to checklist version {version}.',
    (version: string) => ({ version }),
  ),
  colBelow: 'States below “Largely implemented”',
  /** Below / answered, per action (domain/region.ts commonGaps share). */
  colShare: 'Share below “Largely implemented”, of the States that answered this action',
  noGaps: 'No common gap: every answered practical action is at least largely implemented.',
  pairsHeading: 'Comparability between States',
  pairsIntro:
    'Which practical actions two States can compare depends only on the checklist versions they used: one row for each pair of versions, with how many pairs of States used them.',
  colPairs: 'Pairs of States',
  colComparability: 'Practical actions in common',
  statesHeading: 'States compared',
  regionRules:
    'One column per State: its latest whole assessment unless another cycle is chosen. The same assessment found in two files counts once. Agency parts cover some norms only: they are listed apart and never scored as a whole assessment. Common gaps count States.',
  colCycleShown: 'Cycle shown',
  cycleChoice: msg('Cycle shown for {state}', (state: string) => ({ state })),
  colFiles: 'From files',
  /** `files`: the files (a formatted list) whose copy of the column's assessment differs from the one shown. */
  copiesDiffer: msg(
    '{count, plural, one {{files} holds} other {{files} hold}} a different copy of this assessment (other answers or checklist version): the copy changed last is shown.',
    (files: string, count: number) => ({ files, count }),
  ),
  partsHeading: 'Agency parts (not scored)',
  partsIntro:
    'These files are parts of an assessment filled in by one agency. A part covers some norms only, so it is not scored as a whole assessment and has no column.',
  colAgency: 'Agency',
  colNormsCovered: 'Norms covered',
  colRow: 'Norm or focus area',
  colStates: 'States',
  madeOn: 'Made',
  regionCreator: 'Norms Implementation Checklist self-assessment tool',
  regionChartCaption: 'Norm scores by State',
  figuresTable: msg(
    'Table of the figures ({count, plural, one {# State} other {# States}})',
    (count: number) => ({ count }),
  ),
  /** Under the regional chart when it leaves States out (chartSeries.ts REGION_CHART_MAX). */
  regionChartCapped: msg(
    'The chart shows the first {shown, plural, one {# State} other {# States}} of the list of States, as many as it can tell apart by colour; the table below lists all {total, plural, one {# State} other {# States}}.',
    (shown: number, total: number) => ({ shown, total }),
  ),
  exportHeading: 'Export the regional table',
  exportCsv: 'Download CSV',
  exportPdf: 'Download PDF',
  exportMaking: 'Making the PDF…',
  exportMade: msg('Downloaded {name}.', (name: string) => ({ name })),
  exportFailed: 'The PDF could not be made. The CSV file holds the same figures.',
} as const;
