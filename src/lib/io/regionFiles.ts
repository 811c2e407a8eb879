import { bundledPacks } from '../domain/bundledPacks';
import { failureOf, fail, ok, type Result } from '../domain/result';
import { sharedFileCycles, type SharedFileCycles } from '../domain/region';
import { MAX_EXPORT_BYTES } from '../schema/exportFile';
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

/** What the regional view asks of a batch of files: the files and the passphrase typed, if any. */
export interface SharedFilesRequest {
  files: readonly File[];
  passphrase?: string;
  /** The size above which a file is refused unread (default: the export file limit). */
  maxBytes?: number;
}

type ReadOptions = { passphrase?: string; maxBytes?: number };

/** The checks of one shared file's text (or of the failure reading it), as `readSharedFile`. */
async function checkSharedText(
  file: File,
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
  const texts = request.files.map((file) => readFileText(file, max));
  const results: SharedFileResult[] = [];
  for (const [i, file] of request.files.entries())
    results.push(await checkSharedText(file, await texts[i]!, options));
  return results;
}
