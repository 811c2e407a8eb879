import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReportDocx } from '../../src/lib/report/makeReport';
import { TH_NOTE, VI_NOTE, makeReportInput, previousCycle } from '../fixtures/factories/report';

/**
 * The editable report (.docx) read back: unzip word/document.xml and compare its text with the
 * report model it was written from: every heading, every key figure, every table cell, the notes
 * in their scripts.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nic-docx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KM = 'សន្តិសុខអ៊ីនធឺណិត ព្រះរាជាណាចក្រកម្ពុជា';

function unzip(path: string, entry: string): string {
  return execFileSync('unzip', ['-p', path, entry], { encoding: 'utf8' });
}

/** The text of a WordprocessingML part: runs joined, paragraphs on lines. */
function textOf(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('report as .docx', { timeout: 30_000 }, () => {
  it('holds the same sections, figures and tables as the report model', async () => {
    const doc = await makeReportDocx(
      makeReportInput({}, { extraNotes: KM, previous: previousCycle() }),
    );
    expect(doc.fileName).toMatch(/\.docx$/);
    const path = join(dir, doc.fileName);
    writeFileSync(path, doc.bytes);
    const text = textOf(unzip(path, 'word/document.xml'));
    const flat = text.replace(/\s+/g, ' ');
    for (const section of doc.report.sections)
      for (const block of section.blocks) {
        if (block.kind === 'heading') expect(text).toContain(block.text);
        if (block.kind === 'keyValue')
          for (const row of block.rows) {
            expect(flat).toContain(row.key.replace(/\s+/g, ' '));
            expect(flat).toContain(row.value.replace(/\s+/g, ' '));
          }
        if (block.kind === 'table')
          for (const row of block.rows)
            for (const cell of row) expect(flat).toContain(cell.replace(/\s+/g, ' '));
      }
    for (const note of [VI_NOTE, TH_NOTE, KM]) expect(text).toContain(note);
    const header = textOf(unzip(path, 'word/header1.xml'));
    expect(header).toContain('Viet Nam');
    expect(header).toContain('DRAFT');
  });
});
