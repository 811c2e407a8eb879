import type { Answer, NormAnswer } from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import type { AssessmentScore } from '../domain/scoring';
import type { Texts } from '../i18n/catalogue';
import { englishWords } from '../i18n/locales';

/**
 * The report's tables as plain data: the prioritised action plan, every answer, and the per-norm
 * answers. The CSV writer (report/csv.ts) and the XLSX writer (report/xlsx.ts) both write these
 * same tables, so no figure is computed twice: every figure comes from one `scoreAssessment`
 * result, written unrounded.
 *
 * Each column says what kind of value it holds, so that a spreadsheet gets typed cells:
 * `number` (rank, weight, points, gap), `day` (YYYY-MM-DD), `instant` (ISO 8601 in UTC) or
 * `text`. A cell is a string, a number, or `null` when empty (e.g. the gap of a not-applicable item).
 *
 * Focus areas are given by name (what a reader understands) and, in a column of their own, by id
 * (what another tool can join on).
 *
 * Headings and status names are in the report's language: each table takes that language's texts
 * (`textsFor(tag)`; default English). Ids, numbers and days stay language-free.
 */
export type ColumnKind = 'text' | 'number' | 'day' | 'instant';

export interface ReportColumn {
  label: string;
  kind: ColumnKind;
}

export type ReportCell = string | number | null;

export interface ReportTable {
  columns: ReportColumn[];
  rows: ReportCell[][];
}

const col = (label: string, kind: ColumnKind = 'text'): ReportColumn => ({ label, kind });

type Words = Texts['report'];

const statusLabel = (s: Words, status: Answer['status'] | null) =>
  status ? s.status[status] : s.unanswered;

/** Focus-area names of an item ("; " between), from the score's own list of focus areas. */
function areaNames(score: AssessmentScore, ids: readonly string[]): string {
  const names = new Map(score.focusAreas.map((f) => [f.focusAreaId, f.name]));
  return ids.map((id) => names.get(id) ?? id).join('; ');
}

const coveredBy = (normIds?: readonly string[] | null) =>
  normIds && normIds.length > 0 ? new Set(normIds) : null;

/** The prioritised action plan: every item short of its target, in the gap list's order. */
export function gapListTable(
  score: AssessmentScore,
  normIds?: readonly string[] | null,
  texts: Texts = englishWords,
): ReportTable {
  const covered = coveredBy(normIds);
  const s = texts.report;
  return {
    columns: [
      col(s.csvRank, 'number'),
      col(s.csvNormId),
      col(s.csvItemId),
      col(s.csvAction),
      col(s.csvFocusAreas),
      col(s.csvFocusAreaIds),
      col(s.csvStatus),
      col(s.csvTarget),
      col(s.csvGap, 'number'),
      col(s.csvWeight, 'number'),
      col(s.csvPriority),
      col(s.csvTargetDate, 'day'),
      col(s.csvLeadAgency),
    ],
    rows: score.gaps
      .filter((g) => !covered || covered.has(g.normId))
      .map((g) => [
        g.rank,
        g.normId,
        g.itemId,
        g.text,
        areaNames(score, g.focusAreaIds),
        g.focusAreaIds.join(' '),
        statusLabel(s, g.status),
        s.status[g.targetStatus],
        g.gap,
        g.weight,
        g.priority ? s.priority[g.priority] : '',
        g.targetDate ?? null,
        g.leadAgency,
      ]),
  };
}

/** What a table of answers is asked for, whatever it is written to (CSV, spreadsheet, PDF). */
export interface TableOptions {
  /** Leave out the columns of free text (notes, evidence), as the shareable export does. */
  shareable?: boolean;
  /** The norms to cover; all when absent or null. */
  normIds?: readonly string[] | null;
  /** The report language's words; default English. */
  texts?: Texts;
}

/** The input of `answerTable` (and of the CSV and spreadsheet written from it). */
export interface AnswerTableInput extends TableOptions {
  pack: ChecklistPack;
  score: AssessmentScore;
  answers: readonly Answer[];
}

/** The input of `normAnswerTable` (and of the CSV and spreadsheet written from it). */
export interface NormAnswerTableInput extends TableOptions {
  pack: ChecklistPack;
  normAnswers: readonly NormAnswer[];
}

/**
 * Every active item with its answer. `shareable` leaves out the columns that hold notes and
 * evidence, as the shareable PDF does.
 */
export function answerTable(input: AnswerTableInput): ReportTable {
  const { score, shareable = false } = input;
  const s = (input.texts ?? englishWords).report;
  const covered = coveredBy(input.normIds);
  const byItem = new Map(input.answers.map((a) => [a.itemId, a]));
  const columns = [
    col(s.csvNormId),
    col(s.csvItemId),
    col(s.csvAction),
    col(s.csvFocusAreas),
    col(s.csvFocusAreaIds),
    col(s.csvWeight, 'number'),
    col(s.csvStatus),
    col(s.csvPoints, 'number'),
    col(s.csvTarget),
    col(s.csvGap, 'number'),
    col(s.csvPriority),
    col(s.csvTargetDate, 'day'),
    col(s.csvLeadAgency),
    col(s.csvNaJustification),
    ...(shareable
      ? []
      : [
          col(s.csvEvidence),
          col(s.csvEvidenceLinks),
          col(s.csvEvidenceDate, 'day'),
          col(s.csvNotes),
          col(s.csvUpdatedAt, 'instant'),
        ]),
  ];
  const rows = score.items
    .filter((i) => !covered || covered.has(i.normId))
    .map((item) => {
      const a = byItem.get(item.itemId);
      const row: ReportCell[] = [
        item.normId,
        item.itemId,
        item.text,
        areaNames(score, item.focusAreaIds),
        item.focusAreaIds.join(' '),
        item.weight,
        statusLabel(s, item.status),
        item.points,
        item.applicable ? s.status[item.targetStatus] : '',
        item.applicable ? item.gap : null,
        item.priority ? s.priority[item.priority] : '',
        item.targetDate ?? null,
        item.leadAgency,
        a?.naJustification ?? '',
      ];
      if (!shareable)
        row.push(
          a?.evidence.text ?? '',
          a?.evidence.links.join(' ') ?? '',
          a?.evidence.date ?? null,
          a?.notes ?? '',
          a && a.status !== undefined ? a.updatedAt : null,
        );
      return row;
    });
  return { columns, rows };
}

/**
 * The per-norm answers (measures taken, challenges, capacity needs), one row a norm in pack order,
 * so that they can feed a State's report to the Secretary-General (the UNIDIR survey asks per part
 * for measures taken, challenges and capacity gaps). `shareable` leaves the free text out, as the
 * shareable export does.
 */
export function normAnswerTable(input: NormAnswerTableInput): ReportTable {
  const { pack, shareable = false } = input;
  const s = (input.texts ?? englishWords).report;
  const covered = coveredBy(input.normIds);
  const byNorm = new Map(input.normAnswers.map((n) => [n.normId, n]));
  return {
    columns: [
      col(s.csvNormId),
      col(s.csvNormTitle),
      ...(shareable ? [] : [col(s.measuresTaken), col(s.challenges), col(s.capacityNeeds)]),
    ],
    rows: pack.norms
      .filter((n) => !covered || covered.has(n.id))
      .map((n) => {
        const a = byNorm.get(n.id);
        return [
          n.id,
          n.title,
          ...(shareable
            ? []
            : [a?.measuresTaken ?? '', a?.challenges ?? '', a?.capacityNeeds ?? '']),
        ];
      }),
  };
}
