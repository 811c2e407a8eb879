/**
 * A first look at parsed JSON before any schema sees it: files from outside are hostile until shown
 * otherwise. Refuses deep nesting (a stack-exhaustion attack on recursive code), prototype-polluting
 * keys and absurd sizes, with a message a user can read.
 */
export const UNTRUSTED_LIMITS = { depth: 32, nodes: 2_000_000, stringLength: 1_000_000 } as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function checkUntrustedShape(
  data: unknown,
  limits: { depth: number; nodes: number; stringLength: number } = UNTRUSTED_LIMITS,
): { ok: true } | { ok: false; reason: string } {
  let nodes = 0;
  // Iterative walk: recursion here would be the very stack overflow we guard against.
  const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    nodes += 1;
    if (nodes > limits.nodes) return { ok: false, reason: 'the file holds too many values' };
    if (typeof value === 'string') {
      if (value.length > limits.stringLength)
        return { ok: false, reason: `a text is longer than ${limits.stringLength} characters` };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.depth)
      return { ok: false, reason: `the data is nested deeper than ${limits.depth} levels` };
    if (Array.isArray(value)) {
      for (const v of value) stack.push({ value: v, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { ok: false, reason: `forbidden key "${key}"` };
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return { ok: true };
}
