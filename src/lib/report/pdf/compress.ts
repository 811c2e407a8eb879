import type { jsPDF as JsPdf } from 'jspdf';

/**
 * The page content streams of a PDF compressed before `doc.output()`, page by page, so that the
 * writer can pause between pages (issue 18: jsPDF compressed every page inside `output()`, one
 * main-thread task of about a second for a 124-page report). The bytes are the ones jsPDF writes
 * (the same `zlibSync` of fflate, default settings): the file does not change, only when the work
 * is done.
 *
 * How: jsPDF compresses each stream through `jsPDF.API.processDataByFilters(data, filters)`.
 * That function is replaced once by one that, for a FlateEncode stream, takes the compressed page
 * made beforehand when the stream's text is a page made beforehand (compared in full), and
 * otherwise compresses it as jsPDF does, without jsPDF's string-building of the result one byte at
 * a time. Streams of other filters go to jsPDF's own function.
 */

type Filters = string | readonly string[] | undefined;
interface Processed {
  data: string;
  reverseChain: string;
}
interface FilterApi {
  processDataByFilters: (data: string, filters: Filters) => Processed;
}
type Zlib = (data: Uint8Array) => Uint8Array;

/** The streams compressed beforehand for the `output()` running now (null: none). */
let ready: Map<string, string> | null = null;
const patched = new WeakSet<object>();

/** A binary string (one byte a UTF-16 unit, as jsPDF keeps streams) as bytes. */
function binaryToBytes(data: string): Uint8Array {
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 1) bytes[i] = data.charCodeAt(i);
  return bytes;
}

/** Bytes as a binary string, in chunks (String.fromCharCode takes a bounded number of arguments). */
function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

const isFlate = (filters: Filters) => {
  const chain = typeof filters === 'string' ? [filters] : (filters ?? []);
  return chain.length === 1 && (chain[0] === 'FlateEncode' || chain[0] === '/FlateEncode');
};

/**
 * Prepares a document's compression: replaces jsPDF's stream filter function (once per jsPDF
 * module) and returns `compressPages`, which compresses every page as it stands now (call it when
 * the pages are final, with a pause after each page), and `output`, which runs `doc.output()`
 * with those pages. `zlibSync` is fflate's (the one jsPDF uses), loaded by the caller.
 */
export function pageCompression(
  api: object,
  doc: JsPdf,
  zlibSync: Zlib,
): {
  compressPages: (pause: () => Promise<void>) => Promise<void>;
  output: () => ArrayBuffer;
} {
  const flate = (data: string) => bytesToBinary(zlibSync(binaryToBytes(data)));
  if (!patched.has(api)) {
    patched.add(api);
    const filterApi = api as FilterApi;
    const original = filterApi.processDataByFilters.bind(api);
    filterApi.processDataByFilters = (data, filters) => {
      if (!isFlate(filters)) return original(data, filters);
      return { data: ready?.get(data) ?? flate(data), reverseChain: '/FlateDecode' };
    };
  }
  const done = new Map<string, string>();
  return {
    async compressPages(pause) {
      // jsPDF keeps each page as its list of operators and joins them with "\n" for its stream.
      const pages = (doc.internal as unknown as { pages: (string[] | undefined)[] }).pages;
      for (const page of pages) {
        if (!page) continue;
        const text = page.join('\n');
        done.set(text, flate(text));
        await pause();
      }
    },
    output() {
      ready = done;
      try {
        return doc.output('arraybuffer');
      } finally {
        ready = null;
      }
    },
  };
}
