import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportTextParts, sealExport } from '../../src/lib/domain/exchange';
import { sealedBody } from '../fixtures/exports/sealed/sealedSource';

/**
 * Issue 18: the export's text is written in parts (domain/exchange.ts exportTextParts) and handed
 * to the Blob as they are. Joined, they must be the text `JSON.stringify(file, null, 1)` wrote:
 * the stored files of tests/fixtures/exports/sealed/ byte for byte, and values a cut could get
 * wrong.
 */

const SEALED = 'tests/fixtures/exports/sealed';

describe('the file written in parts (issue 18)', () => {
  // Record counts per part that cut arrays at every place: one, a few, more than any array holds.
  for (const records of [1, 2, 3, 250])
    it(`joins to exactly JSON.stringify(file, null, 1), ${records} record(s) a part`, async () => {
      for (const shareable of [false, true]) {
        const file = await sealExport(sealedBody(shareable));
        const name = shareable ? 'backup-shareable' : 'backup';
        const expected = readFileSync(`${SEALED}/${name}.expected.json`, 'utf8');
        expect([...exportTextParts(file, records)].join('')).toBe(expected);
      }
    });

  const cases: [string, Record<string, unknown>][] = [
    ['an empty object', {}],
    ['empty and short arrays', { a: [], b: [1], c: 'x' }],
    ['values JSON leaves out', { a: undefined, f: () => 1, b: [undefined, () => 1], c: 2 }],
    ['a last field left out', { a: [1, 2, 3], z: undefined }],
    ['nested arrays and objects', { h: [{ x: [[], {}], y: { z: [1, { w: null }] } }, 'a\n"'] }],
    ['a Date (toJSON)', { d: new Date(0), e: [new Date(1)] }],
  ];
  it.each(cases)('writes %s as JSON.stringify does, at any cut', (_name, value) => {
    for (const records of [1, 2, 250])
      expect([...exportTextParts(value, records)].join('')).toBe(JSON.stringify(value, null, 1));
  });
});
