import { MAX_EXPORT_BYTES } from '../schema/exportFile';
import type { SharedFileInput, SharedFileResult } from './regionFiles';
import type { RegionWorkerReply, RegionWorkerRequest } from './regionWorker';

/**
 * Reads the regional view's shared files in Workers (io/regionWorker.ts), several files a message,
 * so that the main thread only renders (issue 18: 200 files, 16 MB, were read and checked on the
 * main thread, one after the other). Where no Worker starts (an old browser, a test in jsdom, a
 * Worker that fails to load) the same function runs on the main thread: the results are the same.
 */

/** Files a message: enough to keep a Worker busy between two replies, few enough to show early. */
const FILES_PER_MESSAGE = 6;

/**
 * How many Workers: one per core, at most 3 (each loads the checks and the packs once, ~250 kB of
 * code): while files are read the main thread mostly waits for them, so on 2 cores two Workers
 * (measured: one left the main thread idle 1.8 s of 5).
 */
function workerCount(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.min(3, Math.max(1, cores));
}

/**
 * A batch's files as posted: each file's bytes, read here (the browser reads them off this thread)
 * and moved to the Worker without a copy. `file.size` is not asked here: for a chosen file it is a
 * synchronous call to the browser (~4 ms a file under load, 0.8 s for 200: issue 18); the slice
 * bounds what is read to one byte over the limit, and the Worker refuses a file that reaches it
 * (`file.too-large`). A file that cannot be read goes as the File: the Worker names the failure.
 */
async function bytesOf(files: readonly File[]): Promise<SharedFileInput[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { name: file.name, bytes: await file.slice(0, MAX_EXPORT_BYTES + 1).arrayBuffer() };
      } catch {
        return file;
      }
    }),
  );
}

interface WorkerSlot {
  worker: Worker;
  waiting: Map<number, (reply: RegionWorkerReply | null) => void>;
  /** Set once the Worker failed to load or run: its batches run on the main thread. */
  broken: boolean;
}

function startWorker(): WorkerSlot | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    // The literal `new Worker(new URL(…, import.meta.url))` is what Vite bundles as a Worker.
    worker = new Worker(new URL('./regionWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const slot: WorkerSlot = { worker, waiting: new Map(), broken: false };
  worker.onmessage = (event: MessageEvent<RegionWorkerReply>) => {
    const resolve = slot.waiting.get(event.data.id);
    slot.waiting.delete(event.data.id);
    resolve?.(event.data);
  };
  const fail = () => {
    slot.broken = true;
    for (const resolve of slot.waiting.values()) resolve(null);
    slot.waiting.clear();
  };
  worker.onerror = fail;
  worker.onmessageerror = fail;
  return slot;
}

/** The main-thread way, for when no Worker can do it (loaded only then). */
async function onThisThread(request: Omit<RegionWorkerRequest, 'id'>) {
  const { readSharedFiles } = await import('./regionFiles');
  return readSharedFiles(request);
}

/** Reads shared files in Workers started at once (`openRegionReader`); `close` stops them. */
export interface RegionReader {
  /**
   * Reads and checks `files` (with `passphrase` for encrypted ones), yielding each batch's results
   * in the files' order as soon as the batch and every batch before it are done: the view shows
   * States while the rest are read. One result per file; a bad file is its typed failure.
   */
  read(files: readonly File[], passphrase?: string): AsyncGenerator<SharedFileResult[]>;
  /** Stops the Workers (the reader is done with); a reader may not be used after it. */
  close(): void;
}

/**
 * Starts the Workers of the regional view now — when files are chosen, so that their code has
 * loaded by the time "Load files" is pressed — and returns the reader that uses them.
 */
export function openRegionReader(): RegionReader {
  const slots: WorkerSlot[] = [];
  for (let i = 0; i < workerCount(); i += 1) {
    const slot = startWorker();
    if (slot) slots.push(slot);
  }
  let nextId = 1;
  let closed = false;

  async function run(slot: WorkerSlot | undefined, batch: readonly File[], passphrase?: string) {
    const extra = passphrase ? { passphrase } : {};
    if (closed) return [];
    if (!slot || slot.broken) return onThisThread({ files: batch, ...extra });
    const files = await bytesOf(batch);
    if (closed) return [];
    const id = nextId++;
    return new Promise<SharedFileResult[]>((resolve, reject) => {
      slot.waiting.set(id, (reply) => {
        if (reply && 'results' in reply) resolve(reply.results);
        else if (closed) resolve([]);
        else onThisThread({ files: batch, ...extra }).then(resolve, reject);
      });
      const buffers = files.flatMap((f) => (f instanceof Blob ? [] : [f.bytes]));
      slot.worker.postMessage({ id, files, ...extra } satisfies RegionWorkerRequest, buffers);
    });
  }

  return {
    async *read(files, passphrase) {
      const batches: File[][] = [];
      for (let i = 0; i < files.length; i += FILES_PER_MESSAGE)
        batches.push(files.slice(i, i + FILES_PER_MESSAGE));
      // Two batches a Worker in flight: it starts the next as soon as it posts one.
      const ahead = Math.max(1, slots.length) * 2;
      const pending: Promise<SharedFileResult[]>[] = [];
      const start = (i: number) => {
        const batch = batches[i];
        if (batch) pending[i] = run(slots[i % Math.max(1, slots.length)], batch, passphrase);
      };
      for (let i = 0; i < ahead; i += 1) start(i);
      for (let i = 0; i < batches.length; i += 1) {
        const results = await pending[i]!;
        pending[i] = Promise.resolve([]);
        start(i + ahead);
        yield results;
      }
    },
    close() {
      closed = true;
      for (const slot of slots) {
        slot.worker.terminate();
        for (const resolve of slot.waiting.values()) resolve(null);
        slot.waiting.clear();
      }
      slots.length = 0;
    },
  };
}
