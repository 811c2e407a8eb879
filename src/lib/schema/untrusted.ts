/**
 * A first look at parsed JSON before any schema sees it: files from outside are hostile until shown
 * otherwise. Refuses deep nesting (a stack-exhaustion attack on recursive code), prototype-polluting
 * keys and absurd sizes, with a typed failure (the i18n layer words it).
 */
import type { FileFailure } from './failures';

export const UNTRUSTED_LIMITS = { depth: 32, nodes: 2_000_000, stringLength: 1_000_000 } as const;

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
  // Iterative walk: recursion here would be the very stack overflow we guard against.
  const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    nodes += 1;
    if (nodes > limits.nodes) return { ok: false, code: 'file.too-many-values' };
    if (typeof value === 'string') {
      if (value.length > limits.stringLength)
        return { ok: false, code: 'file.text-too-long', limit: limits.stringLength };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.depth) return { ok: false, code: 'file.too-deep', limit: limits.depth };
    if (Array.isArray(value)) {
      for (const v of value) stack.push({ value: v, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { ok: false, code: 'file.forbidden-key', key };
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return { ok: true };
}
