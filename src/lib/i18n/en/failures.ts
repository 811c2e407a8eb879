import type { FailureCode, IssueKind, LanguagePackProblem } from '../../schema/failures';
import { assessmentStatusLabels, priorityLabels, statusLabels } from './labels';

/**
 * The words of every expected failure (the catalogue is src/lib/schema/failures.ts), as ICU
 * MessageFormat: `{name}` is the failure's data, plural and select as ICU writes them. A failure's
 * `source` (file or record name) is put in front by `describeFailure`, so messages leave it out.
 */
export const failures = {
  'schema.invalid': '{field} {issue}',
  'file.too-many-values': 'the file holds too many values',
  'file.text-too-long': '{field} is longer than {limit, number} characters',
  'file.too-deep': 'the data is nested deeper than {limit, number} levels',
  'file.forbidden-key':
    'the file holds a field name the app refuses for safety ("{key}"): it was not written by this tool',
  'file.not-json': 'the file is damaged or not a file of this app (its text is not valid JSON)',
  'file.too-large': 'the file is larger than {megabytes, number} MB; an export is far smaller',
  'file.unreadable': 'the file could not be read',

  'export.needs-passphrase': 'the file is protected with a passphrase',
  'export.wrong-passphrase': 'wrong passphrase, or the file was altered after it was encrypted',
  'export.not-json': 'the file is not JSON (it may be damaged, or another kind of file)',
  'export.not-an-export': 'the file is not an export of this tool',
  'export.is-a-pack':
    'this is a checklist pack, not an export: install it on the Checklist packs screen',
  'export.wrong-type': 'the file is not an export of this tool (it does not say it is one)',
  'export.bad-version':
    'the export format number is missing or not a whole number: the file is damaged or not an export of this tool',
  'export.newer-version':
    'newer format than this app: the file was written in export format {version}, this app reads up to {supported}. Update the app.',
  'export.unknown-version': 'unknown export format version {version}',
  'export.no-checksum':
    'the file’s check code is missing or damaged, so it cannot be trusted. Export it again from the app, or ask the sender for a new copy.',
  'export.checksum-mismatch':
    'the file’s check code does not match its contents: the file was changed or damaged after it was exported, so it cannot be trusted. Ask the sender for a new copy.',
  'export.assessment-not-found': 'The assessment was not found on this device.',

  'import.missing-packs':
    'Unknown checklist version: {packs} is not installed on this device and the file does not carry it. Install that checklist pack first (Checklist packs screen).',
  'import.invalid-records': '{problems}',
  'export.invalid-records': '{problems}',
  'export.unreadable-records': '{problems}',
  'export.too-large':
    'it is {megabytes, number} MB, and the app reads files up to {maxMegabytes, number} MB',
  'export.too-many-values': '{shape}',
  'export.damaged-encrypted':
    'the file is damaged: its encryption data cannot be read. Ask for the file again.',
  'export.nested-encrypted':
    'the file is damaged: once decrypted, it holds another encrypted file instead of an export.',
  'file.not-text': 'is not a text file (it may be damaged)',
  'import.changed-meanwhile':
    'Something changed on this device while the import was being prepared. Nothing was imported; open the file again.',
  'import.record-invalid': 'A record of the file failed its check; nothing was imported.',
  'import.store-failed': 'The browser storage refused the import; nothing was imported.',

  'region.pack-missing':
    '“{title}” needs checklist pack “{id}” version {version}, which the file does not carry',
  'dataset.norm-count':
    'norm {id} has {count, plural, one {# active action} other {# active actions}}; the dataset rule is {min}–{max}',
  'dataset.area-count':
    'focus area “{id}” has {count, plural, one {# active action} other {# active actions}}; the dataset rule is at least {min}',
  'dataset.official-status': 'a pack of official text must give its status as official',
  'dataset.not-a-clause': 'practical action {actionId} is not an exact clause of norm {normId}',
  'dataset.basis-not-official':
    'practical action {actionId} must name the official text as the basis of its source',
  'dataset.official-mapped':
    'practical action {actionId} maps to focus areas; official text makes no such mapping',
  'dataset.unofficial-status': 'our compilation must give its status as unofficial',
  'dataset.mapping-not-judgement':
    'practical action {actionId}: the focus-area mappings of this pack are our judgement and must say so',
  'dataset.staging-url':
    'practical action {actionId}: the web address of its source points at a test site, not the published one',
  'dataset.gge2021-official':
    'practical action {actionId}: GGE 2021 practical actions rest on a summary, not the official text',
  'dataset.nic-claims':
    '{count, plural, one {# practical action claims} other {# practical actions claim}} NIC origin; only {allowed, number} are publicly described',
  'pack.not-an-object': 'the file is not a checklist pack of this tool',
  'pack.newer-format':
    'the pack was written in pack format {format}; this app reads formats 1–{supported}. Update the app.',
  'pack.bad-format': 'the pack format number is missing or not one this app reads (1–{supported})',
  'pack.not-installed':
    'The checklist pack “{id}” version {version} is not installed on this device.',
  'language-pack.not-a-language-pack':
    '{found, select, checklist_pack {this is a checklist pack, not a language pack: install it under Checklist packs above} export {this is an export of assessments, not a language pack: import it on the Backup screen} nothing {this is not a language pack: the file does not say what it is (a language pack starts with "type": "nic-language-pack", as in the template)} other {this is not a language pack of this app (a language pack starts with "type": "nic-language-pack", as in the template)}}',
  'language-pack.newer-version':
    'written for a newer version of this app (language pack version {version}; this app reads up to {supported}). Update the app.',
  'language-pack.reserved-tag':
    '"{tag}" is a language the app ships (English, or its test language of accented letters); a language pack cannot replace it',
  'language-pack.invalid': '{problems}',
  'language-pack.not-installed': 'no language pack "{tag}" is installed',
  'language-pack.too-large':
    'the file is larger than {megabytes, number} MB, so it is not a language pack (a complete translation is far smaller). Choose the language pack file.',
  'language-pack.not-json':
    'the file cannot be read as a language pack: its text is not valid JSON{hasLine, select, yes { (at line {line, number}, character {column, number}: a comma, a quotation mark or a bracket may be missing or extra there)} other { (it may be damaged, or another kind of file)}}. Compare it with the template.',
  'pack.version-taken':
    'A different checklist pack “{id}” version {version} is already installed. A published version must not change: give the new file a new version number.',

  'assessment.not-found': 'This assessment does not exist on this device.',
  'assessment.in-trash':
    '“{title}” is in the trash: restore it to open, edit or report on it. Its answers are kept until the trash is emptied.',
  'assessment.only-a-part':
    '“{title}” is only the part given to {agency} on this device: it holds that agency’s answers, so it is not scored as a whole assessment. The coordinator scores the whole assessment once the parts are merged. Fill in the part in the workspace and send it back from the Backup screen.',
  'assessment.final': 'This assessment is final and read-only.',
  'assessment.carry-source-missing':
    'The earlier cycle to carry forward was not found for this State.',
  'state.missing': 'The State {stateCode} of this assessment is not on this device.',
  'state.unknown-code': '"{stateCode}" is not the ISO code of a UN Member State',

  'assignments.no-name': 'An agency has no name.',
  'assignments.agency-twice': 'The agency "{agency}" is listed twice.',
  'assignments.unknown-norm': 'Norm "{normId}" is not in the checklist.',
  'assignments.unknown-item': 'Practical action {itemId} is not in the checklist.',
  'assignments.norm-twice': 'Norm "{normId}" is given to two agencies.',
  'assignments.item-twice': 'Practical action {itemId} is given to two agencies.',
  'assignments.no-agency': 'No agency "{agency}".',
  'assignments.item-taken':
    'Practical action {itemId} is already given to {owner}. Take it back there first.',
  'agency.name-required': 'Name the agency.',
  'agency.already-listed': 'The agency "{agency}" is already listed.',
  'agency.unknown': 'No agency "{agency}".',
  'assign.norm-taken': 'Norm "{id}" is already given to {owner}.',
  'assignments.misfiled': 'The record of agency assignments is stored under another assessment.',

  'storage.quota': 'The device storage is full.',
  'storage.blocked': 'The browser blocked the storage.',
  'storage.unavailable': 'The browser storage is not available.',
  'storage.other': 'The browser storage refused the change.',

  'save.conflict': 'Someone else saved a newer version of this answer.',
  'save.readonly': 'This assessment is final and read-only.',
  'save.missing': 'This assessment does not exist on this device.',
  'save.earlier-invalid': 'the earlier version is not valid',
  'save.earlier-other-record': 'the earlier version belongs to another record',

  'report.not-made':
    'The {file, select, pdf {PDF} docx {Word document} csv {CSV file} xlsx {spreadsheet} other {file}} could not be made, so nothing was downloaded. Try again; if it fails again, reload the page and try once more.',
} satisfies Record<FailureCode, string>;

/** What is wrong with one value of a file or record, said after the name of its field (a predicate). */
export const issues = {
  'invalid-type':
    '{expected, select, string {must be a text} number {must be a number} int {must be a whole number} boolean {must be true or false} object {must be an object} array {must be a list} undefined {must not be there} other {must be of type {expected}}}',
  'too-small':
    '{origin, select, string {must be at least {minimum, number} characters long} array {must hold at least {minimum, number} entries} other {must be at least {minimum, number}}}',
  'too-big':
    '{origin, select, string {is longer than {maximum, number} characters} array {must hold at most {maximum, number} entries} other {must be at most {maximum, number}}}',
  'invalid-value': 'must be one of {values}',
  'invalid-format':
    '{format, select, url {must be a web address} datetime {must be a date and time} uuid {must be an identifier made by the app} email {must be an e-mail address} other {is not in the expected form}}',
  'unrecognized-keys': 'has unknown {count, plural, one {field} other {fields}} {keys}',
  'invalid-union': 'does not match any allowed form',
  'invalid-key': 'has an invalid key',
  'invalid-element': 'has an invalid entry',
  'not-multiple': 'is not an allowed step',
  invalid: 'is not valid',
  empty: 'must not be empty',
  invisible: 'shows nothing: only spaces or invisible characters (zero-width, bidi marks)',
  'id-format': 'must be 1–64 lower-case letters, digits, ".", "_" or "-"',
  'semver-format': 'must be a semantic version such as 1.2.0',
  'date-format': 'must be a date as YYYY-MM-DD',
  'not-a-date': 'is not a real calendar date',
  'year-out-of-range': 'is not between the years 1900 and 2200',
  'letter-format': 'must be one lower-case letter',
  'language-tag': 'must be a language tag such as en',
  'state-code': 'must be a two-letter country code such as SG',
  'hex-digest': 'must be a check code of 64 characters (digits and the letters a to f)',
  base64: 'must be encoded data, and is damaged',
  'appears-twice': 'appears twice',
  'state-not-in-file': 'names State "{id}", which is not in the file',
  'not-in-file': 'is not an assessment in this file',
  'part-needs-scope': 'must say what the part covers',
  'part-one-assessment': 'must hold exactly one assessment in a part',
  'part-no-assignments': 'must be empty in a part',
  'backup-only': 'must be empty in anything but a full backup',
  'part-norm-not-named': 'names a norm the part does not cover',
  'period-end-before-start': 'must not be before the start of the period',
  'na-needs-justification': 'needs a justification when the answer is Not applicable',
  'duplicate-id': 'holds the id "{id}" twice',
  'unknown-norm': 'names an unknown norm "{id}"',
  'unknown-focus-area': 'names an unknown focus area "{id}"',
  'replaces-active':
    'names "{id}", an active practical action of this pack; retire it before another action replaces it',
  'min-one-norm': 'must name at least one norm',
  'min-one-focus-area': 'must name at least one focus area',
  'salt-length': 'must be at least 16 bytes',
  'iv-length': 'must be 12 bytes',
  'ciphertext-short': 'is too short to hold anything',
  'mapping-required':
    'must say who mapped the action to its focus areas ("official" or "judgement")',
  'equivalent-self': 'names this pack; versions of one pack follow ids through "replaces"',
  'duplicate-pack': 'holds the pack "{id}" twice',
  'unknown-action': 'names an unknown practical action "{id}"',
  'translation-language': 'names "{id}", the pack\'s own language or one listed twice',
} satisfies Record<IssueKind, string>;

/**
 * Framing of failures: the source prefix, the whole file or record (an issue without a path), a
 * field inside a record ("revision of practical action 13a-1"), the count of further issues.
 */
export const failureFrame = {
  sourced: '{source}: {message}',
  topLevel: 'the file',
  fieldOf: '{field} of {record}',
  more: '…and {more, plural, one {# more problem} other {# more problems}}',
  packVersion: '“{id}” version {version}',
  /** How a refusal names a message of a language pack: by its English text and its key. */
  languagePackMessage: 'the message for “{english}” ({key})',
  /** A key under which English has a group of messages. */
  languagePackGroup: 'the group of messages {key}',
  /** A key English does not have. */
  languagePackKey: 'the message {key}',
};

/**
 * Why a language pack cannot be installed, one sentence a translator understands per problem
 * (schema/failures.ts `LanguagePackProblem`). `{message}` names the message (failureFrame
 * `languagePackMessage`: its English text and its key); select values with a hyphen are given with
 * an underscore ("too_long"). No word of the file format's code ("object", "string") is used.
 */
export const languagePackProblems = {
  'unknown-field':
    '{where, select, translator {The translator has a field “{field}” that a language pack does not have: a translator has a “name”, an “organisation” and a “date”. Remove it or correct its spelling.} other {The file has a field “{field}” that a language pack does not have: remove it, or correct its spelling against the template.}}',
  'no-version':
    'The file does not say which version of the language pack format it follows: add "version": 1, as in the template.',
  tag: '{given, select, yes {“{value}” is not a language tag: write the language’s code, such as “th”, “vi”, “fil” or “zh-Hans”, as the “tag”.} other {The file does not say which language it is: add a “tag” with the language’s code, such as “th”, “vi”, “fil” or “zh-Hans”.}}',
  name: '{problem, select, missing {The file does not give the language’s name: add a “name”, written in that language (such as “ไทย” or “Tiếng Việt”).} too_long {The language’s name is longer than {limit, number} characters.} not_text {The language’s name is not a text: write it in quotation marks.} invisible {The language’s name shows nothing: only spaces or invisible characters (zero-width, bidi marks).} other {The language’s name is empty or shows nothing: write it in that language (such as “ไทย” or “Tiếng Việt”).}}',
  dir: 'The writing direction (“dir”) must be “ltr” (left to right) or “rtl” (right to left).',
  translator:
    '{found, select, nothing {The file does not say who translated it: add a “translator” with a “name” and the “date” of the translation.} text {The translator is given as a single text: give the translator’s “name” and the “date” of the translation inside “translator”, as in the template.} other {The translator must give the translator’s “name” and the “date” of the translation, as in the template.}}',
  'translator-name':
    '{problem, select, missing {The file does not say who translated it: add the translator’s “name” inside “translator”.} too_long {The translator’s name is longer than {limit, number} characters.} not_text {The translator’s name is not a text: write it in quotation marks.} invisible {The translator’s name shows nothing: only spaces or invisible characters (zero-width, bidi marks).} other {The translator’s name is empty or shows nothing: write who translated the app.}}',
  'translator-organisation':
    '{problem, select, too_long {The translator’s organisation is longer than {limit, number} characters.} not_text {The translator’s organisation is not a text: write it in quotation marks.} invisible {The translator’s organisation shows nothing: only spaces or invisible characters (zero-width, bidi marks).} other {The translator’s organisation is empty or shows nothing: write it, or leave the “organisation” out.}}',
  'translator-date':
    'The date of the translation is missing or not a real date: write it as year, month and day, such as “2026-11-30”.',
  digits:
    'The digits (“numberingSystem”) must name a system of digits, such as “latn” or “thai”, or be left out (Latin digits are used).',
  calendar:
    'The calendar must name a calendar, such as “gregory” or “buddhist”, or be left out (the Gregorian calendar is used).',
  messages:
    '{found, select, nothing {The file holds no “messages”: add them, grouped by screen as in the template.} other {The “messages” must be grouped by screen as in the template; the file has {found, select, list {a list} text {a single text} number {a number} true_false {true or false} other {something else}} there.}}',
  'not-a-text':
    '{message} is {found, select, number {a number} list {a list} true_false {true or false} nothing {empty} other {not a text}}: a message is a text in quotation marks.',
  'group-expected':
    '{message} is a single text, but English has a group of messages there: translate each message of the group (the template shows them).',
  'text-expected':
    '{message} is a group, but English has one message there: give its translation as a text.',
  'too-long': '{message} is longer than {limit, number} characters.',
  'key-format':
    'The message name {key} holds characters no message name has (only letters, digits, “.”, “_” and “-”): correct it against the template.',
  'too-deep':
    '{message} is nested deeper than any message of the app ({limit, number} levels): correct it against the template.',
  'unknown-key':
    '{message} is not a message of this app (a misspelt name, or one of another version), so the pack was refused: correct or remove it. The template lists every message.',
  unparsable:
    "{message} cannot be read{hasPosition, select, yes { at character {position, number}} other {}}: {detail, select, EXPECT_ARGUMENT_CLOSING_BRACE {a placeholder is not closed with “'}'”} EMPTY_ARGUMENT {a placeholder “'{}'” has no name} MALFORMED_ARGUMENT {a placeholder is malformed} EXPECT_ARGUMENT_TYPE {a placeholder lacks its kind after the comma} INVALID_ARGUMENT_TYPE {a placeholder has a kind the app does not know} MISSING_OTHER_CLAUSE {a plural or a choice lacks its “other” case, which every plural and choice needs} DUPLICATE_PLURAL_ARGUMENT_SELECTOR {a plural repeats a case} DUPLICATE_SELECT_ARGUMENT_SELECTOR {a choice repeats a case} EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT {a plural case lacks its text in curly brackets} EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT {a choice case lacks its text in curly brackets} UNCLOSED_TAG {a tag is not closed} UNMATCHED_CLOSING_TAG {a closing tag has no opening tag} other {its curly brackets or apostrophes do not match}}. Keep the words in curly brackets as the English message has them.",
  'unknown-argument':
    '{message} uses “{placeholder}”, which the English message does not have{count, plural, =0 { (it has no placeholder)} one {: it has only {english}} other {: it has {english}}}.',
  'missing-argument':
    '{message} leaves out “{placeholder}”, which the English message shows: keep every placeholder of the English message (a plural’s case may leave out “#”), so that different things do not read the same.',
  'argument-type':
    '{message} uses “{placeholder}” in another way than the English message (as a date, a choice or a count where English does not).',
  'unknown-case':
    '{message} has a case “{detail}” of “{argument}” that neither the English message nor this language’s plural rules have.',
  invisible:
    '{message} shows nothing: only spaces or invisible characters (zero-width, bidi marks).',
  other:
    'The field “{field}” of the file is not as a language pack needs it: compare it with the template.',
} satisfies Record<LanguagePackProblem['kind'], string>;

/**
 * How a refusal names a place in a file or record (schema/issues.ts keeps it as path segments): a
 * user never sees a code path. `fields` names a field by its key (closed: a unit test walks the
 * export-file, pack, language-pack and record schemas and fails on a key without a label);
 * `entries` an entry of a list by its position (`{n}` counts from 1); `records` an entry of a list
 * by the id it carries (an answer by its practical action, a pack's norm by its id); `keyed` an
 * entry of a keyed group (a pack translation's norms, a language pack's messages) by its key.
 */
export const fieldLabels = {
  fields: {
    actions: 'practical actions',
    after: 'value after the change',
    agency: 'agency',
    agencyAssignments: 'the record of agency assignments',
    algorithm: 'check code method',
    alias: 'short name',
    answers: 'answers',
    appVersion: 'app version',
    asean: 'ASEAN membership',
    assessment: 'the assessment',
    assessmentId: 'assessment',
    assessments: 'assessments',
    assignments: 'assignments',
    at: 'time',
    base: 'details the form started from',
    baseRev: 'revision the draft started from',
    basis: 'basis',
    before: 'value before the change',
    by: 'author',
    calendar: 'calendar',
    capacityNeeds: 'capacity needs',
    carried: 'carried-forward mark',
    carriedFrom: 'earlier cycle',
    cause: 'cause',
    challenges: 'challenges',
    checksum: 'check code',
    cipher: 'encryption',
    ciphertext: 'encrypted data',
    code: 'State code',
    conflicts: 'conflicts',
    conflictsTaken: 'conflicts resolved for the part',
    coordination: 'record of parts sent and returned',
    count: 'number of entries',
    createdAt: 'creation time',
    date: 'date',
    deletedAt: 'time moved to the trash',
    description: 'description',
    dir: 'writing direction',
    distribution: 'distribution',
    document: 'source document',
    edit: 'change of the record',
    entries: 'entries',
    equivalentIds: 'equivalent practical actions',
    equivalents: 'equivalences',
    evidence: 'evidence',
    exportedAt: 'export time',
    first: 'first entry',
    firstTarget: 'first record',
    focusAreaIds: 'focus areas',
    focusAreaMapping: 'focus-area mapping',
    focusAreas: 'focus areas',
    formatVersion: 'format version',
    from: 'earlier history entry',
    guidance: 'guidance',
    hash: 'hash method',
    heldParts: 'agency parts held on the device',
    history: 'history',
    id: 'id',
    ids: 'entry numbers',
    importedAt: 'import time',
    importedBy: 'importer',
    issuer: 'issuer',
    itemId: 'practical action',
    itemIds: 'practical actions',
    items: 'practical actions',
    iterations: 'iterations',
    iv: 'initialisation vector',
    kdf: 'key derivation',
    kind: 'kind',
    label: 'label',
    language: 'language',
    lastTarget: 'last record',
    leadAgency: 'lead agency',
    letter: 'letter',
    links: 'links',
    mapping: 'mapping',
    markedForReview: 'review mark',
    measuresTaken: 'measures taken',
    messages: 'messages',
    naJustification: 'Not applicable justification',
    name: 'name',
    normAnswerIds: 'norm answers',
    normAnswers: 'norm answers',
    normId: 'norm',
    normIds: 'norms',
    normKindSource: 'source of the norm kinds',
    normQuestions: 'norm questions',
    norms: 'norms',
    notes: 'notes',
    number: 'number',
    numberingSystem: 'digits',
    officialText: 'official text',
    organisation: 'organisation',
    packId: 'pack',
    packs: 'checklist packs',
    packVersion: 'pack version',
    part: 'agency part',
    partDirection: 'direction of the part',
    people: 'people',
    periodEnd: 'end of the period',
    periodStart: 'start of the period',
    priority: 'priority',
    publisher: 'publisher',
    reason: 'reason',
    received: 'parts received',
    reference: 'reference',
    releaseDate: 'release date',
    replaces: 'replaced practical action',
    retired: 'retirement',
    rev: 'internal revision number',
    reviewed: 'reviewed mark',
    salt: 'salt',
    scope: 'scope',
    sent: 'parts sent',
    sentAt: 'time sent',
    sentBy: 'sender',
    set: 'values set',
    shareable: 'shareable mark',
    since: 'version',
    source: 'source',
    state: 'the State profile',
    stateCode: 'State',
    states: 'States',
    status: 'status',
    summary: 'summary',
    tag: 'language tag',
    target: 'changed record',
    targetDate: 'target date',
    targetStatus: 'target status',
    text: 'text',
    title: 'title',
    translations: 'translations',
    translator: 'translator',
    type: 'file type',
    unset: 'fields removed',
    updatedAt: 'time of the last change',
    updatedBy: 'last editor',
    url: 'web address',
    value: 'value',
    values: 'form values',
    version: 'version',
    weight: 'weight',
    whole: 'whole record',
    written: 'records written',
  },
  entries: {
    actions: 'practical action {n, number}',
    answers: 'answer {n, number}',
    assessments: 'assessment {n, number}',
    assignments: 'assignment {n, number}',
    coordination: 'record of parts {n, number}',
    equivalentIds: 'equivalent practical action {n, number}',
    equivalents: 'equivalence {n, number}',
    focusAreaIds: 'focus area {n, number}',
    focusAreas: 'focus area {n, number}',
    heldParts: 'agency part held {n, number}',
    history: 'history entry {n, number}',
    ids: 'entry number {n, number}',
    itemIds: 'practical action {n, number}',
    items: 'practical action {n, number}',
    links: 'link {n, number}',
    normAnswerIds: 'norm answer {n, number}',
    normAnswers: 'norm answer {n, number}',
    normIds: 'norm {n, number}',
    normQuestions: 'norm question {n, number}',
    norms: 'norm {n, number}',
    packs: 'checklist pack {n, number}',
    people: 'person {n, number}',
    received: 'part received {n, number}',
    replaces: 'replaced practical action {n, number}',
    sent: 'part sent {n, number}',
    states: 'State {n, number}',
    translations: 'translation {n, number}',
    unset: 'field removed {n, number}',
  },
  records: {
    actions: 'practical action {id}',
    answers: 'practical action {id}',
    assessments: 'assessment “{id}”',
    equivalents: 'equivalence with pack {id}',
    focusAreas: 'focus area {id}',
    items: 'practical action {id}',
    normAnswers: 'norm {id}',
    normQuestions: 'norm question {id}',
    norms: 'norm {id}',
    packs: 'checklist pack {id}',
    states: 'State {id}',
    translations: 'translation into {id}',
  },
  keyed: {
    actions: 'practical action {key}',
    focusAreas: 'focus area {key}',
    messages: 'message {key}',
    norms: 'norm {key}',
    set: 'field {key}',
  },
  /**
   * Stored values of a choice (an answer's status, an assessment's status, a priority) by the labels
   * the app shows for them: a refusal says "must be one of Not started, Planned, …", never the codes.
   */
  valueLabels: { ...statusLabels, ...assessmentStatusLabels, ...priorityLabels },
  /** A key no label names (a newer file's field): never shown as the key itself. */
  unknownField: 'a field',
  /** An entry of a list no label names. */
  unknownEntry: 'entry {n, number}',
};
