/**
 * Checksums of export files. The checksum is a SHA-256 over a canonical JSON serialisation of the
 * file without its `checksum` field: object keys sorted, no whitespace, `undefined` left out (as
 * JSON.stringify does). Canonical, so that a file re-indented or re-ordered by an editor still
 * verifies while any changed value does not. It catches damage and careless edits; it is not a
 * signature (anyone can recompute it), which is what the passphrase encryption is for.
 *
 * WebCrypto (`crypto.subtle`) exists in browsers and in node ≥ 20 alike, so this stays pure.
 */

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify gives numbers, strings and booleans their one JSON spelling.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/** SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits (WebCrypto; node and browser). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The checksum of an export file's data: everything but its `checksum` field. */
export async function exportChecksum(file: Record<string, unknown>): Promise<string> {
  const { checksum: _ignored, ...body } = file;
  return sha256Hex(canonicalJson(body));
}
