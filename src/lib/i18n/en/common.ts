import { msg } from '../messages';

/** Strings shared by every screen. English first; every screen's strings live beside this file. */
export const common = {
  appName: 'Norms Implementation Checklist',
  appTagline: 'Self-assessment of the UN norms of responsible State behaviour in cyberspace',
  skipToContent: 'Skip to main content',
  mainNav: 'Main',
  navHome: 'Home',
  navPacks: 'Checklist packs',
  navBackup: 'Backup and import',
  navRegion: 'Regional comparison',
  notFoundTitle: 'Page not found',
  notFoundBody: 'This address does not match any screen of the tool.',
  backHome: 'Back to the home screen',
  loading: 'Loading…',
  offlineNote: 'Your answers stay on this device unless you export them.',
  restraint: 'Restraint norm',
  positive: 'Positive action',
  language: 'Language',
  languageNotSaved:
    'The browser refused to remember the language (private window or a browser setting).',
  norm: msg('Norm 13({letter})', (letter: string) => ({ letter })),
  /** An assessment held on an agency's device as its part (not a whole cycle), in every list. */
  heldPartOf: msg(
    '{agency, select, none {Agency part of {title}} other {Agency part of {title} ({agency})}}',
    (title: string, agency: string) => ({ title, agency: agency === '' ? 'none' : agency }),
  ),
} as const;
