import type { z } from 'zod';
import { SCHEMA_ISSUE_KINDS, type SchemaFailure, type SchemaIssue } from './failures';

const NAMED_KINDS: ReadonlySet<string> = new Set(SCHEMA_ISSUE_KINDS);

type RawIssue = z.core.$ZodIssue;

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * One zod issue as typed data: its path and kind, with the data the message needs. A schema names
 * its own rules by putting an issue kind (SCHEMA_ISSUE_KINDS) in `message` and, for custom issues,
 * the offending id in `params.id`; zod's own issues are mapped by their code. The words are built by
 * the i18n layer (`describeFailure`): zod's English is never shown.
 */
export function toSchemaIssue(issue: RawIssue): SchemaIssue {
  const path = formatPath(issue.path);
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
      return { path, kind: 'invalid-value', values: list(issue.values) };
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
 * the file or record (e.g. `nic.json`, `answer 13a-1`) for the message's prefix.
 */
export function schemaFailure(source: string, error: z.ZodError, max = 10): SchemaFailure {
  return {
    code: 'schema.invalid',
    source,
    issues: error.issues.slice(0, max).map(toSchemaIssue),
    more: Math.max(0, error.issues.length - max),
  };
}

/** A zod path as people write it: `actions[3].focusAreaIds[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
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
