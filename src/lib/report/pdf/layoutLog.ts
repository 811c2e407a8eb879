import { PAGE } from './style';

/**
 * The PDF writer's layout log: every line of text it draws, with the box the design gives it and
 * its width as measured from the runs actually drawn (issue 17: "fails on text that overflows its
 * box", for the PDF too). Plain data, filled only when asked for (`writePdf(…, { layoutLog })`),
 * and checked by `layoutFaults`, which the unit tests and the e2e run use alike.
 *
 * Units: points, y down from the top of the page (jsPDF's), as in style.ts.
 */

/** What a line of text is, for reading a fault: which part of the writer drew it. */
export type TextRole =
  | 'cover'
  | 'heading'
  | 'paragraph'
  | 'key'
  | 'value'
  | 'header-cell'
  | 'cell'
  | 'detail'
  | 'contents'
  | 'chart-title'
  | 'chart-label'
  | 'legend'
  | 'running-header'
  | 'footer';

/** The box a line is drawn into: its left edge and width; its top and bottom when it has them. */
export interface TextBox {
  role: TextRole;
  x: number;
  width: number;
  /** Vertical limits of the box (a table row); absent: the page's text area or header/footer band. */
  top?: number;
  bottom?: number;
  /** A right-to-left line is aligned to the right of the box (paragraphs, cells). */
  rtlAlign?: boolean;
}

/** One line of text as drawn. */
export interface LaidLine {
  /** Page number, from 1. */
  page: number;
  role: TextRole;
  text: string;
  /** Left edge of the ink as drawn, and baseline. */
  x: number;
  y: number;
  /** Width as measured from the runs drawn (shaped widths for shaped scripts). */
  width: number;
  /** Font size (pt). */
  size: number;
  box: { x: number; width: number; top: number; bottom: number };
}

export type LayoutFault =
  | { fault: 'wider-than-box'; line: LaidLine }
  | { fault: 'outside-box'; line: LaidLine }
  | { fault: 'outside-margins'; line: LaidLine };

/** Tolerance for rounding in the measures (points). */
const EPS = 0.5;

/** The vertical band a role's text lives in when its box has no top and bottom of its own. */
export function bandOf(role: TextRole): { top: number; bottom: number } {
  if (role === 'running-header') return { top: 0, bottom: PAGE.headerRuleY };
  if (role === 'footer') return { top: PAGE.bottom, bottom: PAGE.height };
  return { top: PAGE.top, bottom: PAGE.bottom };
}

/**
 * The faults of a layout log: a line wider than its box, a line (ink from baseline − 0.75 size to
 * baseline + 0.25 size) outside its box, and a box outside the page margins (left and right
 * margins of style.ts; the running header and footer have their own bands above and below the text
 * area). Empty when the layout is sound.
 */
export function layoutFaults(log: readonly LaidLine[]): LayoutFault[] {
  const out: LayoutFault[] = [];
  const left = PAGE.marginX - EPS;
  const right = PAGE.width - PAGE.marginX + EPS;
  for (const line of log) {
    const { box } = line;
    if (line.width > box.width + EPS) out.push({ fault: 'wider-than-box', line });
    else if (
      line.x < box.x - EPS ||
      line.x + line.width > box.x + box.width + EPS ||
      line.y - line.size * 0.75 < box.top - EPS ||
      line.y + line.size * 0.25 > box.bottom + EPS
    )
      out.push({ fault: 'outside-box', line });
    else if (box.x < left || box.x + box.width > right)
      out.push({ fault: 'outside-margins', line });
    else {
      const band = bandOf(line.role);
      if (box.top < band.top - EPS || box.bottom > band.bottom + EPS)
        out.push({ fault: 'outside-margins', line });
    }
  }
  return out;
}

/** A fault in one line of English for a test's failure message. */
export function describeLayoutFault({ fault, line }: LayoutFault): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  const text = line.text.length > 60 ? `${line.text.slice(0, 57)}…` : line.text;
  return (
    `${fault}: page ${line.page} ${line.role} "${text}" x ${r(line.x)} w ${r(line.width)} ` +
    `y ${r(line.y)} in box x ${r(line.box.x)} w ${r(line.box.width)} ` +
    `y ${r(line.box.top)}–${r(line.box.bottom)}`
  );
}
