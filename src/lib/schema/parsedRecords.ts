/**
 * Which record objects came out of a zod parse of their current schema, unchanged since: such a
 * record needs no second parse before it is written (storage/exchange.ts applyImport), which for a
 * State's whole history was most of the work in the import transaction (issue 18). A WeakSet of
 * object identities: a record copied, re-keyed or merged is a new object and is parsed again.
 * Records are never mutated after parsing (domain code builds new objects), which this relies on.
 */

const parsed = new WeakSet<object>();

/** Marks records just returned by a parse with their current schema (see the module comment). */
export function markParsed(records: readonly object[]): void {
  for (const r of records) parsed.add(r);
}

/** Whether `record` is the very object a parse with its current schema returned. */
export const wasParsed = (record: object): boolean => parsed.has(record);
