import { describe, expect, it, vi } from 'vitest';
import type * as Fflate from 'fflate';
import { strFromU8, unzipSync } from 'fflate';
import { tableXlsx } from '../../src/lib/report/xlsx';
import type { ReportTable } from '../../src/lib/report/tables';

/**
 * Report › "Download all answers (XLSX)" with long notes never ended: write-excel-file zipped with
 * fflate's async zip(), which starts a blob: Worker for a part over 160 kB; the CSP refuses it and
 * the promise never settled. Here fflate's async API (the only one that starts a Worker) throws, as
 * does any Worker: the workbook must still be written.
 */
vi.mock('fflate', async (original) => {
  const actual = await original<typeof Fflate>();
  const refused = () => {
    throw new Error('fflate async API used: it starts a blob: Worker');
  };
  return { ...actual, zip: refused, deflate: refused, AsyncZipDeflate: refused };
});

describe('XLSX writer without a Worker', () => {
  it('writes 30 rows of 20,000-character notes without starting a Worker', async () => {
    const worker = vi.fn(() => {
      throw new Error('Worker refused');
    });
    vi.stubGlobal('Worker', worker);
    try {
      const note = 'Long note about the norm. '.repeat(800).slice(0, 20_000);
      const table: ReportTable = {
        columns: [
          { label: 'Practical action', kind: 'text' },
          { label: 'Notes', kind: 'text' },
        ],
        rows: Array.from({ length: 30 }, (_, i) => [`Action ${i + 1}`, `${i} ${note}`]),
      };
      const bytes = await tableXlsx(table, 'All answers');
      const files = unzipSync(bytes);
      const shared = strFromU8(files['xl/sharedStrings.xml']!);
      expect(shared.length).toBeGreaterThan(30 * 20_000);
      expect(shared).toContain(`29 ${note}`);
      expect(worker).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
