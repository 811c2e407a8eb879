import type { Answer, NormAnswer } from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import type { AssessmentScore } from '../domain/scoring';
import { report as s } from '../i18n/en/report';

/**
 * CSV exports of the report: the gap list (prioritised action plan) and the full answer table.
 * Export only (the export file is the format that round-trips). Figures come from the same
 * `scoreAssessment` result as the PDF; numbers are written plainly ("0.75"), unrounded.
 *
 * Format: RFC 4180 — fields holding a comma, a double quote, CR or LF are quoted and inner quotes
 * doubled; lines end in CRLF; the file starts with a UTF-8 byte order mark, without which Excel
 * opens UTF-8 as the local code page and garbles Vietnamese and Thai.
 *
 * Formula injection: a spreadsheet runs a cell that starts with "=", "+", "-" or "@" (or a tab or
 * CR, which some spreadsheets skip before looking) as a formula, so a note typed as
 * `=HYPERLINK(...)` could act when the file is opened. Such a cell gets a leading apostrophe, which
 * spreadsheets show as text and do not print. No figure we write starts with one of these.
 */

export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: neutralised against formulas, then quoted when RFC 4180 needs it. */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  text = text.normalize('NFC');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: BOM, CRLF line ends, a CRLF after the last row. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const statusLabel = (status: Answer['status'] | null) => (status ? s.status[status] : s.unanswered);

/** The prioritised action plan: every item short of its target, in the gap list's order. */
export function gapListCsv(score: AssessmentScore, normIds?: readonly string[] | null): string {
  const covered = normIds && normIds.length > 0 ? new Set(normIds) : null;
  const header = [
    s.csvRank,
    s.csvNormId,
    s.csvItemId,
    s.csvAction,
    s.csvFocusAreas,
    s.csvStatus,
    s.csvTarget,
    s.csvGap,
    s.csvWeight,
    s.csvPriority,
    s.csvTargetDate,
    s.csvLeadAgency,
  ];
  const rows = score.gaps
    .filter((g) => !covered || covered.has(g.normId))
    .map((g) => [
      g.rank,
      g.normId,
      g.itemId,
      g.text,
      g.focusAreaIds.join(' '),
      statusLabel(g.status),
      s.status[g.targetStatus],
      g.gap,
      g.weight,
      g.priority ? s.priority[g.priority] : '',
      g.targetDate ?? '',
      g.leadAgency,
    ]);
  return toCsv([header, ...rows]);
}

/**
 * Every active item with its answer. `shareable` leaves out the columns that hold notes and
 * evidence, as the shareable PDF does.
 */
export function answerTableCsv(input: {
  pack: ChecklistPack;
  score: AssessmentScore;
  answers: readonly Answer[];
  shareable?: boolean;
  normIds?: readonly string[] | null;
}): string {
  const { score, shareable = false } = input;
  const covered = input.normIds && input.normIds.length > 0 ? new Set(input.normIds) : null;
  const byItem = new Map(input.answers.map((a) => [a.itemId, a]));
  const header = [
    s.csvNormId,
    s.csvItemId,
    s.csvAction,
    s.csvFocusAreas,
    s.csvWeight,
    s.csvStatus,
    s.csvPoints,
    s.csvTarget,
    s.csvGap,
    s.csvPriority,
    s.csvTargetDate,
    s.csvLeadAgency,
    s.csvNaJustification,
    ...(shareable
      ? []
      : [s.csvEvidence, s.csvEvidenceLinks, s.csvEvidenceDate, s.csvNotes, s.csvUpdatedAt]),
  ];
  const rows = score.items
    .filter((i) => !covered || covered.has(i.normId))
    .map((item) => {
      const a = byItem.get(item.itemId);
      const row: (string | number | null)[] = [
        item.normId,
        item.itemId,
        item.text,
        item.focusAreaIds.join(' '),
        item.weight,
        statusLabel(item.status),
        item.points,
        item.applicable ? s.status[item.targetStatus] : '',
        item.applicable ? item.gap : '',
        item.priority ? s.priority[item.priority] : '',
        item.targetDate ?? '',
        item.leadAgency,
        a?.naJustification ?? '',
      ];
      if (!shareable)
        row.push(
          a?.evidence.text ?? '',
          a?.evidence.links.join(' ') ?? '',
          a?.evidence.date ?? '',
          a?.notes ?? '',
          a && a.status !== undefined ? a.updatedAt : '',
        );
      return row;
    });
  return toCsv([header, ...rows]);
}

/**
 * The per-norm answers (measures taken, challenges, capacity needs), one row a norm in pack order,
 * so that they can feed a State's report to the Secretary-General (the UNIDIR survey asks per part
 * for measures taken, challenges and capacity gaps). `shareable` leaves the free text out, as the
 * shareable export does.
 */
export function normAnswersCsv(input: {
  pack: ChecklistPack;
  normAnswers: readonly NormAnswer[];
  shareable?: boolean;
  normIds?: readonly string[] | null;
}): string {
  const { pack, shareable = false } = input;
  const covered = input.normIds && input.normIds.length > 0 ? new Set(input.normIds) : null;
  const byNorm = new Map(input.normAnswers.map((n) => [n.normId, n]));
  const header = [
    s.csvNormId,
    s.csvNormTitle,
    ...(shareable ? [] : [s.measuresTaken, s.challenges, s.capacityNeeds]),
  ];
  const rows = pack.norms
    .filter((n) => !covered || covered.has(n.id))
    .map((n) => {
      const a = byNorm.get(n.id);
      return [
        n.id,
        n.title,
        ...(shareable ? [] : [a?.measuresTaken ?? '', a?.challenges ?? '', a?.capacityNeeds ?? '']),
      ];
    });
  return toCsv([header, ...rows]);
}
