import { describe, expect, it } from 'vitest';
import { readExportFile } from '../../src/lib/io/readExportFile';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { userName, userText } from '../../src/lib/schema/assessment';
import { withoutDisguise } from '../../src/lib/schema/text';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
} from '../fixtures/factories/exports';

/**
 * Tester, session 6: a title with a right-to-left override (U+202E + "6202 aisyalaM") showed as
 * "Malaysia 2026" under another State. Bidi embeddings, overrides and isolates are removed from
 * user text at the boundary (schema/text.ts `withoutDisguise`), typed or read from a file.
 */
const TESTER = '\u202E6202 aisyalaM';

describe('text that could disguise itself', () => {
  it('an imported title shows without the override', async () => {
    const source = makeExportSource();
    source.assessments[0] = { ...source.assessments[0]!, title: TESTER };
    source.answers[0] = { ...source.answers[0]!, notes: 'see \u2066annex\u2069 \u202Bb\u202C' };
    const body = buildExportBody(source, {
      kind: 'assessment',
      appVersion: TEST_APP_VERSION,
      exportedAt: TEST_EXPORTED_AT,
      shareable: false,
    });
    const read = await readExportFile(JSON.stringify(await sealExport(body)), {
      fileName: 'in.json',
      now: new Date('2026-11-30T12:00:00.000Z'),
    });
    expect(read.ok && read.value.file.assessments[0]!.title).toBe('6202 aisyalaM');
    expect(read.ok && read.value.file.answers[0]!.notes).toBe('see annex b');
  });

  it('typed text: one rule for names and free text; joiners and marks that scripts need are kept', () => {
    expect(userName().parse(TESTER)).toBe('6202 aisyalaM');
    expect(userText().parse(`a\u202Ab\u202Dc\u202E`)).toBe('abc');
    // ZWNJ in Persian, ZWJ in emoji, LRM between neutral characters: not disguise.
    for (const kept of ['می\u200Cخواهم', '👩\u200D💻', 'A\u200E-1'])
      expect(withoutDisguise(kept)).toBe(kept);
    // Made only of overrides: nothing is left, a required name is refused.
    expect(userName().safeParse('\u202E\u202D').success).toBe(false);
  });
});
