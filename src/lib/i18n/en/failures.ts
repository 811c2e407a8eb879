import type { FailureCode, IssueKind } from '../../schema/failures';

/**
 * The words of every expected failure (the catalogue is src/lib/schema/failures.ts), as ICU
 * MessageFormat: `{name}` is the failure's data, plural and select as ICU writes them. A failure's
 * `source` (file or record name) is put in front by `describeFailure`, so messages leave it out.
 */
export const failures = {
  'schema.invalid': '{path}: {issue}',
  'file.too-many-values': 'the file holds too many values',
  'file.text-too-long': 'a text is longer than {limit, number} characters',
  'file.too-deep': 'the data is nested deeper than {limit, number} levels',
  'file.forbidden-key': 'forbidden key "{key}"',
  'file.not-json': '(top level): is not valid JSON ({detail})',
  'file.too-large': 'the file is larger than {megabytes, number} MB; an export is far smaller',
  'file.unreadable': 'the file could not be read',

  'export.needs-passphrase': 'is protected with a passphrase',
  'export.wrong-passphrase': 'wrong passphrase, or the file was altered after it was encrypted',
  'export.not-json': 'is not JSON (it may be damaged, or another kind of file)',
  'export.not-an-export': 'wrong format: not an export of this tool',
  'export.is-a-pack':
    'this is a checklist pack, not an export: install it on the Checklist packs screen',
  'export.wrong-type': 'wrong format: not an export of this tool (type must be "{expected}")',
  'export.bad-version': 'version: must be a whole number',
  'export.newer-version':
    'newer format than this app: the file was written in export format {version}, this app reads up to {supported}. Update the app',
  'export.unknown-version': 'unknown export format version {version}',
  'export.no-checksum': 'checksum: missing or not a SHA-256 checksum',
  'export.checksum-mismatch':
    'failed checksum: the file was changed or damaged after it was exported',
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
  'import.record-invalid':
    'A record of the file failed its check; nothing was imported. ({detail})',
  'import.store-failed': 'The import could not be stored ({name}); nothing was imported.',

  'region.pack-missing':
    '“{title}” needs checklist pack {id} {version}, which the file does not carry',
  'dataset.norm-count':
    'norm "{id}": has {count, plural, one {# active action} other {# active actions}}; the dataset rule is {min}–{max}',
  'dataset.area-count':
    'focus area "{id}": has {count, plural, one {# active action} other {# active actions}}; the dataset rule is at least {min}',
  'dataset.official-status': 'status: an official-text pack must say "official"',
  'dataset.not-a-clause': 'action "{actionId}": is not an exact clause of norm "{normId}"',
  'dataset.basis-not-official': 'action "{actionId}": source.basis must be "official-text"',
  'dataset.official-mapped':
    'action "{actionId}": maps to focus areas; official text makes no such mapping',
  'dataset.unofficial-status': 'status: our compilation must say "unofficial"',
  'dataset.mapping-not-judgement':
    'action "{actionId}": focus-area mappings of this pack are our judgement',
  'dataset.staging-url': 'action "{actionId}": source.url points at a staging host',
  'dataset.gge2021-official':
    'action "{actionId}": GGE 2021 practical actions rest on a summary, not the official text',
  'dataset.nic-claims':
    '{count, plural, one {# practical action claims} other {# practical actions claim}} NIC origin; only {allowed, number} are publicly described',
  'pack.not-an-object': '(top level): must be a JSON object (a {type} file)',
  'pack.newer-format':
    'formatVersion: the pack was written in pack format {format}; this app reads formats 1–{supported}. Update the app',
  'pack.bad-format': 'formatVersion: must be a pack format this app reads (1–{supported})',
  'pack.not-installed':
    'The checklist pack {id} version {version} is not installed on this device.',
  'language-pack.not-a-language-pack':
    'not a language pack of this tool (type must be "{type}"); a checklist pack is installed above',
  'language-pack.newer-version':
    'written for a newer version of this app (language pack version {version}; this app reads up to {supported}). Update the app',
  'language-pack.reserved-tag':
    '"{tag}" is a language the app ships (English or the pseudo-locale); a language pack cannot replace it',
  'language-pack.messages': '{problems}',
  'language-pack.not-installed': 'no language pack "{tag}" is installed',
  'pack.version-taken':
    'A different checklist pack {id} version {version} is already installed. A published version must not change: give the new file a new version number.',

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
  'assignments.unknown-item': 'Item "{itemId}" is not in the checklist.',
  'assignments.norm-twice': 'Norm "{normId}" is given to two agencies.',
  'assignments.item-twice': 'Item "{itemId}" is given to two agencies.',
  'assignments.no-agency': 'No agency "{agency}".',
  'assignments.item-taken': 'Item {itemId} is already given to {owner}. Take it back there first.',
  'agency.name-required': 'Name the agency.',
  'agency.already-listed': 'The agency "{agency}" is already listed.',
  'agency.unknown': 'No agency "{agency}".',
  'assign.norm-taken': 'Norm "{id}" is already given to {owner}.',
  'assignments.misfiled': 'assignments: stored under another assessment',

  'storage.quota': 'The device storage is full ({name}).',
  'storage.blocked': 'The browser blocked the storage ({name}).',
  'storage.unavailable': 'The browser storage is not available ({name}).',
  'storage.other': 'The browser storage refused the change ({name}).',

  'save.conflict': 'Someone else saved a newer version of this answer.',
  'save.readonly': 'This assessment is final and read-only.',
  'save.missing': 'This assessment does not exist on this device.',
  'save.earlier-invalid': 'the earlier version is not valid',
  'save.earlier-other-record': 'the earlier version belongs to another record',
} satisfies Record<FailureCode, string>;

/** What is wrong with one value of a file or record (after its path). */
export const issues = {
  'invalid-type':
    '{expected, select, string {must be a text} number {must be a number} int {must be a whole number} boolean {must be true or false} object {must be an object} array {must be a list} undefined {must not be there} other {must be of type {expected}}}',
  'too-small':
    '{origin, select, string {must be at least {minimum, number} characters long} array {must hold at least {minimum, number} entries} other {must be at least {minimum, number}}}',
  'too-big':
    '{origin, select, string {is longer than {maximum, number} characters} array {must hold at most {maximum, number} entries} other {must be at most {maximum, number}}}',
  'invalid-value': 'must be one of {values}',
  'invalid-format':
    '{format, select, url {must be a web address} datetime {must be a date and time (ISO 8601, UTC)} uuid {must be an identifier (UUID)} email {must be an e-mail address} other {is not in the expected form ({format})}}',
  'unrecognized-keys': 'unknown {count, plural, one {field} other {fields}} {keys}',
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
  'letter-format': 'must be one lower-case letter',
  'language-tag': 'must be a language tag such as en',
  'state-code': 'must be an ISO 3166-1 alpha-2 code',
  'hex-digest': 'must be 64 lower-case hex digits',
  base64: 'must be base64',
  'appears-twice': 'appears twice',
  'state-not-in-file': 'State "{id}" is not in the file',
  'not-in-file': 'is not an assessment in this file',
  'part-needs-scope': 'a part must say what it covers',
  'part-one-assessment': 'a part holds exactly one assessment',
  'part-no-assignments': 'a part carries no assignments',
  'part-norm-not-named': 'names a norm the part does not cover',
  'period-end-before-start': 'must not be before the start of the period',
  'na-needs-justification': 'Not applicable needs a justification',
  'duplicate-id': 'duplicate id "{id}"',
  'unknown-norm': 'unknown norm "{id}"',
  'unknown-focus-area': 'unknown focus area "{id}"',
  'replaces-active':
    '"{id}" is an active action of this pack; retire it before another action replaces it',
  'min-one-norm': 'must name at least one norm',
  'min-one-focus-area': 'must name at least one focus area',
  'salt-length': 'must be at least 16 bytes',
  'iv-length': 'must be 12 bytes',
  'ciphertext-short': 'is too short to hold anything',
  'mapping-required':
    'must say who mapped the action to its focus areas ("official" or "judgement")',
  'equivalent-self': 'names this pack; versions of one pack follow ids through "replaces"',
  'duplicate-pack': 'duplicate pack "{id}"',
  'unknown-action': 'unknown action "{id}"',
  'translation-language': '"{id}" is the pack\'s own language or is listed twice',
} satisfies Record<IssueKind, string>;

/** Framing of failures: the source prefix, the top-level path, the count of further issues. */
export const failureFrame = {
  sourced: '{source}: {message}',
  topLevel: '(top level)',
  more: '…and {more, plural, one {# more problem} other {# more problems}}',
  packVersion: '{id} version {version}',
  /** One message of a language pack that cannot be used, by kind. */
  languagePackProblem:
    '{key}: {kind, select, unknown_key {no such message in English (a misspelt or old key)} not_a_string {must be a text (an ICU message) where English has one, or a group where English has a group} unparsable {not a valid ICU message ({detail})} argument_type {uses the placeholder "{detail}" in another way than the English message (as a date, a choice or a count where English does not)} unknown_case {has a case "{detail}" of "{argument}" that neither the English message nor this language\'s plural rules have} invisible {shows nothing: only spaces or invisible characters (zero-width, bidi marks)} other {uses the placeholder "{detail}", which the English message does not give}}',
};
