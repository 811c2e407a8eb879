/**
 * A first look at parsed JSON before any schema sees it: files from outside are hostile until shown
 * otherwise. Refuses deep nesting (a stack-exhaustion attack on recursive code), prototype-polluting
 * keys and absurd sizes, with a typed failure (the i18n layer words it).
 */
import type { FileFailure } from './failures';
import { pathSegments } from './issues';

export const UNTRUSTED_LIMITS = { depth: 32, nodes: 2_000_000, stringLength: 1_000_000 } as const;

/** A value still to look at: `key` in its `parent` (none for the top level). */
interface Visit {
  value: unknown;
  depth: number;
  key?: string | number;
  parent?: Visit;
}

/** The keys from the top level down to `visit`. */
function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) path.unshift(v.key);
  return path;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks parsed JSON from outside before any schema sees it: depth, node count and string length
 * under `limits`, and no `__proto__`/`constructor`/`prototype` keys. Fails with a `file.*` code.
 */
export function checkUntrustedShape(
  data: unknown,
  limits: { depth: number; nodes: number; stringLength: number } = UNTRUSTED_LIMITS,
): { ok: true } | ({ ok: false } & FileFailure) {
  let nodes = 0;
  // Iterative walk: recursion here would be the very stack overflow we guard against. Each entry
  // links to its parent, so that a refusal can name the place of a long text without a path per value.
  const stack: Visit[] = [{ value: data, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    nodes += 1;
    if (nodes > limits.nodes) return { ok: false, code: 'file.too-many-values' };
    if (typeof value === 'string') {
      if (value.length > limits.stringLength)
        return {
          ok: false,
          code: 'file.text-too-long',
          limit: limits.stringLength,
          path: pathSegments(pathOf(visit), data),
        };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.depth) return { ok: false, code: 'file.too-deep', limit: limits.depth };
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, depth: depth + 1, key: i, parent: visit }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { ok: false, code: 'file.forbidden-key', key };
      stack.push({
        value: (value as Record<string, unknown>)[key],
        depth: depth + 1,
        key,
        parent: visit,
      });
    }
  }
  return { ok: true };
}
