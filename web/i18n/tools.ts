import type { Language } from './languages';

// The words of the tools under a briefing (read aloud, share): only the tools' chunk, loaded on a
// briefing, carries them; the page's script carries none.

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

export type ToolStrings = typeof en;

const fr: ToolStrings = {
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

/** The tools' words in the page's language. */
export const toolStrings = (lang: string): ToolStrings => ((lang as Language) === 'fr' ? fr : en);
