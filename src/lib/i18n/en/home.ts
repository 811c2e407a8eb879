import { msg } from '../messages';

export const home = {
  title: 'Norms Implementation Checklist',
  intro:
    'Check, norm by norm, how far your State has implemented the 11 voluntary, non-binding norms of the 2015 UN GGE report (A/70/174, para 13), endorsed by ASEAN in 2018.',
  normsHeading: 'The 11 norms',
  normsCaption: msg(
    '{actions, plural, one {# practical action} other {# practical actions}} in checklist version {version}',
    (actions: number, version: string) => ({ actions, version }),
  ),
  actionsCount: msg(
    '{count, plural, one {# practical action} other {# practical actions}}',
    (count: number) => ({ count }),
  ),
  officialWording: 'Official wording',
} as const;
