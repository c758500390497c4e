import type { kickerEn } from './kicker-en';

/** A briefing's kicker words in French (kicker-en.ts says why they live apart). */
export const kickerFr: typeof kickerEn = {
  analysis: 'Analyse',
  reportage: 'Reportage',
  background: 'Contexte',
  opinion: 'Opinion',
  retracted: 'Retirée',
};
