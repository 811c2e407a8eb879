import type { ImportProblem } from '../domain/importChecks';
import type { ExportUnreadable, Failure } from '../schema/failures';
import type { Texts } from './catalogue';
import { describeFailure } from './failures';
import { failureWordsOfTexts, figureLocaleOfTexts } from './languageWords';
import { t } from './locales';
import { currentLanguage, formatDay, formatInstant } from './format';

/**
 * The problems of an imported file in words, assembled from the messages of a language (`texts`,
 * default the screens' `t`, so a language pack translates them): the sentences are messages of
 * `importChecks` (en/importChecks.ts); this module only chooses and joins them.
 */

/** A record's field as a problem names it ("people 2" → "person 2"). */
function fieldName(field: string, c: Texts['importChecks']): string {
  return field.startsWith('people ') ? c.person(field.slice(7)) : c.field(field);
}

/** A date ("YYYY-MM-DD") or an instant of a record as a reader writes it, never the stored form. */
function dateText(value: string, texts: Texts): string {
  const lang = figureLocaleOfTexts(texts) ?? currentLanguage();
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value, lang) : formatInstant(value, lang);
}

/**
 * One semantic problem of an imported file (domain/importChecks.ts `ImportProblem`) as a
 * sentence: the record it is in, then what is wrong.
 */
export function importProblem(p: ImportProblem, texts: Texts = t): string {
  const c = texts.importChecks;
  const record = c.record(p.record);
  switch (p.code) {
    case 'import.unknown-item':
      return c.unknownItem(record, p.itemId);
    case 'import.unknown-norm':
      return c.unknownNorm(record, p.normId);
    case 'import.history-other-record':
      return c.historyOtherRecord(record, p.side);
    case 'import.rev-too-large':
      return c.revTooLarge(record, p.rev);
    case 'import.unknown-state':
      return c.unknownState(record);
    case 'import.blank-text':
      return c.blankText(record, fieldName(p.field, c));
    case 'import.future-time':
      return c.futureTime(record, fieldName(p.field, c), dateText(p.value, texts));
    case 'import.year-out-of-range':
      return c.yearOutOfRange(record, fieldName(p.field, c), dateText(p.value, texts));
    case 'import.link-not-web':
      return c.linkNotWeb(record, p.link);
  }
}

/**
 * The refusal of a file as a whole: how many records the app cannot use, then the first `listed`
 * problems one a line, then how many more there are (lines joined with "\n").
 */
export function importProblems(
  problems: readonly ImportProblem[],
  listed: number,
  texts: Texts = t,
): string {
  const c = texts.importChecks;
  const lines = problems.slice(0, listed).map((p) => importProblem(p, texts));
  const more = problems.length - lines.length;
  return [
    c.problemsHead(problems.length),
    ...lines,
    ...(more > 0 ? [c.problemsMore(more)] : []),
  ].join('\n');
}

/**
 * Why a file just exported could not be read back (io/exportCheck.ts): too large (sizes in MB,
 * rounded up for the file, to the nearest for the limit), too many values, or records that fail
 * the import's checks (the first 5 listed). `name` is the file's name; every part is in the
 * language of `texts` (default the screens').
 */
export function exportUnreadable(name: string, f: ExportUnreadable, texts: Texts = t): string {
  const c = texts.importChecks;
  const why =
    f.code === 'export.too-large'
      ? c.exportTooLarge(Math.ceil(f.bytes / 1024 / 1024), Math.round(f.maxBytes / 1024 / 1024))
      : f.code === 'export.too-many-values'
        ? describeFailureIn(f.shape, texts)
        : importProblems(f.problems, 5, texts);
  return c.exportUnreadable(name, why);
}

/** A failure in the words of the language of `texts` (a language's texts from the registry). */
function describeFailureIn(failure: Failure, texts: Texts): string {
  const { messages, lang } = failureWordsOfTexts(texts);
  return describeFailure(failure, messages, lang);
}
