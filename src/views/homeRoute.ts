/**
 * The first screen's address, apart from the route table (routes.ts imports every view's loader and
 * the home view itself): the start-up entry (src/main.ts) checks it before any Svelte code loads.
 */
export const homeRoute = { name: 'home', pattern: /^\/?$/ } as const;
