import type { z } from 'zod';
import type { Failure } from '../schema/failures';
import { schemaFailure } from '../schema/issues';

/**
 * Every row read from IndexedDB is parsed before it is used: a row written by a buggy build, another
 * tool or a hand edit is reported as corrupt (with where and what), never crashes the screen.
 */
export interface ParsedRows<T> {
  rows: T[];
  /** One failure per row that failed its schema. */
  corrupt: Failure[];
}

/**
 * Parses stored rows with `schema`: the valid rows, and one schema failure (naming `what`) per
 * damaged row in `corrupt`; a damaged row is left out, never thrown.
 */
export function parseRows<S extends z.ZodType>(
  schema: S,
  raw: readonly unknown[],
  what: string,
): ParsedRows<z.infer<S>> {
  const rows: z.infer<S>[] = [];
  const corrupt: Failure[] = [];
  raw.forEach((row, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) rows.push(parsed.data);
    else corrupt.push(schemaFailure(`${what} #${i + 1}`, parsed.error, 3));
  });
  return { rows, corrupt };
}
