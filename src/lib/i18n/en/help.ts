import { msg } from '../messages';

/**
 * Strings of the Help and About page, the shortcut list (`?`) and the browser tab titles. One
 * namespace of messages; lists (paragraphs, steps, rules, shortcut rows) are keyed objects, shown in
 * key order, so that a language gives each entry.
 * Figures of the scoring method (points, band thresholds) are not written here: the Help page reads
 * them from domain/scoring.ts, so the text cannot drift from the rule.
 */
export const help = {
  // Tab titles: "<screen> — <State and cycle> — <app>" (domain/pageTitle.ts). The home screen's
  // tab says the app's name alone.
  screenTitles: {
    'assessment-new': 'New assessment',
    'assessment-edit': 'Assessment details',
    assessment: 'Workspace',
    packs: 'Checklist packs',
    timeline: 'Progress over time',
    compare: 'Compare cycles',
    region: 'Regional comparison',
    backup: 'Backup and import',
    dashboard: 'Dashboard',
    report: 'Gap report',
    help: 'Help',
  } as Record<string, string>,
  notFoundTitle: 'Page not found',

  navHelp: 'Help',
  title: 'Help',
  intro:
    'How to use this tool, how it scores, its keyboard shortcuts and where your answers are kept. This page is part of the app: it works offline.',
  contents: 'On this page',

  // What the tool is for
  purposeHeading: 'What the tool is for',
  /** Paragraphs, in order. */
  purpose: {
    what: 'A State checks, norm by norm, how far it has implemented the 11 voluntary, non-binding norms of responsible State behaviour in cyberspace of the 2015 UN GGE report (A/70/174, para 13 (a)–(k)), against the practical actions of a checklist pack and the six focus areas of the ASEAN Regional Action Plan (2021).',
    who: 'It is used by the officials of a State’s cyber agency, foreign ministry and other agencies: they fill in the self-assessment (often several agencies each a part), see the gaps per norm and per focus area, export a gap report for ministers, and repeat it every cycle to compare progress.',
  },

  // Steps
  stepsHeading: 'The steps',
  /** The steps, in order: each a name and what it is. */
  steps: {
    setUp: {
      name: 'Set up',
      text: 'On the home screen, add your State and start an assessment: title, period, checklist pack, lead agency, people and a short alias for charts. Start empty, or carry the answers of an earlier cycle forward (they stay marked “carried” until someone confirms them).',
    },
    fillIn: {
      name: 'Fill in',
      text: 'Open the assessment and answer each practical action, norm by norm or by focus area: status, target, priority, lead agency, evidence and notes. Each norm also asks for measures taken, challenges and capacity needs. Every change is saved on this device as you make it; “Saved” shows only once it is stored.',
    },
    parts: {
      name: 'Agencies’ parts',
      text: 'A coordinator assigns norms or single actions to agencies in the workspace, then exports each agency’s part from the Backup and import screen. Each agency fills in its part in the app on its own device and sends the file back; the coordinator imports the parts (several at once), resolves any conflict field by field, and sees who has answered.',
    },
    score: {
      name: 'Score',
      text: 'The Dashboard shows the overall score, each norm’s and each focus area’s score and maturity band, completeness and the largest gaps. Every chart has a table with the same figures.',
    },
    report: {
      name: 'Report',
      text: 'The Gap report screen makes a PDF for ministers (the whole checklist or selected norms, a shareable copy without notes and names, or an empty checklist to circulate) and CSV files of the action plan and of all answers.',
    },
    repeat: {
      name: 'Repeat each cycle',
      text: 'Next cycle, start a new assessment that carries the earlier answers forward, confirm or update them, then compare the two cycles side by side or follow the State’s progress over time. When a cycle is complete, send it to review, then mark it final (read-only).',
    },
  },

  // Scoring
  scoringHeading: 'How the scores are computed',
  scoringIntro:
    'Every score on the dashboard, in the report, in the CSV files and in comparisons comes from one calculation. It measures how far your own answers say the practical actions are implemented: a self-assessment aid, not a rating of compliance.',
  pointsHeading: 'Points per status',
  pointsCaption: 'Points of each implementation status',
  colStatus: 'Status',
  colPoints: 'Points',
  notApplicableRow: 'Left out (see below)',
  unansweredRow: '0 (counts as not started)',
  /** The rules of the scoring method, in order: each a term and its rule. */
  scoringRules: {
    norm: {
      term: 'Score of a norm',
      rule: 'Σ(weight × points) ÷ Σ(weight) over the norm’s applicable actions, as a percentage. Each action has a weight set by the checklist pack (1 unless the pack says otherwise).',
    },
    area: {
      term: 'Score of a focus area',
      rule: 'the same sum over every applicable action mapped to the focus area. An action mapped to several focus areas counts in full in each; an action mapped to none (as in an official-text pack) counts in its norm and overall only.',
    },
    overall: {
      term: 'Overall score',
      rule: 'the plain mean of the norm scores, so that a norm with many actions does not outweigh the others.',
    },
    notApplicable: {
      term: 'Not applicable',
      rule: 'the action leaves both the numerator and the denominator, and is listed with the justification you gave (one is required). A norm whose every action is not applicable is “not scored”: a gap in the charts, never 0%.',
    },
    unanswered: {
      term: 'Unanswered',
      rule: 'the action scores 0 and stays in the denominator, so leaving a hard question blank never raises a score. How much is answered is shown apart as completeness (answered ÷ all actions).',
    },
    gap: {
      term: 'Gap of an action',
      rule: 'max(0, target points − current points) × weight; the target is Fully implemented unless you chose another. The gap list is ranked by this gap, then priority, then target date.',
    },
    progress: {
      term: 'Progress to date',
      rule: 'against an earlier cycle: (current − baseline) ÷ (target − baseline).',
    },
    rounding: {
      term: 'Rounding',
      rule: 'figures keep full precision; only the display rounds, toward zero (79.9 shows 79% and stays in its band).',
    },
  },
  bandsHeading: 'Maturity bands',
  bandsCaption: 'Maturity band of a score',
  colBand: 'Band',
  colRange: 'Score',
  methodVersion: msg('Scoring method version {version}.', (version: string) => ({ version })),

  // Shortcuts
  shortcutsHeading: 'Keyboard shortcuts',
  anywhereHeading: 'Anywhere',
  /** The keys that work on every screen, one row each, in order. */
  anywhere: {
    help: { keys: '?', does: 'show the list of keyboard shortcuts' },
    close: { keys: 'Esc', does: 'close the list' },
  },
  workspaceHeading: 'In the workspace',
  shortcutsNote:
    'Letter and number keys work when the cursor is not in a text field; Alt+↓ and Alt+↑ work in text fields too.',
  dialogTitle: 'Keyboard shortcuts',
  close: 'Close',
  moreHelp: 'All help',

  // Data
  dataHeading: 'Where your data is kept',
  data: {
    where:
      'Your answers, history and settings are stored only in this browser on this device (its IndexedDB storage). Nothing leaves the device unless you export a file: the app sends nothing to any server, loads no fonts or scripts from elsewhere, and works offline.',
    clearing:
      'Clearing the browser’s site data, or using a private window, deletes them. Another browser or another device does not see them.',
  },
  backupHeading: 'Backing up',
  backup: {
    export:
      'On the Backup and import screen, export one assessment, one State with all its cycles, or everything, as a file; you may encrypt it with a passphrase (without the passphrase the file cannot be read, so keep it safe). Keep the file where your organisation keeps its records.',
    restore:
      'To restore, import the file on the same screen: the app shows a preview of what will change before anything is written. The Backup link in the menu shows when there are changes that no backup holds yet.',
  },

  // About
  aboutHeading: 'About',
  version: 'Version',
  licence: 'Licence',
  licenceText: msg(
    '{id} (as declared in the project’s package.json; the source has no separate licence file).',
    (id: string) => ({ id }),
  ),
  noLicence: 'No licence is declared for this software.',
  checklistData:
    'The bundled checklist is an unofficial compilation from public sources, not the official ASEAN Norms Implementation Checklist text: the norm texts are quoted from A/70/174 para 13; the practical actions are in the compilers’ own words, each with its source.',
  packsHeading: 'Checklist packs on this device',
  packsCaption: 'Checklist packs installed',
  colPack: 'Pack',
  colPackVersion: 'Version',
  colPackActions: 'Practical actions',
  colPackSource: 'Source',
  packBundled: 'Comes with the app',
  packInstalled: 'Installed from a file',
  packDefault: '(default for new assessments)',
  packsLoading: 'Reading the installed packs…',
  packsFailed: 'The installed packs could not be read.',
} as const;
