import type { LanguagePackFound } from './failures';

/**
 * What a value of a language pack file is, for a refusal that says what was found where a message
 * or the translator belongs ("is a number", "is a list"). Apart from ./languagePack.ts so that the
 * i18n layer's install check (loaded at start-up) does not bring zod with it.
 */
export function languagePackFound(value: unknown): LanguagePackFound {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'true-false';
  return typeof value === 'string' ? 'text' : 'group';
}
