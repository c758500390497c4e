// The settings panel's words about storage, data and installing: the panel loads when opened, and
// its words with it, not in every page's script.

const en = {
  iosInstall: 'To install: Share, then “Add to Home Screen”.',
  storageUsed: 'Storage used: {used}',
  storageKept: 'Saved briefings are kept.',
  storageMayClear: 'The browser may clear saved briefings if space runs low.',
  keepSaved: 'Keep saved briefings',
  dataUsed: 'Data used this month: {used}',
};

const fr: typeof en = {
  iosInstall: 'Pour installer\u202f: Partager, puis «\u202fSur l’écran d’accueil\u202f».',
  storageUsed: 'Espace utilisé\u202f: {used}',
  storageKept: 'Les analyses enregistrées sont conservées.',
  storageMayClear: 'Le navigateur peut effacer les analyses enregistrées si l’espace manque.',
  keepSaved: 'Conserver les analyses enregistrées',
  dataUsed: 'Données utilisées ce mois-ci\u202f: {used}',
};

export const settingsStrings = (lang: string): typeof en => (lang === 'fr' ? fr : en);
