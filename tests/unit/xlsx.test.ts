import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { columnLetters, sheetName, tableXlsx } from '../../src/lib/report/xlsx';
import { answerTable, gapListTable } from '../../src/lib/report/tables';
import { tableCsv } from '../../src/lib/report/csv';
import { MARKUP_NOTE, makeReportInput } from '../fixtures/factories/report';

/**
 * Issue 16: the XLSX exports of the action plan and of all answers, read back: an .xlsx is a zip
 * of XML parts, opened here with fflate (tests only) and checked part by part.
 */
function readBack(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (path: string) => {
    const f = files[path];
    if (!f) throw new Error(`no ${path} in the workbook`);
    return strFromU8(f);
  };
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map(
    (m) => m[1]!,
  );
  const sheet = text('xl/worksheets/sheet1.xml');
  /** The cell at `ref` (e.g. "A2"): its type attribute, style and raw value. */
  const cellAt = (ref: string) => {
    const m = new RegExp(`<c r="${ref}"([^>]*)>(?:<v>([^<]*)</v>)?`).exec(sheet);
    if (!m) return null;
    const attrs = m[1]!;
    const raw = m[2] ?? '';
    const isShared = / t="s"/.test(attrs);
    return {
      shared: isShared,
      styled: / s="\d+"/.test(attrs),
      value: isShared ? shared[Number(raw)] : raw,
    };
  };
  return { files, workbook: text('xl/workbook.xml'), sheet, cellAt, styles: text('xl/styles.xml') };
}

describe('XLSX of the action plan', () => {
  it('has one named sheet, the header row, typed numbers and dates, a frozen header and filters', async () => {
    const input = makeReportInput();
    const table = gapListTable(input.score);
    const book = readBack(await tableXlsx(table, 'Action plan'));
    expect([...book.workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'Action plan',
    ]);
    // Header row, as in the CSV.
    const header = table.columns.map((c, i) => book.cellAt(`${columnLetters(i + 1)}1`)?.value);
    expect(header).toEqual(tableCsv(table).slice(1).split('\r\n')[0]!.split(','));
    expect(header[0]).toBe('Rank');
    // Rank 1 is a number cell (no t="s"), the gap a number with its unrounded value.
    expect(book.cellAt('A2')).toMatchObject({ shared: false, value: '1' });
    const gapCol = columnLetters(table.columns.findIndex((c) => c.label === 'Weighted gap') + 1);
    const gap = table.rows[0]![table.columns.findIndex((c) => c.label === 'Weighted gap')];
    expect(book.cellAt(`${gapCol}2`)).toMatchObject({ shared: false, value: String(gap) });
    // Focus areas by name, ids in their own column.
    const names = table.columns.findIndex((c) => c.label === 'Focus areas');
    expect(book.cellAt(`${columnLetters(names + 1)}2`)?.value).toBe(
      'International cooperation; Policies, strategies and frameworks',
    );
    // Frozen header row.
    expect(book.sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    // Auto filter over the header and every row, and Excel's name for it.
    const last = columnLetters(table.columns.length);
    expect(book.sheet).toContain(`<autoFilter ref="A1:${last}${table.rows.length + 1}"/>`);
    expect(book.sheet.indexOf('<autoFilter')).toBeGreaterThan(book.sheet.indexOf('</sheetData>'));
    expect(book.workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&#39;Action plan&#39;!$A$1:$${last}$${table.rows.length + 1}</definedName>`.replace(
        /&#39;/g,
        "'",
      ),
    );
  });
});

describe('XLSX of all answers', () => {
  it('writes days and instants as date cells (Excel serial numbers with a date format)', async () => {
    const input = makeReportInput();
    const table = answerTable(input);
    const book = readBack(await tableXlsx(table, 'Answers'));
    const updatedCol = table.columns.findIndex((c) => c.kind === 'instant');
    const rowIndex = table.rows.findIndex((r) => r[updatedCol] !== null);
    expect(rowIndex).toBeGreaterThanOrEqual(0);
    const iso = table.rows[rowIndex]![updatedCol] as string;
    const c = book.cellAt(`${columnLetters(updatedCol + 1)}${rowIndex + 2}`)!;
    expect(c.shared).toBe(false);
    expect(c.styled).toBe(true);
    // Excel counts days from 1899-12-30 (UTC here: the time zone of the test is Asia/Singapore).
    const serial = Date.parse(iso) / 86_400_000 + 25_569;
    expect(Number(c.value)).toBeCloseTo(serial, 6);
    expect(book.styles).toContain('yyyy-mm-dd hh:mm &quot;UTC&quot;');
  });

  it('keeps a note that looks like a formula as text, and any script exactly', async () => {
    const input = makeReportInput();
    const table = answerTable(input);
    const notes = table.columns.findIndex((c) => c.label === 'Notes');
    const withFormula = {
      ...table,
      rows: table.rows.map((r, i) => (i === 0 ? r.map((v, j) => (j === notes ? '=1+1' : v)) : r)),
    };
    const book = readBack(await tableXlsx(withFormula, 'Answers'));
    expect(book.sheet).not.toContain('<f>');
    expect(book.cellAt(`${columnLetters(notes + 1)}2`)).toMatchObject({
      shared: true,
      value: '=1+1',
    });
    expect(
      [...book.sheet.matchAll(/<c r="[A-Z]+\d+" t="s"><v>(\d+)<\/v>/g)].length,
    ).toBeGreaterThan(0);
    expect(table.rows.some((r) => r.includes(MARKUP_NOTE))).toBe(true);
  });

  it('makes any sheet name acceptable to Excel', () => {
    expect(sheetName('Plan: 13(a)/13(b) [draft]?')).toBe('Plan  13(a) 13(b)  draft');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('')).toBe('Sheet');
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA');
  });
});

describe('loading', () => {
  it('never imports the spreadsheet libraries statically (they load with import())', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
    const files = walk('src').filter((f) => /\.(ts|svelte)$/.test(f));
    const staticImport =
      /^\s*import\s+(?!type\b)[^;]*?from\s+['"](write-excel-file[^'"]*|fflate)['"]/m;
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => staticImport.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
