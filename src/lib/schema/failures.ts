/**
 * The catalogue of expected failures: every refusal the schema, domain, storage and io layers can
 * return, as a typed code with its data (never an English sentence). The words live in one place,
 * `src/lib/i18n` (`describeFailure`), in every language. Grouped by module; a module's functions
 * return the union of their module's codes (or a narrower one).
 *
 * `source`, when present, names the file or record the failure is about (a file name, "stored pack
 * nic@1.0.0"); the message is prefixed with it.
 *
 * To add a failure: add its shape here, its English sentence in `src/lib/i18n/en/failures.ts` (the
 * type checker then asks every locale for it), and return it with `fail({ code, …data })`.
 */

/**
 * One step of a path into the data, kept as data (the i18n layer names it, a user never sees a
 * code path): a field's key, an entry's index in a list, or an entry that carries the id of the
 * record it is (an answer's practical action, a pack's norm): `{ index, id }`, or `{ id }` alone for
 * a stored record read by its id.
 */
export type PathSegment = string | number | { id: string; index?: number };

/** What is wrong with one value, as zod reported it: its path and a typed issue kind. */
export interface SchemaIssue {
  /**
   * Where in the data, outermost first, e.g. `['actions', { index: 3, id: '13a-1' }, 'focusAreaIds', 0]`
   * (`[]` for the top level).
   */
  path: PathSegment[];
  kind: IssueKind;
  /** Data of the issue, by kind (expected type, limits, allowed values, the offending id…). */
  expected?: string;
  minimum?: number;
  maximum?: number;
  origin?: string;
  /** The allowed values (invalid-value), as they are stored: the i18n layer names them by their labels. */
  values?: string[];
  keys?: string;
  /** How many (unknown keys). */
  count?: number;
  format?: string;
  id?: string;
}

/** Issue kinds the schemas name themselves (their `message` is one of these, never English). */
export const SCHEMA_ISSUE_KINDS = [
  'empty',
  'invisible',
  'id-format',
  'semver-format',
  'date-format',
  'not-a-date',
  /** A date a user typed outside the years of the date rule (domain/dates.ts). */
  'year-out-of-range',
  'letter-format',
  'language-tag',
  'state-code',
  'hex-digest',
  'base64',
  'appears-twice',
  'state-not-in-file',
  'not-in-file',
  'part-needs-scope',
  'part-one-assessment',
  'part-no-assignments',
  'backup-only',
  'part-norm-not-named',
  'period-end-before-start',
  'na-needs-justification',
  'duplicate-id',
  'unknown-norm',
  'unknown-focus-area',
  'replaces-active',
  'min-one-norm',
  'min-one-focus-area',
  'salt-length',
  'iv-length',
  'ciphertext-short',
  'mapping-required',
  'equivalent-self',
  'duplicate-pack',
  'unknown-action',
  'translation-language',
] as const;

/** Issue kinds mapped from zod's own issue codes. */
export type ZodIssueKind =
  | 'invalid-type'
  | 'too-small'
  | 'too-big'
  | 'invalid-value'
  | 'invalid-format'
  | 'unrecognized-keys'
  | 'invalid-union'
  | 'invalid-key'
  | 'invalid-element'
  | 'not-multiple'
  | 'invalid';

export type IssueKind = (typeof SCHEMA_ISSUE_KINDS)[number] | ZodIssueKind;

interface Sourced {
  source?: string;
}

/** A value that failed its schema: the first issues (at most `max`), and how many more there are. */
export interface SchemaFailure extends Sourced {
  code: 'schema.invalid';
  /**
   * The stored record the failure is about, as a path (e.g. `['assessment']`,
   * `['answers', { id: '13a-1' }]`, `['assessments', 2]`): worded around each issue's path. Absent
   * for a file (its name is `source`).
   */
  within?: PathSegment[];
  issues: SchemaIssue[];
  more: number;
}

/** A file's first look (schema/untrusted.ts) and reading a file (io/files.ts). */
export type FileFailure = Sourced &
  (
    | { code: 'file.too-many-values' }
    /** `path`: where the text is (e.g. `['answers', { index: 0, id: '13a-01' }, 'notes']`). */
    | { code: 'file.text-too-long'; limit: number; path: PathSegment[] }
    | { code: 'file.too-deep'; limit: number }
    | { code: 'file.forbidden-key'; key: string }
    | { code: 'file.not-json'; detail: string }
    | { code: 'file.too-large'; megabytes: number }
    | { code: 'file.unreadable' }
    | { code: 'file.not-text' }
  );

/** Which record an import problem is about: enough to find it (ids, and the assessment's title). */
export type RecordRef =
  | { kind: 'file' }
  | { kind: 'part' }
  | { kind: 'state'; code: string }
  | { kind: 'assessment'; title: string }
  | { kind: 'answer'; title: string; itemId: string }
  /** `normLetter`: the norm's letter in the assessment's pack ("d": norm 13(d)), when it has it. */
  | { kind: 'normAnswer'; title: string; normId: string; normLetter?: string }
  /**
   * A history entry (`index` counts from 1) and the record it changed, as data, never the stored
   * target string ("item:13d-01"): `on` a practical action or a norm's answers (`id` its id,
   * `normLetter` as for `normAnswer`), `other` for a target of no known kind.
   */
  | {
      kind: 'history';
      title: string;
      index: number;
      on: 'item' | 'norm' | 'other';
      id: string;
      normLetter?: string;
    }
  | { kind: 'assignments'; title: string };

/** A semantic problem of an imported file's record (domain/importChecks.ts). */
export type ImportProblem =
  | { code: 'import.unknown-item'; record: RecordRef; itemId: string }
  | { code: 'import.unknown-norm'; record: RecordRef; normId: string }
  | { code: 'import.history-other-record'; record: RecordRef; side: 'before' | 'after' }
  | { code: 'import.rev-too-large'; record: RecordRef; rev: number }
  | { code: 'import.unknown-state'; record: RecordRef; stateCode: string }
  | { code: 'import.blank-text'; record: RecordRef; field: string }
  | { code: 'import.future-time'; record: RecordRef; field: string; value: string }
  | { code: 'import.year-out-of-range'; record: RecordRef; field: string; value: string }
  | { code: 'import.link-not-web'; record: RecordRef; link: string };

/** Reading an export file (io/readExportFile.ts, domain/exportMigrations.ts). */
export type ExportReadFailure = Sourced &
  (
    | { code: 'export.needs-passphrase' }
    | { code: 'export.wrong-passphrase' }
    | { code: 'export.not-json' }
    | { code: 'export.not-an-export' }
    | { code: 'export.is-a-pack' }
    | { code: 'export.wrong-type'; expected: string }
    | { code: 'export.bad-version' }
    | { code: 'export.newer-version'; version: number; supported: number }
    | { code: 'export.unknown-version'; version: string }
    | { code: 'export.no-checksum' }
    | { code: 'export.checksum-mismatch' }
    | { code: 'export.damaged-encrypted'; issues?: SchemaFailure }
    | { code: 'export.nested-encrypted' }
    | { code: 'export.invalid-records'; problems: ImportProblem[] }
  );

/** A file just exported that the import would refuse (io/exportCheck.ts): never called a backup. */
export type ExportUnreadable = Sourced &
  (
    | { code: 'export.too-large'; bytes: number; maxBytes: number }
    | { code: 'export.too-many-values'; shape: FileFailure }
    | { code: 'export.unreadable-records'; problems: ImportProblem[] }
  );

/** Planning and storing an import (domain/importPlan.ts, storage/exchange.ts). */
export type ImportFailure = Sourced &
  (
    | { code: 'import.missing-packs'; packs: { id: string; version: string }[] }
    | { code: 'import.invalid-records'; problems: ImportProblem[] }
    | { code: 'import.changed-meanwhile' }
    | { code: 'import.record-invalid'; detail: string }
    | { code: 'import.store-failed'; name: string }
    | { code: 'export.assessment-not-found' }
  );

/** Checklist packs (storage/packs.ts, domain/region.ts). */
export type PackFailure = Sourced &
  (
    | { code: 'region.pack-missing'; title: string; id: string; version: string }
    | { code: 'pack.not-installed'; id: string; version: string }
    | { code: 'pack.not-an-object'; type: string }
    | { code: 'pack.newer-format'; format: number; supported: number }
    | { code: 'pack.bad-format'; supported: number }
    | { code: 'pack.version-taken'; id: string; version: string }
  );

/** What a field of a language pack holds instead of what it should (a message, the translator). */
export type LanguagePackFound = 'nothing' | 'number' | 'list' | 'true-false' | 'text' | 'group';

/** Why a name-like text of a language pack (its name, the translator's name) cannot be used. */
export type LanguagePackTextProblem = 'missing' | 'empty' | 'invisible' | 'too-long' | 'not-text';

/**
 * Why a language pack cannot be installed, one problem each: its own fields (the file's shape,
 * schema/languagePack.ts, read by domain/languagePack.ts `parseLanguagePack`) and its messages
 * (each checked against English at install, i18n/messageCheck.ts). A problem about a message
 * carries its dotted `key` ("workspace.save"), which the words name by its English text.
 */
export type LanguagePackProblem =
  /** A field the file format does not have (`where`: at the top or in the translator). */
  | { kind: 'unknown-field'; field: string; where: 'file' | 'translator' }
  | { kind: 'no-version' }
  /** `value`: the tag as given ('' when there is none). */
  | { kind: 'tag'; value: string }
  | { kind: 'name'; problem: LanguagePackTextProblem; limit?: number }
  | { kind: 'dir' }
  /** No translator (`found` "nothing"), or not a group of name and date (a text, a list…). */
  | { kind: 'translator'; found: LanguagePackFound }
  | { kind: 'translator-name'; problem: LanguagePackTextProblem; limit?: number }
  | { kind: 'translator-organisation'; problem: LanguagePackTextProblem; limit?: number }
  | { kind: 'translator-date' }
  | { kind: 'digits' }
  | { kind: 'calendar' }
  | { kind: 'messages'; found: LanguagePackFound }
  /** A message that is a number, a list… where a message (a text) or a group of them belongs. */
  | { kind: 'not-a-text'; key: string; found: LanguagePackFound }
  /** English has a group of messages under `key`, the pack a single text, or the reverse. */
  | { kind: 'group-expected'; key: string }
  | { kind: 'text-expected'; key: string }
  | { kind: 'too-long'; key: string; limit: number }
  /** A key with characters a message key never has (spaces, slashes…), or nested too deep. */
  | { kind: 'key-format'; key: string }
  | { kind: 'too-deep'; key: string; limit: number }
  /** A key English does not have (a misspelling, or a key of a newer version): refused. */
  | { kind: 'unknown-key'; key: string }
  /**
   * Not valid ICU MessageFormat: `detail` the parser's error code (EXPECT_ARGUMENT_CLOSING_BRACE…),
   * `position` the character (from 1) where the parser stopped, when it says.
   */
  | { kind: 'unparsable'; key: string; detail: string; position?: number }
  /** `detail`: a placeholder English does not give; `english`: the placeholders English gives. */
  | { kind: 'unknown-argument'; key: string; detail: string; english?: string[] }
  /** `detail`: a placeholder of the English message the translation does not use. */
  | { kind: 'missing-argument'; key: string; detail: string }
  /** `detail`: a placeholder used as another type (a date, a choice, a count) than in English. */
  | { kind: 'argument-type'; key: string; detail: string }
  /** `detail`: a case of the select or plural `argument` neither English nor the language has. */
  | { kind: 'unknown-case'; key: string; detail: string; argument: string }
  | { kind: 'invisible'; key: string }
  /** Anything else wrong with a field of the file (a rule the words do not know yet). */
  | { kind: 'other'; field: string };

/** A problem of one message of a language pack (the install check against English). */
export type LanguagePackMessageProblem = Extract<LanguagePackProblem, { key: string }>;

/** Language packs (domain/languagePack.ts, i18n/languagePacks.ts, storage/languagePacks.ts). */
export type LanguagePackFailure = Sourced &
  /** `found`: what the file says it is instead (a checklist pack, an export, nothing). */
  (
    | {
        code: 'language-pack.not-a-language-pack';
        type: string;
        found?: 'checklist-pack' | 'export' | 'nothing' | 'other';
      }
    | { code: 'language-pack.newer-version'; version: number; supported: number }
    | { code: 'language-pack.reserved-tag'; tag: string }
    /** The first problems (at most a page of them) and how many more there are. */
    | { code: 'language-pack.invalid'; problems: LanguagePackProblem[]; more: number }
    | { code: 'language-pack.not-installed'; tag: string }
    | { code: 'language-pack.too-large'; megabytes: number }
    /** Not JSON; `line` and `column` (from 1) where the text stops being JSON, when known. */
    | { code: 'language-pack.not-json'; line?: number; column?: number }
  );

/**
 * The review checks of our bundled packs (domain/checklistData.ts: `checkDatasetRules`, the
 * official-text pack's and the unofficial pack's rules); `source` is the pack file, `actionId` the
 * practical action at fault.
 */
export type DatasetFailure = Sourced &
  (
    | { code: 'dataset.norm-count'; id: string; count: number; min: number; max: number }
    | { code: 'dataset.area-count'; id: string; count: number; min: number }
    | { code: 'dataset.official-status' }
    | { code: 'dataset.not-a-clause'; actionId: string; normId: string }
    | { code: 'dataset.basis-not-official'; actionId: string }
    | { code: 'dataset.official-mapped'; actionId: string }
    | { code: 'dataset.unofficial-status' }
    | { code: 'dataset.mapping-not-judgement'; actionId: string }
    | { code: 'dataset.staging-url'; actionId: string }
    | { code: 'dataset.gge2021-official'; actionId: string }
    | { code: 'dataset.nic-claims'; count: number; allowed: number }
  );

/** Assessments and States (storage/assessments.ts, storage/states.ts). */
export type AssessmentFailure = Sourced &
  (
    | { code: 'assessment.not-found' }
    | { code: 'assessment.in-trash'; assessmentId: string; title: string; deletedAt: string }
    /** Only one agency's part is on this device (domain/coordination.ts `onlyAPart`): never scored as whole. */
    | { code: 'assessment.only-a-part'; title: string; agency: string }
    | { code: 'assessment.final' }
    | { code: 'assessment.carry-source-missing' }
    | { code: 'state.unknown-code'; stateCode: string }
    | { code: 'state.missing'; stateCode: string }
  );

/** Why a list of assignments does not fit the assessment's pack (domain/assignments.ts). */
export type AssignmentIssue =
  | { code: 'assignments.no-name' }
  | { code: 'assignments.agency-twice'; agency: string }
  | { code: 'assignments.unknown-norm'; agency: string; normId: string }
  | { code: 'assignments.unknown-item'; agency: string; itemId: string }
  | { code: 'assignments.norm-twice'; normId: string }
  | { code: 'assignments.item-twice'; itemId: string };

/** Why a single item could not be given (domain/assignments.ts `setItem`). */
export type ActionAssignIssue =
  | { code: 'assignments.no-agency'; agency: string }
  | { code: 'assignments.item-taken'; itemId: string; owner: string };

/** The coordinator's assignments of norms and items to agencies (domain/assignments.ts). */
export type AssignmentFailure = Sourced &
  (
    | AssignmentIssue
    | ActionAssignIssue
    | { code: 'agency.name-required' }
    | { code: 'agency.already-listed'; agency: string }
    | { code: 'agency.unknown'; agency: string }
    | { code: 'assign.norm-taken'; id: string; owner: string }
    | { code: 'assignments.misfiled'; assessmentId?: string }
  );

/** A refused IndexedDB operation (storage/errors.ts); `name` is the technical error name. */
export type StorageFailure = Sourced & {
  code: 'storage.quota' | 'storage.blocked' | 'storage.unavailable' | 'storage.other';
  name: string;
};

/** A refused write of a record the user edits (storage/answers.ts, storage/assignments.ts). */
export type SaveFailure<T = unknown> =
  | { code: 'save.conflict'; current: T; source?: string }
  | { code: 'save.readonly'; source?: string }
  | { code: 'save.missing'; source?: string }
  | { code: 'save.earlier-invalid'; source?: string }
  | { code: 'save.earlier-other-record'; source?: string }
  | SchemaFailure
  | StorageFailure;

/**
 * A report or export file (Report screen: PDF, Word, CSV or XLSX) that could not be made: the
 * writer threw (a font that did not load, a library error). `file` names which kind of file.
 */
export type ReportFailure = Sourced & {
  code: 'report.not-made';
  file: 'pdf' | 'docx' | 'csv' | 'xlsx';
};

/** Every expected failure of the app. */
export type Failure =
  | SchemaFailure
  | FileFailure
  | ExportReadFailure
  | ExportUnreadable
  | ImportFailure
  | PackFailure
  | LanguagePackFailure
  | DatasetFailure
  | AssessmentFailure
  | AssignmentFailure
  | StorageFailure
  | SaveFailure
  | ReportFailure;

export type FailureCode = Failure['code'];
