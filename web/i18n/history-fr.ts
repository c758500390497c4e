import type { HistoryStrings } from './history';

/** The words of an outlook's history in French (history-en.ts). */
export const historyFr: HistoryStrings = {
  outlookHistory: 'Évolution des perspectives',
  historyMoved: '{scenario} est passé de {from} à {to} le {date}.',
  historyAdded: '{scenario} ajouté, «\u202f{to}\u202f», le {date}.',
  historyDropped: '{scenario} retiré le {date}.',
  historySignpost: 'Signal «\u202f{indicator}\u202f»\u202f: {to} le {date}.',
  historySignpostAdded: '«\u202f{indicator}\u202f» est devenu un signal à surveiller le {date}.',
  historySignpostDropped: '«\u202f{indicator}\u202f» n’est plus un signal à surveiller depuis le {date}.',
  historyQuestion: 'La question est devenue «\u202f{to}\u202f» le {date}.',
  historyResolved: '{scenario}\u202f: tranché le {date}, {outcome}.',
  historyAmended:
    'La résolution de {scenario} a été corrigée le {date}, de «\u202f{from}\u202f» à «\u202f{to}\u202f»\u202f: {note}',
  historyBy: '{sentence} ({desk})',
  trailLabel: '{scenario}\u202f: {steps}.',
  trailStep: '{term} à partir du {date}',
  trailOutcome: 'tranché le {date}, {outcome}',
};
