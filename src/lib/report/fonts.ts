import type { ReportFonts } from './pdfWriter';

/**
 * The browser's font provider: the TTFs the app ships under public/fonts/ (precached by the service
 * worker, so a report can be made offline). Only the files a report needs are fetched (its scripts,
 * see pdf/scripts.ts). Relative URLs, so the app works from any folder.
 */
/** Fonts fetched in this session (the same bytes, so the writer's conversions are reused too). */
const fetched = new Map<string, Promise<Uint8Array>>();

/**
 * Fetches the report's font files (names from `FONT_FILES`) from `base` in the browser, once each
 * per page (cached promises). Throws when a font cannot be fetched: the caller says the report failed.
 */
export async function loadBrowserFonts(
  files: readonly string[],
  base = './fonts/',
): Promise<ReportFonts> {
  const get = async (file: string) => {
    const url = `${base}${file}`;
    let bytes = fetched.get(url);
    if (!bytes) {
      bytes = fetch(url).then(async (response) => {
        if (!response.ok)
          throw new Error(`Font ${file} could not be loaded (HTTP ${response.status})`);
        return new Uint8Array(await response.arrayBuffer());
      });
      fetched.set(url, bytes);
      // A failed fetch is not kept: the next report tries again.
      bytes.catch(() => fetched.delete(url));
    }
    return [file, await bytes] as const;
  };
  return Object.fromEntries(await Promise.all(files.map(get)));
}
