import type { AlertStrings } from './alerts-en';

/** Les mots des alertes en français : les messages que le worker envoie, et les réglages du téléphone. */
export const alertsFr: AlertStrings = {
  published: 'Nouvelle analyse : {standfirst}',
  likelihood: '« {title} » est désormais {term} ({range})',
  notAssessed: '« {title} » n’est plus évalué',
  signpostObserved: 'Signal observé : {indicator}',
  signpostContradicted: 'Signal démenti : {indicator}',
  resolved: '« {title} » tranché : {outcome}',
  occurred: 'c’est arrivé',
  did_not_occur: 'ce n’est pas arrivé',
  ambiguous: 'ambigu',
  annulled: 'annulé',
  corrected: 'Correction : {text}',
  retracted: 'Retirée : {reason}',
  offer: 'Recevoir une alerte quand cela bouge',
  offerFor: 'Recevoir les alertes sur {name}',
  alertsOn: 'Alertes activées',
  alertsTitle: 'Alertes',
  alertsFor: 'Alertes pour : {list}',
  alertsCap: 'Au plus {n} par jour ; aucune entre {from} et {to}.',
  alertsCapNoQuiet: 'Au plus {n} par jour.',
  alertsOff: 'Désactiver les alertes',
  alertsNone: 'Les alertes sont désactivées.',
  alertsDenied: 'Les alertes sont bloquées dans les réglages de ce navigateur.',
  alertsInstallIos:
    'Sur iPhone et iPad, les alertes fonctionnent une fois Briefing ajouté à l’écran d’accueil (Partager, puis Sur l’écran d’accueil).',
  alertsUnsupported: 'Ce navigateur ne peut pas afficher d’alertes.',
  alertsFailed: 'Impossible d’activer les alertes. Veuillez réessayer.',
};
