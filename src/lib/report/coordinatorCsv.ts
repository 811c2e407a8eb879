import type { AgencyProgress } from '../domain/coordination';
import { downloadName, localDay, type CycleName } from '../domain/names';
import { stateByCode } from '../domain/states';
import type { ChecklistPack } from '../schema/pack';
import { normNames, partStatusText, t } from '../i18n';
import { toCsv } from './csv';

/**
 * The coordinator's "who has answered" table as CSV (same writer as the report's CSV files: BOM,
 * CRLF, RFC 4180 quoting, formula neutralising, so an agency named "=cmd" stays text). One row
 * per agency; instants as written (ISO 8601, UTC); norms named as on screen ("Norm 13(a)", the
 * pack's labels; an id the pack lacks stays), item ids as in the pack, several values separated by
 * ", ", spaces or "; ".
 */
export function agencyProgressCsv(
  rows: readonly AgencyProgress[],
  pack: Pick<ChecklistPack, 'norms'> | undefined,
): string {
  const s = t.coordinator;
  return toCsv([
    Object.values(s.csvColumns),
    ...rows.map((r) => [
      r.agency,
      r.assigned ? s.yes : s.no,
      normNames(pack, r.normIds),
      r.itemIds.join(' '),
      r.itemCount,
      r.sentAt ?? '',
      r.received.map((x) => `${x.exportedAt} / ${x.importedAt}`).join('; '),
      partStatusText(r.status, (iso) => iso),
      r.missing.join(' '),
      r.openConflicts,
    ]),
  ]);
}

/**
 * The file name of the "who has answered" CSV, named like every other download (names.ts
 * `downloadName`): kind, the State's name (its code when not a UN member State), the cycle, the
 * local day of `now`.
 */
export function agencyProgressFileName(
  assessment: CycleName & { stateCode: string },
  now: Date,
  timeZone?: string,
): string {
  return downloadName({
    kind: 'who-has-answered',
    state: stateByCode(assessment.stateCode)?.name ?? assessment.stateCode,
    cycle: assessment,
    day: localDay(now, timeZone),
    ext: 'csv',
  });
}
