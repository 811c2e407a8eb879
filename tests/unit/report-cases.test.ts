import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The shared failing examples of issue 14 (../shared/cases), through the command line exactly as
 * the case notes say: `npm run report -- <case> -o out.pdf`, then read back with poppler.
 */

const CASES = join(process.cwd(), '../shared/cases');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nic-cases-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(file: string): { text: string; pages: string[] } {
  const out = join(dir, `${file}.pdf`);
  const run = spawnSync('npx', ['tsx', 'scripts/report.ts', join(CASES, file), '-o', out], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
  return { text, pages: text.split('\f') };
}

describe('issue 14 cases', { timeout: 90_000 }, () => {
  it('thai-tone-marks.json: the Thai note extracts with every tone mark', () => {
    const { text } = report('thai-tone-marks.json');
    expect(text).toContain('ความเสี่ยง ที่ปรึกษา เพื่อ มั่นคง ปี่ น้ำ ญี่ปุ่น ฐูป');
  });

  it('long-people-cover.json: the cover stays on page 1 and the contents on page 2', () => {
    const { pages, text } = report('long-people-cover.json');
    expect(pages[0]).toContain('Officer 1 of the Ministry');
    expect(pages[1]).toContain('Contents');
    expect(pages[1]).not.toContain('Officer');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Officer 45 of the Ministry of Communications and Digital (KKD), Cyber Security Division',
    );
  });
});
