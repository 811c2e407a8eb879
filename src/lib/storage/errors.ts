/**
 * Maps a failed IndexedDB write to something a person can act on. Dexie wraps the browser's
 * DOMException (its `inner`), and a transaction that fails on a full disk or an exhausted quota
 * often arrives as a plain AbortError whose inner error (or only its message) tells why, so the
 * whole chain of names and messages is looked at.
 */
import type { StorageFailure } from '../schema/failures';

export type { StorageFailure } from '../schema/failures';

interface Link {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  error?: unknown;
}

/** Names and messages along the error chain (Dexie `inner`, `cause`, a transaction's `error`). */
const chain = (e: unknown): { names: string[]; messages: string[] } => {
  const names: string[] = [];
  const messages: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 6 && cur && typeof cur === 'object'; i += 1) {
    const o = cur as Link;
    if (typeof o.name === 'string') names.push(o.name);
    if (typeof o.message === 'string') messages.push(o.message);
    cur = o.inner ?? o.cause ?? o.error;
  }
  return { names, messages };
};

/**
 * What browsers say when the disk or the origin's quota is full: Chromium "QuotaExceededError",
 * "Failed to write blobs (IOError)" or "…disk full…", Firefox "NS_ERROR_FILE_NO_DEVICE_SPACE",
 * Safari "…quota…".
 */
const FULL = /quota|disk (is )?full|no (device )?space|NO_DEVICE_SPACE|IOError|ENOSPC/i;

/**
 * Names what went wrong in IndexedDB from an error and its causes: quota or disk full, blocked,
 * unavailable, or other (`storage.*` codes); the screen words it. Source: the error names
 * browsers and Dexie use.
 */
export function classifyStorageError(e: unknown): StorageFailure {
  const { names, messages } = chain(e);
  const name = names.find((n) => n !== 'Error' && n !== 'DexieError') ?? names[0] ?? 'Error';
  if (names.includes('QuotaExceededError'))
    return { code: 'storage.quota', name: 'QuotaExceededError' };
  if (
    (names.some((n) => ['AbortError', 'DataError', 'UnknownError'].includes(n)) || !names.length) &&
    messages.some((m) => FULL.test(m))
  )
    return { code: 'storage.quota', name };
  if (names.some((n) => ['InvalidStateError', 'SecurityError', 'DatabaseClosedError'].includes(n)))
    return { code: 'storage.blocked', name };
  if (names.some((n) => ['MissingAPIError', 'OpenFailedError', 'UnknownError'].includes(n)))
    return { code: 'storage.unavailable', name };
  return { code: 'storage.other', name };
}
