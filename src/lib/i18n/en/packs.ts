import { msg } from '../messages';
import { sourceKindLabels } from './labels';

export const packs = {
  title: 'Checklist packs',
  intro:
    'A checklist pack holds the norms, the practical actions and the RAP focus areas. The app ships one compiled from public sources; install the official NIC wording or a national variant from a pack file (JSON). Answers follow their action across pack versions.',
  installedHeading: 'Installed packs',
  caption: 'Checklist packs on this device',
  colTitle: 'Title',
  colId: 'Pack id',
  colVersion: 'Version',
  colReleased: 'Released',
  colActions: 'Actions',
  colSource: 'Source',
  bundled: 'Shipped with the app',
  installedOn: msg('Installed {date}', (date: string) => ({ date })),
  installHeading: 'Install a pack',
  fileLabel: 'Choose a pack file to install (JSON)',
  installButton: 'Install pack',
  installing: 'Checking the file…',
  installed: msg('Installed “{title}” version {version}.', (title: string, version: string) => ({
    title,
    version,
  })),
  alreadyInstalled: msg(
    '“{title}” version {version} is already installed; nothing changed.',
    (title: string, version: string) => ({ title, version }),
  ),
  /** After installing a pack the app does not vouch for (domain/packReview.ts). */
  installedUnreviewed: msg(
    'Installed “{title}” version {version}. Not reviewed: the app does not ship this version, so its status, issuer and document are only what the file says of itself.',
    (title: string, version: string) => ({ title, version }),
  ),
  refused: 'The pack was not installed. Nothing stored has changed.',
  tooLarge: msg(
    'The file is larger than {mb, number} MB; a checklist pack is far smaller.',
    (mb: number) => ({ mb }),
  ),
  noFile: 'Choose a pack file first.',
  broken: 'Some stored packs could not be read and are hidden:',
  colStatus: 'Status',
  defaultPack: 'Default for new assessments',
  aboutPack: msg('About “{title}” (version {version})', (title: string, version: string) => ({
    title,
    version,
  })),
  // Pack provenance (PackInfo): what the pack is and who stands behind it.
  infoPublisher: 'Publisher',
  infoStatus: 'Status',
  infoIssuer: 'Issuer',
  infoDocument: 'Document',
  infoDistribution: 'Distribution',
  infoVersion: 'Version',
  /** The document a pack cites, with its date when it has one (`date` may be ''). */
  documentValue: msg(
    '{dated, select, yes {{reference}, {date}} other {{reference}}}',
    (reference: string, date: string) => ({ reference, date, dated: date ? 'yes' : 'no' }),
  ),
  noDocument: 'None named',
  // Review (domain/packReview.ts): only the pack versions the app ships are vouched for.
  unreviewed: 'Not reviewed',
  unreviewedNote:
    'Not reviewed: installed from a file, not a pack version the app ships. Its status, issuer and document are what the file says of itself; check them with the publisher before relying on it.',
  /** A pack in the setup form's choice of packs when the app does not vouch for it. */
  choiceUnreviewed: msg(
    '{title} (version {version}, not reviewed)',
    (title: string, version: string) => ({ title, version }),
  ),
  status: {
    official: 'Official',
    unofficial: 'Unofficial compilation',
    draft: 'Draft',
  },
  distribution: {
    public: 'Public',
    restricted: 'Restricted: check before sharing the pack or files that carry it',
  },
  // Item provenance (SourceNote): where a practical action comes from.
  sourceHeading: 'Source',
  basis: {
    'official-text': 'Official text',
    'derived-official': 'Derived from official text',
    'secondary-summary': 'Based on a secondary summary',
  },
  kind: sourceKindLabels,
  openSource: 'open the source',
  mappingJudgement: 'Focus areas: our judgement',
  mappingOfficial: 'Focus areas: official mapping',
  noFocusArea: 'Not mapped to a focus area',
} as const;
