/**
 * The words of an outlook's history (how it changed, each scenario's chart) in English: fetched with the
 * history's code, the first time one is shown (web/i18n/history.ts).
 */
export const historyEn = {
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
  trailLabel: '{scenario}: {steps}.',
  trailStep: '{term} from {date}',
  trailOutcome: 'resolved {date}, {outcome}',
};
