import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17 (session 4, item 6): lists of words shown to people are joined by the language's list
 * formatter (`formatList`, Intl.ListFormat, src/lib/i18n/format.ts), not with ", ": a Thai or
 * Arabic reader gets their own separators and "and". This keeps `.join(', ')` out of src.
 */

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Joins that are not word lists for people, each with its reason. */
const ALLOWED: Record<string, string> = {
  // zod's allowed values, technical (JSON), in the schema layer below i18n (uifaults' zone).
  'lib/schema/issues.ts': 'JSON values of a schema issue',
  // The domain's fallback when no list formatter is handed in (domain cannot import i18n).
  'lib/domain/pageTitle.ts': 'fallback of subjectsLabel; state/pageTitle passes formatList',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

describe('lists for people go through formatList', () => {
  it('no .join(", ") (or " ,", "、", "، ") joins a list in src', () => {
    const found: string[] = [];
    for (const file of files(SRC)) {
      const rel = file.slice(SRC.length);
      if (rel in ALLOWED) continue;
      const text = readFileSync(file, 'utf8');
      text.split('\n').forEach((line, i) => {
        if (
          /\.join\(\s*(['"`])\s?[,、،]\s?\1\s*\)/.test(line) &&
          !/\.join\((['"`]),\1\)/.test(line)
        )
          found.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
