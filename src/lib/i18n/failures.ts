import type { Failure, SchemaIssue } from '../schema/failures';
import { failureFrame, failures, issues } from './en/failures';
import { formatMessage } from './icu';
import { isolate } from './format';
import { importProblems } from './importProblems';
import { MAX_LISTED_PROBLEMS } from '../domain/importChecks';

/** The failure messages of one language (English is the model every locale follows). */
export interface FailureMessages {
  failures: Record<keyof typeof failures, string>;
  issues: Record<keyof typeof issues, string>;
  failureFrame: Record<keyof typeof failureFrame, string>;
}

export const englishFailureMessages: FailureMessages = { failures, issues, failureFrame };

let active: { messages: FailureMessages; lang: string } = {
  messages: englishFailureMessages,
  lang: 'en',
};

/** Sets the language failures are described in (the locale registry calls this). */
export function setFailureMessages(messages: FailureMessages, lang: string): void {
  active = { messages, lang };
}

function describeIssue(issue: SchemaIssue, m: FailureMessages, lang: string): string {
  const words = formatMessage(m.issues[issue.kind], { ...issue }, lang);
  return formatMessage(
    m.failures['schema.invalid'],
    { path: issue.path || m.failureFrame.topLevel, issue: words },
    lang,
  );
}

/**
 * The sentence for an expected failure, in the UI language (or the one given): the failure's
 * `source` first ("nic.json: …"), then its message with the failure's data. A schema failure gives
 * one line per issue ("nic.json: actions[3].normId: unknown norm "13z"") and a last line counting
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
      : formatMessage(m.failureFrame.sourced, { source: failure.source, message: text }, lang);
  if (failure.code === 'schema.invalid') {
    const lines = failure.issues.map((issue) => prefix(describeIssue(issue, m, lang)));
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
      values.packs = failure.packs
        .map((p) => formatMessage(m.failureFrame.packVersion, p, lang))
        .join(', ');
      break;
    case 'import.invalid-records':
    case 'export.invalid-records':
    case 'export.unreadable-records':
      // In the active language's words (`t.importChecks`), like the failure's own sentence.
      values.problems = importProblems(failure.problems, MAX_LISTED_PROBLEMS);
      break;
    case 'language-pack.messages': {
      const lines = failure.problems.map((problem) =>
        formatMessage(
          m.failureFrame.languagePackProblem,
          // ICU select keys cannot hold a hyphen: 'unknown-key' is selected as 'unknown_key'.
          {
            ...problem,
            kind: problem.kind.replaceAll('-', '_'),
            detail: problem.detail ?? '',
            argument: problem.argument ?? '',
          },
          lang,
        ),
      );
      if (failure.more > 0)
        lines.push(formatMessage(m.failureFrame.more, { more: failure.more }, lang));
      values.problems = lines.join('\n');
      break;
    }
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
