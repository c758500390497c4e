import type { Language } from './languages';
import { outlookStrings, type OutlookStrings } from './outlook';

// The scorecard's words: a page only the server renders, so no chunk of the app imports this file.

const en = {
  scorecardText:
    'Every resolved scenario is scored by its Brier score: the squared gap between the probability we gave, weighted by how long we gave it, and what happened (1 if it occurred, 0 if not). 0 is perfect; always saying “even chance” scores 0.25.',
  allDesks: 'All desks',
  forecastCount: 'Scenarios published',
  resolvedCount: 'Resolved',
  scoredCount: 'Scored',
  notAssessedCount: 'Never assessed',
  apartNote: 'Ambiguous and annulled scenarios, and those never assessed, are not scored.',
  meanBrier: 'Mean Brier score',
  evenChanceBrier: 'always “even chance”: 0.25',
  nothingScored: 'nothing scored yet',
  calibration: 'Calibration by term',
  calibrationText:
    'For each term, the share of scored scenarios last given that term that occurred, against the term’s range.',
  calibrationRow: '{term} ({range}): {occurred} of {count} occurred',
};

export type ScorecardStrings = typeof en;

const fr: ScorecardStrings = {
  scorecardText:
    'Chaque scénario résolu reçoit son score de Brier : l’écart au carré entre la probabilité donnée, pondérée par la durée pendant laquelle elle l’a été, et ce qui s’est passé (1 si c’est survenu, 0 sinon). 0 est parfait ; dire toujours « chances à peu près égales » donne 0,25.',
  allDesks: 'Toutes les rédactions',
  forecastCount: 'Scénarios publiés',
  resolvedCount: 'Résolus',
  scoredCount: 'Notés',
  notAssessedCount: 'Jamais évalués',
  apartNote: 'Les scénarios ambigus ou annulés, et ceux jamais évalués, ne sont pas notés.',
  meanBrier: 'Score de Brier moyen',
  evenChanceBrier: 'toujours « chances à peu près égales » : 0,25',
  nothingScored: 'rien de noté pour l’instant',
  calibration: 'Calibrage par terme',
  calibrationText:
    'Pour chaque terme, la part des scénarios notés, donnés en dernier à ce terme, qui sont survenus, face à l’intervalle du terme.',
  calibrationRow: '{term} ({range}) : {occurred} sur {count} survenus',
};

/** The scorecard's words in `lang` (English for any other), with the outlook's it shares (its link's name, the terms). */
export const scorecardStrings = (lang: string): ScorecardStrings & OutlookStrings => ({
  ...outlookStrings(lang),
  ...((lang as Language) === 'fr' ? fr : en),
});
