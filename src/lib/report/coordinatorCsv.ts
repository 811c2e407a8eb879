import type { AgencyProgress } from '../domain/coordination';
import { coordinator as s } from '../i18n/en/coordinator';
import { toCsv } from './csv';

/**
 * The coordinator's "who has answered" table as CSV (same writer as the report's CSV files: BOM,
 * CRLF, RFC 4180 quoting, formula neutralising, so an agency named "=cmd" stays text). One row
 * per agency; instants as written (ISO 8601, UTC), ids as in the pack, several values separated by
 * spaces or "; ".
 */
export function agencyProgressCsv(rows: readonly AgencyProgress[]): string {
  return toCsv([
    s.csvHeader,
    ...rows.map((r) => [
      r.agency,
      r.assigned ? s.yes : s.no,
      r.normIds.join(' '),
      r.itemIds.join(' '),
      r.itemCount,
      r.sentAt ?? '',
      r.received.map((x) => `${x.exportedAt} / ${x.importedAt}`).join('; '),
      r.missing.join(' '),
      r.openConflicts,
    ]),
  ]);
}
