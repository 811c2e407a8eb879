import { buildReport, type ReportDocument, type ReportInput } from './reportModel';
import {
  fontsForReport,
  writePdf,
  type FontProvider,
  type PdfResult,
  type WriteOptions,
} from './pdfWriter';
import { scoreText } from '../i18n/figures';
import { textsFor } from '../i18n/locales';

/**
 * The input with the words of its report language (`input.locale`): the texts given, else that
 * language's from the locale registry (English for a language not installed).
 */
export async function withReportTexts(input: ReportInput): Promise<ReportInput> {
  return input.texts ? input : { ...input, texts: (await textsFor(input.locale)).texts };
}

/**
 * Builds the report model and writes it as a PDF: the one path the browser (Report view), the
 * command line (scripts/report.ts) and the benchmark share, so that all three give the same PDF.
 * Only the fonts of the scripts the report holds are asked for. `options` go to the writer
 * (progress, cancel, layout log); a cancelled report rejects with the signal's reason.
 */
export async function makeReportPdf(
  input: ReportInput,
  loadFonts: FontProvider,
  options: WriteOptions = {},
): Promise<PdfResult & { report: ReportDocument; fileName: string }> {
  const report = buildReport(await withReportTexts(input));
  options.signal?.throwIfAborted();
  const fonts = await loadFonts(fontsForReport(report).files);
  const pdf = await writePdf(report, fonts, options);
  return { ...pdf, report, fileName: report.meta.fileName };
}

/**
 * The same report model written as an editable Word document (.docx): same sections, tables and
 * figures (charts as the tables of their figures, formatted by the one percent formatter). The
 * `docx` package is loaded only now.
 */
export async function makeReportDocx(
  input: ReportInput,
): Promise<{ bytes: Uint8Array; report: ReportDocument; fileName: string }> {
  const withTexts = await withReportTexts(input);
  const report = buildReport(withTexts);
  const { writeDocx } = await import('./docxWriter');
  const bytes = await writeDocx(report, (v) => scoreText(v, input.locale, withTexts.texts));
  return { bytes, report, fileName: report.meta.fileName.replace(/\.pdf$/, '') + '.docx' };
}
