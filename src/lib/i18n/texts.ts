import { formatMessage } from './icu';
import { isMsg, isolateUserText } from './messages';

/** A namespace tree of messages (English's, with `msg` values, or a language's ICU strings). */
export type Tree = { readonly [key: string]: unknown };

/** True for a namespace (an object that is neither a list nor an English `msg`). */
export const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isMsg(value);

/**
 * The texts code reads for a language: the shape of `en` (English's catalogue, or a part of it),
 * each plain message the language's string from `messages` (same keys), each message with
 * arguments a function formatting the language's ICU pattern with intl-messageformat in
 * `formatLocale` (which carries the language's digits and calendar). User text in arguments is
 * isolated on screens (`rtl`: the language is right-to-left); not under `report`, whose words the
 * PDF and DOCX writers lay out, setting each run's direction themselves.
 */
export function buildTexts(en: Tree, messages: Tree, formatLocale: string, rtl = false): Tree {
  const walk = (model: Tree, m: Tree, screen: boolean): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(model)) {
      if (typeof value === 'function') out[key] = value;
      else if (isMsg(value)) {
        const pattern = m[key] as string;
        out[key] = (...a: unknown[]) => {
          const values = value.args(...a);
          return formatMessage(
            pattern,
            screen ? isolateUserText(values, rtl) : values,
            formatLocale,
          );
        };
      } else if (isTree(value)) out[key] = walk(value, m[key] as Tree, screen && key !== 'report');
      else out[key] = m[key];
    }
    return out;
  };
  return walk(en, messages, true);
}

/** Copies `from` into `into` key by key, keeping `into`'s objects (code may hold on to them). */
export function replaceInPlace(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(from)) {
    const current = into[key];
    if (isTree(value) && isTree(current) && typeof value !== 'function')
      replaceInPlace(current, value);
    else into[key] = value;
  }
}

/** English's messages as ICU strings, for a part of the catalogue: each `msg` as its pattern. */
export function englishPatterns(en: Tree): Tree {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(en)) {
    if (typeof value === 'function') continue;
    if (isMsg(value)) out[key] = value.icu;
    else if (isTree(value)) out[key] = englishPatterns(value);
    else out[key] = value;
  }
  return out;
}
