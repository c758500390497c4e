import type { AlertStrings } from './alerts-en';

/** Les mots des alertes en français : les messages que le worker envoie, et les réglages du téléphone. */
export const alertsFr: AlertStrings = {
  published: 'Nouvelle analyse\u202f: {standfirst}',
  likelihood: '«\u202f{title}\u202f»\u202f: désormais {term} ({range})',
  notAssessed: '«\u202f{title}\u202f» n’est plus évalué',
  signpostObserved: 'Signal observé\u202f: {indicator}',
  signpostContradicted: 'Signal démenti\u202f: {indicator}',
  resolved: '«\u202f{title}\u202f»\u202f: {outcome}',
  occurred: 's’est produit',
  did_not_occur: 'ne s’est pas produit',
  ambiguous: 'ambigu',
  annulled: 'annulé',
  corrected: 'Correction\u202f: {text}',
  retracted: 'Retirée\u202f: {reason}',
  offer: 'M’alerter en cas d’évolution',
  offerFor: 'M’alerter\u202f: {name}',
  alertsOn: 'Alertes activées',
  alertsTitle: 'Alertes',
  alertsFor: 'Alertes pour\u202f: {list}',
  alertsCap: 'Au plus {n} par jour\u202f; aucune entre {from} et {to}.',
  alertsCapNoQuiet: 'Au plus {n} par jour.',
  alertsOff: 'Désactiver les alertes',
  alertsNone: 'Les alertes sont désactivées.',
  alertsDenied: 'Les alertes sont bloquées dans les paramètres de ce navigateur.',
  alertsInstallIos:
    'Sur iPhone et iPad, les alertes fonctionnent une fois Briefing ajouté à l’écran d’accueil (Partager, puis Sur l’écran d’accueil).',
  alertsUnsupported: 'Ce navigateur ne peut pas afficher d’alertes.',
  alertsFailed: 'Impossible d’activer les alertes. Veuillez réessayer.',
};
