// The newsroom's words about drafts: the preview's banner and what publishing would change, told in the
// words of the outlook's history but in the conditional. Only the worker draws them: no reader's script
// carries them.

const en = {
  previewBannerLabel: 'Preview',
  previewBanner: 'Preview: readers cannot see this yet. This is the page as it will look once published.',
  previewScheduled: 'Scheduled to appear on {date} (UTC).',
  previewConflicts:
    'The live briefing changed since this draft was made, and both changed the same things ({count}): settle them before publishing. Shown here: the draft alone.',
  previewProblems: 'This draft cannot be published yet. To fix ({count}):',
  previewProblemsTitle: 'Draft with problems',
  willCreate: 'Publishing would put this briefing online.',
  willChangeNothing: 'Publishing would change nothing.',
  moved: '{scenario} would move from {from} to {to}.',
  added: '{scenario} would be added as {to}.',
  dropped: '{scenario} would be dropped.',
  signpost: '“{indicator}” would go from {from} to {to}.',
  signpostAdded: '“{indicator}” would become a signpost.',
  signpostDropped: '“{indicator}” would stop being a signpost.',
  question: 'The question would become “{to}”.',
  resolved: '{scenario} would be resolved: {outcome}.',
  amended: 'The resolution of {scenario} would be amended, from {from} to {to}: {note}',
  fields: 'Also changed: {fields}.',
};

export type DraftStrings = typeof en;

const fr: DraftStrings = {
  previewBannerLabel: 'Aperçu',
  previewBanner:
    'Aperçu\u202f: les lecteurs ne voient pas encore cette page. Voici la page telle qu’elle sera une fois publiée.',
  previewScheduled: 'Publication prévue le {date} (UTC).',
  previewConflicts:
    'La version en ligne a changé depuis ce brouillon, et les deux ont modifié les mêmes choses ({count})\u202f: tranchez avant de publier. Ci-dessous\u202f: le brouillon seul.',
  previewProblems: 'Ce brouillon ne peut pas encore être publié. À corriger ({count})\u202f:',
  previewProblemsTitle: 'Brouillon à corriger',
  willCreate: 'La publication mettrait cette analyse en ligne.',
  willChangeNothing: 'La publication ne changerait rien.',
  moved: '{scenario} passerait de «\u202f{from}\u202f» à «\u202f{to}\u202f».',
  added: '{scenario} serait ajouté, «\u202f{to}\u202f».',
  dropped: '{scenario} serait retiré.',
  signpost: '«\u202f{indicator}\u202f» passerait de «\u202f{from}\u202f» à «\u202f{to}\u202f».',
  signpostAdded: '«\u202f{indicator}\u202f» deviendrait un signal à surveiller.',
  signpostDropped: '«\u202f{indicator}\u202f» ne serait plus un signal à surveiller.',
  question: 'La question deviendrait «\u202f{to}\u202f».',
  resolved: '{scenario} serait tranché\u202f: {outcome}.',
  amended: 'La résolution de {scenario} serait corrigée, de «\u202f{from}\u202f» à «\u202f{to}\u202f»\u202f: {note}',
  fields: 'Autres modifications\u202f: {fields}.',
};

/** The drafts' words in `lang`: French, or English for any other language. */
export const draftStrings = (lang: string): DraftStrings => (lang.startsWith('fr') ? fr : en);
