import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bundled pack says what it is (an unofficial compilation; the official NIC text was not
 * available when it was compiled) in its `description`; README.md and checklist-data/README.md
 * must say the same in the same words. Markdown may wrap lines and mark emphasis, so texts are
 * compared with whitespace collapsed. Used by `npm run check:data` and the unit tests.
 */
export const STATEMENT_DOCS = ['README.md', 'checklist-data/README.md'] as const;

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Problems, one line each: a document that does not contain the statement word for word. */
export function statementProblems(root: string, packFile: string, statement: string): string[] {
  const wanted = collapse(statement);
  if (wanted === '') return [`${packFile}: description: the bundled pack must say what it is`];
  return STATEMENT_DOCS.filter(
    (doc) => !collapse(readFileSync(join(root, doc), 'utf8')).includes(wanted),
  ).map((doc) => `${doc}: does not repeat the description of ${packFile} word for word`);
}
