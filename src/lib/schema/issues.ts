import type { z } from 'zod';
import {
  SCHEMA_ISSUE_KINDS,
  type PathSegment,
  type SchemaFailure,
  type SchemaIssue,
} from './failures';

const NAMED_KINDS: ReadonlySet<string> = new Set(SCHEMA_ISSUE_KINDS);

type RawIssue = z.core.$ZodIssue;

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * The field that holds a record's own id, by the key of the list the record is in: an entry of
 * `answers` is named by its practical action (`itemId`), a pack's norm by its `id`, a State by its
 * code, an assessment by its title. Lists not named here are named by position.
 */
const RECORD_IDS: Readonly<Record<string, string>> = {
  answers: 'itemId',
  normAnswers: 'normId',
  actions: 'id',
  norms: 'id',
  focusAreas: 'id',
  normQuestions: 'id',
  states: 'code',
  assessments: 'title',
  packs: 'id',
  equivalents: 'packId',
  items: 'itemId',
  translations: 'language',
};

/** Longest id put into a path (a hostile file's "id" may be any text). */
const MAX_PATH_ID = 80;

const isRecord = (v: unknown): v is Record<PropertyKey, unknown> =>
  typeof v === 'object' && v !== null;

/**
 * A zod path as data: keys and indexes as they are, and an index into a list of records
 * (RECORD_IDS) as `{ index, id }` when the entry in `input` carries its id, so that a refusal can
 * say "practical action 13a-1" instead of a position.
 */
export function pathSegments(path: readonly PropertyKey[], input?: unknown): PathSegment[] {
  const out: PathSegment[] = [];
  let at: unknown = input;
  let key: string | undefined;
  for (const part of path) {
    const next = isRecord(at) ? at[part] : undefined;
    if (typeof part === 'number') {
      const idField = key === undefined ? undefined : RECORD_IDS[key];
      const id = idField !== undefined && isRecord(next) ? next[idField] : undefined;
      out.push(
        typeof id === 'string' && id.trim() !== '' && id.length <= MAX_PATH_ID
          ? { index: part, id }
          : part,
      );
      key = undefined;
    } else {
      out.push(String(part));
      key = String(part);
    }
    at = next;
  }
  // A path that ends at an entry's own id field names the entry by that id: the issue is about
  // the id ("practical action 13a-1 holds the id twice", not "id of practical action 13a-1 …").
  const last = out.length - 1;
  const entry = out[last - 1];
  const list = out[last - 2];
  if (typeof entry === 'object' && typeof list === 'string' && out[last] === RECORD_IDS[list])
    out.pop();
  return out;
}

/**
 * One zod issue as typed data: its path (segments, with record ids looked up in `input`, the value
 * that was parsed) and kind, with the data the message needs. A schema names its own rules by
 * putting an issue kind (SCHEMA_ISSUE_KINDS) in `message` and, for custom issues, the offending id
 * in `params.id`; zod's own issues are mapped by their code. The words are built by the i18n layer
 * (`describeFailure`): zod's English and the code path are never shown.
 */
export function toSchemaIssue(issue: RawIssue, input?: unknown): SchemaIssue {
  const path = pathSegments(issue.path, input);
  if (NAMED_KINDS.has(issue.message)) {
    const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
    const id = typeof params.id === 'string' ? params.id : undefined;
    return {
      path,
      kind: issue.message as SchemaIssue['kind'],
      ...(id !== undefined ? { id } : {}),
    };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { path, kind: 'invalid-type', expected: String(issue.expected) };
    case 'too_small':
      return {
        path,
        kind: 'too-small',
        minimum: Number(issue.minimum),
        origin: String(issue.origin),
      };
    case 'too_big':
      return {
        path,
        kind: 'too-big',
        maximum: Number(issue.maximum),
        origin: String(issue.origin),
      };
    case 'invalid_value':
      return {
        path,
        kind: 'invalid-value',
        values: issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      };
    case 'invalid_format':
      return { path, kind: 'invalid-format', format: String(issue.format) };
    case 'unrecognized_keys':
      return { path, kind: 'unrecognized-keys', keys: list(issue.keys), count: issue.keys.length };
    case 'invalid_union':
      return { path, kind: 'invalid-union' };
    case 'invalid_key':
      return { path, kind: 'invalid-key' };
    case 'invalid_element':
      return { path, kind: 'invalid-element' };
    case 'not_multiple_of':
      return { path, kind: 'not-multiple' };
    default:
      return { path, kind: 'invalid' };
  }
}

/**
 * A zod error as a typed failure: the first `max` issues and the count of the rest. `source` names
 * a file by its name (`nic.json`, put in front of the message), or a stored record by its path
 * (`['assessment']`, `['answers', { id: '13a-1' }]`, `['states', 2]`; the i18n layer words it
 * around each issue). `input` is the value that was parsed: it gives the ids of records in paths.
 */
export function schemaFailure(
  source: string | readonly PathSegment[],
  error: z.ZodError,
  max = 10,
  input?: unknown,
): SchemaFailure {
  return {
    code: 'schema.invalid',
    ...(typeof source === 'string' ? { source } : { within: [...source] }),
    issues: error.issues.slice(0, max).map((issue) => toSchemaIssue(issue, input)),
    more: Math.max(0, error.issues.length - max),
  };
}

/**
 * Adds a refinement issue in a schema's own rules (superRefine): `message` is the issue's code (mapped to words by the i18n layer), `id`
 * the offending id when there is one (`params.id`).
 */
export function customIssue(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  message: string,
  id?: string,
): void {
  ctx.addIssue({ code: 'custom', path, message, ...(id === undefined ? {} : { params: { id } }) });
}
