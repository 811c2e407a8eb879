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
