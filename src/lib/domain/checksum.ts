/**
 * Checksums of export files. The checksum is a SHA-256 over a canonical JSON serialisation of the
 * file without its `checksum` field: object keys sorted, no whitespace, `undefined` left out (as
 * JSON.stringify does). Canonical, so that a file re-indented or re-ordered by an editor still
 * verifies while any changed value does not. It catches damage and careless edits; it is not a
 * signature (anyone can recompute it), which is what the passphrase encryption is for.
 *
 * WebCrypto (`crypto.subtle`) exists in browsers and in node ≥ 20 alike, so this stays pure.
 */

/** Returned by `sortedPlainCopy` for a value that is not plain JSON data. */
const NOT_PLAIN: unique symbol = Symbol('not plain JSON data');

/** An own key the engine would enumerate before the others (an array index), whatever its order. */
const INDEX_LIKE = /^\d+$/;

/**
 * A copy of plain JSON data whose objects hold their keys in sorted order (UTF-16 code units, as
 * `Array.sort`), `undefined` properties left out; `NOT_PLAIN` for anything else: a function,
 * symbol or bigint, a Date, Map or other non-plain object, an object with `toJSON`, with
 * non-enumerable or `__proto__` keys or with index-like keys ("7", which engines enumerate first
 * whatever the insertion order), a sparse array.
 *
 * Why: `JSON.stringify` of this copy IS the canonical text, written by the engine's native
 * serialiser. For a 40 MB backup that is several times faster, with far less garbage, than
 * building the text in script (issue 18, docs/bench.md). Strings are shared, not copied.
 */
function sortedPlainCopy(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (type !== 'object') return NOT_PLAIN;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) {
      if (!(i in value)) return NOT_PLAIN;
      const v = sortedPlainCopy(value[i]);
      if (v === NOT_PLAIN) return NOT_PLAIN;
      out[i] = v;
    }
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const record = value as Record<string, unknown>;
  if (typeof record.toJSON === 'function') return NOT_PLAIN;
  const keys = Object.keys(record);
  if (Object.getOwnPropertyNames(record).length !== keys.length) return NOT_PLAIN;
  keys.sort();
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (k === '__proto__' || INDEX_LIKE.test(k)) return NOT_PLAIN;
    const v = sortedPlainCopy(record[k]);
    if (v === NOT_PLAIN) return NOT_PLAIN;
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * The canonical JSON of `value` built in script, one value at a time: the definition that
 * `canonicalJson` follows, used for values that are not plain JSON data.
 */
export function canonicalJsonOf(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify gives numbers, strings and booleans their one JSON spelling.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJsonOf(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJsonOf(record[k])}`).join(',')}}`;
}

/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` properties left out. Plain JSON
 * data (all that files and stored records hold) is written by the native serialiser from a
 * sorted copy (`sortedPlainCopy`); anything else by `canonicalJsonOf`. The same text either way.
 */
export function canonicalJson(value: unknown): string {
  const copy = sortedPlainCopy(value);
  if (copy === NOT_PLAIN) return canonicalJsonOf(value);
  return JSON.stringify(copy) ?? 'null';
}

/**
 * The canonical JSON of what `JSON.stringify(value)` writes (`toJSON` applied, functions left
 * out…): for plain JSON data, `canonicalJson(value)` with no round trip; for anything else, of
 * the value read back from its JSON text. What an export's checksum covers (domain/exchange.ts).
 */
export function canonicalJsonAsWritten(value: unknown): string {
  const copy = sortedPlainCopy(value);
  if (copy === NOT_PLAIN) return canonicalJson(JSON.parse(JSON.stringify(value) ?? 'null'));
  return JSON.stringify(copy) ?? 'null';
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
