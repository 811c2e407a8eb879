/** The links between the screens of one assessment. */
export const assessmentNav = {
  label: 'This assessment',
  answer: 'Answer the checklist',
  dashboard: 'Dashboard',
  report: 'Gap report (PDF, CSV)',
  compare: 'Compare with another cycle',
  timeline: 'Progress over time',
} as const;
