import type { Block, KeyValue } from '../reportModel';
import type { Line } from '../textRuns';
import type { Layout } from './pages';
import { COLOR, CONTENT_W, PAGE, TEXT, type Rgb } from './style';
import type { TextRole } from './layoutLog';
import { firstPiece, linesHere, MIN_PIECE, SHORT_BLOCK } from './keep';

/**
 * Key–value lists and tables. A table row taller than the room left is moved to the next page,
 * or split there when it is taller than a page (or at least three lines fit), and the header is
 * repeated on every page the table reaches. The full-width detail under a row (evidence, notes)
 * stays with its row: when it has to start on a new page, it is introduced by the row's first
 * cell (the action's id and text), so it is never a page away from its action without its id.
 */

/**
 * A list of keys and values (the cover, the method); values may be long, so lines pause. Each row
 * breaks over pages by the keep rules (keep.ts: a row of three lines or fewer moves whole);
 * `keepAfter` (points) is what must follow the last row on its page.
 */
export async function keyValue(
  layout: Layout,
  rows: readonly KeyValue[],
  scale = 1,
  keepAfter = 0,
): Promise<void> {
  const st = TEXT.keyValue;
  const size = st.size * scale;
  const lh = size * st.leading;
  const keyW = CONTENT_W * 0.32;
  const valueW = CONTENT_W - keyW - 8;
  for (const [r, row] of rows.entries()) {
    const keyLines = await layout.wrapPaced(row.key, keyW, size, true);
    const valueLines = await layout.wrapPaced(row.value, valueW, size);
    const n = Math.max(keyLines.length, valueLines.length);
    const keep = r === rows.length - 1 && keepAfter > 0 ? (8 + keepAfter) / lh : 0;
    let fresh = layout.y <= PAGE.top;
    let i = 0;
    while (i < n) {
      const count = linesHere({ left: n - i, done: i, room: layout.room / lh, keep, fresh });
      if (count === 0) {
        layout.newPage();
        fresh = true;
        continue;
      }
      for (const end = i + count; i < end; i += 1) {
        const base = layout.y + lh * 0.8;
        const k = keyLines[i];
        const v = valueLines[i];
        if (k)
          layout.drawLine(k, PAGE.marginX, base, size, true, {
            role: 'key',
            x: PAGE.marginX,
            width: keyW,
            rtlAlign: true,
          });
        if (v)
          layout.drawLine(v, PAGE.marginX + keyW + 8, base, size, false, {
            role: 'value',
            x: PAGE.marginX + keyW + 8,
            width: valueW,
            rtlAlign: true,
          });
        layout.y += lh;
        await layout.pause();
      }
      fresh = false;
      if (i < n) {
        layout.newPage();
        fresh = true;
      }
    }
    layout.y += 2;
  }
  layout.y += 6;
}

/** Height of a key–value list's first piece (keep.ts), for a heading that keeps it on its page. */
export async function keyValueStartHeight(
  layout: Layout,
  rows: readonly KeyValue[],
): Promise<number> {
  const row = rows[0];
  if (!row) return 0;
  const st = TEXT.keyValue;
  const lh = st.size * st.leading;
  const max = SHORT_BLOCK + 1;
  const keyW = CONTENT_W * 0.32;
  const n = Math.max(
    await layout.countLines(row.key, keyW, st.size, true, max),
    await layout.countLines(row.value, CONTENT_W - keyW - 8, st.size, false, max),
  );
  return firstPiece(n) * lh;
}

/**
 * Relative column widths shared out so that no column is narrower than its longest word (points).
 * Pauses between rows (`Layout.pause`): up to 200 rows are measured.
 */
export async function columnWidths(
  layout: Layout,
  columns: readonly { header: string; width: number }[],
  rows: readonly (readonly string[])[],
): Promise<number[]> {
  const st = TEXT.table;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * CONTENT_W);
  // The longest unbreakable word of each column (header bold, cells regular), plus padding.
  const need: number[] = [];
  for (const [i, c] of columns.entries()) {
    let max = 0;
    const words = (text: string, bold: boolean) => {
      for (const w of text.split(/[\s/]+/)) {
        if (w.length < 3 || w.length > 24) continue; // long tokens (links) may break
        max = Math.max(max, layout.text.width(w, st.size, bold));
      }
    };
    words(c.header, true);
    for (const r of rows.slice(0, 200)) {
      words(r[i] ?? '', false);
      await layout.pause();
    }
    need.push(max + 2 * st.pad + 1);
  }
  let deficit = 0;
  widths.forEach((w, i) => {
    if (w < need[i]!) deficit += need[i]! - w;
  });
  if (deficit <= 0) return widths;
  // Take the room from the columns that have slack, in proportion to it.
  const slack = widths.map((w, i) => Math.max(0, w - need[i]!));
  const totalSlack = slack.reduce((a, b) => a + b, 0);
  if (totalSlack <= deficit) return widths;
  return widths.map((w, i) => (w < need[i]! ? need[i]! : w - (slack[i]! / totalSlack) * deficit));
}

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Column widths of a table, measured once per layout (a heading before it measures its start). */
const widthsOf = new WeakMap<TableBlock, { layout: Layout; widths: Promise<number[]> }>();

function tableWidths(layout: Layout, block: TableBlock): Promise<number[]> {
  const hit = widthsOf.get(block);
  if (hit?.layout === layout) return hit.widths;
  const widths = columnWidths(layout, block.columns, block.rows);
  widthsOf.set(block, { layout, widths });
  return widths;
}

/**
 * Height of a table's start: its header row and the first piece of its first row (keep.ts: the
 * whole row when it fits on a page) with the first piece of that row's detail. The table keeps
 * its header with this, and a heading before the table keeps it on its page.
 */
export async function tableStartHeight(layout: Layout, block: TableBlock): Promise<number> {
  const st = TEXT.table;
  const lh = st.size * st.leading;
  const widths = await tableWidths(layout, block);
  const max = SHORT_BLOCK + 1;
  const rowLines = async (cells: readonly string[], bold: boolean, limit = Infinity) => {
    let n = 1;
    for (const [i, w] of widths.entries())
      n = Math.max(
        n,
        await layout.countLines(cells[i] ?? '', w - 2 * st.pad, st.size, bold, limit),
      );
    return n;
  };
  const headerH =
    (await rowLines(
      block.columns.map((c) => c.header),
      true,
    )) *
      lh +
    2 * st.pad;
  const row = block.rows[0];
  if (!row) return headerH;
  const n = await rowLines(row, false);
  const fits = n * lh <= PAGE.bottom - PAGE.top - headerH - 2 * st.pad;
  let height = headerH + Math.max(block.writeIn ? 34 : 0, (fits ? n : MIN_PIECE) * lh + 2 * st.pad);
  const detail = block.details?.[0];
  if (fits && detail) {
    const d = await layout.countLines(detail, CONTENT_W - 2 * st.pad, st.size, false, max);
    height += Math.max(block.writeIn ? 44 : 0, firstPiece(d) * lh + 2 * st.pad);
  }
  return height;
}

/**
 * Draws a table block: column widths from the content, the header row repeated after each page
 * break, cells wrapped by the text engine (every script). Pauses (`Layout.pause`) between rows and
 * after each line wrapped or drawn: one cell may hold an 18,000-character note (some 250 lines),
 * which wrapped and drawn in one go blocked the page for seconds. `keepAfter` (points): what must
 * follow the table's last row on its page (a norm's short tail).
 */
export async function table(layout: Layout, block: TableBlock, keepAfter = 0): Promise<void> {
  const st = TEXT.table;
  const doc = layout.doc;
  const widths = await tableWidths(layout, block);
  const lh = st.size * st.leading;
  const cellLines = async (cells: readonly string[], ws: number[], bold: boolean) => {
    const out: Line[][] = [];
    for (const [i, w] of ws.entries())
      out.push(await layout.wrapPaced(cells[i] ?? '', w - 2 * st.pad, st.size, bold));
    return out;
  };
  const header = await cellLines(
    block.columns.map((c) => c.header),
    widths,
    true,
  );
  const headerH = Math.max(...header.map((l) => l.length)) * lh + 2 * st.pad;

  const drawRow = async (
    lines: Line[][],
    ws: number[],
    from: number,
    count: number,
    height: number,
    bold: boolean,
    fill?: Rgb,
    role: TextRole = bold ? 'header-cell' : 'cell',
  ) => {
    let x = PAGE.marginX;
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.5);
    doc.setLineDashPattern([], 0);
    layout.color(COLOR.ink);
    for (const [i, w] of ws.entries()) {
      if (fill) {
        doc.setFillColor(...fill);
        doc.rect(x, layout.y, w, height, 'FD');
      } else doc.rect(x, layout.y, w, height, 'S');
      const cell = lines[i] ?? [];
      for (let j = 0; j < count && from + j < cell.length; j += 1) {
        layout.drawLine(
          cell[from + j]!,
          x + st.pad,
          layout.y + st.pad + j * lh + lh * 0.78,
          st.size,
          bold,
          {
            role,
            x: x + st.pad,
            width: w - 2 * st.pad,
            top: layout.y,
            bottom: layout.y + height,
            rtlAlign: true,
          },
        );
        await layout.pause();
      }
      x += w;
    }
    layout.y += height;
  };
  const drawHeader = () => drawRow(header, widths, 0, Infinity, headerH, true, COLOR.headerFill);

  /**
   * One printed row, split over pages when it is taller than the room left, by the keep rules
   * (keep.ts): a row that fits on a fresh page moves there whole; a taller one is split leaving
   * at least two lines on either page. `lead` is printed first when the row has to continue on a
   * new page (the action a detail belongs to). `keepAfter` (points): what must follow the row on
   * its page (a norm's short tail after the table's last row).
   *
   * Every pass of the loop either prints lines or starts a page, and a page break is never taken
   * twice in a row: on a fresh page the row starts whatever room it finds there (room measured
   * under the header and the lead, the same way as on the page itself). The room of a fresh page
   * used to be reckoned without the lead, so a rest of a detail that fitted a page but not a page
   * with its lead broke the page again and again, without end (a tab filled with blank pages).
   */
  const printRow = async (
    lines: Line[][],
    ws: number[],
    minH: number,
    role: TextRole,
    lead?: Line[][],
    keepAfter = 0,
  ) => {
    const n = Math.max(1, ...lines.map((l) => l.length));
    const leadN = lead ? Math.max(1, ...lead.map((l) => l.length)) : 0;
    const leadH = lead ? leadN * lh + 2 * st.pad : 0;
    /** Lines of this row a fresh page holds under the header and the lead. */
    const freshRoom = Math.floor((PAGE.bottom - PAGE.top - headerH - leadH - 2 * st.pad) / lh);
    let done = 0;
    let fresh = false;
    while (done < n) {
      const left = n - done;
      let count = linesHere({
        left,
        done,
        room: (PAGE.bottom - layout.y - 2 * st.pad) / lh,
        keep: keepAfter > 0 ? (10 + keepAfter) / lh : 0,
        fresh,
        wholeIfFits: freshRoom,
      });
      // A write-in row is taller than its lines: it moves when its full height does not fit.
      if (count > 0 && !fresh && layout.y + Math.max(minH, count * lh + 2 * st.pad) > PAGE.bottom)
        count = 0;
      if (count === 0) {
        layout.newPage();
        await drawHeader();
        if (lead) await drawRow(lead, [CONTENT_W], 0, leadN, leadH, true, COLOR.headerFill);
        fresh = true;
        continue;
      }
      await drawRow(
        lines,
        ws,
        done,
        count,
        Math.max(minH, count * lh + 2 * st.pad),
        false,
        undefined,
        role,
      );
      done += count;
      fresh = false;
    }
  };

  // The header never stands alone: keep it with the first piece of the first row.
  layout.ensure(await tableStartHeight(layout, block));
  await drawHeader();
  const last = block.rows.length - 1;
  for (const [i, row] of block.rows.entries()) {
    // A pause between rows: a table of 72 actions with long notes is most of a long report.
    await layout.pause();
    const lines = await cellLines(row, widths, false);
    const detail = block.details?.[i];
    const detailLines = detail ? await cellLines([detail], [CONTENT_W], false) : null;
    // Keep a row with the first piece of its detail.
    if (detailLines) {
      const rowH = Math.max(1, ...lines.map((l) => l.length)) * lh + 2 * st.pad;
      const detailH = firstPiece(detailLines[0]!.length) * lh + 2 * st.pad;
      if (
        rowH + detailH <= PAGE.bottom - PAGE.top - headerH &&
        layout.y + rowH + detailH > PAGE.bottom
      ) {
        layout.newPage();
        await drawHeader();
      }
    }
    const rowKeep = i === last && !detailLines ? keepAfter : 0;
    await printRow(lines, widths, block.writeIn ? 34 : 0, 'cell', undefined, rowKeep);
    if (detailLines) {
      // The action a detail belongs to, in at most three lines: it only says whose detail goes on.
      const lead = [layout.fitLines(row[0] ?? '', CONTENT_W - 2 * st.pad, st.size, true, 3)];
      await printRow(
        detailLines,
        [CONTENT_W],
        block.writeIn ? 44 : 0,
        'detail',
        lead,
        i === last ? keepAfter : 0,
      );
    }
    layout.done += row.reduce((sum, cell) => sum + cell.length, detail?.length ?? 0);
  }
  layout.y += 10;
}
