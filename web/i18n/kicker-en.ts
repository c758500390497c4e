// A briefing's kicker words (its kind, and a retraction's label) apart from the interface's others: the
// service worker draws a saved briefing's top with them before the app has run (web/sw/briefing-top.ts).
// One file per language, so each language's strings file carries its own alone.
export const kickerEn = {
  analysis: 'Analysis',
  reportage: 'Reportage',
  background: 'Background',
  opinion: 'Opinion',
  retracted: 'Retracted',
};
