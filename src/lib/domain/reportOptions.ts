/**
 * The report screen's choice of norms (issue 17: the rule lives here, the view renders it). The
 * report holds every norm, or only those ticked.
 */
export type NormScope = 'all' | 'selected';

/**
 * The norm ids a report is limited to: `null` for every norm (scope 'all'), else the ticked ids
 * in the order given (possibly none: see `noNormSelected`).
 */
export function reportNormIds(scope: NormScope, selected: readonly string[]): string[] | null {
  return scope === 'selected' ? [...selected] : null;
}

/**
 * Whether the options ask for a report of no norm at all: "only the norms ticked" with none
 * ticked. The PDF and Word buttons refuse then (t.report.noNormSelected) rather than make an
 * empty report.
 */
export function noNormSelected(scope: NormScope, selected: readonly string[]): boolean {
  return scope === 'selected' && selected.length === 0;
}
