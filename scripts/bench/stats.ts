/** Small statistics and output helpers for `npm run bench`. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: p95 of 1,000 samples is the 950th smallest.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Upper bound the figure must not exceed; undefined for figures printed for information. */
  target?: number;
  /** Extra context printed after the verdict. */
  note?: string;
}

export const missed: Figure[] = [];

/** Prints one line per figure: name, value, target and PASS/MISS. */
export function report(f: Figure): void {
  const digits = f.unit === 'x' ? 2 : f.value < 10 ? 2 : 1;
  const value = `${f.value.toFixed(digits)} ${f.unit}`;
  const target =
    f.target === undefined
      ? ''
      : `target ≤ ${f.target} ${f.unit}  ${f.value <= f.target ? 'PASS' : 'MISS'}`;
  if (f.target !== undefined && !(f.value <= f.target)) missed.push(f);
  console.log(
    `${f.name.padEnd(52)} ${value.padStart(12)}   ${target}${f.note ? `  (${f.note})` : ''}`,
  );
}

export async function timeIt<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}
