import { fail, ok, type Result } from '../domain/result';

/**
 * A file's bytes as text, the same way in the browser and on the command line: UTF-8 (with or
 * without a byte-order mark), or UTF-16 when the file starts with a UTF-16 byte-order mark (what
 * Windows Notepad writes as "Unicode"). Bytes that are not valid text in that encoding are refused
 * rather than read as replacement characters (a damaged file, or not a text file at all).
 */
export function decodeFileBytes(bytes: Uint8Array): Result<string, { code: 'file.not-text' }> {
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  try {
    // ignoreBOM: the mark was skipped above; a second one would be content (and refused by JSON).
    return ok(
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)),
    );
  } catch {
    return fail({ code: 'file.not-text' });
  }
}
