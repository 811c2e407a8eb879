import type { z } from 'zod';
import type { Failure } from '../schema/failures';
import { pathSegments, schemaFailure } from '../schema/issues';

/**
 * Every row read from IndexedDB is parsed before it is used: a row written by a buggy build, another
 * tool or a hand edit is reported as corrupt (with where and what), never crashes the screen.
 */
export interface ParsedRows<T> {
  rows: T[];
  /** One failure per row that failed its schema. */
  corrupt: Failure[];
}

/** The kinds of stored rows, by the key of their list in an export file (the i18n layer names them). */
export type StoredList =
  | 'assessments'
  | 'answers'
  | 'normAnswers'
  | 'history'
  | 'states'
  | 'assignments'
  | 'heldParts'
  | 'coordination';

/**
 * Parses stored rows with `schema`: the valid rows, and one schema failure (naming the row by
 * `what` and its position or id, e.g. `['answers', { index: 2, id: '13a-1' }]`) per damaged row in
 * `corrupt`; a damaged row is left out, never thrown. `first`: the position of `raw[0]` in its
 * table, when a table is read in pages (storage/exchange.ts), so that positions go on counting.
 */
export function parseRows<S extends z.ZodType>(
  schema: S,
  raw: readonly unknown[],
  what: StoredList,
  first = 0,
): ParsedRows<z.infer<S>> {
  const rows: z.infer<S>[] = [];
  const corrupt: Failure[] = [];
  raw.forEach((row, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) rows.push(parsed.data);
    else {
      const at = first + i;
      corrupt.push(
        schemaFailure(pathSegments([what, at], { [what]: { [at]: row } }), parsed.error, 3, row),
      );
    }
  });
  return { rows, corrupt };
}
