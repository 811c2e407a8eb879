import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';

/**
 * Files the app downloads, read back in the test: each saved in a temporary folder of its own that
 * is removed afterwards, PDFs read with pdftotext (poppler-utils).
 */

/** Clicks `button` and returns the download it starts. */
export async function downloadOf(page: Page, button: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return downloading;
}

/** Saves `download` as `fileName` in a fresh temporary folder, reads it with `read`, removes the folder. */
export async function readSaved<T>(
  download: Download,
  fileName: string,
  read: (path: string) => T,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'nic-e2e-download-'));
  try {
    const path = join(dir, fileName);
    await download.saveAs(path);
    return read(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the PDF at `path` (`pdftotext -enc UTF-8`, with `args` before the path, e.g. `-raw`). */
export function pdftotext(path: string, args: readonly string[] = []): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

/** The text of a downloaded PDF (`pdftotext -enc UTF-8 [args]`). */
export function pdfText(download: Download, args: readonly string[] = []): Promise<string> {
  return readSaved(download, 'report.pdf', (path) => pdftotext(path, args));
}
