import type * as Docx from 'docx';
import { chartTableBlock, type Block, type ReportDocument } from './reportModel';
import { isRtl } from './textRuns';

/**
 * Writes the same report model as the PDF as an editable Word document (.docx), for officials who
 * paste the findings into their own ministerial brief: the same sections, headings, tables and
 * figures, in the same order. The `docx` package is loaded with `import()` only when a document is
 * made. Word shapes every script itself, so text is written as typed (right-to-left paragraphs are
 * marked bidirectional). Charts are written as the tables of their figures (the PDF prints both).
 */

type D = typeof Docx;

const FONT = 'Noto Sans';

function runs(d: D, text: string, opts: { bold?: boolean; size?: number; color?: string } = {}) {
  // Line breaks in user text stay line breaks.
  return text.split(/\r\n|\r|\n/).map(
    (line, i) =>
      new d.TextRun({
        text: line,
        break: i > 0 ? 1 : 0,
        bold: opts.bold ?? false,
        font: FONT,
        ...(opts.size ? { size: opts.size } : {}),
        ...(opts.color ? { color: opts.color } : {}),
      }),
  );
}

function para(
  d: D,
  text: string,
  opts: {
    bold?: boolean;
    size?: number;
    color?: string;
    heading?: Docx.IParagraphOptions['heading'];
  } = {},
) {
  return new d.Paragraph({
    children: runs(d, text, opts),
    bidirectional: isRtl(text),
    ...(opts.heading ? { heading: opts.heading } : {}),
    spacing: { after: 120 },
  });
}

function cell(d: D, text: string, opts: { bold?: boolean; span?: number; fill?: string } = {}) {
  return new d.TableCell({
    children: [para(d, text, { bold: opts.bold ?? false, size: 18 })],
    ...(opts.span ? { columnSpan: opts.span } : {}),
    ...(opts.fill
      ? { shading: { fill: opts.fill, type: d.ShadingType.CLEAR, color: 'auto' } }
      : {}),
  });
}

function table(d: D, block: Extract<Block, { kind: 'table' }>): Docx.Table {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const header = new d.TableRow({
    tableHeader: true,
    children: block.columns.map((c) => cell(d, c.header, { bold: true, fill: 'E4E8F0' })),
  });
  const rows: Docx.TableRow[] = [header];
  block.rows.forEach((row, i) => {
    rows.push(
      new d.TableRow({
        cantSplit: false,
        children: block.columns.map((_, j) => cell(d, row[j] ?? '')),
      }),
    );
    const detail = block.details?.[i];
    if (detail)
      rows.push(new d.TableRow({ children: [cell(d, detail, { span: block.columns.length })] }));
  });
  return new d.Table({
    rows,
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    columnWidths: block.columns.map((c) => Math.round((c.width / total) * 9000)),
  });
}

function keyValue(d: D, rows: readonly { key: string; value: string }[]): Docx.Table {
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    columnWidths: [3000, 6000],
    rows: rows.map(
      (r) => new d.TableRow({ children: [cell(d, r.key, { bold: true }), cell(d, r.value)] }),
    ),
  });
}

function chartTable(
  d: D,
  block: Extract<Block, { kind: 'chart' }>,
  pct: (v: number | null) => string,
) {
  return table(d, chartTableBlock(block.data, '', pct));
}

/**
 * The report as a .docx file (bytes). `pct` formats a chart value the way the model's own chart
 * tables do (the one formatter: the caller passes it in).
 */
export async function writeDocx(
  report: ReportDocument,
  pct: (v: number | null) => string,
): Promise<Uint8Array> {
  const d: D = await import('docx');
  const children: (Docx.Paragraph | Docx.Table)[] = [];
  const headingOf = {
    1: d.HeadingLevel.HEADING_1,
    2: d.HeadingLevel.HEADING_2,
    3: d.HeadingLevel.HEADING_3,
  } as const;
  const sections: Docx.ISectionOptions[] = [];
  const marks = [report.meta.classification, report.meta.draft ? report.meta.words.draft : '']
    .filter(Boolean)
    .join(' · ');
  const header = new d.Header({
    children: [
      para(d, [report.meta.runningHeader, marks].filter(Boolean).join(' — '), {
        size: 16,
        color: '5A5A5A',
      }),
    ],
  });
  const footer = new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [
          ...(marks
            ? [new d.TextRun({ text: `${marks}   `, bold: true, color: 'AA1E1E', size: 16 })]
            : []),
          new d.TextRun({ children: [d.PageNumber.CURRENT], size: 16 }),
        ],
      }),
    ],
  });
  for (const section of report.sections) {
    const body: (Docx.Paragraph | Docx.Table)[] = [];
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'heading':
          body.push(para(d, block.text, { heading: headingOf[block.level] }));
          break;
        case 'paragraph':
          body.push(
            block.style === 'title'
              ? para(d, block.text, { heading: d.HeadingLevel.TITLE })
              : para(d, block.text, block.style === 'small' ? { size: 17, color: '5A5A5A' } : {}),
          );
          break;
        case 'keyValue':
          body.push(keyValue(d, block.rows));
          break;
        case 'table':
          body.push(table(d, block));
          body.push(para(d, ''));
          break;
        case 'chart':
          body.push(para(d, block.title, { bold: true }));
          body.push(chartTable(d, block, pct));
          body.push(para(d, ''));
          break;
        case 'pageBreak':
          body.push(new d.Paragraph({ children: [new d.PageBreak()] }));
          break;
      }
    }
    sections.push({ headers: { default: header }, footers: { default: footer }, children: body });
  }
  children.length = 0;
  const doc = new d.Document({
    creator: report.meta.creator,
    title: report.meta.title,
    subject: report.meta.subject,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections,
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(doc));
}
