import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { encryptText } from '../../src/lib/io/crypto';
import { makeAnswer, makeAssessment } from '../fixtures/factories/answers';
import { makeState } from '../fixtures/factories/exports';

/**
 * `npm run report` as a secretariat runs it: the real script in a child process, on a stored export
 * fixture (tests/fixtures/exports/export-v1.json: Singapore, "Test assessment").
 */

const FIXTURE = 'tests/fixtures/exports/export-v1.json';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nic-report-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/report.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run report', () => {
  it('writes the PDF (and CSVs) for an export file', () => {
    const out = join(dir, 'report.pdf');
    const gaps = join(dir, 'gaps.csv');
    const result = run(FIXTURE, '-o', out, '--csv-gaps', gaps);
    expect(result.stderr).not.toMatch(/^report:/m);
    expect(result.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.stdout).toContain(`${out}:`);
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Singapore');
    expect(readFileSync(gaps, 'utf8').startsWith('\uFEFFRank,')).toBe(true);
  }, 60_000);

  it('exits 1 with a message for a file that is not an export', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"type":"something-else"}');
    const out = join(dir, 'never.pdf');
    const result = run(bad, '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('report: bad.json: the file is not an export of this tool');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('exits 1 for an unknown norm or a missing file', () => {
    const norm = run(FIXTURE, '--norms', '13z', '-o', join(dir, 'x.pdf'));
    expect(norm.status).toBe(1);
    expect(norm.stderr).toContain('--norms: unknown norm 13z');
    const missing = run(join(dir, 'nope.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('the file could not be read');
  }, 60_000);

  it('reads UTF-8 with a byte-order mark and UTF-16 with one, as the browser does', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const utf8 = join(dir, 'bom8.json');
    writeFileSync(utf8, `\uFEFF${text}`, 'utf8');
    const utf16 = join(dir, 'bom16.json');
    writeFileSync(utf16, Buffer.from(`\uFEFF${text}`, 'utf16le'));
    for (const file of [utf8, utf16]) {
      const out = `${file}.pdf`;
      const result = run(file, '-o', out);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(existsSync(out)).toBe(true);
    }
  }, 60_000);

  it('uses the bundled pack, never a file’s altered copy of the same id and version', async () => {
    const assessment = makeAssessment({ packId: bundledPack.id, packVersion: bundledPack.version });
    const action = bundledPack.actions[0]!;
    const altered = structuredClone(bundledPack);
    altered.actions[0]!.text = 'ALTERED ACTION TEXT FROM THE FILE';
    const body = buildExportBody(
      {
        states: [makeState()],
        assessments: [assessment],
        answers: [makeAnswer({ itemId: action.id, status: 'planned', rev: 1 })],
        normAnswers: [],
        history: [],
        packs: [altered],
        assignments: [],
      },
      {
        kind: 'assessment',
        appVersion: '0.1.0',
        exportedAt: '2026-02-01T10:00:00.000Z',
        shareable: false,
      },
    );
    const file = join(dir, 'altered.json');
    writeFileSync(file, JSON.stringify(await sealExport(body)));
    const out = join(dir, 'altered.pdf');
    const csv = join(dir, 'altered.csv');
    const result = run(file, '-o', out, '--csv-answers', csv);
    expect(result.status).toBe(0);
    const answers = readFileSync(csv, 'utf8');
    expect(answers).not.toContain('ALTERED ACTION TEXT');
    expect(answers).toContain(action.text.slice(0, 30));
  }, 60_000);

  it('exits 1 with one sentence, no stack trace, for a damaged encrypted file', async () => {
    const sealed = await encryptText(readFileSync(FIXTURE, 'utf8'), 'correct horse battery');
    const file = join(dir, 'damaged.json');
    writeFileSync(
      file,
      JSON.stringify({ ...sealed, kdf: { ...sealed.kdf, salt: 'A'.repeat(23) } }),
    );
    const result = spawnSync('npx', ['tsx', 'scripts/report.ts', file, '-o', join(dir, 'd.pdf')], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NIC_PASSPHRASE: 'correct horse battery' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^report: damaged\.json: the file is damaged/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
