import type { Answer, Assessment, NormAnswer, StateProfile } from '../schema/assessment';
import type { Action, ChecklistPack, Norm } from '../schema/pack';
import type { Comparison } from '../domain/compare';
import type { Timeline } from '../domain/timeline';
import { comparisonSection, deltaLabel } from './comparisonSection';
import {
  MATURITY_BANDS,
  STATUS_POINTS,
  type AssessmentScore,
  type MaturityBand,
  type NormScore,
} from '../domain/scoring';
import { activeActions } from '../domain/pack';
import { isReviewedPack } from '../domain/packReview';
import { NORM_TEXT_FIELDS } from '../domain/answers';
import { downloadName, localDay, shortName, slug, stateAndTitle } from '../domain/names';
import { formatDay, formatInstant, formatList, formatNumber } from '../i18n/format';
import { englishWords } from '../i18n/locales';
import { scoreText } from '../i18n/figures';
import type { Texts } from '../i18n/catalogue';
import { languageName } from '../i18n/languageName';
import { localisePack, localiseScore, type LocalisedPack } from '../domain/packText';
import {
  focusAreaBarSeries,
  normRadarSeries,
  previousFromProgress,
  type ChartData,
  type PreviousScores,
} from './chartSeries';

/**
 * The gap report as plain data: metadata and an ordered list of sections, each a list of blocks.
 * Pure (no jsPDF, no DOM, no storage), so the browser and the command line build the same report
 * and tests read it as data. The PDF writer (pdfWriter.ts) only lays these blocks out.
 *
 * Every figure comes from the `score` object (`scoreAssessment`, domain/scoring.ts) or from the
 * `comparison` (`compareAssessments`, domain/compare.ts); this module formats, it never recomputes.
 *
 * User text (notes, evidence, names) is carried as plain strings, NFC-normalised; the writer prints
 * it with `doc.text`, so markup in a note is printed as typed and never interpreted.
 */

// ---------------------------------------------------------------------------------------------
// Blocks

export interface KeyValue {
  key: string;
  value: string;
}

export type Block =
  | {
      kind: 'heading';
      /** 1: a section (starts a new page), 2: a part of it, 3: a small heading. */
      level: 1 | 2 | 3;
      text: string;
      /** Listed in the table of contents. */
      toc: boolean;
    }
  | { kind: 'paragraph'; text: string; style?: 'normal' | 'small' | 'title' | 'kicker' | 'lead' }
  | { kind: 'keyValue'; rows: KeyValue[] }
  | {
      kind: 'table';
      /** `width` is relative: the writer shares the line width out in proportion. */
      columns: { header: string; width: number }[];
      rows: string[][];
      /**
       * Optional full-width text under each row (same index; empty or missing: none): long user
       * text such as evidence and notes, which would be unreadable in a narrow column.
       */
      details?: string[];
      /** Rows tall enough to write in by hand (empty checklist print). */
      writeIn?: boolean;
    }
  | {
      kind: 'chart';
      chart: 'radar' | 'bars';
      title: string;
      data: ChartData;
      /** Drawn smaller (the radar on the first content page). */
      compact?: boolean;
    }
  | { kind: 'pageBreak' };

export type SectionId =
  | 'cover'
  | 'summary'
  | 'charts'
  | 'progress'
  | 'norms'
  | 'actionPlan'
  | 'capacity'
  | 'appendix'
  /** The regional comparison's report (regionReport.ts). */
  | 'region';

export interface ReportSection {
  id: SectionId;
  blocks: Block[];
}

export interface ReportMeta {
  /** Document title (PDF properties and the cover). */
  title: string;
  subject: string;
  creator: string;
  /** Running header on every page but the cover. */
  runningHeader: string;
  /** BCP 47 language of the text. */
  language: string;
  /** Download name with its extension (`downloadName` of src/lib/domain/names.ts). */
  fileName: string;
  /** The assessment is not final (draft or in review): every page says DRAFT. */
  draft?: boolean;
  /** Security classification marked in the header and footer of every page (e.g. RESTRICTED). */
  classification?: string;
  /** The words the writers print around the blocks, in the report's language. */
  words: PageWords;
}

/**
 * Words of the page furniture (contents heading, DRAFT mark, page numbers, the stand-in for text no
 * font prints), in the report's language: the writers take every word from the document.
 */
export interface PageWords {
  contents: string;
  draft: string;
  pageOf: (page: number, pages: number) => string;
  /** The stand-in for a run of `count` characters no font prints ('emoji' when all are emoji). */
  unsupported: (count: number, kind: 'emoji' | 'other') => string;
  /** The colophon's sentence when some characters were printed as such a stand-in. */
  unprinted: string;
}

/** The page furniture's words of a language's texts. */
export const pageWords = (texts: Texts): PageWords => ({
  contents: texts.report.contents,
  draft: texts.report.draftMark,
  pageOf: texts.report.pageOf,
  unsupported: texts.report.unsupported,
  unprinted: texts.report.unprinted,
});

export interface ReportDocument {
  meta: ReportMeta;
  sections: ReportSection[];
}

// ---------------------------------------------------------------------------------------------
// Input

export interface ReportOptions {
  /** Norm ids to report on, in any order (pack order is kept); null or empty: every norm. */
  normIds?: readonly string[] | null;
  /** Leave out notes, evidence and the names of people (for wider circulation). */
  shareable?: boolean;
  /** Empty checklist print: every action with blank answer cells, no figures. */
  blank?: boolean;
  /** Security classification to mark on every page (e.g. "RESTRICTED"); empty or missing: none. */
  classification?: string;
  /** Keep the assessor's summary in the shareable version (left out unless the user says so). */
  keepSummary?: boolean;
}

export interface PreviousCycle {
  assessment: Assessment;
  score: AssessmentScore;
  /** `compareAssessments({ older: previous, newer: this one })`. */
  comparison: Comparison;
  /** The State's cycles up to this one (`buildTimeline`), for the progress section's series. */
  timeline?: Timeline | null;
}

export interface ReportInput {
  pack: ChecklistPack;
  state: StateProfile;
  assessment: Assessment;
  answers: readonly Answer[];
  normAnswers: readonly NormAnswer[];
  /** `scoreAssessment({ pack, answers, normAnswers, baseline? })` of this assessment. */
  score: AssessmentScore;
  previous?: PreviousCycle | null;
  options?: ReportOptions;
  /** When the report is made (ISO timestamp); pinned by callers so that tests are repeatable. */
  madeAt: string;
  /**
   * Language of the report (BCP 47): figures and dates follow it, and the pack's own wording is
   * printed in it when the pack carries a translation (the official wording stays as it is).
   */
  locale: string;
  /**
   * The words of the report's language (`textsFor(locale)` of src/lib/i18n/locales.ts), independent
   * of the screens' language. Default: English. `makeReportPdf` / `makeReportDocx` fill it from
   * `locale` when it is not given.
   */
  texts?: Texts;
  /** Time zone for the "made" time; default the runtime's. */
  timeZone?: string;
}

/** What every section function sees: the input plus lookups built once. */
export interface SectionContext extends ReportInput {
  options: Required<ReportOptions> & { normIds: readonly string[] };
  /** The norms the report covers, in pack order. */
  norms: Norm[];
  /** Whether the report covers only some norms. */
  partial: boolean;
  /** The pack in the report's language (`ctx.pack` is its `pack`; `translation` says whose). */
  shown: LocalisedPack;
  /** The words of the report's language. */
  texts: Texts;
  /** `texts.report`, the report's own namespace. */
  s: Texts['report'];
  answerByItem: Map<string, Answer>;
  normAnswerById: Map<string, NormAnswer>;
  normScoreById: Map<string, NormScore>;
  pct: (value: number | null | undefined) => string;
  day: (isoDate: string | null | undefined) => string;
}

export type SectionBuilder = (ctx: SectionContext) => Block[];

// ---------------------------------------------------------------------------------------------
// Helpers

type Words = Texts['report'];

const nfc = (text: string) => text.normalize('NFC');
/**
 * A chart's figures as a table block: one row per category (norm or focus area), one column per
 * series, each value formatted by `pct` (the model's one percent formatter) and a category that is
 * not scored said with the chart's `notScoredLabel` ("not scored"), never a dash. The PDF prints
 * it after each chart; the Word writer, which draws no charts, prints the same table in the
 * chart's place, so both say a missing figure in the same words.
 */
export function chartTableBlock(
  data: ChartData,
  what: string,
  pct: (value: number | null) => string,
): Extract<Block, { kind: 'table' }> {
  return {
    kind: 'table',
    columns: [
      { header: what, width: 30 },
      ...data.series.map((se) => ({ header: se.label, width: 12 })),
    ],
    rows: data.categories.map((cat, i) => [
      `${cat.label} ${cat.title}`,
      ...data.series.map((se) =>
        !cat.scored && (se.values[i] ?? null) === null
          ? data.notScoredLabel
          : pct(se.values[i] ?? null),
      ),
    ]),
  };
}

const bandText = (s: Words, band: MaturityBand | null) => (band ? s.band[band] : '—');

/**
 * The short reference of a norm, "13(a)": the paragraph of A/70/174 and the pack's letter, the same
 * in every language (the charts' axis label, see chartSeries.ts `normLabel`).
 */
export const normLabel = (letter: string): string => `13(${letter})`;

/**
 * The entries of `list` that belong to a norm the report covers (`ctx.norms`: those asked for in
 * `options.normIds`, or all), in their order.
 */
const ofCoveredNorms = <T extends { normId: string }>(ctx: SectionContext, list: readonly T[]) => {
  const covered = new Set(ctx.norms.map((n) => n.id));
  return list.filter((x) => covered.has(x.normId));
};

/** A norm's short reference ("13(a)") by its id, from the pack's letters; "13(?)" for an unknown id. */
const normLabelOf = (pack: ChecklistPack): ((normId: string) => string) => {
  const letter = new Map(pack.norms.map((n) => [n.id, n.letter]));
  return (normId) => normLabel(letter.get(normId) ?? '?');
};

/**
 * A table of practical actions: the norm ("13(a)", width 6), the action ("id: text", width
 * `actionWidth`) and one more column (`last`: its header, width and each row's cell). The layout
 * of "Most improved" and "Not applicable"; widths are the writer's relative column widths.
 */
function actionTable<A extends { normId: string; itemId: string; text: string }>(
  ctx: SectionContext,
  actions: readonly A[],
  actionWidth: number,
  last: { header: string; width: number; cell: (action: A) => string },
): Block {
  const { s } = ctx;
  const normOf = normLabelOf(ctx.pack);
  return {
    kind: 'table',
    columns: [
      { header: s.colNorm, width: 6 },
      { header: s.colItem, width: actionWidth },
      { header: last.header, width: last.width },
    ],
    rows: actions.map((a) => [normOf(a.normId), s.actionRow(a.itemId, a.text), last.cell(a)]),
  };
}

/** A status in words; an action without one is "Unanswered". */
export function statusText(s: Words, status: Answer['status'] | null | undefined): string {
  return status ? s.status[status] : s.unanswered;
}

/** The one slug rule (src/lib/domain/names.ts), re-exported for older callers. */
export { slug };

function evidenceText(s: Words, answer: Answer | undefined, day: (d: string) => string): string {
  if (!answer) return '';
  const parts: string[] = [];
  if (answer.evidence.text.trim()) parts.push(answer.evidence.text);
  if (answer.evidence.date) parts.push(s.evidenceDate(day(answer.evidence.date)));
  if (answer.evidence.links.length > 0) parts.push(s.links(answer.evidence.links.join(' ')));
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Sections

/** How many people the cover names; a longer list is printed in full in the appendix. */
const COVER_PEOPLE = 6;

const cover: SectionBuilder = (ctx) => {
  const { assessment, pack, state, options, s } = ctx;
  const rows: KeyValue[] = [
    { key: s.coverState, value: state.name },
    { key: s.coverAssessment, value: assessment.title },
    {
      key: s.coverPeriod,
      value: period(s, ctx.day(assessment.periodStart), ctx.day(assessment.periodEnd)),
    },
    { key: s.coverPack, value: s.coverPackValue(pack.title, pack.id, pack.version) },
    ...packRows(ctx),
    ...translationRows(ctx),
    { key: s.coverStatus, value: s.assessmentStatus[assessment.status] },
  ];
  // Agency names are names: the shareable version leaves them out, as the shareable export does.
  if (!options.shareable && assessment.leadAgency.trim())
    rows.push({ key: s.coverLeadAgency, value: assessment.leadAgency });
  if (!options.shareable && assessment.people.length > 0)
    rows.push({
      key: s.coverPeople,
      value:
        assessment.people.length > COVER_PEOPLE
          ? s.coverPeopleMore(
              formatList(assessment.people.slice(0, COVER_PEOPLE), 'unit', ctx.locale),
              assessment.people.length - COVER_PEOPLE,
            )
          : formatList(assessment.people, 'unit', ctx.locale),
    });
  rows.push({ key: s.coverMade, value: formatInstant(ctx.madeAt, ctx.locale, ctx.timeZone) });
  if (!options.blank)
    rows.push({ key: s.coverMethod, value: s.coverMethodValue(ctx.score.methodVersion) });
  rows.push({
    key: s.coverScope,
    value: ctx.partial
      ? formatList(
          ctx.norms.map((n) => normLabel(n.letter)),
          'conjunction',
          ctx.locale,
        )
      : s.coverScopeAll,
  });
  rows.push({
    key: s.coverVersion,
    value: options.blank ? s.coverBlank : options.shareable ? s.coverShareable : s.coverFull,
  });
  return [
    { kind: 'paragraph', style: 'kicker', text: s.coverKicker },
    { kind: 'paragraph', style: 'title', text: options.blank ? s.coverBlankTitle : s.coverTitle },
    { kind: 'paragraph', style: 'title', text: stateAndTitle(state.name, assessment.title) },
    { kind: 'keyValue', rows },
    { kind: 'paragraph', style: 'small', text: options.blank ? s.blankIntro : s.coverNote },
    ...(pack.description
      ? [{ kind: 'paragraph', style: 'small', text: pack.description } as const]
      : []),
  ];
};

/** The pack's provenance on the cover: who publishes it, its status, issuer, document, reach. */
function packRows(ctx: SectionContext): KeyValue[] {
  const { pack, s } = ctx;
  const date = pack.document ? ctx.day(pack.document.date) : '';
  const document = pack.document
    ? date
      ? s.packDocumentValue(pack.document.reference, date)
      : pack.document.reference
    : s.noDocument;
  return [
    { key: s.coverPackPublisher, value: pack.publisher },
    { key: s.coverPackStatus, value: s.packStatus[pack.status] },
    // A pack the app does not ship says so beside the status it claims (domain/packReview.ts).
    ...(isReviewedPack(pack) ? [] : [{ key: s.coverPackReview, value: s.packUnreviewed }]),
    { key: s.coverPackIssuer, value: pack.issuer },
    { key: s.coverPackDocument, value: document },
    { key: s.coverPackDistribution, value: s.packDistribution[pack.distribution] },
  ];
}

/** Whose translation of the pack's text the report prints, when it prints one. */
function translationRows(ctx: SectionContext): KeyValue[] {
  const tr = ctx.shown.translation;
  if (!tr) return [];
  const name = (tag: string) => languageName(tag, ctx.locale);
  const { packText } = ctx.texts;
  return [
    {
      key: packText.reportTranslation,
      value: packText.reportTranslationValue(
        name(tr.language),
        tr.translator,
        name(ctx.shown.originalLanguage),
      ),
    },
  ];
}

/** A period of days: one day alone, or "<start> to <end>". */
const period = (s: Words, start: string, end: string): string =>
  start === end ? start : s.period(start, end);

/**
 * The short per-item marker: whether the item is official text, derived from it, or secondary.
 * `s`: the report's words (default English).
 */
export const basisMarker = (action: Action, s: Words = englishWords.report): string =>
  s.basisShort[action.source.basis];

const gapRow = (
  ctx: SectionContext,
  g: AssessmentScore['gaps'][number],
  rank: number,
): string[] => [
  String(rank),
  normLabel(g.normLetter),
  ctx.s.actionRow(g.itemId, g.text),
  statusText(ctx.s, g.status),
  ctx.s.status[g.targetStatus],
  formatNumber(g.gap, ctx.locale, 2),
  g.priority ? ctx.s.priority[g.priority] : '',
  ctx.day(g.targetDate),
  ctx.options.shareable ? '' : g.leadAgency,
];

const gapColumns = (s: Words) => [
  { header: s.colRank, width: 3 },
  { header: s.colNorm, width: 6 },
  { header: s.colItem, width: 22 },
  { header: s.colStatus, width: 13 },
  { header: s.colTarget, width: 13 },
  { header: s.colGap, width: 5 },
  { header: s.colPriority, width: 7 },
  { header: s.colTargetDate, width: 10 },
  { header: s.colLeadAgency, width: 12 },
];

/** The table of gaps (summary's largest, the action plan's all), ranked as the score ranks them. */
const gapTable = (ctx: SectionContext, gaps: AssessmentScore['gaps']): Block => ({
  kind: 'table',
  columns: gapColumns(ctx.s),
  rows: gaps.map((g) => gapRow(ctx, g, g.rank)),
});

/**
 * The first content page, what a minister reads: the overall band with one plain sentence, the
 * assessor's summary, the radar and the largest gaps; the key figures follow.
 */
const summary: SectionBuilder = (ctx) => {
  if (ctx.options.blank) return [];
  const { score, previous, s } = ctx;
  const o = score.overall;
  const c = o.completeness;
  const empty = c.answered === 0;
  const overall = empty
    ? s.notYetAnsweredScore(ctx.pct(o.score ?? 0))
    : o.score === null
      ? s.noScore
      : s.overallValue(ctx.pct(o.score), bandText(s, o.band));
  const rows: KeyValue[] = [
    { key: s.overallScore, value: overall },
    { key: s.targetScore, value: ctx.pct(o.targetScore) },
    {
      key: s.percentToTarget,
      value: empty
        ? s.notYetAnsweredScore(ctx.pct(o.percentToTarget ?? 0))
        : ctx.pct(o.percentToTarget),
    },
    { key: s.completeness, value: s.completenessValue(c.answered, c.total, ctx.pct(c.percent)) },
    { key: s.notApplicableCount, value: String(c.notApplicable) },
  ];
  if (previous) {
    const d = previous.comparison.overall;
    rows.push({
      key: s.progressSince(shortName(previous.assessment)),
      value: s.progressValue(
        ctx.pct(d.older),
        ctx.pct(d.newer),
        deltaLabel(d.delta, ctx.locale, ctx.texts),
      ),
    });
    if (score.progressToDate)
      rows.push({
        key: s.progressToDate(shortName(previous.assessment)),
        value: ctx.pct(score.progressToDate.overall.percent),
      });
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: s.summaryHeading, toc: true },
    {
      kind: 'paragraph',
      style: 'lead',
      text:
        empty || o.score === null
          ? s.plainSentenceEmpty(ctx.state.name, c.total)
          : s.plainSentence(
              ctx.state.name,
              ctx.pct(o.score),
              bandText(s, o.band),
              c.answered,
              c.total,
            ),
    },
  ];
  const assessorSummary = ctx.assessment.summary?.trim() ?? '';
  if (assessorSummary && (!ctx.options.shareable || ctx.options.keepSummary))
    blocks.push(
      { kind: 'heading', level: 3, text: s.assessorSummary, toc: false },
      { kind: 'paragraph', text: assessorSummary },
    );
  if (!empty) {
    const labels = { ...seriesLabels(ctx), previous: '' };
    blocks.push({
      kind: 'chart',
      chart: 'radar',
      title: s.radarTitle,
      data: normRadarSeries(score, { ...seriesOptions(ctx), labels, previous: null }),
      compact: true,
    });
  }
  const top = ofCoveredNorms(ctx, score.gaps).slice(0, 5);
  blocks.push({ kind: 'heading', level: 2, text: s.largestGaps, toc: false });
  blocks.push(top.length === 0 ? { kind: 'paragraph', text: s.noGaps } : gapTable(ctx, top));
  blocks.push({ kind: 'heading', level: 2, text: s.keyFigures, toc: false });
  blocks.push({ kind: 'keyValue', rows });
  if (!previous) blocks.push({ kind: 'paragraph', style: 'small', text: s.noPrevious });
  if (ctx.partial)
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      text: s.selectionNote(
        formatList(
          ctx.norms.map((n) => normLabel(n.letter)),
          'conjunction',
          ctx.locale,
        ),
      ),
    });

  if (previous) {
    // Most improved: the comparison's own per-item deltas (points on the 0–100 scale), largest
    // first; ties keep the pack order the comparison lists them in.
    const improved = ofCoveredNorms(ctx, previous.comparison.items)
      .filter((i) => i.kind === 'improved' && i.delta !== null)
      .map((i, index) => ({ i, index }))
      .sort((a, b) => b.i.delta! - a.i.delta! || a.index - b.index)
      .slice(0, 5)
      .map(({ i }) => i);
    blocks.push({
      kind: 'heading',
      level: 2,
      text: s.mostImproved(shortName(previous.assessment)),
      toc: false,
    });
    if (improved.length === 0) blocks.push({ kind: 'paragraph', text: s.noImproved });
    else
      blocks.push(
        actionTable(ctx, improved, 40, {
          header: s.colChange,
          width: 24,
          cell: (i) => s.fromTo(statusText(s, i.older?.status), statusText(s, i.newer?.status)),
        }),
      );
  }
  return blocks;
};

const charts: SectionBuilder = (ctx) => {
  if (ctx.options.blank) return [];
  const { score, previous, s } = ctx;
  // The previous cycle on the charts: the baseline behind progress to date when scoring was given
  // one, else the previous cycle's own scores (both are scoreAssessment figures).
  const prevScores: PreviousScores | null = score.progressToDate
    ? previousFromProgress(score.progressToDate)
    : (previous?.score ?? null);
  const labels = {
    ...seriesLabels(ctx),
    previous: previous ? s.seriesPrevious(shortName(previous.assessment)) : '',
  };
  const radar = normRadarSeries(score, { ...seriesOptions(ctx), labels, previous: prevScores });
  const bars = focusAreaBarSeries(score, { ...seriesOptions(ctx), labels, previous: prevScores });
  const tableOf = (data: ChartData, what: string): Block => chartTableBlock(data, what, ctx.pct);
  return [
    { kind: 'heading', level: 1, text: s.chartsHeading, toc: true },
    { kind: 'chart', chart: 'radar', title: s.radarTitle, data: radar },
    { kind: 'chart', chart: 'bars', title: s.barsTitle, data: bars },
    { kind: 'paragraph', style: 'small', text: s.areaNote },
    ...(score.unmappedItems > 0
      ? [{ kind: 'paragraph', style: 'small', text: s.unmappedNote(score.unmappedItems) } as const]
      : []),
    { kind: 'paragraph', style: 'small', text: s.chartTableNote },
    tableOf(radar, s.colNorm),
    tableOf(bars, s.colFocusAreas),
  ];
};

/**
 * Slot for "Progress since the previous cycle" (the comparison colleague's
 * src/lib/report/comparisonSection.ts, built on domain/compare.ts). It receives `ctx.previous`
 * ({ assessment, score, comparison }) and returns its blocks; register it in SECTIONS below.
 */
const progress: SectionBuilder = (ctx) => comparisonSection(ctx);

/** The chart series' words in the report's language (the previous cycle's label apart). */
const seriesLabels = (ctx: SectionContext) => ({
  current: ctx.s.seriesCurrent,
  target: ctx.s.seriesTarget,
  notScored: ctx.texts.compare.notScored,
});

/** The focus areas' axis labels in the report's language ("RAP 1"). */
const seriesOptions = (ctx: SectionContext) => ({
  areaLabel: (n: number) => ctx.s.areaLabel(n),
});

const norms: SectionBuilder = (ctx) => {
  const { options, s } = ctx;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: s.normsHeading, toc: true }];
  const actions = activeActions(ctx.pack);
  ctx.norms.forEach((norm, index) => {
    if (index > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push({
      kind: 'heading',
      level: 2,
      text: s.normHeading(norm.letter, norm.title),
      toc: true,
    });
    const ns = ctx.normScoreById.get(norm.id);
    // The positive/restraint typology is optional in a pack (an official text may not use it).
    const kv: KeyValue[] = norm.kind
      ? [{ key: s.normKind, value: norm.kind === 'restraint' ? s.restraint : s.positive }]
      : [];
    if (!options.blank && ns) {
      kv.unshift(
        {
          key: s.normScore,
          value:
            ns.completeness.answered === 0
              ? s.notYetAnsweredScore(ctx.pct(ns.score ?? 0))
              : ns.score === null
                ? s.noScore
                : s.overallValue(ctx.pct(ns.score), bandText(s, ns.band)),
        },
        { key: s.targetScore, value: ctx.pct(ns.targetScore) },
        {
          key: s.normCompleteness,
          value: s.answeredCell(ns.completeness.answered, ns.completeness.total),
        },
      );
    }
    blocks.push({ kind: 'keyValue', rows: kv });

    const items = actions.filter((a) => a.normId === norm.id);
    const showText = !options.shareable && !options.blank;
    const columns = [
      { header: s.colItem, width: 30 },
      { header: s.colStatus, width: 12 },
      { header: s.colTarget, width: 12 },
      { header: s.colGap, width: 6 },
      { header: s.colLeadAgency, width: 14 },
      { header: s.colTargetDate, width: 10 },
      // Last, so that every other cell keeps its place: the item's provenance marker.
      { header: s.colBasis, width: 10 },
    ];
    const itemScores = new Map((ns?.items ?? []).map((i) => [i.itemId, i]));
    const details: string[] = [];
    const rows = items.map((action) => {
      const label = s.actionRow(action.id, action.text);
      if (options.blank) {
        details.push(
          `${s.detail(s.colEvidence, '')}\n${s.detail(s.colNotes, '')}`.replace(/ +$/gm, ''),
        );
        return [label, ...columns.slice(1, -1).map(() => s.blankCell), basisMarker(action, s)];
      }
      const answer = ctx.answerByItem.get(action.id);
      const item = itemScores.get(action.id);
      const parts: string[] = [];
      const evidence = evidenceText(s, answer, ctx.day);
      if (showText && evidence) parts.push(s.detail(s.colEvidence, evidence));
      if (showText && answer?.notes.trim()) parts.push(s.detail(s.colNotes, answer.notes));
      if (item?.applicable === false && answer?.naJustification)
        parts.push(s.detail(s.colJustification, answer.naJustification));
      details.push(parts.join('\n'));
      return [
        label,
        statusText(s, item?.status),
        item?.applicable === false ? '—' : s.status[item?.targetStatus ?? 'fully'],
        item?.applicable === false ? '—' : formatNumber(item?.gap ?? 0, ctx.locale, 2),
        options.shareable ? '' : (answer?.leadAgency ?? ''),
        ctx.day(answer?.targetDate),
        basisMarker(action, s),
      ];
    });
    blocks.push({ kind: 'table', columns, rows, details, writeIn: options.blank });

    if (options.blank) {
      // Room to write the norm's measures taken, challenges and capacity needs by hand.
      for (const field of NORM_TEXT_FIELDS)
        blocks.push({
          kind: 'table',
          columns: [{ header: s[field], width: 1 }],
          rows: [[''], ['']],
          writeIn: true,
        });
      return;
    }
    const na = ctx.normAnswerById.get(norm.id);
    // Each of the norm's questions under its own heading, in the order the workspace asks them.
    for (const field of NORM_TEXT_FIELDS) {
      const text = na?.[field] ?? '';
      blocks.push({ kind: 'heading', level: 3, text: s[field], toc: false });
      blocks.push({ kind: 'paragraph', text: text.trim() ? text : s.nothingStated });
    }
  });
  return blocks;
};

/**
 * A section that lists rows under a heading and an intro sentence: the table only when there are
 * rows (the action plan and the capacity needs share this frame; their intros and tables differ).
 */
function listSection(
  heading: { text: string; level: 1 | 2 },
  intro: string,
  table: Block | null,
): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: heading.level, text: heading.text, toc: true },
    { kind: 'paragraph', text: intro },
  ];
  if (table) blocks.push(table);
  return blocks;
}

const actionPlan: SectionBuilder = (ctx) => {
  if (ctx.options.blank) return [];
  const gaps = ofCoveredNorms(ctx, ctx.score.gaps);
  const { s } = ctx;
  return listSection(
    { text: s.actionPlanHeading, level: 1 },
    s.actionPlanIntro(gaps.length),
    gaps.length > 0 ? gapTable(ctx, gaps) : null,
  );
};

const capacity: SectionBuilder = (ctx) => {
  if (ctx.options.blank) return [];
  const needs = ofCoveredNorms(ctx, ctx.score.capacityNeeds);
  const { s } = ctx;
  return listSection(
    { text: s.capacityHeading, level: 2 },
    needs.length === 0 ? s.noCapacity : s.capacityIntro,
    needs.length === 0
      ? null
      : {
          kind: 'table',
          columns: [
            { header: s.colNorm, width: 14 },
            { header: s.capacityNeeds, width: 30 },
            { header: s.challenges, width: 30 },
          ],
          rows: needs.map((c) => [
            `${normLabel(c.letter)} ${c.title}`,
            c.capacityNeeds,
            c.challenges,
          ]),
        },
  );
};

const appendix: SectionBuilder = (ctx) => {
  const { s } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: s.appendixHeading, toc: true },
    { kind: 'heading', level: 2, text: s.methodHeading, toc: true },
    { kind: 'paragraph', text: s.methodIntro(ctx.score.methodVersion) },
    { kind: 'paragraph', text: s.methodPoints },
    {
      kind: 'keyValue',
      rows: Object.entries(STATUS_POINTS).map(([status, points]) => ({
        key: s.status[status as keyof typeof STATUS_POINTS],
        value: formatNumber(points, ctx.locale, 2),
      })),
    },
    { kind: 'paragraph', text: s.methodWeights },
    { kind: 'paragraph', text: s.methodNa },
    { kind: 'paragraph', text: s.methodTarget },
    { kind: 'paragraph', text: s.methodBands },
    {
      kind: 'keyValue',
      rows: MATURITY_BANDS.map((b) => ({ key: s.band[b.id], value: s.bandRanges[b.id] })),
    },
    { kind: 'paragraph', style: 'small', text: s.mappingNote },
    { kind: 'heading', level: 2, text: s.normsTextHeading, toc: true },
  ];
  for (const norm of ctx.norms) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: s.normHeading(norm.letter, norm.title),
      toc: false,
    });
    const quoted = s.officialQuote(norm.officialText, norm.reference);
    const { packText } = ctx.texts;
    blocks.push({
      kind: 'paragraph',
      // In a translated report the official wording is quoted in its own language, and says so.
      text: ctx.shown.translation
        ? s.detail(
            packText.officialText(languageName(ctx.shown.originalLanguage, ctx.locale)),
            quoted,
          )
        : quoted,
    });
  }
  if (!ctx.options.blank) {
    const na = ofCoveredNorms(ctx, ctx.score.notApplicable);
    blocks.push({ kind: 'heading', level: 2, text: s.naHeading, toc: true });
    if (na.length === 0) blocks.push({ kind: 'paragraph', text: s.noNa });
    else
      blocks.push(
        actionTable(ctx, na, 34, {
          header: s.colJustification,
          width: 30,
          cell: (i) => i.justification,
        }),
      );
  }
  const people = ctx.assessment.people;
  if (!ctx.options.shareable && people.length > COVER_PEOPLE) {
    blocks.push({ kind: 'heading', level: 2, text: s.peopleHeading, toc: true });
    blocks.push({ kind: 'paragraph', text: people.join('\n') });
  }
  blocks.push(...sourcesAppendix(ctx));
  return blocks;
};

/**
 * "Sources": every practical action of the norms covered, with its basis marker, the kind of
 * source, its label and address; the pack's own description first. Plain data, drawn by the
 * writer's table functions like any table.
 */
function sourcesAppendix(ctx: SectionContext): Block[] {
  const normOf = normLabelOf(ctx.pack);
  const items = ofCoveredNorms(ctx, activeActions(ctx.pack));
  const { s } = ctx;
  return [
    { kind: 'heading', level: 2, text: s.sourcesHeading, toc: true },
    { kind: 'paragraph', style: 'small', text: s.sourcesIntro },
    {
      kind: 'table',
      columns: [
        { header: s.colNorm, width: 6 },
        { header: s.colItem, width: 8 },
        { header: s.colBasis, width: 12 },
        { header: s.colKind, width: 12 },
        { header: s.colSource, width: 42 },
      ],
      rows: items.map((a) => [
        normOf(a.normId),
        a.id,
        basisMarker(a, s),
        s.sourceKind[a.source.kind],
        a.source.url ? s.sourceWithUrl(a.source.label, a.source.url) : a.source.label,
      ]),
    },
  ];
}

/**
 * The sections, in print order. To add a section (for example the comparison colleague's
 * "Progress since the previous cycle"), write a `SectionBuilder` and put it in this list.
 */
export const SECTIONS: readonly { id: SectionId; build: SectionBuilder }[] = [
  { id: 'cover', build: cover },
  { id: 'summary', build: summary },
  { id: 'charts', build: charts },
  { id: 'progress', build: progress },
  { id: 'norms', build: norms },
  { id: 'actionPlan', build: actionPlan },
  { id: 'capacity', build: capacity },
  { id: 'appendix', build: appendix },
];

/** Deep NFC of every string a block holds: one place, so that no path escapes it. */
function normaliseBlock(block: Block): Block {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: nfc(block.text) };
    case 'keyValue':
      return { ...block, rows: block.rows.map((r) => ({ key: nfc(r.key), value: nfc(r.value) })) };
    case 'table':
      return {
        ...block,
        columns: block.columns.map((c) => ({ ...c, header: nfc(c.header) })),
        rows: block.rows.map((r) => r.map(nfc)),
        ...(block.details ? { details: block.details.map(nfc) } : {}),
      };
    default:
      return block;
  }
}

/** Builds the report as data. */
export function buildReport(input: ReportInput): ReportDocument {
  const opts = input.options ?? {};
  const wanted = new Set(opts.normIds ?? []);
  // Our own wording in the report's language when the pack carries it (figures are unchanged).
  const shown = localisePack(input.pack, input.locale);
  const pack = shown.pack;
  const norms = wanted.size > 0 ? pack.norms.filter((n) => wanted.has(n.id)) : pack.norms;
  const options = {
    normIds: norms.map((n) => n.id),
    shareable: opts.shareable ?? false,
    blank: opts.blank ?? false,
    classification: opts.classification?.trim() ?? '',
    keepSummary: opts.keepSummary ?? false,
  };
  const texts = input.texts ?? englishWords;
  const s = texts.report;
  const ctx: SectionContext = {
    ...input,
    texts,
    s,
    pack,
    score: localiseScore(input.score, shown),
    shown,
    options,
    norms,
    partial: norms.length < input.pack.norms.length,
    answerByItem: new Map(input.answers.map((a) => [a.itemId, a])),
    normAnswerById: new Map(input.normAnswers.map((n) => [n.normId, n])),
    normScoreById: new Map(input.score.norms.map((n) => [n.normId, n])),
    pct: (value) => scoreText(value, input.locale, texts),
    day: (d) => (d ? formatDay(d, input.locale) : ''),
  };
  const sections = SECTIONS.map(({ id, build }) => ({
    id,
    blocks: build(ctx).map(normaliseBlock),
  })).filter((section) => section.blocks.length > 0);

  const { state, assessment } = input;
  const named = stateAndTitle(state.name, assessment.title);
  const title = options.blank ? s.blankTitle(named) : s.docTitle(named);
  // Every variant its own name, so that the wrong one cannot go out by mistake.
  const variant = options.blank ? [] : [options.shareable ? 'shareable' : 'full'];
  if (norms.length < input.pack.norms.length) variant.push('norms', ...norms.map((n) => n.id));
  return {
    meta: {
      title: nfc(title),
      subject: s.docSubject,
      creator: s.creator,
      runningHeader: nfc(named),
      // The language of the report's words (the pack's own text may be in another).
      language: input.locale,
      words: pageWords(texts),
      fileName: downloadName({
        kind: options.blank ? 'checklist' : 'report',
        state: state.name,
        cycle: assessment,
        variant,
        day: localDay(input.madeAt, input.timeZone),
        ext: 'pdf',
      }),
      // Anything not yet final (a draft, or one in review) is marked on every page, so that an
      // unfinished report cannot pass for the final one.
      ...(assessment.status !== 'final' && !options.blank ? { draft: true } : {}),
      ...(options.classification ? { classification: nfc(options.classification) } : {}),
    },
    sections,
  };
}
