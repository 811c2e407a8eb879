import { describe, expect, it } from 'vitest';
import { BOM, answerTableCsv, csvField, gapListCsv, toCsv } from '../../src/lib/report/csv';
import { MARKUP_NOTE, TH_NOTE, VI_NOTE, makeReportInput } from '../fixtures/factories/report';

/** Splits our CSV back into rows (RFC 4180, quoted fields may hold CRLF). */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('line\nfeed')).toBe('"line\nfeed"');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(null)).toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });
});

describe('gap list and answer table', () => {
  it('lists the gaps in the score’s order, the known largest first', () => {
    const input = makeReportInput();
    const rows = parseCsv(gapListCsv(input.score));
    expect(rows[0]?.[0]).toBe('Rank');
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['1', '13a', '13a-02'],
      ['2', '13a', '13a-01'],
    ]);
    expect(rows[2]).toContain('0.25');
    expect(rows[2]).toContain('Ministry of Public Security');
  });

  it('holds every item with notes in any script, round-tripping exactly', () => {
    const input = makeReportInput();
    const csv = answerTableCsv(input);
    const rows = parseCsv(csv);
    const header = rows[0]!;
    const notes = header.indexOf('Notes');
    expect(rows.slice(1).map((r) => r[1])).toEqual(['13a-01', '13a-02', '13c-01', '13c-02']);
    expect(rows[1]?.[notes]).toBe(`${VI_NOTE}\n${TH_NOTE}`);
    expect(rows[2]?.[notes]).toBe(MARKUP_NOTE);
    expect(rows[3]?.[header.indexOf('Not applicable justification')]).toBe(
      'No such facilities on the territory',
    );
  });

  it('names focus areas by name, keeping their ids in a column of their own', () => {
    const input = makeReportInput();
    for (const csv of [gapListCsv(input.score), answerTableCsv(input)]) {
      const rows = parseCsv(csv);
      const header = rows[0]!;
      const names = header.indexOf('Focus areas');
      const ids = header.indexOf('Focus area ids');
      const row = rows.find((r) => r.includes('13a-02'))!;
      expect(row[names]).toBe('International cooperation; Policies, strategies and frameworks');
      expect(row[ids]).toBe('rap-1 rap-2');
    }
  });

  it('leaves notes and evidence out of the shareable table', () => {
    const input = makeReportInput();
    const csv = answerTableCsv({ ...input, shareable: true });
    expect(parseCsv(csv)[0]).not.toContain('Notes');
    expect(csv).not.toContain(VI_NOTE);
    expect(csv).toContain('13a-01');
  });
});
