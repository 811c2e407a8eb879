/**
 * Retired message keys: keys that an earlier version of the app had in English and this version no
 * longer has. A language pack made for that version still carries them, and must still install: the
 * install check (`resolveMessages` in ./locales.ts) ignores a retired key — it is neither an
 * "unknown key" problem nor counted as a translated message — and the app never shows it.
 *
 * How a message is retired (docs/language-packs.md): delete it from src/lib/i18n/en and add its
 * full key here, with the session it went in. Never take a key off this list while packs made
 * before its retirement may still be installed; a key that comes back into English is taken off
 * (a key English has is checked as usual). tests/unit/retired-messages.test.ts holds every key
 * here to "not in English" and installs a pack that carries one.
 */
export const RETIRED_MESSAGE_KEYS: readonly string[] = [
  // Session 5 (2026-11-30), dead since earlier sessions: no screen, report or state read them.
  'compare.loadedHeading',
  'compare.regionChartNote',
  'coordinator.agencySuggestions',
  'coordinator.fileRefused',
  'coordinator.filesChosen',
  'dashboard.packMissing',
  'exchange.byAt',
  'exchange.conflictLegend',
  'exchange.conflictsHeading',
  'exchange.conflictsIntro',
  'exchange.countsCaption',
  'exchange.fields',
  'exchange.importButton',
  'exchange.keepStored',
  'exchange.noFile',
  'exchange.partOf',
  'exchange.takeIncoming',
  'exchange.unanswered',
  'manage.backToAssessment',
  'manage.saved',
  'packs.officialWording',
  'report.bandRange',
  'report.colBand',
  'report.colNormOrArea',
  'report.colScore',
  'report.colWeight',
  'report.notFound',
  'report.packMissing',
  'report.stateMissing',
  'report.withheld',
  'workspace.allSaved',
  // The save path words refused links as saving.badLinks (components/workspace/saveMessages.ts).
  'workspace.badLinks',
  'workspace.currentAction',
  'workspace.naJustificationMissing',
  'workspace.notAnswered',
  'workspace.saveErrorQuota',
  'workspace.saveInvalid',
  'workspace.theirValue',
  // Session 5: an empty placeholder notice ("" under workspace.navNotice) that templates downloaded
  // before it went still carry; the view never showed it.
  'workspace.navNotice.',
  // Session 5 (2026-11-30): the Report screen says a typed failure (report.not-made), never a
  // library's English error text.
  'report.failed',
  'report.xlsxFailed',
  // Session 6 (2026-11-30): a language pack's refusal is one sentence per problem
  // (failures.languagePackProblems, failure language-pack.invalid), no longer one framed line.
  'failures.failures.language-pack.messages',
  'failures.failureFrame.languagePackProblem',
  // Session 6 (fixlangpack): the share translated is formatted by formatPercent and may read
  // "less than 1 %" (languages.translatedShare / installedShare), no longer "{percent, number}%".
  'languages.coverage',
  'languages.installed',
  // Session 7 (coordfix): replaced by messages that take other arguments (the words of a count of
  // answers and norm answers; the number of files chosen beside those imported).
  'coordinator.importAll',
  'coordinator.keptHeading',
  'coordinator.mergedHeading',
];

const retired: ReadonlySet<string> = new Set(RETIRED_MESSAGE_KEYS);

/**
 * Whether `key` (a full dotted message key, "workspace.badLinks") was retired, or lies inside a
 * retired namespace ("exchange.fields.status"): a language pack may carry it, and it is ignored.
 */
export function isRetiredKey(key: string): boolean {
  for (let at = key; at !== ''; at = at.slice(0, Math.max(0, at.lastIndexOf('.'))))
    if (retired.has(at)) return true;
  return false;
}
