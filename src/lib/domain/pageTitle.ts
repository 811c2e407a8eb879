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
  subject: TitleSubject | null;
  app: string;
}): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  return [parts.screen, subjectLabel(parts.subject), parts.app]
    .map(oneLine)
    .filter((s) => s !== '')
    .join(' — ');
}
