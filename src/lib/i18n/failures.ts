import type {
  Failure,
  LanguagePackProblem,
  PathSegment,
  SchemaFailure,
  SchemaIssue,
} from '../schema/failures';
import { failureFrame, failures, fieldLabels, issues, languagePackProblems } from './en/failures';
import { formatMessage } from './icu';
import { formatList, isolate, nameInSentence } from './format';
import { importProblems } from './importProblems';
import { textsOfFailureMessages } from './languageWords';
import { englishWords } from './locales';
import { englishMessageOf } from './messageNames';
import { MAX_LISTED_PROBLEMS } from '../domain/importChecks';

/** The failure messages of one language (English is the model every locale follows). */
export interface FailureMessages {
  failures: Record<keyof typeof failures, string>;
  issues: Record<keyof typeof issues, string>;
  failureFrame: Record<keyof typeof failureFrame, string>;
  fieldLabels: FieldLabelMessages;
  languagePackProblems: Record<keyof typeof languagePackProblems, string>;
}

/** The names of fields and entries in refusals (en/failures.ts `fieldLabels`). */
export interface FieldLabelMessages {
  fields: Record<keyof typeof fieldLabels.fields, string>;
  entries: Record<keyof typeof fieldLabels.entries, string>;
  records: Record<keyof typeof fieldLabels.records, string>;
  keyed: Record<keyof typeof fieldLabels.keyed, string>;
  valueLabels: Record<keyof typeof fieldLabels.valueLabels, string>;
  unknownField: string;
  unknownEntry: string;
}

export const englishFailureMessages: FailureMessages = {
  failures,
  issues,
  failureFrame,
  fieldLabels,
  languagePackProblems,
};

let active: { messages: FailureMessages; lang: string } = {
  messages: englishFailureMessages,
  lang: 'en',
};

/** Sets the language failures are described in (the locale registry calls this). */
export function setFailureMessages(messages: FailureMessages, lang: string): void {
  active = { messages, lang };
}

/** Keyed groups whose key runs to the end of the path (a language pack's nested message keys). */
const NESTED_KEYS: ReadonlySet<string> = new Set(['messages']);

const labelOf = (group: Record<string, string>, key: string | undefined): string | undefined =>
  key !== undefined && Object.hasOwn(group, key) ? group[key] : undefined;

/**
 * The names of the places along a path, outermost first: a list's key is named by its entry
 * ("practical action 13a-1", "answer 2"), a keyed group's key by its entry ("norm 13a"), any other
 * key by its field label; a key without a label by a generic word, never as the key itself.
 */
function pathNames(path: readonly PathSegment[], l: FieldLabelMessages, lang: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = path[i + 1];
    if (typeof segment === 'string') {
      const keyed = labelOf(l.keyed, segment);
      if (keyed !== undefined && typeof next === 'string') {
        const rest = NESTED_KEYS.has(segment)
          ? path.slice(i + 1).filter((s) => typeof s === 'string')
          : [next];
        names.push(formatMessage(keyed, { key: isolate(rest.join('.')) }, lang));
        i += NESTED_KEYS.has(segment) ? path.length : 1;
        continue;
      }
      // The entry that follows names the list ("answer 2", not "answers, answer 2").
      if (next !== undefined && typeof next !== 'string') continue;
      names.push(labelOf(l.fields, segment) ?? l.unknownField);
      continue;
    }
    const before = path[i - 1];
    const list = typeof before === 'string' ? before : undefined;
    const id = typeof segment === 'object' ? segment.id : undefined;
    const index = typeof segment === 'number' ? segment : segment.index;
    const byId = labelOf(l.records, list);
    if (id !== undefined && byId !== undefined)
      names.push(formatMessage(byId, { id: isolate(id) }, lang));
    else if (index !== undefined)
      names.push(formatMessage(labelOf(l.entries, list) ?? l.unknownEntry, { n: index + 1 }, lang));
    else names.push(labelOf(l.fields, list) ?? l.unknownField);
  }
  return names;
}

/**
 * A path (after the stored record it is `within`, if any) in words: the innermost field, "of" each
 * place around it ("revision of practical action 13a-1"); the whole file for an empty path.
 */
export function describePath(
  path: readonly PathSegment[],
  within: readonly PathSegment[] = [],
  m: FailureMessages = active.messages,
  lang: string = active.lang,
): string {
  const names = [
    ...pathNames(within, m.fieldLabels, lang),
    ...pathNames(path, m.fieldLabels, lang),
  ];
  if (names.length === 0) return m.failureFrame.topLevel;
  return names.reduceRight((inner, outer) =>
    formatMessage(m.failureFrame.fieldOf, { field: inner, record: outer }, lang),
  );
}

/** `text` with its first letter in upper case (a sentence that starts with a field's name). */
const sentenceCase = (text: string, lang: string): string =>
  text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

function describeIssue(
  issue: SchemaIssue,
  failure: SchemaFailure,
  m: FailureMessages,
  lang: string,
): string {
  const { path, values, ...rest } = issue;
  // A choice's allowed values by the labels the app shows ("Not started"), never the stored codes.
  const data =
    values === undefined
      ? rest
      : {
          ...rest,
          values: formatList(
            values.map((v) => labelOf(m.fieldLabels.valueLabels, v) ?? `“${v}”`),
            'disjunction',
            lang,
          ),
        };
  const words = formatMessage(m.issues[issue.kind], data, lang);
  const sentence = formatMessage(
    m.failures['schema.invalid'],
    { field: describePath(path, failure.within, m, lang), issue: words },
    lang,
  );
  return failure.source === undefined ? sentenceCase(sentence, lang) : sentence;
}

/** A message of a language pack by its English text and key, a group by its key (never a path). */
function messageName(key: string, m: FailureMessages, lang: string): string {
  const english = englishMessageOf(key);
  if (english === undefined)
    return formatMessage(m.failureFrame.languagePackKey, { key: isolate(key) }, lang);
  if (english === 'group')
    return formatMessage(m.failureFrame.languagePackGroup, { key: isolate(key) }, lang);
  return formatMessage(
    m.failureFrame.languagePackMessage,
    { english: isolate(english.excerpt), key: isolate(key) },
    lang,
  );
}

/** One problem of a language pack as a sentence (en/failures.ts `languagePackProblems`). */
function languagePackProblemWords(
  problem: LanguagePackProblem,
  m: FailureMessages,
  lang: string,
): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(problem))
    // ICU select keys cannot hold a hyphen: 'too-long' is selected as 'too_long'. The data that
    // is the file's own (a key, a field, a value) is put back as it is, isolated, below.
    if (typeof v === 'string') values[k] = v.replaceAll('-', '_');
    else if (typeof v === 'number') values[k] = v;
  if ('key' in problem) {
    values.key = isolate(problem.key);
    values.message = messageName(problem.key, m, lang);
  }
  switch (problem.kind) {
    case 'unknown-field':
      values.field = isolate(problem.field);
      break;
    case 'tag':
      values.given = problem.value === '' ? 'no' : 'yes';
      values.value = isolate(problem.value);
      break;
    case 'unparsable':
      values.detail = problem.detail;
      values.hasPosition = problem.position === undefined ? 'no' : 'yes';
      break;
    case 'unknown-argument': {
      const english = problem.english ?? [];
      values.placeholder = isolate(`{${problem.detail}}`);
      values.count = english.length;
      values.english = formatList(
        english.map((name) => `“${isolate(`{${name}}`)}”`),
        'conjunction',
        lang,
      );
      break;
    }
    case 'missing-argument':
    case 'argument-type':
      values.placeholder = isolate(`{${problem.detail}}`);
      break;
    case 'unknown-case':
      values.detail = isolate(problem.detail);
      values.argument = isolate(problem.argument);
      break;
  }
  return formatMessage(m.languagePackProblems[problem.kind], values, lang);
}

/**
 * The sentence for an expected failure, in the UI language (or the one given): the failure's
 * `source` first ("nic.json: …"), then its message with the failure's data. A schema failure gives
 * one line per issue ("nic.json: norm of practical action 13a-1 names an unknown norm "13z"") and a last line counting
 * the issues left out. The one place where a failure becomes words.
 */
export function describeFailure(
  failure: Failure,
  m: FailureMessages = active.messages,
  lang: string = active.lang,
): string {
  const prefix = (text: string) =>
    failure.source === undefined
      ? text
      : formatMessage(
          m.failureFrame.sourced,
          { source: nameInSentence(failure.source), message: text },
          lang,
        );
  if (failure.code === 'schema.invalid') {
    const lines = failure.issues.map((issue) => prefix(describeIssue(issue, failure, m, lang)));
    if (failure.more > 0)
      lines.push(formatMessage(m.failureFrame.more, { more: failure.more }, lang));
    return lines.join('\n');
  }
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(failure))
    if (typeof v === 'string' || typeof v === 'number') values[k] = v;
  // Data that is itself a list or a failure is put into words first.
  switch (failure.code) {
    case 'assessment.in-trash':
      values.title = isolate(failure.title);
      break;
    case 'import.missing-packs':
      values.packs = formatList(
        failure.packs.map((p) => formatMessage(m.failureFrame.packVersion, p, lang)),
        'conjunction',
        lang,
      );
      break;
    case 'import.invalid-records':
    case 'export.invalid-records':
    case 'export.unreadable-records':
      // In the words of the language asked for (its `importChecks`), like the failure's own sentence.
      values.problems = importProblems(
        failure.problems,
        MAX_LISTED_PROBLEMS,
        // The built-in default (before any language is activated) is English's.
        m === englishFailureMessages ? englishWords : textsOfFailureMessages(m),
      );
      break;
    case 'language-pack.invalid': {
      const lines = failure.problems.map((problem) =>
        sentenceCase(languagePackProblemWords(problem, m, lang), lang),
      );
      if (failure.more > 0)
        lines.push(formatMessage(m.failureFrame.more, { more: failure.more }, lang));
      values.problems = lines.join('\n');
      break;
    }
    case 'language-pack.not-a-language-pack':
      values.found = (failure.found ?? 'other').replaceAll('-', '_');
      break;
    case 'language-pack.not-json':
      values.hasLine = failure.line === undefined ? 'no' : 'yes';
      break;
    case 'file.text-too-long':
      values.field = describePath(failure.path, [], m, lang);
      break;
    case 'export.too-many-values':
      values.shape = describeFailure(failure.shape, m, lang);
      break;
    case 'export.too-large':
      values.megabytes = Math.ceil(failure.bytes / 1024 / 1024);
      values.maxMegabytes = Math.round(failure.maxBytes / 1024 / 1024);
      break;
    case 'export.damaged-encrypted':
      if (failure.issues) {
        const own = prefix(formatMessage(m.failures[failure.code], values, lang));
        return `${own}\n${describeFailure(failure.issues, m, lang)}`;
      }
      break;
  }
  return prefix(formatMessage(m.failures[failure.code], values, lang));
}
