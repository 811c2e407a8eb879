import type { Texts } from './catalogue';
import type { FailureMessages } from './failures';

/**
 * Which failure sentences and which texts belong to the same language. A failure's sentence can
 * nest other words: the problems of an imported file (`importProblems`, from `texts.importChecks`)
 * inside a failure, or a failure inside the refusal of a file just exported (`exportUnreadable`).
 * Each nested part must be in the language the outer one was asked for (a report in Thai on an
 * English screen), so the locale registry pairs the two halves of every language it builds
 * (src/lib/i18n/locales.ts) and the describers look the other half up here instead of falling back
 * to the screens' language.
 */

interface FailureWords {
  messages: FailureMessages;
  /** The figure locale of the language (numbers inside the sentences). */
  lang: string;
}

const textsByMessages = new WeakMap<FailureMessages, Texts>();
const messagesByTexts = new WeakMap<Texts, FailureWords>();

/** Records that `messages` (failure sentences, figures in `lang`) and `texts` are one language. */
export function pairLanguageWords(messages: FailureMessages, lang: string, texts: Texts): void {
  textsByMessages.set(messages, texts);
  messagesByTexts.set(texts, { messages, lang });
}

/**
 * The texts of the language of `messages`. Throws for failure messages the registry never built (a
 * bug: a caller made its own), rather than nesting words of another language.
 */
export function textsOfFailureMessages(messages: FailureMessages): Texts {
  const texts = textsByMessages.get(messages);
  if (!texts) throw new Error('describeFailure: failure messages of no registered language');
  return texts;
}

/** The failure sentences of the language of `texts` (see `textsOfFailureMessages`). */
export function failureWordsOfTexts(texts: Texts): FailureWords {
  const words = messagesByTexts.get(texts);
  if (!words) throw new Error('exportUnreadable: texts of no registered language');
  return words;
}

/**
 * The figure locale of the language of `texts` (dates and numbers inside its sentences), or
 * undefined for texts the registry did not pair (the caller then uses the screens' language).
 */
export const figureLocaleOfTexts = (texts: Texts): string | undefined =>
  messagesByTexts.get(texts)?.lang;
