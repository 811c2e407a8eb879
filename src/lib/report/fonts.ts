import { FONT_FILES, type ReportFonts } from './pdfWriter';

/**
 * The browser's font provider: the TTFs the app ships under public/fonts/ (precached by the service
 * worker, so a report can be made offline). Relative URLs, so the app works from any folder.
 */
export async function loadBrowserFonts(base = './fonts/'): Promise<ReportFonts> {
  const get = async (file: string) => {
    const response = await fetch(`${base}${file}`);
    if (!response.ok) throw new Error(`Font ${file} could not be loaded (HTTP ${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [regular, bold, thai] = await Promise.all([
    get(FONT_FILES.regular),
    get(FONT_FILES.bold),
    get(FONT_FILES.thai),
  ]);
  return { regular, bold, thai };
}
