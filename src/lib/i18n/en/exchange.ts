import { msg } from '../messages';

/** Backup, export and import screen. */
export const exchange = {
  title: 'Backup and import',
  intro:
    'Move answers between laptops, agencies and years. An export is one JSON file; nothing leaves this device unless you save or send that file yourself.',

  statusHeading: 'Last backup',
  /** A restored backup counts (its changes are in that file), so the line says both ways (tester N). */
  lastBackup: msg('Last full backup made or restored on this device: {when}.', (when: string) => ({
    when,
  })),
  neverBackedUp: 'No full backup has been made on this device.',
  changesSince: msg(
    '{n, plural, =0 {Nothing has changed since.} one {# change since the last full backup.} other {# changes since the last full backup.}}',
    (n: number) => ({ n }),
  ),
  /** After "No full backup has been made": the changes not in any backup ("since" has no referent). */
  notBackedUp: msg(
    '{n, plural, =0 {} one {# change is not in any backup yet.} other {# changes are not in any backup yet.}}',
    (n: number) => ({ n }),
  ),
  nudgeNever:
    'These answers are not in any backup yet. Export a full backup and keep it somewhere safe: answers live only in this browser.',
  nudgeDue:
    'Answers have changed since the last full backup. Export a full backup and keep it somewhere safe: answers live only in this browser.',
  badge: msg(
    '{n, plural, one {# change not backed up} other {# changes not backed up}}',
    (n: number) => ({ n }),
  ),

  exportHeading: 'Export',
  scopeLegend: 'What to export',
  scopeBackup: 'Everything on this device (full backup)',
  scopeState: 'All cycles of one State',
  scopeAssessment: 'One assessment',
  scopePart: 'A part of an assessment (for the coordinator to merge)',
  stateLabel: 'State',
  assessmentLabel: 'Assessment',
  partNormsLegend: 'Norms this part covers',
  partAgencyLabel: 'Agency filling this part',
  shareableLabel: 'Shareable: leave out notes, evidence, names and history',
  shareableHint:
    'For regional comparison: statuses, targets, priorities and dates stay; notes, evidence, lead agencies, people, challenges, capacity needs, the history and the assignments of norms to agencies are left out.',
  encryptLabel: 'Protect with a passphrase',
  passphraseLabel: 'Passphrase',
  passphraseRepeatLabel: 'Passphrase again',
  passphraseHint: msg(
    'At least {min, number} characters. Nobody can recover the file without it; send it by another channel than the file.',
    (min: number) => ({ min }),
  ),
  exportButton: 'Export',
  exporting: 'Preparing the file…',
  exported: msg('Saved {name}.', (name: string) => ({ name })),
  exportedBackup: msg('Saved {name}. This is now the last full backup.', (name: string) => ({
    name,
  })),
  exportFailed: msg(
    'The export did not complete: the browser refused to read or write the stored data ({name}). Try again; if this repeats, the disk may be full.',
    (name: string) => ({ name }),
  ),
  corruptSkipped: msg(
    '{n, plural, one {# stored record could not be read and was left out:} other {# stored records could not be read and were left out:}}',
    (n: number) => ({ n }),
  ),
  noAssessment: 'Choose an assessment first.',
  noState: 'Choose a State first.',
  noNorms: 'Choose at least one norm for the part.',
  noAgency: 'Name the agency filling the part.',
  passphraseShort: msg(
    'The passphrase needs at least {min, number} characters.',
    (min: number) => ({ min }),
  ),
  passphraseMismatch: 'The two passphrases differ.',
  nothingToExport: 'There is nothing to export yet.',

  importHeading: 'Import',
  importPassphraseLabel: 'Passphrase of the file',
  readButton: 'Check the file',
  reading: 'Checking the file…',
  needsPassphrase: 'This file is protected with a passphrase. Enter it and check the file again.',
  refused: 'The file was not imported. Nothing stored has changed.',

  previewHeading: 'What the import will do',
  fileSummary: msg(
    '{kind}, exported {when} by version {app} of the app.',
    (kind: string, when: string, app: string) => ({ kind, when, app }),
  ),
  kinds: {
    assessment: 'One assessment',
    state: 'All cycles of a State',
    backup: 'Full backup',
    part: 'Part of an assessment',
  } as Record<string, string>,
  upgraded: msg(
    'Written in an older export format (version {from}); upgraded.',
    (from: number) => ({ from }),
  ),
  encryptedNote: 'Decrypted with the passphrase.',
  shareableNote: 'A shareable export: it holds no notes, evidence, names or history.',
  packsToInstall:
    'The file needs these checklist versions, which are not installed. They are in the file and will be installed with the import:',
  /** The assessment as `assessmentName` (domain/names.ts) names it. */
  choiceLegend: msg('{name}', (name: string) => ({ name })),
  existsNote: 'An assessment with this id is already on this device. Choose what to do:',
  newNote: 'New on this device.',
  finalNote: 'The stored assessment is final: it cannot be merged into.',
  choices: {
    add: 'Add it',
    copy: 'Import as a copy (a new assessment beside the stored one)',
    merge: 'Merge into the stored assessment',
    skip: 'Skip it',
  } as Record<string, string>,
  mergeTargetLabel: 'Merge into',
  colTable: 'Records',
  colAdded: 'Added',
  colChanged: 'Changed',
  colUnchanged: 'Unchanged',
  tables: {
    packs: 'Checklist packs',
    states: 'States',
    assessments: 'Assessments',
    agencyParts: 'Agency parts',
    answers: 'Answers',
    normAnswers: 'Norm answers',
    history: 'History entries',
  } as Record<string, string>,
  outOfScope: msg(
    '{n, plural, one {# record outside the part’s norms will be left out.} other {# records outside the part’s norms will be left out.}}',
    (n: number) => ({ n }),
  ),
  undecided: msg(
    '{n, plural, one {# assessment needs a choice.} other {# assessments need a choice.}}',
    (n: number) => ({ n }),
  ),

  unresolved: msg(
    '{n, plural, one {# conflict still to resolve.} other {# conflicts still to resolve.}}',
    (n: number) => ({ n }),
  ),

  importing: 'Importing…',
  imported: 'Imported. Every change is in the history of the items concerned.',
  cancel: 'Cancel',
} as const;
