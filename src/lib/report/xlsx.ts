import type { CellObject, SheetData } from 'write-excel-file/universal';
import type { ReportCell, ReportColumn, ReportTable } from './tables';

/**
 * A report table (report/tables.ts, the same tables the CSV files are written from) as an XLSX
 * workbook of one sheet: typed cells (numbers as numbers, days and instants as dates), the header
 * row frozen, and an auto filter over the header and rows.
 *
 * write-excel-file makes the workbook; it has no auto filter, so the sheet's XML gets an
 * `<autoFilter ref="A1:…"/>` after its `<sheetData>` (the place ECMA-376 Part 1, §18.3.1.99
 * CT_Worksheet, gives it) and the workbook the hidden `_xlnm._FilterDatabase` name Excel itself
 * writes for a filter (§18.2.6). Both libraries load with `import()` only: the XLSX code is a
 * chunk of its own, fetched when a spreadsheet is asked for.
 *
 * A text cell is written as a shared string, never as a formula, so a note typed as `=HYPERLINK(…)`
 * stays text (the CSV needs an apostrophe for that; here the cell type does it).
 */

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_BAD = /[\\/?*[\]:]/g;

/** A sheet name Excel accepts: forbidden characters become spaces, cut to 31 characters. */
export function sheetName(name: string): string {
  const clean = name
    .replace(SHEET_NAME_BAD, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  return Array.from(clean).slice(0, SHEET_NAME_MAX).join('') || 'Sheet';
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(n: number): string {
  let out = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26))
    out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}

const DAY_FORMAT = 'yyyy-mm-dd';
/** Instants are stored as UTC (write-excel-file converts a Date by its UTC time); the format says so. */
const INSTANT_FORMAT = 'yyyy-mm-dd hh:mm "UTC"';

type XlsxCell = CellObject | null;

function cell(column: ReportColumn, value: ReportCell): XlsxCell {
  if (value === null || value === '') return null;
  switch (column.kind) {
    case 'number':
      return typeof value === 'number'
        ? { value, type: Number }
        : { value: String(value), type: String };
    case 'day': {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(String(value));
      return day
        ? { value: new Date(`${String(value)}T00:00:00Z`), type: Date, format: DAY_FORMAT }
        : { value: String(value), type: String };
    }
    case 'instant': {
      const at = new Date(String(value));
      return Number.isNaN(at.getTime())
        ? { value: String(value), type: String }
        : { value: at, type: Date, format: INSTANT_FORMAT };
    }
    case 'text':
      return { value: String(value).normalize('NFC'), type: String };
  }
}

/** Column widths in characters: the longest header or cell, between 8 and 60. */
function widths(table: ReportTable): { width: number }[] {
  return table.columns.map((c, i) => {
    let longest = c.label.length;
    for (const row of table.rows) {
      const v = row[i];
      if (v !== null && v !== undefined) longest = Math.max(longest, String(v).length);
    }
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
}

/**
 * The workbook as bytes (`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`):
 * one sheet named `name` (made valid with `sheetName`) holding `table`.
 */
export async function tableXlsx(table: ReportTable, name: string): Promise<Uint8Array> {
  const [{ default: writeXlsxFile }, { unzipSync, zipSync, strFromU8, strToU8 }] =
    await Promise.all([import('write-excel-file/universal'), import('fflate')]);
  const sheet = sheetName(name);
  const header: XlsxCell[] = table.columns.map((c) => ({
    value: c.label,
    type: String,
    fontWeight: 'bold',
  }));
  const rows = table.rows.map((row) => table.columns.map((c, i) => cell(c, row[i] ?? null)));
  const data: SheetData = [header, ...rows];
  const blob = await writeXlsxFile(data, {
    sheet,
    stickyRowsCount: 1,
    columns: widths(table),
  }).toBlob();
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const last = columnLetters(Math.max(1, table.columns.length));
  const ref = `A1:${last}${table.rows.length + 1}`;
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const workbookPath = 'xl/workbook.xml';
  const sheetXml = strFromU8(files[sheetPath]!);
  const workbookXml = strFromU8(files[workbookPath]!);
  if (!sheetXml.includes('</sheetData>') || !workbookXml.includes('<definedNames/>'))
    throw new Error('write-excel-file wrote a workbook of an unexpected shape');
  files[sheetPath] = strToU8(
    sheetXml.replace('</sheetData>', `</sheetData><autoFilter ref="${ref}"/>`),
  );
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const absolute = ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  files[workbookPath] = strToU8(
    workbookXml.replace(
      '<definedNames/>',
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(`${quoted}!${absolute}`)}</definedName></definedNames>`,
    ),
  );
  return zipSync(files);
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
