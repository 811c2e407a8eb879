/**
 * Share of English's messages a language pack translates, 0–100 (whole percent, rounded down so
 * that 100 means every message): `translated` keys it gives that English has, of `total`.
 */
export function coveragePercent(translated: number, total: number): number {
  return total === 0 ? 100 : Math.floor((translated / total) * 100);
}
