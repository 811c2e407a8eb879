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

/**
 * Font files read, by path: kept for the process, as the browser keeps the fetched fonts for the
 * session (fonts.ts), so that a second report gives the writer the same bytes and it converts
 * them to base64 once (pdfWriter.ts), not once a report.
 */
const read = new Map<string, Promise<Uint8Array>>();

/** Reads the named font files (default: all of them); each file is read once a process. */
export async function loadNodeFonts(
  files: readonly string[] = ALL_FONT_FILES,
  dir = FONT_DIR,
): Promise<ReportFonts> {
  const entries = await Promise.all(
    files.map(async (file) => {
      const path = `${dir}${file}`;
      let bytes = read.get(path);
      if (!bytes) {
        bytes = readFile(path).then((data) => new Uint8Array(data));
        read.set(path, bytes);
        // A failed read is not kept: the next report tries again.
        bytes.catch(() => read.delete(path));
      }
      return [file, await bytes] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export { FONT_FILES };
