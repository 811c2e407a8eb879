import type { StateProfile } from '../schema/assessment';
import { scoreAssessment } from '../domain/scoring';
import { compareAssessments } from '../domain/compare';
import { buildTimeline } from '../domain/timeline';
import type { ReportInput, ReportOptions } from './reportModel';
import type { CycleRecords } from '../domain/cycles';

/**
 * Assembles a report's input from records, the same way in the browser and on the command line:
 * scores the assessment (with the previous cycle as baseline, when there is one), scores the
 * previous cycle and compares the two. Every figure the report prints comes from these calls.
 */

export type { CycleRecords } from '../domain/cycles';

export interface ReportRecords extends CycleRecords {
  state: StateProfile;
  /** The earlier cycle to compare with, if any (see `pickPreviousCycle`). */
  previous?: CycleRecords | null;
  /**
   * Every earlier cycle of the State (see `earlierCycles`), for the timeline in the progress
   * section; `previous` should be one of them. Without it the timeline holds just the two cycles.
   */
  earlier?: readonly CycleRecords[];
  options?: ReportOptions;
  madeAt: string;
  locale: string;
  timeZone?: string;
}

/**
 * Assembles a report's input from stored records: the score (with the previous cycle as baseline),
 * the comparison with the previous cycle and the timeline of the earlier ones. A blank print scores
 * nothing, so that no answer can leak into it.
 */
export function reportInputFrom(records: ReportRecords): ReportInput {
  const { pack, assessment, answers, normAnswers, previous } = records;
  // A blank checklist print shows no answers and no figures: score nothing, so nothing can leak.
  const blank = records.options?.blank ?? false;
  const used = blank ? [] : answers;
  const usedNorm = blank ? [] : normAnswers;
  const score = scoreAssessment({
    pack,
    answers: used,
    normAnswers: usedNorm,
    baseline: previous && !blank ? { answers: previous.answers } : null,
  });
  let prev: ReportInput['previous'] = null;
  if (previous && !blank) {
    const prevScore = scoreAssessment({
      pack: previous.pack,
      answers: previous.answers,
      normAnswers: previous.normAnswers,
    });
    // The timeline scores each earlier cycle on its own pack, exactly as the timeline screen does.
    const earlier = (records.earlier ?? [previous]).map((c) =>
      c.assessment.id === previous.assessment.id
        ? { ...c, score: prevScore }
        : {
            ...c,
            score: scoreAssessment({
              pack: c.pack,
              answers: c.answers,
              normAnswers: c.normAnswers,
            }),
          },
    );
    prev = {
      assessment: previous.assessment,
      score: prevScore,
      comparison: compareAssessments({
        older: { ...previous, score: prevScore },
        newer: { assessment, pack, answers, score },
      }),
      timeline: buildTimeline([...earlier, { assessment, pack, answers, score }]),
    };
  }
  return {
    pack,
    state: records.state,
    assessment,
    answers: used,
    normAnswers: usedNorm,
    score,
    previous: prev,
    options: records.options ?? {},
    madeAt: records.madeAt,
    locale: records.locale,
    ...(records.timeZone ? { timeZone: records.timeZone } : {}),
  };
}
