import { pageTitle, type TitleSubject } from '../domain/pageTitle';
import { formatList } from '../i18n/format';
import { t } from '../i18n/registry';

/**
 * The browser tab title of a route: its screen (t.help.screenTitles by route name; none for the
 * home screen, "Page not found" for an address no route matches), the State and cycle it is about,
 * and the app's name (domain/pageTitle.ts has the rule).
 */
export function documentTitle(
  routeName: string | undefined,
  subject: TitleSubject | readonly TitleSubject[] | null = null,
): string {
  const screen =
    routeName === undefined ? t.help.notFoundTitle : (t.help.screenTitles[routeName] ?? '');
  return pageTitle({ screen, subject, app: t.common.appName, list: (p) => formatList(p) });
}

/**
 * What a route is about, read from storage: the assessment of an `id` param, the State of a
 * `code` param, or the two assessments of the Compare screen (`a` and `b` in the query, older
 * first); null for the other screens or when nothing is found. Storage and the list of States load
 * with `import()`, so that the first screen carries neither.
 */
export async function loadTitleSubject(
  params: Record<string, string>,
  query?: URLSearchParams,
): Promise<TitleSubject | TitleSubject[] | null> {
  const pair = [query?.get('a'), query?.get('b')].filter((id): id is string => !!id);
  if (!params['id'] && !params['code'] && pair.length === 0) return null;
  const { titleSubject } = await import('./titleSubject');
  if (params['id'] || params['code']) return titleSubject(params);
  const found = await Promise.all(pair.map((id) => titleSubject({ id })));
  const named = found.filter((s): s is TitleSubject => s !== null);
  return named.length > 0 ? named : null;
}
