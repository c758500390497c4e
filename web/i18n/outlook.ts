import { outlookLanguages } from './outlook-languages';

// The words of the outlook's block, glance and history, drawn by chunks the app loads only when it must
// draw them itself: kept out of en.ts, so the page's script carries none of them. Other languages' words
// travel with that language's strings (outlook-fr.ts with fr.ts), so a reader downloads only their own.

const en = {
  atAGlance: 'The outlook at a glance',
  fullOutlook: 'The full outlook',
  movedUp: 'up from {from} on {date}',
  movedDown: 'down from {from} on {date}',
  within_days: 'within days',
  within_weeks: 'within weeks',
  within_months: 'within months',
  within_years: 'within years',
  within_unspecified: 'no timeframe given',
  details: 'Conditions and outcome',
  raisesObserved: 'Made “{title}” more likely',
  lowersObserved: 'Made “{title}” less likely',
  raisesContradicted: 'Counts against “{title}”',
  lowersContradicted: 'No longer weighs against “{title}”',
  occurred: 'Occurred',
  did_not_occur: 'Did not occur',
  ambiguous: 'Ambiguous',
  annulled: 'Annulled',
  resolvedOn: 'Resolved {date}: {outcome}',
  resolutionCriteria: 'Resolved against',
  resolveBy: 'to be resolved by {date}',
  note: 'Note',
  scorecardLink: 'How our outlooks have fared',
  outlookHistory: 'How the outlook changed',
  historyMoved: '{scenario} moved from {from} to {to} on {date}.',
  historyAdded: '{scenario} was added as {to} on {date}.',
  historyDropped: '{scenario} was dropped on {date}.',
  historySignpost: '“{indicator}” went from {from} to {to} on {date}.',
  historySignpostAdded: '“{indicator}” became a signpost on {date}.',
  historySignpostDropped: '“{indicator}” stopped being a signpost on {date}.',
  historyQuestion: 'The question became “{to}” on {date}.',
  historyResolved: '{scenario} was resolved on {date}: {outcome}.',
  historyAmended: 'The resolution of {scenario} was amended on {date}, from {from} to {to}: {note}',
  historyBy: '{sentence} ({desk})',
  amendedOn: 'Amended {date} (was: {outcome}): {note}',
  trailLabel: '{scenario}: {steps}.',
  trailStep: '{term} from {date}',
  trailOutcome: 'resolved {date}, {outcome}',
};

export type OutlookStrings = typeof en;

/** The outlook's words in `lang`: English for any language whose words are not loaded (or do not exist). */
export const outlookStrings = (lang: string): OutlookStrings => outlookLanguages[lang] ?? en;
