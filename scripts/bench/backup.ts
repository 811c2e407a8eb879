/**
 * Backup: the heavy 20-cycle State of the tests (tests/fixtures/factories/heavyState.ts: Viet Nam,
 * 20 yearly cycles, 52 actions answered with long notes and evidence, history with typing bursts
 * folded) written as a full backup and imported again into an empty database, through the Backup
 * screen's own functions (state/backupExport.ts makeExport, state/openImport.ts, then
 * previewImport and applyImport). Runs in node on fake-indexeddb, so the figures are the app's own
 * work (reading and writing records, building, checking and parsing the file), not Chromium's
 * IndexedDB. Prints the file's size and the export and import times against the import's limit.
 */
import 'fake-indexeddb/auto';
import { report } from './stats';
import { describeFailure } from '../../src/lib/i18n/failures';

export async function benchBackup(): Promise<void> {
  (globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = 'bench';
  const { db } = await import('../../src/lib/storage/db');
  const { assignmentsKey } = await import('../../src/lib/storage/assignments');
  const { applyImport } = await import('../../src/lib/storage/exchange');
  const { previewImport } = await import('../../src/lib/domain/importPlan');
  const { MAX_EXPORT_BYTES } = await import('../../src/lib/schema/exportFile');
  const { makeExport } = await import('../../src/lib/state/backupExport');
  const { openImport } = await import('../../src/lib/state/openImport');
  const { makeHeavyState } = await import('../../tests/fixtures/factories/heavyState');

  const source = makeHeavyState();
  await db.states.bulkAdd(source.states);
  await db.assessments.bulkAdd(source.assessments);
  await db.answers.bulkAdd(source.answers);
  await db.normAnswers.bulkAdd(source.normAnswers);
  const { addHistory, countHistoryEntries } = await import('../../src/lib/storage/history');
  await addHistory(db.history, source.history);
  for (const r of source.assignments)
    await db.meta.put({ key: assignmentsKey(r.assessmentId), value: r });

  const t0 = performance.now();
  const exported = await makeExport({ scope: { kind: 'backup' }, shareable: false });
  const exportMs = performance.now() - t0;
  if (!exported.ok) throw new Error(describeFailure(exported));
  if (exported.value.unreadable) throw new Error(exported.value.unreadable);
  const bytes = exported.value.blob.size;
  // The import reads the file's text (io/files.ts readFileText): not part of the export's time.
  const text = await exported.value.blob.text();

  await Promise.all(db.tables.map((t) => t.clear()));
  const t1 = performance.now();
  const opened = await openImport(text, exported.value.fileName, undefined);
  if (!opened.ok) throw new Error(describeFailure(opened).slice(0, 500));
  const preview = previewImport(
    opened.value.plan,
    opened.value.ctx,
    new Map(),
    new Map(),
    new Date().toISOString(),
    'bench',
  );
  if (!preview.writes) throw new Error('The heavy backup needs choices to import');
  const applied = await applyImport(preview.writes);
  const importMs = performance.now() - t1;
  if (!applied.ok) throw new Error(describeFailure(applied));
  // Entries, not rows: since database version 3 an import writes its history as batch rows.
  if ((await countHistoryEntries(db.history, 0)) !== source.history.length)
    throw new Error('The heavy backup lost history entries');

  report({
    name: 'backup: heavy 20-cycle State, file size',
    value: bytes / 1024 / 1024,
    unit: 'MB',
    target: MAX_EXPORT_BYTES / 1024 / 1024,
    note: `${source.answers.length} answers, ${source.history.length} history entries; target = the import's limit`,
  });
  report({
    name: 'backup: heavy 20-cycle State, export',
    value: exportMs / 1000,
    unit: 's',
    note: 'read, build, seal, check readable (fake-indexeddb in node)',
  });
  report({
    name: 'backup: heavy 20-cycle State, import',
    value: importMs / 1000,
    unit: 's',
    note: 'read, check, plan, preview, write (fake-indexeddb in node)',
  });
  db.close();
}
