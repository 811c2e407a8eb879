import { msg } from '../messages';
import {
  assessmentStatusLabels,
  bandLabels,
  bandRangeLabels,
  priorityLabels,
  sourceKindLabels,
  statusLabels,
  unansweredLabel,
} from './labels';

/**
 * The gap report (PDF and CSV) and its screen. The report is read by people who never saw the tool,
 * so every label says in words what a figure is. Every message is worded here (ICU MessageFormat):
 * the report code (src/lib/report) only fills in figures, dates and the user's and pack's own text,
 * so that a report in another language (its own choice, `textsFor(tag)`) has no English left.
 */
export const report = {
  // --- Screen -------------------------------------------------------------------------------
  /** The Report screen's heading; without a title (none yet, or a blank one) no dangling colon. */
  screenTitle: msg(
    '{known, select, yes {Gap report: {title}} other {Gap report}}',
    (title: string) => ({
      title,
      known: title.trim() ? 'yes' : 'no',
    }),
  ),
  loadingAssessment: 'Loading the assessment…',
  corruptRows: msg(
    '{count, plural, one {# stored record was} other {# stored records were}} damaged and left out of the report.',
    (count: number) => ({ count }),
  ),
  optionsHeading: 'What the report holds',
  scopeLegend: 'Norms',
  scopeAll: 'Whole report (all norms)',
  scopeSelected: 'Only the norms selected below',
  normsLegend: 'Norms to include',
  contentLegend: 'Content',
  dateStyleLegend: 'Date format (on every screen and in reports)',
  dateStyleHint: 'Remembered on this device.',
  shareableLabel: 'Shareable version: leave out notes, evidence and names of people',
  blankLabel: 'Empty checklist print for internal coordination (no answers, no scores)',
  keepSummaryLabel: "Keep the assessor's summary in the shareable version",
  classificationLabel:
    'Classification marking (optional, printed in the header and footer of every page)',
  classificationHint: 'For example RESTRICTED or CONFIDENTIAL. Leave empty for none.',
  makePdf: 'Make PDF',
  makeDocx: 'Make Word document (.docx)',
  makingDocx: 'Making the Word document…',
  madeDocx: msg(
    'Made {file} ({size}), editable in Word or LibreOffice.',
    (file: string, size: string) => ({
      file,
      size,
    }),
  ),
  csvGaps: 'Download action plan (CSV)',
  csvAnswers: 'Download all answers (CSV)',
  csvNorms: 'Download measures taken, challenges and needs per norm (CSV)',
  xlsxGaps: 'Download action plan (XLSX)',
  xlsxAnswers: 'Download all answers (XLSX)',
  xlsxNorms: 'Download measures taken, challenges and needs per norm (XLSX)',
  /** Sheet names of the XLSX files (at most 31 characters; no backslash, slash, ?, *, [, ] or :). */
  xlsxSheet: { gaps: 'Action plan', answers: 'Answers', norms: 'Per norm' },
  /** The status line while a PDF is made (said once, when it starts). */
  making: 'Making the PDF…',
  /**
   * Beside the progress bar while a PDF is laid out: the page being made (the status line already
   * says "Making the PDF…"); then the progress bar's name.
   */
  makingPage: msg('Page {page}', (page: number) => ({ page })),
  progressLabel: 'Progress of the PDF',
  cancelPdf: 'Cancel the PDF',
  cancelled: 'Cancelled: no file was made.',
  made: msg(
    'Made {file} ({pages, plural, one {# page} other {# pages}}, {size}).',
    (file: string, size: string, pages: number) => ({ file, size, pages }),
  ),
  csvMade: msg('Saved {file}.', (file: string) => ({ file })),
  /** The report's own language (independent of the screens'), chosen on the Report screen. */
  languageLabel: 'Report language',
  languageHint:
    'The words, figures and dates of the report and its files. The screens keep theirs.',
  noNormSelected: 'Select at least one norm, or choose the whole report.',
  privacyNote:
    'The report is made on this device; nothing is sent anywhere. Keep the file as you would the answers.',
  backToDashboard: 'Back to the dashboard',

  // --- Document -----------------------------------------------------------------------------
  docTitle: msg('Norms implementation gap report: {name}', (stateAndTitle: string) => ({
    name: stateAndTitle,
  })),
  docSubject:
    'Self-assessment of the implementation of the UN GGE 2015 norms (A/70/174, para. 13) against the ASEAN Norms Implementation Checklist',
  creator: 'Norms Implementation Checklist self-assessment tool',
  blankTitle: msg('Norms implementation checklist: {name}', (stateAndTitle: string) => ({
    name: stateAndTitle,
  })),
  pageOf: msg('Page {page} of {pages}', (page: number, pages: number) => ({ page, pages })),
  contents: 'Contents',
  /** Marked on every page of a report whose assessment is still a draft. */
  draftMark: 'DRAFT',

  coverKicker: 'Norms Implementation Checklist — self-assessment',
  coverTitle: 'Gap report',
  coverBlankTitle: 'Checklist for internal coordination',
  coverState: 'State',
  coverAssessment: 'Assessment',
  coverPeriod: 'Period',
  coverPack: 'Checklist pack',
  coverPackValue: msg(
    '{title} ({id}, version {version})',
    (title: string, id: string, version: string) => ({ title, id, version }),
  ),
  coverStatus: 'Status',
  coverLeadAgency: 'Lead agency',
  coverPeople: 'Prepared by',
  /** The cover names the first few people; the full list is in the appendix. */
  coverPeopleMore: msg(
    '{names} and {more} more (all are listed in the appendix)',
    (names: string, more: number) => ({ names, more }),
  ),
  peopleHeading: 'Who prepared the assessment',
  coverMade: 'Report made',
  coverMethod: 'Scoring method',
  coverMethodValue: msg('version {version} (see the appendix)', (version: string) => ({ version })),
  coverScope: 'Norms covered',
  coverScopeAll: 'All norms',
  coverVersion: 'Version',
  coverShareable: 'Shareable: notes, evidence and names of people are left out',
  coverFull: 'Full: includes notes and evidence',
  coverBlank: 'Empty checklist: no answers and no scores',
  coverNote:
    'A self-assessment: the figures measure how far the answers say the practical actions have been implemented. They are not a rating of compliance.',
  /** A period of two different days (a period of one day is that day). */
  period: msg('{start} to {end}', (start: string, end: string) => ({ start, end })),
  assessmentStatus: assessmentStatusLabels,

  summaryHeading: 'Executive summary',
  overallScore: 'Overall score',
  overallValue: msg('{score} ({band})', (score: string, band: string) => ({ score, band })),
  targetScore: 'Target score',
  completeness: 'Completeness',
  completenessValue: msg(
    '{answered} of {total, plural, one {# item} other {# items}} answered ({percent})',
    (answered: number, total: number, percent: string) => ({ answered, total, percent }),
  ),
  percentToTarget: 'Progress to target',
  notApplicableCount: 'Items not applicable',
  progressSince: msg('Change since {cycle}', (alias: string) => ({ cycle: alias })),
  progressValue: msg(
    '{older} → {newer} ({delta})',
    (older: string, newer: string, delta: string) => ({ older, newer, delta }),
  ),
  progressToDate: msg('Progress to target since {cycle}', (alias: string) => ({ cycle: alias })),
  noPrevious: 'No earlier cycle to compare with.',
  noScore: 'No score: no applicable item has been assessed.',
  /** Instead of "0% (Initial)" when nothing has been answered. */
  notYetAnswered: 'Not yet answered',
  /**
   * A score of nothing answered yet, with its figure: the score tables print "0%" for the same
   * norm (unanswered counts as not started), so the text says both.
   */
  notYetAnsweredScore: msg('Not yet answered ({score})', (score: string) => ({ score })),
  /** The one plain sentence under the overall band on the first content page. */
  plainSentence: msg(
    '{state} has implemented {score} of what the practical actions ask, weighted (maturity band: {band}); {answered} of {total, plural, one {# practical action is} other {# practical actions are}} answered.',
    (state: string, score: string, band: string, answered: number, total: number) => ({
      state,
      score,
      band,
      answered,
      total,
    }),
  ),
  plainSentenceEmpty: msg(
    "No practical action has been answered yet: {state}'s self-assessment of {total, plural, one {# practical action} other {# practical actions}} has not started.",
    (state: string, total: number) => ({ state, total }),
  ),
  assessorSummary: 'Summary by the assessor',
  keyFigures: 'Key figures',
  selectionNote: msg(
    'This report covers norms {norms}. The summary and the charts cover the whole assessment.',
    (norms: string) => ({ norms }),
  ),
  largestGaps: 'The five largest gaps',
  mostImproved: msg('The five most improved items since {cycle}', (alias: string) => ({
    cycle: alias,
  })),
  noGaps: 'No gaps: every applicable item has reached its target.',
  noImproved: 'No item improved.',

  chartsHeading: 'Scores by norm and by focus area',
  radarTitle: 'Scores by norm (%)',
  barsTitle: 'Scores by ASEAN RAP focus area (%)',
  seriesCurrent: 'This cycle',
  seriesTarget: 'Target',
  seriesPrevious: msg('Earlier cycle ({cycle})', (alias: string) => ({ cycle: alias })),
  chartTableNote: 'The same figures, as a table:',
  areaNote: 'An action that serves several focus areas counts in each of them.',

  normsHeading: 'Results by norm',
  normHeading: msg('Norm 13({letter}): {title}', (letter: string, title: string) => ({
    letter,
    title,
  })),
  /** A norm in a table's first column: "Norm 13(a) <title>". */
  normRow: msg('Norm 13({letter}) {title}', (letter: string, title: string) => ({ letter, title })),
  /** A focus area of the ASEAN Regional Action Plan on a chart's axis: "RAP 1". */
  areaLabel: msg('RAP {number}', (number: number) => ({ number })),
  /** A focus area in a table's first column: "RAP 1 <name>". */
  areaRow: msg('RAP {number} {name}', (number: number | string, name: string) => ({
    number,
    name,
  })),
  /** A practical action in a table: its id and its text. */
  actionRow: msg('{id}: {text}', (id: string, text: string) => ({ id, text })),
  /** A labelled detail under a table row ("Evidence: …"). */
  detail: msg('{label}: {text}', (label: string, text: string) => ({ label, text })),
  /** A change between two cycles: "Planned → Fully implemented". */
  fromTo: msg('{older} → {newer}', (older: string, newer: string) => ({ older, newer })),
  /** A norm's official wording, quoted, and where it is from. */
  officialQuote: msg('“{text}” ({reference})', (text: string, reference: string) => ({
    text,
    reference,
  })),
  normScore: 'Score',
  normCompleteness: 'Answered',
  answeredCell: msg('{answered} of {total}', (answered: number, total: number) => ({
    answered,
    total,
  })),
  normKind: 'Kind of norm',
  restraint: 'Restraint norm (asks States not to do something)',
  positive: 'Positive action',
  challenges: 'Challenges',
  capacityNeeds: 'Capacity and assistance needed',
  nothingStated: 'None stated.',

  colRank: '#',
  colItem: 'Practical action',
  colNorm: 'Norm',
  colStatus: 'Status',
  colTarget: 'Target',
  colGap: 'Gap',
  colLeadAgency: 'Lead agency',
  colTargetDate: 'Target date',
  colPriority: 'Priority',
  colEvidence: 'Evidence',
  colNotes: 'Notes',
  colChange: 'Change',
  colJustification: 'Justification',
  colFocusAreas: 'Focus areas',
  links: msg('Links: {list}', (list: string) => ({ list })),
  evidenceDate: msg('Dated {date}', (date: string) => ({ date })),

  actionPlanHeading: 'Prioritised action plan',
  actionPlanIntro: msg(
    '{count, plural, =0 {No gaps: every applicable item has reached its target.} one {# item is short of target, largest weighted gap first (then priority, then target date). The gap is (target points − points) × weight.} other {# items are short of target, largest weighted gap first (then priority, then target date). The gap is (target points − points) × weight.}}',
    (count: number) => ({ count }),
  ),
  capacityHeading: 'Capacity-building needs',
  capacityIntro: 'What each norm needs, as stated in the assessment.',
  noCapacity: 'No capacity needs or challenges were stated.',

  appendixHeading: 'Appendix',
  methodHeading: 'A. Method',
  methodIntro: msg(
    "Scores follow scoring method version {version}. Every figure in this report comes from the same computation as the tool's dashboard.",
    (version: string) => ({ version }),
  ),
  methodPoints: 'Points per status (an unanswered item counts 0 points):',
  methodWeights:
    'Each practical action has a weight (1 unless the checklist says otherwise). A norm score is the weighted mean of its actions’ points, as a percentage. The overall score is the plain mean of the norm scores, so that every norm weighs the same. A focus-area score is the weighted mean of the actions mapped to it; an action mapped to several areas counts in each.',
  methodNa:
    'An item marked not applicable is left out of both the points and the weights of every score, and is listed below with its justification. It counts as answered for completeness.',
  methodTarget:
    'Each item has a target status (fully implemented unless another is chosen). The gap of an item is (target points − points) × weight; progress to target is the achievement, counted up to the target, over the target.',
  methodBands: 'Maturity bands:',
  normsTextHeading: 'B. The norms: official wording',
  naHeading: 'C. Items not applicable',
  noNa: 'No item was marked not applicable.',
  mappingNote:
    'The mapping of practical actions to the ASEAN RAP focus areas is the checklist pack’s own reasoned judgement unless the pack marks it official.',

  blankIntro:
    'An empty checklist for coordination between agencies: write the status, target, lead agency, target date, evidence and notes of each practical action, then enter them in the tool.',
  blankCell: '',

  status: statusLabels,
  unanswered: unansweredLabel,
  priority: priorityLabels,
  band: bandLabels,
  bandRanges: bandRangeLabels,

  // --- Unsupported scripts (see docs/report.md) -----------------------------------------------
  // One bracket per run of characters no font prints: `kind` is 'emoji' when they are all emoji.
  unsupported: msg(
    '{kind, select, emoji {{count, plural, one {[emoji]} other {[# emoji]}}} other {{count, plural, one {[# character not printable]} other {[# characters not printable]}}}}',
    (count: number, kind: 'emoji' | 'other') => ({ count, kind }),
  ),
  unprinted:
    'Some characters of the text (emoji, or scripts this PDF has no font for) could not be printed: each place is marked in square brackets. The assessment in the tool holds them as typed.',

  // --- CSV ----------------------------------------------------------------------------------
  csvRank: 'Rank',
  csvItemId: 'Item id',
  csvNormId: 'Norm id',
  csvNormTitle: 'Norm',
  csvAction: 'Practical action',
  csvFocusAreas: 'Focus areas',
  csvFocusAreaIds: 'Focus area ids',
  csvStatus: 'Status',
  csvTarget: 'Target status',
  csvGap: 'Weighted gap',
  csvWeight: 'Weight',
  csvPriority: 'Priority',
  csvLeadAgency: 'Lead agency',
  csvTargetDate: 'Target date',
  csvEvidence: 'Evidence',
  csvEvidenceLinks: 'Evidence links',
  csvEvidenceDate: 'Evidence date',
  csvNotes: 'Notes',
  csvNaJustification: 'Not applicable justification',
  csvPoints: 'Points',
  csvUpdatedAt: 'Last changed',

  // Provenance (issue 15): the pack on the cover, a marker per item, the Sources appendix.
  coverPackPublisher: 'Pack publisher',
  coverPackStatus: 'Pack status',
  coverPackIssuer: 'Issuer',
  coverPackDocument: 'Document',
  coverPackDistribution: 'Distribution',
  coverPackReview: 'Review',
  /** On the cover of a report made with a pack the app does not ship (domain/packReview.ts). */
  packUnreviewed:
    'Not reviewed: not a pack version shipped with the app; its status, issuer and document are what the pack file says',
  packStatus: { official: 'Official', unofficial: 'Unofficial compilation', draft: 'Draft' },
  packDistribution: { public: 'Public', restricted: 'Restricted' },
  /** The pack's document and its date (a document without a date is its reference alone). */
  packDocumentValue: msg('{reference}, {date}', (reference: string, date: string) => ({
    reference,
    date,
  })),
  noDocument: 'None named',
  colBasis: 'Basis',
  /** Short per-item marker: what the item's wording rests on. */
  basisShort: {
    'official-text': 'Official text',
    'derived-official': 'Derived from official text',
    'secondary-summary': 'Secondary summary',
  },
  sourceKind: sourceKindLabels,
  sourcesHeading: 'D. Sources',
  sourcesIntro:
    'Where each practical action comes from. Basis: "Official text" is quoted from an official document; "Derived from official text" is the compiler’s wording of official text; "Secondary summary" rests on a summary of an official text by someone else, not on the text itself.',
  colSource: 'Source',
  colKind: 'Kind',
  sourceWithUrl: msg('{label} <{url}>', (label: string, url: string) => ({ label, url })),
  measuresTaken: 'Measures taken',
  unmappedNote: msg(
    '{count, plural, one {# action is} other {# actions are}} mapped to no focus area and left out of the focus-area scores (they count in their norm and overall).',
    (count: number) => ({ count }),
  ),
} as const;
