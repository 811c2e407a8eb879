import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sealExport } from '../../src/lib/domain/exchange';
import {
  canonicalJson,
  canonicalJsonAsWritten,
  canonicalJsonOf,
  exportChecksum,
} from '../../src/lib/domain/checksum';
import { readExportFile } from '../../src/lib/io/readExportFile';
import { describeFailure } from '../../src/lib/i18n/failures';
import { sealedBody } from '../fixtures/exports/sealed/sealedSource';

/**
 * The export is serialised once for its checksum and once to be written, with no JSON round trip
 * and no canonical text built in script (issue 18). These tests hold it to what the code before
 * that change wrote: the stored files of tests/fixtures/exports/sealed/ (written by that code,
 * make-sealed.ts) byte for byte, and the canonical JSON of every stored fixture and of values a
 * shortcut could get wrong, against the definition (`canonicalJsonOf`).
 */

const SEALED = 'tests/fixtures/exports/sealed';
const NOW = new Date('2026-03-01T00:00:00.000Z');

describe('sealing an export (one serialisation for the checksum)', () => {
  for (const [name, shareable] of [
    ['backup', false],
    ['backup-shareable', true],
  ] as const) {
    it(`writes ${name} byte for byte as the stored file the earlier code wrote, and reads it back`, async () => {
      const expected = readFileSync(`${SEALED}/${name}.expected.json`, 'utf8');
      const file = await sealExport(sealedBody(shareable));
      const text = JSON.stringify(file, null, 1);
      expect(text).toBe(expected);
      const read = await readExportFile(text, { now: NOW });
      if (!read.ok) throw new Error(describeFailure(read));
      expect(read.value.file.answers[0]?.notes).toBe(file.answers[0]?.notes);
    });
  }

  it('leaves a checksum field the body carries out of what it covers', async () => {
    const body = sealedBody(false);
    const plain = await sealExport(body);
    const stale = await sealExport({
      ...body,
      checksum: { algorithm: 'SHA-256', value: 'stale' },
    } as typeof body);
    expect(stale.checksum.value).toBe(plain.checksum.value);
  });

  it('checksums a value that is not plain JSON data as JSON.stringify writes it', () => {
    const value = { at: new Date('2026-01-01T00:00:00.000Z'), f: () => 1, n: [1, undefined] };
    expect(canonicalJsonAsWritten(value)).toBe('{"at":"2026-01-01T00:00:00.000Z","n":[1,null]}');
    expect(canonicalJsonAsWritten({ b: 1, a: { d: undefined, c: 'x' } })).toBe(
      '{"a":{"c":"x"},"b":1}',
    );
  });
});

describe('canonical JSON', () => {
  const fixtures = readdirSync('tests/fixtures/exports').filter((f) => f.endsWith('.json'));

  it.each(fixtures)('gives the stored fixture %s the text of its definition', async (name) => {
    const data = JSON.parse(readFileSync(`tests/fixtures/exports/${name}`, 'utf8')) as Record<
      string,
      unknown
    >;
    expect(canonicalJson(data)).toBe(canonicalJsonOf(data));
    // Files written by older versions still verify: the stored checksum is the one recomputed.
    const stored = (data.checksum as { value: string }).value;
    expect(await exportChecksum(data)).toBe(stored);
  });

  const nullProto = Object.assign(Object.create(null) as object, { b: 1, a: 2 });
  const withHidden = Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false });
  const cases: [string, unknown][] = [
    ['index-like keys (engines list them first)', { b: 1, 10: 2, 9: 3, '01': 4 }],
    ['a __proto__ key from JSON.parse', JSON.parse('{"b":1,"__proto__":{"a":1},"c":{"x":2}}')],
    ['an object without prototype', { z: nullProto, y: [nullProto] }],
    ['a non-enumerable property', { o: withHidden, p: { hidden: 3 } }],
    ['a Date (no toJSON in the definition)', { d: new Date(0), e: 'x' }],
    ['a toJSON key that is data', { toJSON: 'text', a: 1 }],
    ['functions and symbols', { f: () => 1, s: Symbol('s'), a: [() => 1] }],
    ['a sparse array', { a: [1, , 3] }], // eslint-disable-line no-sparse-arrays
    [
      'undefined in objects and arrays',
      { a: undefined, b: [undefined, null], c: { d: undefined } },
    ],
    ['numbers', { n: [-0, NaN, Infinity, 1e21, 0.1, -5] }],
    ['strings', { s: ['"\\\n\t\u0001', '\ud800', 'ไทย', 'Tiếng Việt', '😀'], é: 1, e: 2, E: 3 }],
    ['nesting', [[[{ b: [{ d: 1, c: 2 }], a: null }]], true, false, 'x']],
    ['a top-level string', 'x'],
    ['a top-level undefined', undefined],
    ['null', null],
    ['an empty object and array', { b: {}, a: [] }],
  ];
  it.each(cases)('writes %s as its definition does', (_name, value) => {
    expect(canonicalJson(value)).toBe(canonicalJsonOf(value));
  });
});
