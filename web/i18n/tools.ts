// The words of a briefing's tools (read aloud and share): their chunk loads only on a briefing, so
// its words travel with it, not in every page's script.

const en = {
  tools: 'Listen and share',
  listen: 'Listen',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  nextSection: 'Next section',
  reading: 'Reading: {section}',
  share: 'Share',
  copyText: 'Copy as text',
  copyLink: 'Copy link',
  copied: 'Copied.',
  copyFailed: 'Could not copy.',
};

const fr: typeof en = {
  tools: 'Écouter et partager',
  listen: 'Écouter',
  pause: 'Pause',
  resume: 'Reprendre',
  stop: 'Arrêter',
  nextSection: 'Partie suivante',
  reading: 'Lecture\u202f: {section}',
  share: 'Partager',
  copyText: 'Copier le texte',
  copyLink: 'Copier le lien',
  copied: 'Copié.',
  copyFailed: 'Copie impossible.',
};

/** The tools' words in the interface's language. */
export const toolsStrings = (lang: string): typeof en => (lang === 'fr' ? fr : en);
