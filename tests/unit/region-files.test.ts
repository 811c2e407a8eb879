import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../src/lib/domain/bundledPacks';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { packKey } from '../../src/lib/domain/pack';
import {
  buildRegionalView,
  sharedCyclesFromExport,
  sharedCyclesOfFile,
} from '../../src/lib/domain/region';
import { encryptText } from '../../src/lib/io/crypto';
import { readExportFile } from '../../src/lib/io/readExportFile';
import { readSharedFile, readSharedFiles } from '../../src/lib/io/regionFiles';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
} from '../fixtures/factories/exports';

/**
 * The regional view's files are read and checked in a Worker (io/regionWorker.ts, issue 18); the
 * Worker is a shell around `readSharedFiles`, run here directly in node. What it returns must be
 * plain data (it crosses threads by structured clone) and say, file by file, what the main-thread
 * reading said: a damaged file among many is named, the others load.
 */

const CASES = '../shared/cases';
const WHOLE = 'region-shareable-th-2025.json';
const PART = 'region-part-th-2025-13a.json';

const caseFile = (name: string) =>
  new File([readFileSync(`${CASES}/${name}`)], name, { type: 'application/json' });
const textFile = (name: string, text: string | Uint8Array) =>
  new File([text as BlobPart], name, { type: 'application/json' });

/** The file of `makeExportSource` (its own test pack, which the app does not ship), sealed. */
async function ownPackFileText() {
  const body = buildExportBody(makeExportSource(), {
    kind: 'assessment',
    appVersion: TEST_APP_VERSION,
    exportedAt: TEST_EXPORTED_AT,
    shareable: true,
  });
  return JSON.stringify(await sealExport(body));
}

describe('regional view files read off the main thread (issue 18)', () => {
  it('gives one result per file in order, naming the damaged one, the others loaded', async () => {
    const results = await readSharedFiles({
      files: [caseFile(WHOLE), textFile('broken.json', '{"type":"x"'), caseFile(PART)],
    });
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const broken = results[1]!;
    expect(broken).toMatchObject({ ok: false, code: 'export.not-json', source: 'broken.json' });
    const names = results.flatMap((r) => (r.ok ? [r.value.fileName] : []));
    expect(names).toEqual([WHOLE, PART]);
  });

  it('reads bytes the main thread read (moved, not copied) as it reads the File', async () => {
    const whole = caseFile(WHOLE);
    const broken = textFile('broken.json', '{"type":"x"');
    const asBytes = await readSharedFiles({
      files: [
        { name: WHOLE, bytes: await whole.arrayBuffer() },
        { name: 'broken.json', bytes: await broken.arrayBuffer() },
        { name: 'latin1.json', bytes: new Uint8Array([0x7b, 0xe9, 0x7d]).buffer },
      ],
    });
    expect(asBytes[0]).toEqual((await readSharedFiles({ files: [whole] }))[0]);
    expect(asBytes[1]).toMatchObject({ ok: false, code: 'export.not-json', source: 'broken.json' });
    expect(asBytes[2]).toMatchObject({ ok: false, code: 'file.not-text', source: 'latin1.json' });
    const [big] = await readSharedFiles({
      files: [{ name: WHOLE, bytes: await whole.arrayBuffer() }],
      maxBytes: 100,
    });
    expect(big).toMatchObject({ ok: false, code: 'file.too-large', source: WHOLE });
  });

  it('returns plain data that survives a structured clone, the bundled pack named by key', async () => {
    const results = await readSharedFiles({ files: [caseFile(WHOLE), caseFile(PART)] });
    expect(structuredClone(results)).toEqual(results);
    for (const r of results) {
      if (!r.ok) throw new Error(r.code);
      // The bundled pack is not copied into every message: the receiver has it.
      expect(r.value.packs).toEqual([]);
      const shipped = bundledPacks.map(packKey);
      for (const c of r.value.cycles) expect(shipped).toContain(c.packKey);
    }
  });

  it('gives the same regional view as reading the files on the main thread', async () => {
    const [whole, part] = await readSharedFiles({
      files: [caseFile(WHOLE), caseFile(PART)],
    });
    if (!whole?.ok || !part?.ok) throw new Error('not read');
    const viaWorker = buildRegionalView([
      ...sharedCyclesOfFile(structuredClone(whole.value), bundledPacks),
      ...sharedCyclesOfFile(structuredClone(part.value), bundledPacks),
    ]);
    const direct = async (name: string) => {
      const read = await readExportFile(readFileSync(`${CASES}/${name}`, 'utf8'), {
        fileName: name,
      });
      if (!read.ok) throw new Error(read.code);
      return sharedCyclesFromExport(read.value.file, name, bundledPacks).cycles;
    };
    const onMain = buildRegionalView([...(await direct(WHOLE)), ...(await direct(PART))]);
    expect(viaWorker).toEqual(onMain);
    expect(viaWorker.columns.map((c) => c.stateName)).toEqual(['Thailand']);
  });

  it("sends a pack the app does not ship once with its file's cycles", async () => {
    const result = await readSharedFile(textFile('own-pack.json', await ownPackFileText()));
    if (!result.ok) throw new Error(result.code);
    const sent = structuredClone(result.value);
    expect(sent.packs.map(packKey)).toEqual([sent.cycles[0]!.packKey]);
    const [cycle] = sharedCyclesOfFile(sent, bundledPacks);
    expect(cycle?.pack.title).toBe(sent.packs[0]!.title);
    expect(cycle?.score.overall).toEqual(result.value.cycles[0]!.score.overall);
  });

  it('keeps the typed failures of reading a file: size, encoding, passphrase', async () => {
    const big = await readSharedFile(caseFile(WHOLE), { maxBytes: 100 });
    expect(big).toMatchObject({ ok: false, code: 'file.too-large', source: WHOLE });
    const latin1 = await readSharedFile(
      textFile('latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d])),
    );
    expect(latin1).toMatchObject({ ok: false, code: 'file.not-text', source: 'latin1.json' });

    const passphrase = 'correct horse battery';
    const sealed = JSON.stringify(await encryptText(await ownPackFileText(), passphrase));
    const locked = textFile('locked.json', sealed);
    expect(await readSharedFile(locked)).toMatchObject({
      ok: false,
      code: 'export.needs-passphrase',
      source: 'locked.json',
    });
    const [opened] = await readSharedFiles({ files: [locked], passphrase });
    expect(opened?.ok && opened.value.cycles).toHaveLength(1);
  });
});
