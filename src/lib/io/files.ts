import type { FileFailure } from '../schema/failures';
import { MAX_EXPORT_BYTES } from '../schema/exportFile';
import { fail, type Result } from '../domain/result';
import { decodeFileBytes } from './decodeText';

/**
 * Files in and out of the browser. Downloads: a Blob, an object URL and a temporary
 * `<a download>` (works offline, no server). Reading: the size is checked before the text is read,
 * so that a huge file never fills the memory of a small laptop.
 */

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled: revoking at once can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function readFileText(
  file: File,
  maxBytes = MAX_EXPORT_BYTES,
): Promise<Result<string, FileFailure>> {
  if (file.size > maxBytes)
    return fail({
      code: 'file.too-large',
      source: file.name,
      megabytes: Math.round(maxBytes / 1024 / 1024),
    });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail({ code: 'file.unreadable', source: file.name });
  }
  const text = decodeFileBytes(bytes);
  if (!text.ok) return fail({ code: 'file.not-text', source: file.name });
  return text;
}
