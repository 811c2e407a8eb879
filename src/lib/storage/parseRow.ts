import type { z } from 'zod';
import { formatIssues } from '../schema/issues';

/**
 * Every row read from IndexedDB is parsed before it is used: a row written by a buggy build, another
 * tool or a hand edit is reported as corrupt (with where and what), never crashes the screen.
 */
export interface ParsedRows<T> {
  rows: T[];
  /** One line per row that failed its schema. */
  corrupt: string[];
}

export function parseRows<S extends z.ZodType>(
  schema: S,
  raw: readonly unknown[],
  what: string,
): ParsedRows<z.infer<S>> {
  const rows: z.infer<S>[] = [];
  const corrupt: string[] = [];
  raw.forEach((row, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) rows.push(parsed.data);
    else corrupt.push(formatIssues(`${what} #${i + 1}`, parsed.error, 3));
  });
  return { rows, corrupt };
}
