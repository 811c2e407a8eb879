import type { AnswerStatus, AssessmentStatus, Priority } from '../../schema/assessment';
import type { MaturityBand } from '../../domain/scoring';
import type { SOURCE_KINDS } from '../../schema/pack';

/**
 * Names of the answer scale, priorities, assessment statuses and maturity bands. Every screen, the
 * PDF and the CSV use these, so that a status reads the same wherever it appears.
 */
export const statusLabels: Record<AnswerStatus, string> = {
  'not-started': 'Not started',
  planned: 'Planned',
  'in-progress': 'In progress',
  largely: 'Largely implemented',
  fully: 'Fully implemented',
  'not-applicable': 'Not applicable',
};

export const unansweredLabel = 'Unanswered';

export const assessmentStatusLabels: Record<AssessmentStatus, string> = {
  draft: 'Draft',
  review: 'In review',
  final: 'Final',
};

export const priorityLabels: Record<Priority, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const bandLabels: Record<MaturityBand, string> = {
  initial: 'Initial',
  developing: 'Developing',
  defined: 'Defined',
  managed: 'Managed',
  embedded: 'Embedded',
};

/** The thresholds of `MATURITY_BANDS` (domain/scoring.ts) in words. */
export const bandRangeLabels: Record<MaturityBand, string> = {
  initial: 'below 20%',
  developing: '20% to below 40%',
  defined: '40% to below 60%',
  managed: '60% to below 80%',
  embedded: '80% and above',
};

/** Who wrote a source (a pack's `source.kind`): on the Packs screen and in the report's sources. */
export const sourceKindLabels: Record<(typeof SOURCE_KINDS)[number], string> = {
  'gge-2015': 'UN GGE 2015 report',
  'gge-2021': 'UN GGE 2021 report',
  'nic-public': 'ASEAN NIC, as publicly described',
  oewg: 'UN OEWG',
  asean: 'ASEAN',
  national: 'National',
  un: 'United Nations',
  other: 'Other source',
};
