import {
  detailsDraftSchema,
  draftEntrySchema,
  draftPrefix,
  type DetailsDraft,
  type DraftEntry,
} from '../schema/draft';

/**
 * Local drafts of the fields not yet committed to IndexedDB (see `schema/draft.ts` for why).
 * Written synchronously on every edit (localStorage is synchronous, so the text is kept even when
 * the page goes away a millisecond later) and removed field by field once committed. When the
 * browser refuses localStorage (blocked, full), drafts are skipped: the IndexedDB writes and the
 * leave-page warning still apply.
 */

export interface TargetDraft {
  fields: Record<string, unknown>;
  baseRev: number;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access itself throws where site data is blocked
  }
}

/**
 * The drafts of one assessment's typed text in localStorage (keys `nic.draft:<assessment>:<target>:
 * <field>`): written as people type, removed once the field is committed, offered back after a crash.
 */
export class Drafts {
  /** The fields this page has a draft for, by target: what must be removed once committed. */
  private readonly written = new Map<string, Set<string>>();
  private readonly prefix: string;

  constructor(assessmentId: string) {
    this.prefix = draftPrefix(assessmentId);
  }

  private key(target: string, field: string): string {
    return `${this.prefix}${target}:${field}`;
  }

  /**
   * Makes the drafts of `target` exactly `fields` (the uncommitted fields of one record, based on
   * `baseRev`): each is written, and the drafts of fields no longer uncommitted are removed.
   */
  sync(target: string, fields: Record<string, unknown>, baseRev: number): void {
    const ls = storage();
    if (!ls) return;
    const known = this.written.get(target) ?? new Set<string>();
    const at = new Date().toISOString();
    try {
      for (const [field, value] of Object.entries(fields)) {
        const entry: DraftEntry = { type: 'nic-draft', version: 1, value, baseRev, at };
        ls.setItem(this.key(target, field), JSON.stringify(entry));
        known.add(field);
      }
      for (const field of [...known]) {
        if (!(field in fields)) {
          ls.removeItem(this.key(target, field));
          known.delete(field);
        }
      }
    } catch {
      // Quota or blocked storage: the draft is a second line of defence, the write goes on.
    }
    if (known.size > 0) this.written.set(target, known);
    else this.written.delete(target);
  }

  /**
   * Every draft of this assessment, grouped by target. A damaged entry is removed (it cannot be
   * restored); a target's `baseRev` is the lowest of its fields' (the oldest base is the safe one).
   */
  readAll(): Map<string, TargetDraft> {
    const ls = storage();
    const out = new Map<string, TargetDraft>();
    if (!ls) return out;
    const keys: string[] = [];
    try {
      for (let i = 0; i < ls.length; i += 1) {
        const k = ls.key(i);
        if (k?.startsWith(this.prefix)) keys.push(k);
      }
      for (const k of keys) {
        const rest = k.slice(this.prefix.length);
        const cut = rest.lastIndexOf(':');
        const target = rest.slice(0, cut);
        const field = rest.slice(cut + 1);
        const parsed = draftEntrySchema.safeParse(safeJson(ls.getItem(k)));
        if (!parsed.success || !/^(item|norm):/.test(target) || field === '') {
          ls.removeItem(k);
          continue;
        }
        const draft = out.get(target) ?? { fields: {}, baseRev: parsed.data.baseRev };
        draft.fields[field] = parsed.data.value;
        draft.baseRev = Math.min(draft.baseRev, parsed.data.baseRev);
        out.set(target, draft);
        const known = this.written.get(target) ?? new Set<string>();
        known.add(field);
        this.written.set(target, known);
      }
    } catch {
      return out;
    }
    return out;
  }
}

function safeJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const detailsKey = (assessmentId: string) => `nic.details-draft:${assessmentId}`;

/**
 * The Edit details form's draft of one assessment (schema/draft.ts `detailsDraftSchema`), or null
 * when there is none. A damaged entry is removed (it cannot be restored).
 */
export function readDetailsDraft(assessmentId: string): DetailsDraft | null {
  const ls = storage();
  if (!ls) return null;
  try {
    const raw = ls.getItem(detailsKey(assessmentId));
    if (raw === null) return null;
    const parsed = detailsDraftSchema.safeParse(safeJson(raw));
    if (parsed.success) return parsed.data;
    ls.removeItem(detailsKey(assessmentId));
  } catch {
    // Blocked storage: no draft.
  }
  return null;
}

/** Keeps the form as typed (synchronously, on every input), with the details it started from. */
export function writeDetailsDraft(
  assessmentId: string,
  values: DetailsDraft['values'],
  base: DetailsDraft['base'],
): void {
  const draft: DetailsDraft = {
    type: 'nic-details-draft',
    version: 1,
    values,
    base,
    at: new Date().toISOString(),
  };
  try {
    storage()?.setItem(detailsKey(assessmentId), JSON.stringify(draft));
  } catch {
    // Quota or blocked storage: the draft is a second line of defence.
  }
}

/** Removes the form's draft (saved, or discarded by the user). */
export function clearDetailsDraft(assessmentId: string): void {
  try {
    storage()?.removeItem(detailsKey(assessmentId));
  } catch {
    // Blocked storage: nothing was kept.
  }
}
