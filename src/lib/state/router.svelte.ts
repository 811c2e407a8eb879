import { routes, type RouteDef, type RouteParams } from '../../views/routes';

export interface MatchedRoute {
  route: RouteDef | undefined;
  params: RouteParams;
  query: URLSearchParams;
}

/** Parses a location hash ("#/path?query") against the route table: the URL is a boundary too. */
export function matchRoute(hash: string): MatchedRoute {
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

/** The current route, kept in step with `location.hash`. */
class Router {
  current = $state<MatchedRoute>(matchRoute(typeof location === 'undefined' ? '' : location.hash));

  start(): () => void {
    const update = () => {
      this.current = matchRoute(location.hash);
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }
}

export const router = new Router();

/** Builds a hash href; params are encoded so that user-chosen ids cannot break the URL. */
export function href(path: string, query?: Record<string, string | undefined>): string {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, built and serialised at once
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') q.set(k, v);
  const qs = q.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(path: string, query?: Record<string, string | undefined>): void {
  location.hash = href(path, query);
}
