import { stateAndTitle } from './names';

/**
 * The browser tab title: which screen, which assessment (or State), which app, so that a user with
 * several tabs (or a long tab history) can tell them apart. Pure rule; the words come from i18n and
 * `state/pageTitle.svelte.ts` writes the result to `document.title`.
 */

/** What a screen is about, when it is about one assessment or one State. */
export interface TitleSubject {
  /** The State's name as shown (not its code). */
  stateName: string;
  /** The assessment's short alias, else its title; empty for a screen about the State as a whole. */
  cycle: string;
}

/**
 * The part of the title that names the subject: "Malaysia 2026" (State, then the cycle's alias or
 * title, without saying the State twice when the title already names it: `stateAndTitle`), or the
 * State alone. Empty when there is no subject.
 */
export function subjectLabel(subject: TitleSubject | null): string {
  if (!subject) return '';
  return stateAndTitle(subject.stateName.trim(), subject.cycle.trim(), ' ').trim();
}

/**
 * The subject of a screen about several assessments (Compare: the older, then the newer), each as
 * `subjectLabel` says, joined by `list` (the i18n layer's list formatter: "Malaysia 2025 and 2026").
 * A State already named is not named again: later cycles of the first one's State are the cycle
 * alone. Empty when no subject has a name.
 */
export function subjectsLabel(
  subjects: readonly TitleSubject[],
  list: (parts: readonly string[]) => string,
): string {
  const first = subjects[0]?.stateName.trim();
  const labels = subjects
    .map((s, i) => (i > 0 && s.stateName.trim() === first ? s.cycle.trim() : subjectLabel(s)))
    .filter((l) => l !== '');
  return labels.length > 0 ? list(labels) : '';
}

/** The cycle's name for the title: its alias (made short for charts and tabs), else its title. */
export const cycleName = (assessment: { alias?: string | undefined; title: string }): string =>
  assessment.alias?.trim() || assessment.title;

/**
 * The tab title: "<screen> — <subject> — <app>", leaving out the parts that are empty (the home
 * screen is "<app>" alone when `screen` is empty). Whitespace and line breaks inside user text are
 * collapsed: a title is one line.
 */
export function pageTitle(parts: {
  screen: string;
  /** One subject, or several (joined by `list`, see `subjectsLabel`). */
  subject: TitleSubject | readonly TitleSubject[] | null;
  app: string;
  list?: (parts: readonly string[]) => string;
}): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const subject = Array.isArray(parts.subject)
    ? subjectsLabel(parts.subject, parts.list ?? ((p) => p.join(', ')))
    : subjectLabel(parts.subject as TitleSubject | null);
  return [parts.screen, subject, parts.app]
    .map(oneLine)
    .filter((s) => s !== '')
    .join(' — ');
}
