import { stringify } from 'yaml';
import type { BriefingInput, Kind } from '../../model/types';
import type { Article } from './article';
import { outlookIntro } from '../../model/outlook-intro';

// From a parsed article to a draft briefing, and from a draft briefing to the file an editor edits:
// YAML front matter for the structured fields, then the text with `## ` headings.

// Long values on one line each, and a value repeated written out again (never a YAML alias: the editor
// edits each copy, and the reader refuses aliases).
const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false };

/** A slug of `[a-z0-9-]`, at most `max` characters, cut at a word: ids and section anchors. */
export function slugify(text: string, max = 64): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'briefing';
  return slug.slice(0, max + 1).replace(/-[^-]*$/, '') || slug.slice(0, max);
}

const KINDS: Record<string, Kind> = {
  analysis: 'analysis',
  analyse: 'analysis',
  décryptage: 'analysis',
  decryptage: 'analysis',
  éclairage: 'background',
  eclairage: 'background',
  contexte: 'background',
  tribune: 'opinion',
  chronique: 'opinion',
  opinion: 'opinion',
  comment: 'opinion',
  background: 'background',
  explainer: 'background',
  reportage: 'reportage',
};

/** The briefing an article makes, everything but the outlook, which only an editor can write. */
export function articleToBriefing(a: Article, language = 'en'): BriefingInput {
  const taken = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
    taken.add(id);
    return id;
  };
  return {
    schemaVersion: '1.0',
    id: slugify(a.headline.text, 48),
    kind: KINDS[a.label?.toLowerCase() ?? 'analysis'] ?? 'analysis',
    language,
    headline: a.headline.text,
    standfirst: a.standfirst.text,
    ...(a.lede.length ? { lede: a.lede.map((l) => l.text).join(' ') } : {}),
    sections: a.sections.map((s) => ({
      id: unique(slugify(s.heading.text, 40)),
      heading: s.heading.text,
      paragraphs: s.paragraphs.map((p) => p.text),
    })),
    sources: [
      {
        id: slugify(a.source.publisher, 40),
        publisher: a.source.publisher,
        ...(a.source.title ? { title: a.source.title } : {}),
        role: 'primary',
      },
    ],
    geo: { countries: [] },
    topics: [],
    authors: [],
  };
}

/** The template's words in the article's language: the editor completes it in the language they write in. */
const TEMPLATE = {
  en: {
    complete: '# Complete the outlook, then uncomment it.',
    prose: (h: string) => ` The article's own prose is under "## ${h}" below.`,
    never:
      '# Scenarios come from the analysis, never invented; a likelihood the source does not give stays not_assessed.',
    noLikelihood: 'The source gives no likelihood.',
    atLeastTwo: 'at least two',
    mayBeEmpty: 'observable indicators; may be empty: []',
    hints: {
      geo: '# geo.countries: ISO 3166-1 alpha-2 codes such as NE; regions (optional): UN M49 codes such as "011"',
      topics: '# topics: ids of the vocabulary (GET /api/topics), e.g. [niger, democracy]',
      authors: '# authors: at least one, e.g. [{ name: Briefing Sahel Desk }]',
      story: '# story (optional): the situation this briefing follows, one slug for the whole thread',
      translationOf: '# translationOf (optional): the id of the original this briefing translates',
    } as Record<string, string>,
  },
  fr: {
    complete: '# Complétez les perspectives, puis décommentez-les.',
    prose: (h: string) => ` Le texte de l’article est plus bas, sous «\u202f## ${h}\u202f».`,
    never:
      '# Les scénarios viennent de l’analyse, jamais inventés\u202f; une probabilité que la source ne donne pas reste not_assessed.',
    noLikelihood: 'La source ne donne aucune probabilité.',
    atLeastTwo: 'au moins deux',
    mayBeEmpty: 'indicateurs observables\u202f; peut être vide\u202f: []',
    hints: {
      geo: '# geo.countries\u202f: codes ISO 3166-1 alpha-2, par exemple NE\u202f; regions (facultatif)\u202f: codes M49 de l’ONU, par exemple "011"',
      topics: '# topics\u202f: identifiants du vocabulaire (GET /api/topics), par exemple [niger, democracy]',
      authors: '# authors\u202f: au moins un, par exemple [{ name: Rédaction Sahel }]',
      story: '# story (facultatif)\u202f: la situation que suit cette analyse, un identifiant pour tout le fil',
      translationOf: '# translationOf (facultatif)\u202f: l’identifiant de l’original que traduit cette analyse',
    } as Record<string, string>,
  },
};
const templateFor = (language: string) => (language.split('-')[0] === 'fr' ? TEMPLATE.fr : TEMPLATE.en);

/** The outlook template: commented out, because scenarios are never invented from prose. */
function outlookTemplate(now: string, language: string, heading?: string): string {
  const w = templateFor(language);
  const where = heading ? w.prose(heading) : '';
  return `
${w.complete}${where}
${w.never}
# whatComesNext:
#   question: "${language.startsWith('fr') ? '…\u202f?' : 'Will …?'}"
#   scenarioSet: exclusive            # exclusive_exhaustive · exclusive · non_exclusive
#   scenarios:                        # ${w.atLeastTwo}
#     - id: first-scenario
#       title: "…"
#       conditions: ["…"]
#       outcome: "…"
#       likelihood: { status: not_assessed, reason: "${w.noLikelihood}" }
#       # likelihood: { status: assessed, term: likely }   (almost_no_chance … almost_certain)
#       timeframe: { horizon: unspecified }   # days · weeks · months · years · unspecified
#     - id: second-scenario
#       title: "…"
#       conditions: ["…"]
#       outcome: "…"
#       likelihood: { status: not_assessed, reason: "${w.noLikelihood}" }
#       timeframe: { horizon: unspecified }
#   signposts:                        # ${w.mayBeEmpty}
#     - id: first-signpost
#       indicator: "…"
#       effects: [{ scenarioId: first-scenario, direction: raises }]
#       status: not_observed          # not_observed · observed · contradicted
#   asOf: "${now}"
#   lastReviewedAt: "${now}"
`;
}

/** The draft file: front matter, then the lede and each section as plain text under `## ` headings. */
export function renderDraft(
  b: BriefingInput & { revision?: number },
  note: string,
  now = new Date().toISOString().slice(0, 19) + 'Z',
): string {
  const { lede, sections, whatComesNext, ...fields } = b;
  const { hints } = templateFor(b.language);
  const storyHint = `${hints.story}${b.language.startsWith('fr') ? ', par exemple' : ', e.g.'}\n# story: niger-bazoum-detention\n`;
  const yaml =
    Object.entries(fields)
      .map(([key, value]) => `${hints[key] ? `${hints[key]}\n` : ''}${stringify({ [key]: value }, YAML_OPTIONS)}`)
      .join('') + (fields.story ? '' : storyHint);
  const outlook = whatComesNext
    ? stringify({ whatComesNext }, YAML_OPTIONS)
    : outlookTemplate(now, b.language, outlookIntro(sections)?.heading);
  const body = [
    lede,
    ...sections.flatMap((s) => [
      `## ${s.heading}${s.id === slugify(s.heading, 40) ? '' : ` {#${s.id}}`}`,
      ...s.paragraphs,
    ]),
  ].filter((x) => x !== undefined);
  return `---\n# ${note}\n${yaml}${outlook}---\n\n${body.join('\n\n')}\n`;
}
