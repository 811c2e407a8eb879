/**
 * Matching a location hash against a route table. No runes and no imports: the start-up entry
 * (src/main.ts) uses it before Svelte's runtime has loaded.
 */

/** What the router needs of a route: a pattern for the hash path and the names of its groups. */
export interface RoutePattern {
  /** Matched against the hash path without "#", e.g. "/assessments/1234". */
  pattern: RegExp;
  /** Names of the pattern's capture groups, in order. */
  params?: readonly string[];
}

export type RouteParams = Record<string, string>;

export interface MatchedRoute<R extends RoutePattern> {
  route: R | undefined;
  params: RouteParams;
  query: URLSearchParams;
}

/**
 * Parses a location hash ("#/path?query") against a route table (the first matching route wins):
 * the URL is a boundary too, so params are decoded here and never trusted further than the pattern.
 */
export function matchRoute<R extends RoutePattern>(
  hash: string,
  routes: readonly R[],
): MatchedRoute<R> {
  const raw = hash.replace(/^#/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  // Never mutated: a new route replaces the whole object, so plain URLSearchParams is enough.
  const query = new URLSearchParams(search);
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    const params: RouteParams = {};
    (route.params ?? []).forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { route, params, query };
  }
  return { route: undefined, params: {}, query };
}
