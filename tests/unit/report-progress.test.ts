import { beforeAll, describe, expect, it } from 'vitest';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import type { PdfProgress, ReportFonts } from '../../src/lib/report/pdfWriter';
import { fullReportInput } from '../bench/benchReport';

/**
 * Issue 18: the PDF writer pauses between rows, blocks and pages (the browser lets the page paint
 * and handle input there), says how far it is, and stops when asked.
 */

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await loadNodeFonts();
});

describe('PDF writer progress and cancel (issue 18)', { timeout: 120_000 }, () => {
  it('reports pages in order up to the last, and pauses between them', async () => {
    const seen: PdfProgress[] = [];
    let pauses = 0;
    const pdf = await makeReportPdf(fullReportInput(2), () => Promise.resolve(fonts), {
      onProgress: (p) => seen.push(p),
      nextTask: () => {
        pauses += 1;
        return Promise.resolve();
      },
    });
    expect(pauses).toBeGreaterThan(1);
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i += 1)
      expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
    expect(seen.at(-1)).toEqual({ page: pdf.pages, done: 1 });
  });

  it('stops at the next pause when cancelled: no file, the signal’s reason', async () => {
    const controller = new AbortController();
    const pages: number[] = [];
    const made = makeReportPdf(fullReportInput(6), () => Promise.resolve(fonts), {
      signal: controller.signal,
      onProgress: ({ page }) => {
        pages.push(page);
        if (pages.length === 2) controller.abort();
      },
      nextTask: () => Promise.resolve(),
    });
    await expect(made).rejects.toMatchObject({ name: 'AbortError' });
    expect(pages).toHaveLength(2);
  });
});
