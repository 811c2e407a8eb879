import { MAX_EXPORT_BYTES, MAX_EXPORT_VALUES, type ExportFile } from '../schema/exportFile';
import { UNTRUSTED_LIMITS, checkUntrustedShape } from '../schema/untrusted';
import { bundledPack } from '../domain/bundledPack';
import { checkImportRecords, packResolver } from '../domain/importChecks';
import { fail, failureOf, ok, type Result } from '../domain/result';
import type { ExportUnreadable } from '../schema/failures';

/**
 * "Every file the app exports, the app imports" (issue 12 item 4), checked on each export before it
 * is called a backup: the file's text within the size the import reads, its values within the
 * count and depth the import accepts, and its records through the same semantic checks as an
 * import (data stored by an older release may fail them: a title of invisible characters, a date
 * typed as year 20255). Checksum and schema need no second look: the file was built from records
 * parsed by the same schemas and sealed a moment ago.
 */
export type { ExportUnreadable } from '../schema/failures';

/** The UTF-8 size of a text, in bytes, without copying it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Checks that a file about to be written can be read back by this app: its size (UTF-8 bytes of
 * `written`, its text, or that size when known: a Blob's `size`, counted natively, where counting
 * a 40 MB text in script took ~0.4 s) is under the import limit, its values within the count and
 * depth the import accepts, and its records through the import's semantic checks. Fails with the
 * typed reason.
 */
export function checkExportReadable(
  file: ExportFile,
  written: string | number,
  now: Date = new Date(),
): Result<{ bytes: number }, ExportUnreadable> {
  const bytes = typeof written === 'number' ? written : utf8Bytes(written);
  if (bytes > MAX_EXPORT_BYTES)
    return fail({ code: 'export.too-large', bytes, maxBytes: MAX_EXPORT_BYTES });
  const shape = checkUntrustedShape(file, { ...UNTRUSTED_LIMITS, nodes: MAX_EXPORT_VALUES });
  if (!shape.ok) return fail({ code: 'export.too-many-values', shape: failureOf(shape) });
  const problems = checkImportRecords(file, {
    packFor: packResolver(bundledPack, new Map(), file.packs),
    now,
  });
  if (problems.length > 0) return fail({ code: 'export.unreadable-records', problems });
  return ok({ bytes });
}
