import type { FileFailure } from '../schema/failures';
import { MAX_EXPORT_BYTES } from '../schema/exportFile';
import { fail, type Result } from '../domain/result';
import { decodeFileBytes } from './decodeText';

/**
 * Files in and out of the browser. Downloads: a Blob, an object URL and a temporary
 * `<a download>` (works offline, no server). Reading: the size is checked before the text is read,
 * so that a huge file never fills the memory of a small laptop.
 */

/**
 * Offers `data` (text, bytes or a Blob made already) as a download named `fileName`, with MIME
 * type `type` (a Blob keeps its own): the one place of the Blob → object URL → `<a download>`
 * click. Works offline; nothing is sent anywhere.
 */
export function downloadFile(
  fileName: string,
  data: string | Uint8Array | Blob,
  type: string,
): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
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

/** Offers text as a download (`downloadFile`); JSON unless `type` says otherwise. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadFile(fileName, text, type);
}

/**
 * Reads a chosen file as text, refusing it before reading when it is larger than `maxBytes`
 * (`file.too-large`, with the limit in MB), and when it cannot be read (`file.unreadable`) or is
 * not text in a known encoding (`file.not-text`, see `decodeFileBytes`).
 */
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

/**
 * Reads `files` as text (`readFileText` each), in the files' order, with up to `ahead` reads in
 * flight: the next files are read by the browser while the caller works on this one (the regional
 * view's 200 files were read one after the other, the screen idle between them: issue 18). Each
 * result is yielded once its file is read; the caller's work between two results stays in order.
 */
export async function* readFilesText(
  files: readonly File[],
  ahead = 6,
  maxBytes = MAX_EXPORT_BYTES,
): AsyncGenerator<{ file: File; text: Result<string, FileFailure> }> {
  const reads: (Promise<Result<string, FileFailure>> | undefined)[] = [];
  const start = (i: number) => {
    const file = files[i];
    if (file) reads[i] = readFileText(file, maxBytes);
  };
  for (let i = 0; i < ahead; i += 1) start(i);
  for (let i = 0; i < files.length; i += 1) {
    const text = await reads[i]!;
    // The text is the caller's now: not kept here (200 files, 16 MB).
    reads[i] = undefined;
    start(i + ahead);
    yield { file: files[i]!, text };
  }
}
