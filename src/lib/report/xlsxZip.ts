/**
 * Stands in for write-excel-file's `zip/zipToArrayBuffer.js` (vite.config.ts `resolve.alias`):
 * the library zips with fflate's async `zip()`, which starts a Worker from a `blob:` address for
 * any file over 160 kB (a sheet with long notes). The app's Content Security Policy
 * (`worker-src 'self'`) refuses that Worker and fflate's callback is never called, so the export
 * never ended. This zips on the calling thread with `zipSync` (no Worker), with the same promise
 * of the archive's bytes the library expects.
 *
 * @param files path inside the archive → its bytes
 * @returns the `.zip` archive as an ArrayBuffer
 */
export default function zipToArrayBuffer(files: Record<string, Uint8Array>): Promise<ArrayBuffer> {
  // import() like every use of fflate in src (tests/unit/xlsx.test.ts): the chunk is loaded already.
  return import('fflate').then(({ zipSync }) => zipSync(files).buffer);
}
