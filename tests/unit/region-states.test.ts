import { readFileSync } from 'node:fs';
import { describeFailure } from '../../src/lib/i18n/failures';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { buildRegionalView, sharedCyclesFromExport } from '../../src/lib/domain/region';
import { readExportFile } from '../../src/lib/io/readExportFile';
import { regionNormSeries } from '../../src/lib/report/chartSeries';
import {
  buildRegionReport,
  regionColumnName,
  regionCsv,
  regionTable,
} from '../../src/lib/report/regionReport';
import { makeSharedCycle, packV2 } from '../fixtures/factories/cycles';

/** The shared cases of issue 13 item 1 (made-up data; see /work/shared/cases/README.md). */
const CASES = '../shared/cases';

async function load(name: string) {
  const read = await readExportFile(readFileSync(`${CASES}/${name}`, 'utf8'), { fileName: name });
  if (!read.ok) throw new Error(describeFailure(read));
  return sharedCyclesFromExport(read.value.file, name, [bundledPack]).cycles;
}

const v2 = packV2();
const id = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;

describe('regional comparison counts States, not files (issue 13 item 1)', () => {
  it('gives Thailand one column when its whole assessment and an agency part are loaded', async () => {
    const cycles = [
      ...(await load('region-shareable-th-2025.json')),
      ...(await load('region-part-th-2025-13a.json')),
    ];
    const view = buildRegionalView(cycles);
    expect(view.columns.map((c) => c.stateName)).toEqual(['Thailand']);
    // The part is listed apart, with what it covers, and scored nowhere.
    expect(view.parts).toEqual([
      expect.objectContaining({
        stateName: 'Thailand',
        agency: 'Ministry of Foreign Affairs',
        normIds: ['13a'],
        fileName: 'region-part-th-2025-13a.json',
      }),
    ]);
    for (const row of view.norms) expect(row.values).toHaveLength(1);
    // Thailand is one State in the common gaps, however many files it came from.
    for (const gap of view.commonGaps) expect(gap.below).toEqual([0]);
    // Loading the part alone gives no column at all: a part is never scored as a whole.
    expect(buildRegionalView(await load('region-part-th-2025-13a.json')).columns).toEqual([]);
  });

  it('shows the same assessment from two files once, by id or by content', () => {
    const share = makeSharedCycle({
      pack: v2,
      fileName: 'th-share.json',
      assessment: { id: id(1), stateCode: 'TH' },
      answers: { 'a-01': 'planned' },
    });
    const backup = { ...share, fileName: 'th-backup.json', shareable: false };
    // A copy imported as a new assessment has a new id but the same content.
    const copy = makeSharedCycle({
      pack: v2,
      fileName: 'th-copy.json',
      assessment: { id: id(2), stateCode: 'TH' },
      answers: { 'a-01': 'planned' },
    });
    const vn = makeSharedCycle({
      pack: v2,
      fileName: 'vn.json',
      assessment: { id: id(3), stateCode: 'VN' },
      answers: { 'a-01': 'planned' },
    });
    const view = buildRegionalView([share, backup, copy, vn]);
    expect(view.columns.map((c) => c.stateCode)).toEqual(['TH', 'VN']);
    expect(view.columns[0]!.fileNames).toEqual(['th-share.json', 'th-backup.json', 'th-copy.json']);
    expect(view.states[0]!.cycles).toHaveLength(1);
    const gap = view.commonGaps.find((g) => g.itemId === 'a-01');
    expect(gap?.below).toEqual([0, 1]);
  });

  it('gives the same figures whatever order two differing copies come in, and names the file that differs', () => {
    // Tester: malaysia-2024.json and an edited re-export of the same assessment (same id, other
    // statuses, same change time): 13(a) read 47 % or 100 % by the order the files were chosen in.
    const original = makeSharedCycle({
      pack: v2,
      fileName: 'malaysia-2024.json',
      assessment: { id: id(9), stateCode: 'MY' },
      answers: { 'a-01': 'not-started' },
    });
    const edited = makeSharedCycle({
      pack: v2,
      fileName: 'my2024-edited.json',
      assessment: { id: id(9), stateCode: 'MY' },
      answers: { 'a-01': 'fully' },
    });
    const one = buildRegionalView([original, edited]);
    const other = buildRegionalView([edited, original]);
    expect(one.norms).toEqual(other.norms);
    expect(one.columns[0]!.overall).toBe(other.columns[0]!.overall);
    expect(one.columns).toHaveLength(1);
    const shown = one.columns[0]!.fileName;
    const differing = shown === 'malaysia-2024.json' ? 'my2024-edited.json' : 'malaysia-2024.json';
    expect(one.columns[0]!.copiesDiffer).toEqual([differing]);
    expect(other.columns[0]!.copiesDiffer).toEqual([differing]);
    // Copies that agree name no file.
    const same = { ...original, fileName: 'malaysia-2024-again.json' };
    expect(buildRegionalView([original, same]).columns[0]!.copiesDiffer).toEqual([]);
  });

  it('keeps the copy changed last, whatever the order', () => {
    const older = makeSharedCycle({
      pack: v2,
      fileName: 'a-older.json',
      assessment: { id: id(10), stateCode: 'MY', updatedAt: '2026-01-01T00:00:00.000Z' },
      answers: { 'a-01': 'not-started' },
    });
    const newer = makeSharedCycle({
      pack: v2,
      fileName: 'b-newer.json',
      assessment: { id: id(10), stateCode: 'MY', updatedAt: '2026-06-01T00:00:00.000Z' },
      answers: { 'a-01': 'fully' },
    });
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const view = buildRegionalView(order);
      expect(view.columns[0]!.fileName).toBe('b-newer.json');
      expect(view.columns[0]!.copiesDiffer).toEqual(['a-older.json']);
    }
  });

  it('shows each State by its latest whole assessment, and the cycle the user chooses', () => {
    const older = makeSharedCycle({
      pack: v2,
      assessment: {
        id: id(4),
        stateCode: 'TH',
        alias: '2023',
        periodStart: '2023-01-01',
        periodEnd: '2023-12-31',
      },
      answers: { 'a-01': 'planned' },
    });
    const newer = makeSharedCycle({
      pack: v2,
      assessment: {
        id: id(5),
        stateCode: 'TH',
        alias: '2025',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
      },
      answers: { 'a-01': 'fully' },
    });
    const view = buildRegionalView([newer, older]);
    expect(view.columns).toHaveLength(1);
    expect(view.columns[0]!.alias).toBe('2025');
    expect(view.states[0]!.cycles.map((c) => c.alias)).toEqual(['2025', '2023']);
    const chosen = buildRegionalView([newer, older], { TH: id(4) });
    expect(chosen.columns[0]!.alias).toBe('2023');
    expect(chosen.states[0]!.chosen).toBe(id(4));
    // A choice that is not one of the State's cycles falls back to the latest.
    expect(buildRegionalView([newer, older], { TH: 'nope' }).columns[0]!.alias).toBe('2025');
  });
});

describe('regional chart and exports', () => {
  function twoStates() {
    const th = makeSharedCycle({
      pack: v2,
      stateName: 'Thailand',
      assessment: { id: id(6), stateCode: 'TH', alias: '2025' },
      answers: {
        'a-01': 'fully',
        'a-02': 'planned',
        'c-01': 'not-applicable',
        'c-03': 'not-applicable',
      },
    });
    const vn = makeSharedCycle({
      pack: v2,
      stateName: 'Viet Nam',
      assessment: { id: id(7), stateCode: 'VN', alias: 'Đợt 1' },
      answers: { 'a-01': 'in-progress', 'c-01': 'planned' },
    });
    return buildRegionalView([th, vn]);
  }

  it('shapes the norm chart as one series per State, nulls where a State has no score', () => {
    const view = twoStates();
    const data = regionNormSeries(view, { columnLabel: regionColumnName });
    expect(data.series.map((s) => [s.id, s.label])).toEqual([
      ['column-0', 'Thailand (2025)'],
      ['column-1', 'Viet Nam (Đợt 1)'],
    ]);
    expect(data.categories.map((c) => c.key)).toEqual(view.norms.map((n) => n.id));
    const c = view.norms.findIndex((n) => n.id === '13c');
    expect(data.series[0]!.values[c]).toBeNull();
    expect(data.series[1]!.values[c]).toBe(view.norms[c]!.values[1]);
    expect(data.series[0]!.style.color).not.toBe(data.series[1]!.style.color);
  });

  it('writes the same figures to the table, the CSV and the PDF model', () => {
    const view = twoStates();
    const table = regionTable(view, 'en');
    const c = table.norms.find((r) => r.id === '13c')!;
    expect(c.cells[0]).toBe('not scored');
    const csv = regionCsv(view, 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Norm or focus area,Thailand (2025),Viet Nam (Đợt 1)');
    expect(lines.find((l) => l.includes(c.label))?.endsWith(`,${c.cells.join(',')}`)).toBe(true);
    const doc = buildRegionReport(view, {
      madeAt: '2026-11-30T20:00:00Z',
      timeZone: 'Asia/Bangkok',
    });
    expect(doc.meta.fileName).toBe('nic-region-2026-12-01.pdf');
    // The PDF prints a row per State (region-print-table.test.ts): the same figures, turned.
    const drawn = doc.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'table' ? [b] : []));
    const column = (t: (typeof drawn)[number], header: string) =>
      t.rows.map((r) => r[t.columns.findIndex((col) => col.header === header)]);
    const withC = drawn.find((t) => t.columns.some((col) => col.header === c.short))!;
    expect(column(withC, c.short)).toEqual(c.cells);
    const withOverall = drawn.find((t) =>
      t.columns.some((col) => col.header === table.overall.short),
    )!;
    expect(column(withOverall, table.overall.short)).toEqual(table.overall.cells);
  });
});
