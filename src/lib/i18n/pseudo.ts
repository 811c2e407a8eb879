/**
 * The pseudo-locale (issue 17): English made visibly foreign, generated from the English messages
 * so that it is complete by construction. Every letter is accented, every vowel doubled (about 30 %
 * longer, like many real translations), and each message is bracketed `[…]` so that a truncated
 * text shows. ICU syntax is kept as it is: argument names, `plural`/`select` keywords and their
 * selectors, `#`, number and date styles, quoted literals. A screen in the pseudo-locale that still
 * shows plain English has a string that does not come from the messages.
 */

/** BCP 47 tag of the pseudo-locale (a private-use region of English, as CLDR's en-XA). */
export const PSEUDO_LOCALE = 'en-XA';

// Each ASCII letter and its accented stand-in (all in Noto Sans, the PDF's font).
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MARKED = 'åƀçďéƒĝĥîĵķļɱñöþǫŕšţûʋŵẋýžÅƁÇĎÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛƲŴẊÝŽ';
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...PLAIN].map((ch, i) => [ch, [...MARKED][i]!]),
);
const VOWELS = new Set('aeiouAEIOU');

/** Open and close marks of a pseudo-localised message. */
export const PSEUDO_OPEN = '[';
export const PSEUDO_CLOSE = ']';

/** Plain text (no ICU syntax) made pseudo: accented, vowels doubled. */
export function pseudoText(text: string): string {
  let out = '';
  for (const ch of text) {
    const accented = ACCENTED[ch];
    if (accented === undefined) out += ch;
    else out += VOWELS.has(ch) ? accented + accented : accented;
  }
  return out;
}

/** True when `text` has a letter of the pseudo-locale's alphabet (it came through `pseudoText`). */
export function hasPseudoMark(text: string): boolean {
  for (const ch of text) if (PSEUDO_LETTERS.has(ch)) return true;
  return false;
}
const PSEUDO_LETTERS = new Set(Object.values(ACCENTED));

/**
 * An ICU MessageFormat pattern made pseudo (see the module comment), bracketed. Throws only on a
 * pattern whose braces do not balance (English messages are checked by their tests).
 */
export function pseudoMessage(pattern: string): string {
  const [body, end] = pseudoPart(pattern, 0, false);
  if (end !== pattern.length) throw new Error(`unbalanced ICU pattern: ${pattern}`);
  return `${PSEUDO_OPEN}${body}${PSEUDO_CLOSE}`;
}

/** Transforms text from `at` up to an unmatched `}` (or the end); returns it and where it ended. */
function pseudoPart(p: string, at: number, inPlural: boolean): [string, number] {
  let out = '';
  let i = at;
  while (i < p.length) {
    const ch = p[i]!;
    if (ch === '}') return [out, i];
    if (ch === '{') {
      const [arg, next] = argument(p, i, inPlural);
      out += arg;
      i = next;
      continue;
    }
    if (ch === "'") {
      // ICU quoting: '' is an apostrophe; '{…' (or '}' / '#' in a plural) quotes up to the next '.
      const next = p[i + 1];
      if (next === "'") {
        out += "''";
        i += 2;
        continue;
      }
      if (next === '{' || next === '}' || (inPlural && next === '#')) {
        const close = p.indexOf("'", i + 1);
        const stop = close === -1 ? p.length : close + 1;
        out += p.slice(i, stop);
        i = stop;
        continue;
      }
      out += ch;
      i += 1;
      continue;
    }
    if (ch === '#' && inPlural) {
      out += ch;
      i += 1;
      continue;
    }
    out += pseudoText(ch);
    i += 1;
  }
  return [out, i];
}

/** `{name}`, `{name, number, …}`, `{name, plural, one {…} other {…}}` from the `{` at `at`. */
function argument(p: string, at: number, inPlural: boolean): [string, number] {
  const close = (from: number) => {
    let depth = 0;
    for (let j = from; j < p.length; j += 1) {
      if (p[j] === '{') depth += 1;
      else if (p[j] === '}') {
        if (depth === 0) return j;
        depth -= 1;
      }
    }
    throw new Error(`unbalanced ICU pattern: ${p}`);
  };
  const firstComma = p.indexOf(',', at);
  const firstClose = p.indexOf('}', at);
  if (firstComma === -1 || firstClose < firstComma) {
    const end = close(at + 1);
    return [p.slice(at, end + 1), end + 1];
  }
  const typeEnd = (() => {
    const comma = p.indexOf(',', firstComma + 1);
    const brace = p.indexOf('}', firstComma + 1);
    return comma !== -1 && comma < brace ? comma : brace;
  })();
  const type = p.slice(firstComma + 1, typeEnd).trim();
  if (type !== 'plural' && type !== 'select' && type !== 'selectordinal') {
    // number, date, time and their styles: kept as they are.
    const end = close(at + 1);
    return [p.slice(at, end + 1), end + 1];
  }
  let out = p.slice(at, typeEnd + 1);
  let i = typeEnd + 1;
  const plural = type !== 'select';
  while (i < p.length) {
    const ch = p[i]!;
    if (ch === '}') return [out + ch, i + 1];
    if (ch === '{') {
      const [sub, end] = pseudoPart(p, i + 1, plural || inPlural);
      out += `{${sub}}`;
      i = end + 1;
      continue;
    }
    // Selectors (`one`, `=0`, `offset:1`) and spaces between them stay as they are.
    out += ch;
    i += 1;
  }
  throw new Error(`unbalanced ICU pattern: ${p}`);
}

/** A tree of messages (namespaces of ICU strings), as a language gives them. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/**
 * The pseudo-locale's messages: every string of `english` through `pseudoMessage`, the same keys.
 * Complete by construction: a key English has, the pseudo-locale has.
 */
export function pseudoMessages<T extends MessageTree>(english: T): T {
  const out: MessageTree = {};
  for (const [key, value] of Object.entries(english)) {
    // A list (a CSV header, the shortcut table) is not a message a language can give: left out, it
    // shows in English (until it becomes keyed messages).
    if (Array.isArray(value)) continue;
    out[key] = typeof value === 'string' ? pseudoMessage(value) : pseudoMessages(value);
  }
  return out as T;
}
