/**
 * What a FULL BACKUP carries of everything this device stores: every Dexie table and every `meta`
 * key family, each either carried by the backup file (and restored from it) or deliberately left
 * out, with the reason. tests/unit/backup-coverage.test.ts reads the tables from the database
 * instance and the meta keys from the storage modules, and fails on any that is listed in neither
 * (a full backup once wrote an agency's held part as a whole assessment and left out the
 * coordinator's record of parts sent and returned: session 5). A new table or meta key is added
 * here in the same change, with where the export file carries it or why it stays on the device.
 */

/** Where a full backup carries something (the export file's field), or why it leaves it out. */
export type BackupCoverage =
  { carried: string; excluded?: never } | { excluded: string; carried?: never };

/** Every Dexie table of `NicDatabase` (storage/db.ts), by name. */
export const FULL_BACKUP_TABLES: Readonly<Record<string, BackupCoverage>> = {
  states: { carried: 'states: every State profile, even one without assessments' },
  assessments: { carried: 'assessments: every assessment, the trash included' },
  answers: { carried: 'answers' },
  normAnswers: { carried: 'normAnswers' },
  history: { carried: 'history (without its local ids: the restoring device numbers its own)' },
  packs: {
    carried:
      'packs: every checklist pack version an assessment uses. An installed pack no assessment ' +
      'uses is left out: it is installed again from its own pack file',
  },
  meta: { carried: 'by key: FULL_BACKUP_META' },
};

/**
 * Every key family of the `meta` table: a plain key (`sessionUser`) or a prefix ending in `:`
 * (`assignments:` for `assignments:<assessmentId>`), as the storage modules write them.
 */
export const FULL_BACKUP_META: Readonly<Record<string, BackupCoverage>> = {
  'assignments:': { carried: "assignments: the coordinator's plan of who answers what" },
  'coordination:': {
    carried: "coordination (format 6): the coordinator's log of parts sent and returned",
  },
  'heldPart:': {
    carried: "heldParts (format 6): the assessments held only as an agency's part, with scope",
  },
  sessionUser: {
    excluded: 'the name of the person using this device now, asked again on the other device',
  },
  backupMark: {
    excluded:
      'which changes this device has backed up: the restore writes its own mark ' +
      '(storage/backupStatus.ts applyImportMarkingRestore)',
  },
  lastBackupAt: { excluded: 'the older form of backupMark, written with it' },
  'languagePack:': {
    excluded: 'language packs are installed separately, from their own files',
  },
};

/** The family of a stored meta key: the key itself, or its prefix up to and including `:`. */
export const metaFamily = (key: string): string => {
  const colon = key.indexOf(':');
  return colon < 0 ? key : key.slice(0, colon + 1);
};
