/**
 * The i18n layer's front door. Views import `t` (the screens' words in the active language) and
 * never hold English text of their own; failures are worded by `describeFailure`; figures and dates
 * by the formatters of ./format. Languages live in the registry (./locales). To add a screen's
 * strings: create `en/<screen>.ts` and add it to ./catalogue.
 */
export { t } from './locales';
export type { Messages, MessagePack, Texts } from './catalogue';
export * from './format';
export { scoreText } from './figures';
export { languageName } from './languageName';
export { describeFailure } from './failures';
export { historyFieldName, historyValueText, undoneText } from './history';
export { fieldValue, listedAssessmentName, normNames, partStatusText } from './coordination';
export { exportUnreadable, importProblem, importProblems } from './importProblems';
