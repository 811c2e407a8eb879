import type { ReportFonts } from './pdfWriter';

/**
 * The browser's font provider: the TTFs the app ships under public/fonts/ (precached by the service
 * worker, so a report can be made offline). Only the files a report needs are fetched (its scripts,
 * see pdf/scripts.ts). Relative URLs, so the app works from any folder.
 */
export async function loadBrowserFonts(
  files: readonly string[],
  base = './fonts/',
): Promise<ReportFonts> {
  const get = async (file: string) => {
    const response = await fetch(`${base}${file}`);
    if (!response.ok) throw new Error(`Font ${file} could not be loaded (HTTP ${response.status})`);
    return [file, new Uint8Array(await response.arrayBuffer())] as const;
  };
  return Object.fromEntries(await Promise.all(files.map(get)));
}
