/**
 * The hash router. It knows no screens: the app hands it its route table (src/views/routes.ts), so
 * that state never imports views (README, "Architecture").
 */

import { matchRoute, type MatchedRoute, type RoutePattern } from './matchRoute';

// The pure matching lives in matchRoute.ts, so that the start-up entry (src/main.ts) can tell the
// home screen without loading Svelte's runtime; re-exported here for the views.
export { matchRoute };
export type { MatchedRoute, RouteParams, RoutePattern } from './matchRoute';

let lastAssessmentId = $state('');

/**
 * The assessment the user last had open (the `id` of the last route that named one, e.g.
 * `#/assessments/<id>`), or ''. Screens that are not about one assessment (Backup) preselect it.
 */
export const currentAssessmentId = (): string => lastAssessmentId;

/** Remembers the assessment a matched route names. */
function remember(route: MatchedRoute<RoutePattern>): void {
  if (route.route && route.params.id) lastAssessmentId = route.params.id;
}

/** The current route of a route table, kept in step with `location.hash` once started. */
export class Router<R extends RoutePattern> {
  current: MatchedRoute<R>;

  constructor(private readonly routes: readonly R[]) {
    this.current = $state(
      matchRoute(typeof location === 'undefined' ? '' : location.hash, this.routes),
    );
    remember(this.current);
  }

  /** Follows `hashchange`; returns the function that stops following it. */
  start(): () => void {
    const update = () => {
      this.current = matchRoute(location.hash, this.routes);
      remember(this.current);
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

/**
 * Writes where the user is into the address without a new history entry and without a
 * `hashchange` (the screen does not reload): a reload or a bookmark then returns there.
 */
export function rememberPlace(path: string, query?: Record<string, string | undefined>): void {
  const next = href(path, query);
  if (location.hash !== next) history.replaceState(history.state, '', next);
}
