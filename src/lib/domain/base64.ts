/**
 * Base64 (RFC 4648, standard alphabet, padded), the one codec of the app: encrypted export files
 * (io/crypto.ts) and fonts embedded in PDFs (report/pdfWriter.ts). Uses the platform's
 * `btoa`/`atob` (browser and node).
 */

/** Encodes bytes; chunked, so that a 500 kB font does not overflow `fromCharCode`'s arguments. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Strict base64: whole groups of four, padding only at the end. */
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes strict base64; undefined when the text is not valid base64 (a damaged file). */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64_RE.test(text)) return undefined;
  let raw: string;
  try {
    raw = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}
