import { decodeHistory } from './history';
import {
  answerSchema,
  assessmentSchema,
  normAnswerSchema,
  stateProfileSchema,
  type Assessment,
} from '../schema/assessment';
import { assignmentsSchema } from '../schema/assignments';
import type { ChecklistPack } from '../schema/pack';
import { bundledPack } from '../domain/bundledPack';
import { buildExportBody, exportFileName, sealExport } from '../domain/exchange';
import { assessmentPackKey, packKey } from '../domain/pack';
import { parsePack } from '../domain/parsePack';
import { DB_NAME } from './db';

/**
 * The raw export of a database the app cannot open (issue 12 item 7): every object store read with
 * the plain IndexedDB API, opened at whatever version it has (so no upgrade runs and nothing is
 * changed), each row parsed by the current schemas, and what passes written as an ordinary full
 * backup, which any working copy of the tool imports. Rows that fail are counted and left out; an
 * assessment whose checklist pack cannot be found is left out too (an import could not show it).
 */

export interface RawExport {
  fileName: string;
  text: string;
  /** Rows written, and rows that could not be read or used. */
  read: number;
  skipped: number;
}

async function readAllStores(): Promise<Record<string, unknown[]>> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
    req.onblocked = () => reject(new Error('blocked by another tab'));
  });
  try {
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(idb.objectStoreNames)) {
      out[name] = await new Promise<unknown[]>((resolve, reject) => {
        const req = idb.transaction(name, 'readonly').objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error ?? new Error(`read of ${name} failed`));
      }).catch(() => []);
    }
    return out;
  } finally {
    idb.close();
  }
}

/**
 * What IndexedDB still holds, read store by store without Dexie, each row parsed; what passes is
 * written as a full backup file, stamped `now` (`read` rows written, `skipped` rows left out).
 */
export async function rawExport(
  now = new Date(),
  appVersion = __APP_VERSION__,
): Promise<RawExport> {
  const stores = await readAllStores();
  let skipped = 0;
  const parse = <T>(
    rows: unknown[] | undefined,
    schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
  ) => {
    const out: T[] = [];
    for (const row of rows ?? []) {
      const r = schema.safeParse(row);
      if (r.success) out.push(r.data as T);
      else skipped += 1;
    }
    return out;
  };
  const packs = new Map<string, ChecklistPack>([[packKey(bundledPack), bundledPack]]);
  for (const row of stores.packs ?? []) {
    const parsed = parsePack((row as { pack?: unknown }).pack, 'stored pack');
    if (parsed.ok) packs.set(packKey(parsed.value), parsed.value);
    else skipped += 1;
  }
  const states = parse(stores.states, stateProfileSchema);
  const all = parse<Assessment>(stores.assessments, assessmentSchema);
  const codes = new Set(states.map((s) => s.code));
  const assessments = all.filter((a) => packs.has(assessmentPackKey(a)) && codes.has(a.stateCode));
  skipped += all.length - assessments.length;
  const ids = new Set(assessments.map((a) => a.id));
  const keep = <T extends { assessmentId: string }>(rows: T[]) => {
    const kept = rows.filter((r) => ids.has(r.assessmentId));
    skipped += rows.length - kept.length;
    return kept;
  };
  const answers = keep(parse(stores.answers, answerSchema));
  const normAnswers = keep(parse(stores.normAnswers, normAnswerSchema));
  // The history is stored as edits (storage/history.ts): read back to whole records, a row of a
  // database not yet upgraded (whole records) as it is.
  const decoded = decodeHistory(stores.history ?? []);
  skipped += decoded.corrupt.length;
  const history = keep(decoded.rows);
  const assignments = keep(
    parse(
      (stores.meta ?? [])
        .filter((m) => String((m as { key?: unknown }).key).startsWith('assignments:'))
        .map((m) => (m as { value?: unknown }).value),
      assignmentsSchema,
    ),
  );
  const needed = new Set(assessments.map((a) => assessmentPackKey(a)));
  const body = buildExportBody(
    {
      states,
      assessments,
      answers,
      normAnswers,
      history,
      packs: [...packs.values()].filter((p) => needed.has(packKey(p))),
      assignments,
    },
    { kind: 'backup', appVersion, exportedAt: now.toISOString(), shareable: false },
  );
  const file = await sealExport(body);
  return {
    fileName: exportFileName(file).replace(/\.json$/, '-recovered.json'),
    text: JSON.stringify(file, null, 1),
    read:
      states.length +
      assessments.length +
      answers.length +
      normAnswers.length +
      history.length +
      assignments.length,
    skipped,
  };
}
