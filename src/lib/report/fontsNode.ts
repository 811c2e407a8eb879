import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ReportFonts } from './pdfWriter';
import { FONT_FILES, FONT_KEYS, fontFilesFor } from './pdf/scripts';

/**
 * The command line's font provider: the same TTFs as the app, read from public/fonts/ in this
 * repository. Node only (never imported by browser code).
 */
export const FONT_DIR = fileURLToPath(new URL('../../../public/fonts/', import.meta.url));

/** Every font file the report can use. */
export const ALL_FONT_FILES = fontFilesFor(FONT_KEYS);

/** Reads the named font files (default: all of them). */
export async function loadNodeFonts(
  files: readonly string[] = ALL_FONT_FILES,
  dir = FONT_DIR,
): Promise<ReportFonts> {
  const entries = await Promise.all(
    files.map(async (file) => [file, new Uint8Array(await readFile(`${dir}${file}`))] as const),
  );
  return Object.fromEntries(entries);
}

export { FONT_FILES };
