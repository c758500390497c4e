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
  iosInstall: 'Pour installer : Partager, puis « Sur l’écran d’accueil ».',
  storageUsed: 'Espace utilisé : {used}',
  storageKept: 'Les briefings enregistrés sont conservés.',
  storageMayClear: 'Le navigateur peut effacer les briefings enregistrés si l’espace manque.',
  keepSaved: 'Conserver les briefings enregistrés',
  dataUsed: 'Données utilisées ce mois-ci\u202f: {used}',
};

export const settingsStrings = (lang: string): typeof en => (lang === 'fr' ? fr : en);
