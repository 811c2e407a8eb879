/**
 * Characters that show nothing: white space, format controls (zero-width space U+200B, joiners
 * U+200C/U+200D, word joiner U+2060, BOM U+FEFF, bidi marks and isolates), the combining grapheme
 * joiner and the Hangul and Braille fillers.
 */
const INVISIBLE = /[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]|\u034F/gu;

/**
 * Whether text shows anything once invisible characters (zero-width spaces, bidi marks…) are
 * removed: the one rule for "blank" text, used by imports, forms and language packs.
 */
export const hasVisibleText = (s: string): boolean => s.replace(INVISIBLE, '').length > 0;

/**
 * Format controls that can disguise text, never needed in a title, a name or a note: the bidi
 * embeddings and overrides U+202A–U+202E (U+202E + "6202 aisyalaM" shows as "Malaysia 2026"), the
 * bidi isolates U+2066–U+2069 (the app isolates user text itself: `<bdi>`, dir="auto"), the
 * deprecated shaping and swapping controls U+206A–U+206F and the interlinear annotation marks
 * U+FFF9–U+FFFB. Joiners (U+200C, U+200D: needed in Persian, Khmer, emoji) and the bidi marks
 * LRM/RLM/ALM (they reorder nothing beyond a neutral character) are kept.
 */
const DISGUISING = /[\u202A-\u202E\u2066-\u206F\uFFF9-\uFFFB]/gu;

/**
 * User text without the format controls that can disguise it (`DISGUISING` above): the one rule
 * for text typed or read from a file, applied by the schemas of user text (schema/assessment.ts
 * `userText`, `userName`), so that every form and every import stores it the same way.
 */
export const withoutDisguise = (s: string): string => s.replace(DISGUISING, '');
