import type { AssessmentScore } from '../domain/scoring';
import type { Texts } from '../i18n/catalogue';
import {
  answerTable,
  gapListTable,
  normAnswerTable,
  type AnswerTableInput,
  type NormAnswerTableInput,
  type ReportTable,
} from './tables';

/**
 * CSV exports of the report: the gap list (prioritised action plan) and the full answer table.
 * Export only (the export file is the format that round-trips). Figures come from the same
 * `scoreAssessment` result as the PDF, through the tables of report/tables.ts that the XLSX files
 * are written from too; numbers are written plainly ("0.75"), unrounded; days as YYYY-MM-DD and
 * instants as ISO 8601 in UTC.
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

/** A report table (report/tables.ts) as CSV: the header row, then the rows. */
export function tableCsv(table: ReportTable): string {
  return toCsv([table.columns.map((c) => c.label), ...table.rows]);
}

/** The prioritised action plan: every item short of its target, in the gap list's order. */
export function gapListCsv(
  score: AssessmentScore,
  normIds?: readonly string[] | null,
  texts?: Texts,
): string {
  return tableCsv(gapListTable(score, normIds, texts));
}

/**
 * Every active item with its answer. `shareable` leaves out the columns that hold notes and
 * evidence, as the shareable PDF does.
 */
export function answerTableCsv(input: AnswerTableInput): string {
  return tableCsv(answerTable(input));
}

/** The per-norm answers (see `normAnswerTable`), one row a norm in pack order. */
export function normAnswersCsv(input: NormAnswerTableInput): string {
  return tableCsv(normAnswerTable(input));
}
