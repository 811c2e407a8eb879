/**
 * Maps a failed IndexedDB write to something a person can act on. Dexie wraps the browser's
 * DOMException (its `inner`), so both the error's own name and the inner one are looked at.
 */
export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'other';

export interface StorageFailure {
  kind: StorageErrorKind;
  /** The technical name (e.g. QuotaExceededError), for the details line and bug reports. */
  name: string;
}

const names = (e: unknown): string[] => {
  const out: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i += 1) {
    const o = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    cur = o.inner ?? o.cause;
  }
  return out;
};

export function classifyStorageError(e: unknown): StorageFailure {
  const all = names(e);
  const name = all.find((n) => n !== 'Error' && n !== 'DexieError') ?? all[0] ?? 'Error';
  if (all.includes('QuotaExceededError')) return { kind: 'quota', name: 'QuotaExceededError' };
  if (all.some((n) => ['InvalidStateError', 'SecurityError', 'DatabaseClosedError'].includes(n)))
    return { kind: 'blocked', name };
  if (all.some((n) => ['MissingAPIError', 'OpenFailedError', 'UnknownError'].includes(n)))
    return { kind: 'unavailable', name };
  return { kind: 'other', name };
}
