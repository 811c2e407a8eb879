/**
 * Report: the full gap-report PDF for a fully answered assessment with long notes in three scripts
 * (the report module's own worst case, `fullReportInput`), built in node with the same code the
 * browser runs. The first build pays for loading jsPDF and the fonts and is not counted; the
 * figure is the median of the next runs.
 */
import { median, report } from './stats';

export async function benchReport(runs = 5): Promise<void> {
  const { buildFullReportPdf } = await import('../../tests/bench/benchReport');
  const { loadNodeFonts } = await import('../../src/lib/report/fontsNode');
  const first = await buildFullReportPdf(loadNodeFonts);
  const times: number[] = [];
  let last = first;
  for (let i = 0; i < runs; i += 1) {
    last = await buildFullReportPdf(loadNodeFonts);
    times.push(last.ms);
  }
  report({
    name: 'report: full PDF, every action answered, long notes',
    value: median(times),
    unit: 'ms',
    target: 1000,
    note: `median of ${runs}; first build ${first.ms.toFixed(0)} ms`,
  });
  report({
    name: 'report: full PDF size',
    value: last.bytes / 1024,
    unit: 'kB',
    note: `${last.pages} pages`,
  });
}
