/**
 * The hash router. It knows no screens: the app hands it its route table (src/views/routes.ts), so
 * that state never imports views (README, "Architecture").
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
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
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

/** The current route of a route table, kept in step with `location.hash` once started. */
export class Router<R extends RoutePattern> {
  current: MatchedRoute<R>;

  constructor(private readonly routes: readonly R[]) {
    this.current = $state(
      matchRoute(typeof location === 'undefined' ? '' : location.hash, this.routes),
    );
  }

  /** Follows `hashchange`; returns the function that stops following it. */
  start(): () => void {
    const update = () => {
      this.current = matchRoute(location.hash, this.routes);
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }
}

/** Builds a hash href; params are encoded so that user-chosen ids cannot break the URL. */
export function href(path: string, query?: Record<string, string | undefined>): string {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, built and serialised at once
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') q.set(k, v);
  const qs = q.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

/**
 * Goes to a route: sets the location hash to `href(path, query)` (undefined query values are left out).
 */
export function navigate(path: string, query?: Record<string, string | undefined>): void {
  location.hash = href(path, query);
}
