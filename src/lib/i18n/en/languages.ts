import { msg } from '../messages';

/** The Languages section of the Checklist packs screen: installed language packs (issue 17). */
export const languages = {
  heading: 'Languages',
  intro:
    'A language pack holds the words of this app in one language, with the name of its translator. A message it leaves out is shown in English. The checklist text is translated by the checklist pack, not here.',
  caption: 'Languages on this device',
  colLanguage: 'Language',
  colTag: 'Tag',
  colTranslator: 'Translator',
  colCoverage: 'Translated',
  colInstalled: 'Installed',
  colActions: 'Actions',
  /**
   * `share`: the share translated, already formatted (formatPercent); `under`: true when some but
   * less than 1 % are (the share is then 1 %).
   */
  translatedShare: msg(
    '{under, select, yes {less than {share}} other {{share}}} ({translated, number} of {total, plural, one {# message} other {# messages}})',
    (share: string, under: boolean, translated: number, total: number) => ({
      share,
      under: under ? 'yes' : 'no',
      translated,
      total,
    }),
  ),
  remove: msg('Remove {language}', (language: string) => ({ language })),
  removed: msg('Removed the language pack {language}.', (language: string) => ({ language })),
  none: 'No language pack is installed. English is always available.',
  installHeading: 'Install a language pack',
  fileLabel: 'Choose a language pack file to install (JSON)',
  installButton: 'Install language pack',
  noFile: 'Choose a language pack file first.',
  refused: 'The language pack was not installed. Nothing stored has changed.',
  /** `share` and `under` as in `translatedShare`. */
  installedShare: msg(
    'Installed {language}, {under, select, yes {less than {share}} other {{share}}} translated. Choose it in the language list at the top of the page.',
    (language: string, share: string, under: boolean) => ({
      language,
      share,
      under: under ? 'yes' : 'no',
    }),
  ),
  /** A share of English translated, as `translatedShare` words it (`under`: less than 1 %). */
  shareWords: msg(
    '{under, select, yes {less than {share}} other {{share}}}',
    (share: string, under: boolean) => ({ share, under: under ? 'yes' : 'no' }),
  ),
  /**
   * Asked before a file replaces an installed pack of the same language (langpacks item 1).
   * Dates already formatted; shares as `shareWords` gives them.
   */
  replaceQuestion: msg(
    'A {name} pack (translation of {installedDate}, by {by}, {installedShare} translated) is installed; this file replaces it with the translation of {date}, {share} translated.',
    (
      installed: { name: string; date: string; by: string; share: string },
      incoming: { date: string; share: string },
    ) => ({
      name: installed.name,
      installedDate: installed.date,
      by: installed.by,
      installedShare: installed.share,
      date: incoming.date,
      share: incoming.share,
    }),
  ),
  replaceOlder: msg(
    'Older: this file’s translation ({date}) is older than the installed one ({installedDate}).',
    (date: string, installedDate: string) => ({ date, installedDate }),
  ),
  replaceLower: msg(
    'Less translated: this file translates {share} of the app, the installed pack {installedShare}.',
    (share: string, installedShare: string) => ({ share, installedShare }),
  ),
  replaceButton: 'Replace the installed pack',
  keepButton: 'Cancel, keep the installed pack',
  replaceCancelled: msg(
    'Nothing was installed: the installed {name} pack is unchanged.',
    (name: string) => ({ name }),
  ),
  broken: 'Some stored language packs could not be read and are not offered:',
  templateHeading: 'Translate the app',
  templateIntro:
    'Download a template with every English message, translate the messages (keep the words in curly brackets as they are), fill in the language, its tag and your name, and install the file here.',
  templateButton: 'Download the template for translators',
} as const;
