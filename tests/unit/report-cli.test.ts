import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
    expect(result.stderr).toContain('report: bad.json: wrong format: not an export of this tool');
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
});
