import { bundledPacks } from '../domain/bundledPacks';
import { failureOf, fail, ok, type Result } from '../domain/result';
import { sharedFileCycles, type SharedFileCycles } from '../domain/region';
import { MAX_EXPORT_BYTES } from '../schema/exportFile';
import { decodeFileBytes } from './decodeText';
import { readFileText } from './files';
import { readExportFile, type ReadFailure } from './readExportFile';

/**
 * The regional view's files, read and checked: the work its Worker does (io/regionWorker.ts),
 * callable directly on any thread (the tests run it in node; the view falls back to it where no
 * Worker starts). Every result is plain data (structured-clone safe): a file's cycles or the typed
 * failure that names it.
 */

/** One shared file's outcome: its cycles (as plain data), or why it was not read. */
export type SharedFileResult = Result<SharedFileCycles, ReadFailure>;

/**
 * A file as posted to the Worker: the File itself, or its bytes already read by the sender (an
 * ArrayBuffer moves between threads without a copy; a File handle costs the sender's thread a
 * round trip to the browser for every file: ~3 ms each under load, issue 18).
 */
export type SharedFileInput = File | { name: string; bytes: ArrayBuffer };

/** What the regional view asks of a batch of files: the files and the passphrase typed, if any. */
export interface SharedFilesRequest {
  files: readonly SharedFileInput[];
  passphrase?: string;
  /** The size above which a file is refused unread (default: the export file limit). */
  maxBytes?: number;
}

type ReadOptions = { passphrase?: string; maxBytes?: number };

/** The checks of one shared file's text (or of the failure reading it), as `readSharedFile`. */
async function checkSharedText(
  file: { name: string },
  text: Result<string, ReadFailure>,
  options: ReadOptions,
): Promise<SharedFileResult> {
  if (!text.ok) return fail(failureOf(text));
  const read = await readExportFile(text.value, {
    fileName: file.name,
    ...(options.passphrase ? { passphrase: options.passphrase } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
  });
  if (!read.ok) return fail(failureOf(read));
  return ok(sharedFileCycles(read.value.file, file.name, bundledPacks));
}

/** `readFileText`'s checks for bytes the sender read: the size, then the encoding. */
function bytesText(
  file: { name: string; bytes: ArrayBuffer },
  maxBytes: number,
): Result<string, ReadFailure> {
  if (file.bytes.byteLength > maxBytes)
    return fail({
      code: 'file.too-large',
      source: file.name,
      megabytes: Math.round(maxBytes / 1024 / 1024),
    });
  const text = decodeFileBytes(new Uint8Array(file.bytes));
  return text.ok ? text : fail({ code: 'file.not-text', source: file.name });
}

/**
 * Reads one shared file: its bytes (size first: `file.too-large`, `file.unreadable`,
 * `file.not-text`), then every check of an export file (`readExportFile`: JSON, shape, passphrase,
 * version, checksum, schema, records), then its cycles scored against their packs
 * (`sharedFileCycles`, the bundled packs named by key). Never throws for a bad file; every failure
 * has the file's name as its `source`.
 */
export async function readSharedFile(
  file: File,
  options: ReadOptions = {},
): Promise<SharedFileResult> {
  return checkSharedText(
    file,
    await readFileText(file, options.maxBytes ?? MAX_EXPORT_BYTES),
    options,
  );
}

/**
 * A batch of shared files (`readSharedFile` each), one result per file in the request's order.
 * Every file of the batch is read at once (the browser reads while this thread checks), then
 * checked one after the other.
 */
export async function readSharedFiles(request: SharedFilesRequest): Promise<SharedFileResult[]> {
  const options: ReadOptions = {
    ...(request.passphrase ? { passphrase: request.passphrase } : {}),
    ...(request.maxBytes ? { maxBytes: request.maxBytes } : {}),
  };
  const max = options.maxBytes ?? MAX_EXPORT_BYTES;
  const texts = request.files.map((file) =>
    file instanceof Blob ? readFileText(file, max) : bytesText(file, max),
  );
  const results: SharedFileResult[] = [];
  for (const [i, file] of request.files.entries())
    results.push(await checkSharedText(file, await texts[i]!, options));
  return results;
}
