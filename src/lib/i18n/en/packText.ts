/**
 * Strings around a checklist pack's text shown in another language (issue 17): the translation is
 * labelled with its translator, and the wording it translates stays available, labelled with its
 * language. `language`, `original`: language names (see `languageName`).
 */
export const packText = {
  translationNote: (language: string, translator: string, original: string) =>
    `Checklist text in ${language}: translation by ${translator}. The official wording of each norm stays in ${original}.`,
  translatedBy: (language: string, translator: string) =>
    `Translation (${language}) by ${translator}`,
  originalText: (language: string) => `Original text (${language})`,
  officialText: (language: string) => `Official text (${language})`,
  reportTranslation: 'Translation of the checklist text',
  reportTranslationValue: (language: string, translator: string, original: string) =>
    `${language}, by ${translator}; the official wording of each norm is quoted in ${original}`,
} as const;
