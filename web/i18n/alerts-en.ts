/** The words of alerts in English: the push messages the worker writes, and the phone's alert settings. */
export const alertsEn = {
  // The body of a push message: what moved.
  published: 'New briefing: {standfirst}',
  likelihood: '“{title}” is now {term} ({range})',
  notAssessed: '“{title}” is no longer assessed',
  signpostObserved: 'Signpost observed: {indicator}',
  signpostContradicted: 'Signpost contradicted: {indicator}',
  resolved: '“{title}” resolved: {outcome}',
  occurred: 'it happened',
  did_not_occur: 'it did not happen',
  ambiguous: 'ambiguous',
  annulled: 'annulled',
  corrected: 'Corrected: {text}',
  retracted: 'Retracted: {reason}',
  // The phone.
  offer: 'Get alerts when this moves',
  offerFor: 'Get alerts about {name}',
  alertsOn: 'Alerts on',
  alertsTitle: 'Alerts',
  alertsFor: 'Alerts for: {list}',
  alertsCap: 'At most {n} a day; none between {from} and {to}.',
  alertsCapNoQuiet: 'At most {n} a day.',
  alertsOff: 'Turn alerts off',
  alertsNone: 'Alerts are off.',
  alertsDenied: 'Alerts are blocked in this browser’s settings.',
  alertsInstallIos:
    'On iPhone and iPad, alerts work once Briefing is added to the Home Screen (Share, then Add to Home Screen).',
  alertsUnsupported: 'This browser cannot show alerts.',
  alertsFailed: 'Could not turn alerts on. Please try again.',
};

export type AlertStrings = typeof alertsEn;
