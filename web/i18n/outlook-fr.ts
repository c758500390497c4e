import type { OutlookStrings } from './outlook';

/** The outlook's words in French: loaded with fr.ts, by French readers only. */
export const outlookFr: OutlookStrings = {
  atAGlance: 'Les perspectives en bref',
  fullOutlook: 'Les perspectives en détail',
  movedUp: 'en hausse le {date} (auparavant\u202f: {from})',
  movedDown: 'en baisse le {date} (auparavant\u202f: {from})',
  within_days: 'd’ici quelques jours',
  within_weeks: 'd’ici quelques semaines',
  within_months: 'd’ici quelques mois',
  within_years: 'd’ici quelques années',
  within_unspecified: 'aucun horizon indiqué',
  details: 'Conditions et issue',
  raisesObserved: 'A rendu «\u202f{title}\u202f» plus probable',
  lowersObserved: 'A rendu «\u202f{title}\u202f» moins probable',
  raisesContradicted: 'Joue contre «\u202f{title}\u202f»',
  lowersContradicted: 'Ne pèse plus contre «\u202f{title}\u202f»',
  occurred: 'S’est produit',
  did_not_occur: 'Ne s’est pas produit',
  ambiguous: 'Ambigu',
  annulled: 'Annulé',
  resolvedOn: 'Tranché le {date}\u202f: {outcome}',
  resolutionCriteria: 'Comment on tranchera',
  resolveBy: 'au plus tard le {date}',
  note: 'Note',
  scorecardLink: 'Le bilan de nos prévisions',
  amendedOn: 'Corrigé le {date} (auparavant\u202f: {outcome})\u202f: {note}',
};
