import { pageTitle, type TitleSubject } from '../domain/pageTitle';
import { t } from '../i18n';

/**
 * The browser tab title of a route: its screen (t.help.screenTitles by route name; none for the
 * home screen, "Page not found" for an address no route matches), the State and cycle it is about,
 * and the app's name (domain/pageTitle.ts has the rule).
 */
export function documentTitle(
  routeName: string | undefined,
  subject: TitleSubject | null = null,
): string {
  const screen =
    routeName === undefined ? t.help.notFoundTitle : (t.help.screenTitles[routeName] ?? '');
  return pageTitle({ screen, subject, app: t.common.appName });
}

/**
 * What a route is about, read from storage: the assessment of an `id` param, or the State of a
 * `code` param; null for the other screens or when nothing is found. Storage and the list of
 * States load with `import()`, so that the first screen carries neither.
 */
export async function loadTitleSubject(
  params: Record<string, string>,
): Promise<TitleSubject | null> {
  if (!params['id'] && !params['code']) return null;
  const { titleSubject } = await import('./titleSubject');
  return titleSubject(params);
}
