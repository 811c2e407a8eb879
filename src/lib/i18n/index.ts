/**
 * All UI strings, one namespace a screen, ready for translation. Views import `t` and never hold
 * English text of their own. To add a screen: create `en/<screen>.ts` and register it here.
 */
import { assessmentNav } from './en/assessmentNav';
import { assignments } from './en/assignments';
import { common } from './en/common';
import { compare } from './en/compare';
import { coordinator } from './en/coordinator';
import { dashboard } from './en/dashboard';
import { exchange } from './en/exchange';
import { home } from './en/home';
import { importChecks } from './en/importChecks';
import { manage } from './en/manage';
import { packs } from './en/packs';
import { packText } from './en/packText';
import { pwa } from './en/pwa';
import { report } from './en/report';
import { saving } from './en/saving';
import { storageFaults } from './en/storageFaults';
import { workspace } from './en/workspace';

export const t = {
  assessmentNav,
  assignments,
  common,
  compare,
  coordinator,
  dashboard,
  exchange,
  home,
  importChecks,
  manage,
  packs,
  packText,
  pwa,
  report,
  saving,
  storageFaults,
  workspace,
} as const;

export * from './format';
export { languageName } from './languageName';
export { describeFailure } from './failures';
