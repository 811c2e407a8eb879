import { msg } from '../messages';

/** The coordinator's assignments of norms to agencies (workspace panel, norm labels, backup). */
export const assignments = {
  heading: 'Agencies and their parts',
  intro:
    'As coordinator, list the agencies that answer parts of this assessment and tick the norms each one answers. Each agency then exports its part from the Backup screen, and you import the parts back here.',
  readonlyNote: 'This assessment is final: the assignments can no longer be changed.',
  none: 'No agency has been given a part yet.',
  newAgencyLabel: 'Agency name',
  addAgency: 'Add agency',
  removeAgency: msg('Remove {agency}', (agency: string) => ({ agency })),
  /** A practical action given to an agency, or offered to one: its id and its text. */
  actionLine: msg('{id}: {text}', (id: string, text: string) => ({ id, text })),
  normsOf: msg('Norms answered by {agency}', (agency: string) => ({ agency })),
  takenBy: msg('(given to {agency})', (agency: string) => ({ agency })),
  assignedTo: msg('Assigned to: {agency}', (agency: string) => ({ agency })),
  itemsAlso: msg(
    '{n, plural, one {and # single practical action} other {and # single practical actions}}',
    (n: number) => ({ n }),
  ),
  saved: 'Assignments saved.',
  conflict:
    'Someone else changed the assignments in another tab or by an import. The newer assignments are shown; make your change again.',
  readonly: 'This assessment is final: the assignments were not changed.',
  missing: 'The assessment no longer exists.',
  storage: msg('The assignments could not be saved ({name}).', (name: string) => ({ name })),
  corrupt: msg(
    'The stored assignments are damaged and are shown as empty ({detail}). Saving replaces them.',
    (detail: string) => ({ detail }),
  ),

  // Backup screen
  fromAssignment: 'Fill in from the coordinator’s assignment',
  noAssignmentChoice: 'Choose by hand',
  fromAssignmentHint: 'Fills in the agency and its norms; you can still change them.',
} as const;
