import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import { TextEngine } from '../../src/lib/report/pdf/text';
import type { ReportFonts } from '../../src/lib/report/pdfWriter';
import type { FontKey, Line } from '../../src/lib/report/textRuns';
import { fullReportInput } from '../bench/benchReport';

/**
 * The PDF writer never blocks the page for long (Report › Make PDF with 33 practical actions each
 * carrying an 18,000-character note froze the tab for seconds at a time: the writer paused between
 * rows and pages, but wrapped and drew one note in one go). Driven with a fake clock that advances
 * with the work done — every character measured while wrapping and every character drawn — the
 * writer must pause (call `nextTask`) before much more than one slice of work has piled up, inside
 * a long note and a long norm text too. Work is counted, not timed.
 */

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await loadNodeFonts();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Characters of work the fake clock counts as one millisecond. */
const CHARS_PER_MS = 100;
/** The writer's slice (Layout.slice, 40 ms) in characters of work, and one step's worth more. */
const SLICE = 40 * CHARS_PER_MS;
const BOUND = 2 * SLICE;

/** Numbered words with a Thai phrase every seventh word, `length` characters, ending `END-n`. */
const note = (n: number, length = 18_000) => {
  let out = '';
  for (let i = 0; out.length < length; i += 1)
    out += `w${String(i).padStart(5, '0')} ${i % 7 === 6 ? 'บันทึกยาวมาก ' : ''}`;
  return `${out.slice(0, length - 8).trimEnd()} END-${n}`;
};

/** Counts characters measured (every call, cached or not) and drawn, from now on. */
function countWork(): { work: () => number } {
  let work = 0;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
  const coverage = TextEngine.prototype.coverage;
  vi.spyOn(TextEngine.prototype, 'coverage').mockImplementation(function (
    this: TextEngine,
    size: number,
    bold: boolean,
  ) {
    const c = coverage.call(this, size, bold);
    return {
      ...c,
      measure: (font: FontKey, text: string) => {
        work += text.length;
        return c.measure(font, text);
      },
    };
  });
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
  const drawLine = TextEngine.prototype.drawLine;
  vi.spyOn(TextEngine.prototype, 'drawLine').mockImplementation(function (
    this: TextEngine,
    line: Line,
    ...rest: [number, number, number, boolean?, number?]
  ) {
    work += line.runs.reduce((n, r) => n + r.text.length, 0);
    return drawLine.call(this, line, ...rest);
  });
  return { work: () => work };
}

describe('the PDF writer pauses inside long texts', { timeout: 120_000 }, () => {
  it('does at most about two slices of work between two pauses with 18,000-character notes', async () => {
    const input = fullReportInput(1, 'Short note. ');
    input.answers = input.answers.map((a, i) => ({ ...a, notes: i < 3 ? note(i) : a.notes }));
    // A norm's "measures taken" is printed as a paragraph: as long as a note.
    input.normAnswers = input.normAnswers.map((n, i) =>
      i === 0 ? { ...n, measuresTaken: note(99) } : n,
    );
    const { work } = countWork();
    const between: number[] = [];
    let last = 0;
    const pdf = await makeReportPdf(input, () => Promise.resolve(fonts), {
      now: () => work() / CHARS_PER_MS,
      nextTask: () => {
        between.push(work() - last);
        last = work();
        return Promise.resolve();
      },
    });
    between.push(work() - last);
    expect(pdf.pages).toBeGreaterThan(20);
    // The four long texts alone are 72,000 characters measured and again drawn.
    expect(work()).toBeGreaterThan(4 * 18_000 * 2);
    expect(between.length).toBeGreaterThan((4 * 18_000 * 2) / BOUND);
    const worst = Math.max(...between);
    expect(worst, `${worst} characters of work between two pauses`).toBeLessThanOrEqual(BOUND);
  });
});
