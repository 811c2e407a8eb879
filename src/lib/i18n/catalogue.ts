import { assessmentNav } from './en/assessmentNav';
import { assignments } from './en/assignments';
import { common } from './en/common';
import { compare } from './en/compare';
import { coordinator } from './en/coordinator';
import { dashboard } from './en/dashboard';
import { exchange } from './en/exchange';
import { failureFrame, failures, fieldLabels, issues, languagePackProblems } from './en/failures';
import { help } from './en/help';
import { home } from './en/home';
import { importChecks } from './en/importChecks';
import { languages } from './en/languages';
import { manage } from './en/manage';
import { packs } from './en/packs';
import { packText } from './en/packText';
import { pwa } from './en/pwa';
import { report } from './en/report';
import { saving } from './en/saving';
import { storageFaults } from './en/storageFaults';
import { workspace } from './en/workspace';
import type { DeepPartial, MessagesOf, TextsOf } from './messages';

/**
 * English, the model language: every UI string, one namespace a screen (`en/<screen>.ts`). To add
 * a screen: create `en/<screen>.ts` and add it here; the `Messages` type (what every language must
 * give) follows by itself.
 */
export const englishTexts = {
  assessmentNav,
  assignments,
  common,
  compare,
  coordinator,
  dashboard,
  exchange,
  help,
  home,
  importChecks,
  languages,
  manage,
  packs,
  packText,
  pwa,
  report,
  saving,
  storageFaults,
  workspace,
} as const;

/** The failure sentences (typed failure codes → words), worded by `describeFailure`. */
export const englishFailures = {
  failures,
  issues,
  failureFrame,
  fieldLabels,
  languagePackProblems,
} as const;

/** The whole English catalogue: the UI namespaces and, under `failures`, the failure sentences. */
export const english = { ...englishTexts, failures: englishFailures } as const;

/**
 * Every message of one language, as ICU MessageFormat strings. A locale written in code is typed
 * `Messages` and the type checker asks for every key English has.
 */
export type Messages = MessagesOf<typeof english>;

/**
 * A language pack's messages: any subset of `Messages` (a key left out, or one that does not
 * parse, is shown in English: per-key fallback).
 */
export type MessagePack = DeepPartial<Messages>;

/** The type of `t`: plain messages are strings, messages with arguments are functions. */
export type Texts = TextsOf<typeof englishTexts>;
