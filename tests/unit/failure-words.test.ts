/**
 * Issue 17 / usability (session 5, uiwords item 1): every sentence a user sees about a file or a
 * record names things in words. New users were shown "History entry 1 (item:13d-01) …" and
 * "checksum: missing or not a SHA-256 checksum". This test walks EVERY failure code of the
 * catalogue (src/lib/schema/failures.ts), every import problem with every kind of record, every
 * schema issue kind and every language-pack problem kind, with realistic data, renders them in
 * English and fails on text that reads like code.
 */
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import { exportUnreadable, importProblem } from '../../src/lib/i18n/importProblems';
import { codeLikeFaults } from './codeLikeText';
import {
  SCHEMA_ISSUE_KINDS,
  type Failure,
  type FailureCode,
  type ImportProblem,
  type IssueKind,
  type LanguagePackProblem,
  type RecordRef,
  type SchemaIssue,
} from '../../src/lib/schema/failures';

// An intersection, not Extract: a storage failure's code is a union of four.
type Example<C extends FailureCode> = Failure & { code: C };

const FILE = 'singapore-2025.json';
const TITLE = 'Singapore 2025';

/** Every kind of record a problem can be about, as the import's checks build them. */
const records: RecordRef[] = [
  { kind: 'file' },
  { kind: 'part' },
  { kind: 'state', code: 'SG' },
  { kind: 'assessment', title: TITLE },
  { kind: 'answer', title: TITLE, itemId: '13d-01' },
  { kind: 'normAnswer', title: TITLE, normId: '13d', normLetter: 'd' },
  { kind: 'normAnswer', title: TITLE, normId: '13d' },
  { kind: 'history', title: TITLE, index: 1, on: 'item', id: '13d-01' },
  { kind: 'history', title: TITLE, index: 2, on: 'norm', id: '13d', normLetter: 'd' },
  { kind: 'history', title: TITLE, index: 3, on: 'norm', id: '13d' },
  { kind: 'history', title: TITLE, index: 4, on: 'other', id: '' },
  { kind: 'assignments', title: TITLE },
];

/** Every import problem, about every kind of record (fields as domain/importChecks.ts names them). */
const importProblems: ImportProblem[] = records.flatMap((record): ImportProblem[] => [
  { code: 'import.unknown-item', record, itemId: '13z-09' },
  { code: 'import.unknown-norm', record, normId: '13z' },
  { code: 'import.history-other-record', record, side: 'before' },
  { code: 'import.history-other-record', record, side: 'after' },
  { code: 'import.rev-too-large', record, rev: 2_000_000_000 },
  { code: 'import.unknown-state', record, stateCode: 'XX' },
  ...[
    'title',
    'naJustification',
    'agency',
    'people 2',
    'exportedAt',
    'createdAt',
    'updatedAt',
    'at',
    'periodStart',
    'periodEnd',
    'targetDate',
    'evidence.date',
  ].flatMap((field): ImportProblem[] => [
    { code: 'import.blank-text', record, field },
    { code: 'import.future-time', record, field, value: '2031-04-05T06:07:08.000Z' },
    { code: 'import.year-out-of-range', record, field, value: '0203-04-05' },
  ]),
  { code: 'import.link-not-web', record, link: 'javascript:alert(1)' },
]);

/** A realistic path for every issue kind, inside a file and inside a stored record. */
const issuePaths: SchemaIssue['path'][] = [
  [],
  ['checksum'],
  ['answers', { index: 0, id: '13d-01' }, 'rev'],
  ['answers', { index: 0, id: '13a-02' }, 'status'],
  ['answers', 3, 'evidence', 'links', 1],
  ['assessments', 0, 'people', 2],
  ['normAnswers', { index: 1, id: '13d' }, 'measuresTaken'],
  ['history', 0, 'target'],
  ['translations', 0, 'norms', '13d', 'title'],
  ['messages', 'workspace', 'shown'],
  ['state', 'code'],
  ['someNewField'],
];

const issueData: SchemaIssue = {
  path: [],
  kind: 'invalid',
  expected: 'string',
  minimum: 1,
  maximum: 4000,
  origin: 'string',
  values: ['not-started', 'planned', 'in-progress', 'largely', 'fully', 'not-applicable'],
  keys: '"colour"',
  count: 1,
  format: 'datetime',
  id: '13d',
};

const schemaFailures: Example<'schema.invalid'>[] = [...SCHEMA_ISSUE_KINDS, 'invalid-type']
  .flatMap((kind) => issuePaths.map((path) => ({ ...issueData, kind: kind as IssueKind, path })))
  .flatMap((issue) => [
    { code: 'schema.invalid', source: FILE, issues: [issue], more: 0 },
    { code: 'schema.invalid', within: ['answers', { id: '13d-01' }], issues: [issue], more: 2 },
  ]);
const zodKinds: IssueKind[] = [
  'invalid-type',
  'too-small',
  'too-big',
  'invalid-value',
  'invalid-format',
  'unrecognized-keys',
  'invalid-union',
  'invalid-key',
  'invalid-element',
  'not-multiple',
  'invalid',
];
for (const kind of zodKinds)
  for (const origin of ['string', 'array', 'number'])
    for (const format of ['url', 'datetime', 'uuid', 'email', 'regex'])
      for (const expected of ['string', 'number', 'int', 'boolean', 'object', 'array', 'undefined'])
        schemaFailures.push({
          code: 'schema.invalid',
          source: FILE,
          issues: [{ ...issueData, path: ['answers', 0, 'notes'], kind, origin, format, expected }],
          more: 0,
        });

/** Every kind of language-pack problem, with realistic data (keys English has, and one it lacks). */
const languagePackProblems: LanguagePackProblem[] = [
  { kind: 'unknown-field', field: 'translater', where: 'file' },
  { kind: 'unknown-field', field: 'email', where: 'translator' },
  { kind: 'no-version' },
  { kind: 'tag', value: 'english' },
  { kind: 'tag', value: '' },
  ...(['missing', 'empty', 'invisible', 'too-long', 'not-text'] as const).flatMap(
    (problem): LanguagePackProblem[] => [
      { kind: 'name', problem, limit: 200 },
      { kind: 'translator-name', problem, limit: 200 },
      { kind: 'translator-organisation', problem, limit: 200 },
    ],
  ),
  { kind: 'dir' },
  ...(['nothing', 'text', 'number', 'list', 'true-false', 'group'] as const).flatMap(
    (found): LanguagePackProblem[] => [
      { kind: 'translator', found },
      { kind: 'messages', found },
      { kind: 'not-a-text', key: 'workspace.save', found },
    ],
  ),
  { kind: 'translator-date' },
  { kind: 'digits' },
  { kind: 'calendar' },
  { kind: 'group-expected', key: 'home' },
  { kind: 'text-expected', key: 'common.loading' },
  { kind: 'too-long', key: 'common.loading', limit: 4000 },
  { kind: 'key-format', key: 'home.my title' },
  { kind: 'too-deep', key: 'home.a.b.c.d.e', limit: 6 },
  { kind: 'unknown-key', key: 'home.titel' },
  { kind: 'unknown-key', key: 'workspace' },
  ...[
    'EXPECT_ARGUMENT_CLOSING_BRACE',
    'EMPTY_ARGUMENT',
    'MISSING_OTHER_CLAUSE',
    'INVALID_ARGUMENT_TYPE',
    'SOMETHING_NEW',
  ].map((detail): LanguagePackProblem => ({
    kind: 'unparsable',
    key: 'home.actionsCount',
    detail,
    position: 12,
  })),
  { kind: 'unparsable', key: 'common.loading', detail: 'EXPECT_ARGUMENT_CLOSING_BRACE' },
  { kind: 'unknown-argument', key: 'home.normsCaption', detail: 'total', english: ['count'] },
  { kind: 'unknown-argument', key: 'common.loading', detail: 'count', english: [] },
  { kind: 'unknown-argument', key: 'home.title', detail: 'x', english: ['a', 'b'] },
  { kind: 'argument-type', key: 'home.actionsCount', detail: 'count' },
  { kind: 'missing-argument', key: 'common.norm', detail: 'letter' },
  { kind: 'unknown-case', key: 'home.actionsCount', detail: 'few', argument: 'count' },
  { kind: 'invisible', key: 'common.loading' },
  { kind: 'other', field: 'messages' },
];

const storage = <
  C extends 'storage.quota' | 'storage.blocked' | 'storage.unavailable' | 'storage.other',
>(
  code: C,
) => ({ code, name: 'QuotaExceededError' });

/** Realistic examples of every failure code (the type makes the list complete). */
const examples: { [C in FailureCode]: Example<C>[] } = {
  'schema.invalid': schemaFailures,
  'file.too-many-values': [{ code: 'file.too-many-values', source: FILE }],
  'file.text-too-long': [
    {
      code: 'file.text-too-long',
      source: FILE,
      limit: 1_000_000,
      path: ['answers', { index: 0, id: '13a-01' }, 'notes'],
    },
    { code: 'file.text-too-long', source: FILE, limit: 1_000_000, path: [] },
  ],
  'file.too-deep': [{ code: 'file.too-deep', source: FILE, limit: 64 }],
  'file.forbidden-key': [{ code: 'file.forbidden-key', source: FILE, key: '__proto__' }],
  'file.not-json': [
    { code: 'file.not-json', source: FILE, detail: 'Unexpected token } in JSON at position 12' },
  ],
  'file.too-large': [{ code: 'file.too-large', source: FILE, megabytes: 50 }],
  'file.unreadable': [{ code: 'file.unreadable', source: FILE }],
  'file.not-text': [{ code: 'file.not-text', source: FILE }],
  'export.needs-passphrase': [{ code: 'export.needs-passphrase', source: FILE }],
  'export.wrong-passphrase': [{ code: 'export.wrong-passphrase', source: FILE }],
  'export.not-json': [{ code: 'export.not-json', source: FILE }],
  'export.not-an-export': [{ code: 'export.not-an-export', source: FILE }],
  'export.is-a-pack': [{ code: 'export.is-a-pack', source: FILE }],
  'export.wrong-type': [{ code: 'export.wrong-type', source: FILE, expected: 'nic-export' }],
  'export.bad-version': [{ code: 'export.bad-version', source: FILE }],
  'export.newer-version': [
    { code: 'export.newer-version', source: FILE, version: 9, supported: 5 },
  ],
  'export.unknown-version': [{ code: 'export.unknown-version', source: FILE, version: '2.5' }],
  'export.no-checksum': [{ code: 'export.no-checksum', source: FILE }],
  'export.checksum-mismatch': [{ code: 'export.checksum-mismatch', source: FILE }],
  'export.damaged-encrypted': [
    { code: 'export.damaged-encrypted', source: FILE },
    {
      code: 'export.damaged-encrypted',
      source: FILE,
      issues: {
        code: 'schema.invalid',
        source: FILE,
        issues: [{ path: ['salt'], kind: 'salt-length' }],
        more: 0,
      },
    },
  ],
  'export.nested-encrypted': [{ code: 'export.nested-encrypted', source: FILE }],
  'export.invalid-records': [
    { code: 'export.invalid-records', source: FILE, problems: importProblems },
  ],
  'export.too-large': [
    { code: 'export.too-large', source: FILE, bytes: 60_000_000, maxBytes: 50 * 1024 * 1024 },
  ],
  'export.too-many-values': [
    { code: 'export.too-many-values', source: FILE, shape: { code: 'file.too-many-values' } },
  ],
  'export.unreadable-records': [
    { code: 'export.unreadable-records', source: FILE, problems: importProblems.slice(0, 7) },
  ],
  'import.missing-packs': [
    { code: 'import.missing-packs', source: FILE, packs: [{ id: 'asean-nic', version: '2.0.0' }] },
  ],
  'import.invalid-records': [
    { code: 'import.invalid-records', source: FILE, problems: importProblems.slice(0, 1) },
  ],
  'import.changed-meanwhile': [{ code: 'import.changed-meanwhile', source: FILE }],
  'import.record-invalid': [
    {
      code: 'import.record-invalid',
      source: FILE,
      detail: '[{"code":"invalid_type","path":["answers",0,"rev"],"message":"Expected number"}]',
    },
  ],
  'import.store-failed': [
    { code: 'import.store-failed', source: FILE, name: 'QuotaExceededError' },
  ],
  'export.assessment-not-found': [{ code: 'export.assessment-not-found' }],
  'region.pack-missing': [
    {
      code: 'region.pack-missing',
      source: FILE,
      title: TITLE,
      id: 'asean-nic-gge2015',
      version: '2.0.0',
    },
  ],
  'pack.not-installed': [{ code: 'pack.not-installed', id: 'asean-nic-gge2015', version: '2.0.0' }],
  'pack.not-an-object': [{ code: 'pack.not-an-object', source: FILE, type: 'nic-checklist-pack' }],
  'pack.newer-format': [{ code: 'pack.newer-format', source: FILE, format: 7, supported: 3 }],
  'pack.bad-format': [{ code: 'pack.bad-format', source: FILE, supported: 3 }],
  'pack.version-taken': [
    { code: 'pack.version-taken', source: FILE, id: 'asean-nic-gge2015', version: '1.1.0' },
  ],
  'language-pack.not-a-language-pack': (
    [undefined, 'checklist-pack', 'export', 'nothing', 'other'] as const
  ).map((found) => ({
    code: 'language-pack.not-a-language-pack',
    source: FILE,
    type: 'nic-language-pack',
    ...(found ? { found } : {}),
  })),
  'language-pack.newer-version': [
    { code: 'language-pack.newer-version', source: FILE, version: 4, supported: 1 },
  ],
  'language-pack.reserved-tag': [{ code: 'language-pack.reserved-tag', source: FILE, tag: 'en' }],
  'language-pack.invalid': [
    { code: 'language-pack.invalid', source: FILE, problems: languagePackProblems, more: 3 },
    { code: 'language-pack.invalid', problems: languagePackProblems, more: 0 },
  ],
  'language-pack.too-large': [{ code: 'language-pack.too-large', source: FILE, megabytes: 5 }],
  'language-pack.not-json': [
    { code: 'language-pack.not-json', source: FILE, line: 3, column: 7 },
    { code: 'language-pack.not-json', source: FILE },
  ],
  'language-pack.not-installed': [{ code: 'language-pack.not-installed', tag: 'fr' }],
  'dataset.norm-count': [
    { code: 'dataset.norm-count', source: FILE, id: '13d', count: 2, min: 3, max: 9 },
  ],
  'dataset.area-count': [
    { code: 'dataset.area-count', source: FILE, id: 'fa-3', count: 0, min: 1 },
  ],
  'dataset.official-status': [{ code: 'dataset.official-status', source: FILE }],
  'dataset.not-a-clause': [
    { code: 'dataset.not-a-clause', source: FILE, actionId: '13d-01', normId: '13d' },
  ],
  'dataset.basis-not-official': [
    { code: 'dataset.basis-not-official', source: FILE, actionId: '13d-01' },
  ],
  'dataset.official-mapped': [
    { code: 'dataset.official-mapped', source: FILE, actionId: '13d-01' },
  ],
  'dataset.unofficial-status': [{ code: 'dataset.unofficial-status', source: FILE }],
  'dataset.mapping-not-judgement': [
    { code: 'dataset.mapping-not-judgement', source: FILE, actionId: '13d-01' },
  ],
  'dataset.staging-url': [{ code: 'dataset.staging-url', source: FILE, actionId: '13d-01' }],
  'dataset.gge2021-official': [
    { code: 'dataset.gge2021-official', source: FILE, actionId: '13d-01' },
  ],
  'dataset.nic-claims': [{ code: 'dataset.nic-claims', source: FILE, count: 9, allowed: 4 }],
  'assessment.not-found': [{ code: 'assessment.not-found' }],
  'assessment.in-trash': [
    {
      code: 'assessment.in-trash',
      assessmentId: 'a-1',
      title: TITLE,
      deletedAt: '2025-05-01T10:00:00.000Z',
    },
  ],
  'assessment.only-a-part': [
    { code: 'assessment.only-a-part', title: TITLE, agency: 'Cyber Security Agency' },
  ],
  'assessment.final': [{ code: 'assessment.final' }],
  'assessment.carry-source-missing': [{ code: 'assessment.carry-source-missing' }],
  'state.unknown-code': [{ code: 'state.unknown-code', stateCode: 'XX' }],
  'state.missing': [{ code: 'state.missing', stateCode: 'SG' }],
  'assignments.no-name': [{ code: 'assignments.no-name' }],
  'assignments.agency-twice': [{ code: 'assignments.agency-twice', agency: 'Ministry of Defence' }],
  'assignments.unknown-norm': [
    { code: 'assignments.unknown-norm', agency: 'Ministry of Defence', normId: '13z' },
  ],
  'assignments.unknown-item': [
    { code: 'assignments.unknown-item', agency: 'Ministry of Defence', itemId: '13z-01' },
  ],
  'assignments.norm-twice': [{ code: 'assignments.norm-twice', normId: '13d' }],
  'assignments.item-twice': [{ code: 'assignments.item-twice', itemId: '13d-01' }],
  'assignments.no-agency': [{ code: 'assignments.no-agency', agency: 'Ministry of Defence' }],
  'assignments.item-taken': [
    { code: 'assignments.item-taken', itemId: '13d-01', owner: 'Ministry of Defence' },
  ],
  'agency.name-required': [{ code: 'agency.name-required' }],
  'agency.already-listed': [{ code: 'agency.already-listed', agency: 'Ministry of Defence' }],
  'agency.unknown': [{ code: 'agency.unknown', agency: 'Ministry of Defence' }],
  'assign.norm-taken': [{ code: 'assign.norm-taken', id: '13d', owner: 'Ministry of Defence' }],
  'assignments.misfiled': [{ code: 'assignments.misfiled', assessmentId: 'a-1' }],
  'storage.quota': [storage('storage.quota')],
  'storage.blocked': [storage('storage.blocked')],
  'storage.unavailable': [storage('storage.unavailable')],
  'storage.other': [{ ...storage('storage.other'), name: 'DataError' }],
  'save.conflict': [{ code: 'save.conflict', current: {} }],
  'save.readonly': [{ code: 'save.readonly' }],
  'save.missing': [{ code: 'save.missing' }],
  'save.earlier-invalid': [{ code: 'save.earlier-invalid' }],
  'save.earlier-other-record': [{ code: 'save.earlier-other-record' }],
  'report.not-made': [
    { code: 'report.not-made', file: 'pdf' },
    { code: 'report.not-made', file: 'xlsx' },
  ],
};

const allFailures = Object.values(examples).flat() as Failure[];

describe('every refusal reads as words, not code', () => {
  it('every failure code has a realistic example', () => {
    for (const [code, list] of Object.entries(examples))
      expect(list.length, code).toBeGreaterThan(0);
  });

  it('no failure, import problem, schema issue or language-pack problem reads like code', () => {
    // One example line of each fault of each code (the walk renders thousands of lines).
    const faults = new Map<string, string>();
    const judge = (text: string, what: string) => {
      for (const line of text.split('\n'))
        for (const fault of codeLikeFaults(line, FILE))
          if (!faults.has(`${what}: ${fault}`)) faults.set(`${what}: ${fault}`, line);
    };
    for (const failure of allFailures) judge(describeFailure(failure), failure.code);
    for (const problem of importProblems) judge(importProblem(problem), problem.code);
    judge(
      exportUnreadable(FILE, { code: 'export.too-large', bytes: 6e7, maxBytes: 5e7 }),
      'exportUnreadable',
    );
    expect([...faults].map(([fault, line]) => `${fault}\n    in “${line}”`)).toEqual([]);
  });

  it('names the target of a history entry as the rest of the app does', () => {
    const history = (on: 'item' | 'norm', id: string, normLetter?: string) =>
      importProblem({
        code: 'import.history-other-record',
        record: { kind: 'history', title: TITLE, index: 1, on, id, normLetter },
        side: 'before',
      });
    expect(history('item', '13d-01')).toContain('History entry 1 (practical action 13d-01)');
    expect(history('norm', '13d', 'd')).toContain('History entry 1 (norm 13(d))');
    expect(history('norm', '13d')).toContain('History entry 1 (norm 13d)');
  });

  it('a missing or damaged checksum is said in plain words', () => {
    expect(describeFailure({ code: 'export.no-checksum', source: FILE })).toBe(
      `${FILE}: the file’s check code is missing or damaged, so it cannot be trusted. Export it again from the app, or ask the sender for a new copy.`,
    );
  });

  it('names the allowed values of a choice by the app’s labels, and the revision in plain words', () => {
    const refusal = (path: SchemaIssue['path'], issue: Omit<SchemaIssue, 'path'>) =>
      describeFailure({ code: 'schema.invalid', issues: [{ ...issue, path }], more: 0 });
    expect(
      refusal(['answers', { index: 1, id: '13a-02' }, 'status'], {
        kind: 'invalid-value',
        values: ['not-started', 'planned', 'in-progress', 'largely', 'fully', 'not-applicable'],
      }),
    ).toBe(
      'Status of practical action \u206813a-02\u2069 must be one of Not started, Planned, In progress, Largely implemented, Fully implemented, or Not applicable',
    );
    expect(
      refusal(['answers', { index: 0, id: '13a-01' }, 'rev'], {
        kind: 'invalid-type',
        expected: 'number',
      }),
    ).toBe('Internal revision number of practical action \u206813a-01\u2069 must be a number');
  });

  it('says which text is too long', () => {
    expect(
      describeFailure({
        code: 'file.text-too-long',
        source: FILE,
        limit: 1_000_000,
        path: ['answers', { index: 0, id: '13a-01' }, 'notes'],
      }),
    ).toBe(
      `${FILE}: notes of practical action \u206813a-01\u2069 is longer than 1,000,000 characters`,
    );
  });
});
