import type { Language } from './languages';
import { outlookStrings, type OutlookStrings } from './outlook';

// The scorecard's words: a page only the server renders, so no chunk of the app imports this file.

const en = {
  verdict: 'Our forecasts scored {score}: lower is better, 0 is perfect, and always saying “even chance” scores 0.25.',
  verdictBetter: 'Ours did better.',
  verdictWorse: 'Ours did no better.',
  verdictNone:
    'No forecast has been scored yet: one is scored once what it foresaw has happened or not. Lower is better; always saying “even chance” scores 0.25.',
  deskLine: '{desk}: {score} ({n} scored)',
  deskNone: '{desk}: nothing scored yet',
  scoredHeading: 'The forecasts scored',
  scoredSaid: 'Last said: {term} · {outcome} · score {score}',
  detailHeading: 'How the scores are worked out',
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
  verdict:
    'Nos prévisions obtiennent {score}\u202f: plus c’est bas, mieux c’est, 0 est parfait, et dire toujours «\u202fune chance sur deux\u202f» donne 0,25.',
  verdictBetter: 'Les nôtres font mieux.',
  verdictWorse: 'Les nôtres ne font pas mieux.',
  verdictNone:
    'Aucune prévision n’est encore notée\u202f: elle l’est une fois que ce qu’elle annonçait est survenu ou non. Plus c’est bas, mieux c’est\u202f; dire toujours «\u202fune chance sur deux\u202f» donne 0,25.',
  deskLine: '{desk}\u202f: {score} (prévisions notées\u202f: {n})',
  deskNone: '{desk}\u202f: rien de noté pour l’instant',
  scoredHeading: 'Les prévisions notées',
  scoredSaid: 'Dernier avis\u202f: {term} · {outcome} · score {score}',
  detailHeading: 'Comment les scores sont calculés',
  scorecardText:
    'Plus le score est bas, mieux c’est\u202f: 0 = prévisions parfaites, 0,25 = répondre toujours «\u202fune chance sur deux\u202f». Chaque scénario tranché est noté par son score de Brier, pondéré par la durée pendant laquelle chaque probabilité est restée affichée.',
  allDesks: 'Toutes les rédactions',
  forecastCount: 'Scénarios publiés',
  resolvedCount: 'Tranchés',
  scoredCount: 'Notés',
  notAssessedCount: 'Jamais évalués',
  apartNote: 'Les scénarios ambigus ou annulés, et ceux jamais évalués, ne sont pas notés.',
  meanBrier: 'Score de Brier moyen',
  evenChanceBrier: 'toujours «\u202fune chance sur deux\u202f»\u202f: 0,25',
  nothingScored: 'rien de noté pour l’instant',
  calibration: 'Calibrage par terme',
  calibrationText:
    'Pour chaque terme, la part des scénarios notés dont la dernière estimation était ce terme et qui se sont produits, face à l’intervalle du terme.',
  calibrationRow: '{term} ({range})\u202f: {occurred} sur {count} se sont produits',
};

/** The scorecard's words in `lang` (English for any other), with the outlook's it shares (its link's name, the terms). */
export const scorecardStrings = (lang: string): ScorecardStrings & OutlookStrings => ({
  ...outlookStrings(lang),
  ...((lang as Language) === 'fr' ? fr : en),
});
