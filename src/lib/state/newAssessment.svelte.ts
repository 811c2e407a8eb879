import type { Assessment } from '../schema/assessment';
import { ok, type Result } from '../domain/result';
import { MAX_PEOPLE, TEXT_LIMITS } from '../schema/assessment';
import { detailsProblems, peopleLines, type FieldProblems } from '../domain/assessmentDetails';
import { lineLimitProblem } from '../domain/fieldLimits';
import { defaultPackKey } from '../domain/pack';
import { addState } from '../storage/states';
import { createAssessment, listAssessments } from '../storage/assessments';
import { getPack, listPacks, type PackSummary } from '../storage/packs';
import { getSessionUser } from '../storage/meta';

/** What the new-assessment form offers: the installed packs and the State's earlier cycles. */
export interface NewAssessmentChoices {
  packs: PackSummary[];
  earlier: Assessment[];
}

/**
 * The packs to choose from and the cycles a new assessment of `stateCode` may start from (none
 * when the State is unknown). Read once when the form opens (`{#await}` in the view).
 */
export async function loadNewAssessmentChoices(
  stateCode: string | null,
): Promise<NewAssessmentChoices> {
  const packs = (await listPacks()).packs;
  const earlier = stateCode ? (await listAssessments(stateCode)).rows : [];
  return { packs, earlier };
}

/**
 * The new-assessment form of one State: the typed fields, their problems by the stored schema's
 * own rules (`detailsProblems`) and the people line limits, and `create`, which stores the State
 * (when new) and the assessment with the chosen pack, starting empty or from an earlier cycle.
 */
export class NewAssessmentForm {
  title = $state('');
  periodStart = $state('');
  periodEnd = $state('');
  leadAgency = $state('');
  people = $state('');
  alias = $state('');
  /** The chosen pack's key; '' until the packs are read (then the default pack). */
  packKey = $state('');
  /** The cycle to carry answers from, by id; '' starts empty. */
  carryFrom = $state('');
  /** Create was pressed once: from then on the field problems are shown. */
  submitted = $state(false);

  /** The field problems, by the schema that stores the assessment (summary: not on this form). */
  readonly problems: FieldProblems = $derived(
    detailsProblems({
      title: this.title,
      periodStart: this.periodStart,
      periodEnd: this.periodEnd,
      leadAgency: this.leadAgency,
      people: peopleLines(this.people),
      alias: this.alias,
      summary: '',
    }),
  );
  /** One name a line, each limited: said while typing or pasting, not only at Create. */
  readonly peopleProblem = $derived(lineLimitProblem(this.people, TEXT_LIMITS.short, MAX_PEOPLE));
  readonly hasProblems = $derived(
    Object.keys(this.problems).length > 0 || this.peopleProblem !== null,
  );

  /** The summary of the chosen pack among those offered. */
  chosen(packs: readonly PackSummary[]): PackSummary | undefined {
    return packs.find((p) => p.key === this.packKey);
  }

  /** Chooses the default pack of those offered, unless one is chosen already. */
  offer(packs: readonly PackSummary[]): void {
    if (!packs.some((p) => p.key === this.packKey)) this.packKey = defaultPackKey(packs);
  }

  /**
   * Stores the assessment for `stateCode` (and the State's profile, when new). Returns its id, a
   * typed failure, or `null` when the form has problems (then shown at their fields).
   */
  async create(stateCode: string, packs: readonly PackSummary[]): Promise<Result<string> | null> {
    this.submitted = true;
    if (this.hasProblems) return null;
    const summary = this.chosen(packs);
    if (!summary) return null;
    const pack = await getPack(summary.id, summary.version);
    if (!pack.ok) return pack;
    const added = await addState(stateCode);
    if (!added.ok) return added;
    const created = await createAssessment(
      {
        stateCode,
        title: this.title,
        periodStart: this.periodStart,
        periodEnd: this.periodEnd,
        leadAgency: this.leadAgency,
        people: peopleLines(this.people),
        alias: this.alias,
      },
      pack.value,
      await getSessionUser(),
      this.carryFrom || undefined,
    );
    return created.ok ? ok(created.value.id) : created;
  }
}
