import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FONT_FILES, type ReportFonts } from './pdfWriter';

/**
 * The command line's font provider: the same TTFs as the app, read from public/fonts/ in this
 * repository. Node only (never imported by browser code).
 */
export const FONT_DIR = fileURLToPath(new URL('../../../public/fonts/', import.meta.url));

export async function loadNodeFonts(dir = FONT_DIR): Promise<ReportFonts> {
  const [regular, bold, thai] = await Promise.all(
    [FONT_FILES.regular, FONT_FILES.bold, FONT_FILES.thai].map(
      async (file) => new Uint8Array(await readFile(`${dir}${file}`)),
    ),
  );
  return { regular: regular!, bold: bold!, thai: thai! };
}
