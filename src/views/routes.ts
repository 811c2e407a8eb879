import type { Component } from 'svelte';
import type { RouteParams, RoutePattern } from '../lib/state/router.svelte';
import HomeView from './Home/HomeView.svelte';
import { homeRoute } from './homeRoute';

/**
 * The screens of the app, addressed by the URL hash (`#/assessments/<id>`), so that the static build
 * works from any folder and offline. Every view but the home screen is loaded with `import()`, so
 * that the first screen carries only its own code. A view receives the route's params, already checked by `pattern`.
 *
 * To add a screen: one line here, one folder under `src/views/`.
 */
export type { RouteParams };
export type ViewProps = { params: RouteParams; query: URLSearchParams };

export interface RouteDef extends RoutePattern {
  name: string;
  /** The view itself, for the first screen: rendered at once, and prerendered into index.html. */
  view?: Component<ViewProps>;
  /** Loads the view's code on first use; for every screen but the first. */
  load?: () => Promise<{ default: Component<ViewProps> }>;
}

export const routes: readonly RouteDef[] = [
  // The first screen is in the entry chunk and prerendered at build time (scripts/prerender.ts):
  // the checklist shows as soon as the HTML is parsed, then the app hydrates it.
  { ...homeRoute, view: HomeView },
  {
    name: 'assessment-new',
    pattern: /^\/assessments\/new$/,
    load: () => import('./AssessmentSetup/AssessmentSetupView.svelte'),
  },
  {
    name: 'assessment-edit',
    pattern: /^\/assessments\/([0-9a-f-]{36})\/edit$/,
    params: ['id'],
    load: () => import('./AssessmentSetup/AssessmentDetailsView.svelte'),
  },
  {
    name: 'assessment',
    pattern: /^\/assessments\/([0-9a-f-]{36})$/,
    params: ['id'],
    load: () => import('./Workspace/WorkspaceView.svelte'),
  },
  { name: 'help', pattern: /^\/help$/, load: () => import('./Help/HelpView.svelte') },
  { name: 'packs', pattern: /^\/packs$/, load: () => import('./Packs/PacksView.svelte') },
  {
    name: 'timeline',
    pattern: /^\/states\/([A-Z]{2})\/timeline$/,
    params: ['code'],
    load: () => import('./Timeline/TimelineView.svelte'),
  },
  { name: 'compare', pattern: /^\/compare$/, load: () => import('./Compare/CompareView.svelte') },
  { name: 'region', pattern: /^\/region$/, load: () => import('./Region/RegionView.svelte') },
  { name: 'backup', pattern: /^\/backup$/, load: () => import('./Backup/BackupView.svelte') },
  {
    name: 'dashboard',
    pattern: /^\/assessments\/([0-9a-f-]{36})\/dashboard$/,
    params: ['id'],
    load: () => import('./Dashboard/DashboardView.svelte'),
  },
  {
    name: 'report',
    pattern: /^\/assessments\/([0-9a-f-]{36})\/report$/,
    params: ['id'],
    load: () => import('./Report/ReportView.svelte'),
  },
];
