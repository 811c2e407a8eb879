import { buildReport, type ReportDocument, type ReportInput } from './reportModel';
import { fontsForReport, writePdf, type FontProvider, type PdfResult } from './pdfWriter';

/**
 * Builds the report model and writes it as a PDF: the one path the browser (Report view), the
 * command line (scripts/report.ts) and the benchmark share, so that all three give the same PDF.
 * Only the fonts of the scripts the report holds are asked for.
 */
export async function makeReportPdf(
  input: ReportInput,
  loadFonts: FontProvider,
): Promise<PdfResult & { report: ReportDocument; fileName: string }> {
  const report = buildReport(input);
  const fonts = await loadFonts(fontsForReport(report).files);
  const pdf = await writePdf(report, fonts);
  return { ...pdf, report, fileName: report.meta.fileName };
}
