import { msg } from '../messages';

/**
 * Strings around a checklist pack's text shown in another language (issue 17): the translation is
 * labelled with its translator, and the wording it translates stays available, labelled with its
 * language. `language`, `original`: language names (see `languageName`).
 */
export const packText = {
  translationNote: msg(
    'Checklist text in {language}: translation by {translator}. The official wording of each norm stays in {original}.',
    (language: string, translator: string, original: string) => ({
      language,
      translator,
      original,
    }),
  ),
  translatedBy: msg(
    'Translation ({language}) by {translator}',
    (language: string, translator: string) => ({ language, translator }),
  ),
  originalText: msg('Original text ({language})', (language: string) => ({ language })),
  officialText: msg('Official text ({language})', (language: string) => ({ language })),
  reportTranslation: 'Translation of the checklist text',
  reportTranslationValue: msg(
    '{language}, by {translator}; the official wording of each norm is quoted in {original}',
    (language: string, translator: string, original: string) => ({
      language,
      translator,
      original,
    }),
  ),
} as const;
