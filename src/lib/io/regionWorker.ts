import { readSharedFiles, type SharedFileResult, type SharedFilesRequest } from './regionFiles';

/**
 * The regional view's Worker (started by io/regionReader.ts): reads and checks batches of shared
 * files off the main thread — 200 files are 16 MB of JSON to decode, parse, checksum and check with
 * zod (issue 18). A thin shell: all of the work is `readSharedFiles`, which the tests run directly.
 * Messages are handled one after the other, in the order they came.
 */

/** A batch to read, numbered by the sender. */
export interface RegionWorkerRequest extends SharedFilesRequest {
  id: number;
}

/** The batch's results in its files' order; `crashed` when the code threw (a bug). */
export type RegionWorkerReply =
  { id: number; results: SharedFileResult[] } | { id: number; crashed: true };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<RegionWorkerRequest>) => void) | null;
  postMessage(message: RegionWorkerReply): void;
};

let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const { id, ...request } = event.data;
  queue = queue.then(async () => {
    try {
      scope.postMessage({ id, results: await readSharedFiles(request) });
    } catch {
      scope.postMessage({ id, crashed: true });
    }
  });
};
