import { stringify } from 'yaml';
import type { BriefingInput, Kind } from '../../model/types';
import type { Article } from './article';

// From a parsed article to a draft briefing, and from a draft briefing to the file an editor edits:
// YAML front matter for the structured fields, then the text with `## ` headings.

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

/** The outlook template: commented out, because scenarios are never invented from prose. */
function outlookTemplate(now: string, heading?: string): string {
  const where = heading ? ` The article's own prose is under "## ${heading}" below.` : '';
  return `
# Complete the outlook, then uncomment it.${where}
# Scenarios come from the analysis, never invented; a likelihood the source does not give stays not_assessed.
# whatComesNext:
#   question: "Will …?"
#   scenarioSet: exclusive            # exclusive_exhaustive · exclusive · non_exclusive
#   scenarios:                        # at least two
#     - id: first-scenario
#       title: "…"
#       conditions: ["…"]
#       outcome: "…"
#       likelihood: { status: not_assessed, reason: "The source gives no likelihood." }
#       # or: likelihood: { status: assessed, term: likely }   (almost_no_chance … almost_certain)
#       timeframe: { horizon: unspecified }   # days · weeks · months · years · unspecified
#     - id: second-scenario
#       title: "…"
#       conditions: ["…"]
#       outcome: "…"
#       likelihood: { status: not_assessed, reason: "The source gives no likelihood." }
#       timeframe: { horizon: unspecified }
#   signposts:                        # observable indicators; may be empty: []
#     - id: first-signpost
#       indicator: "…"
#       effects: [{ scenarioId: first-scenario, direction: raises }]
#       status: not_observed          # not_observed · observed · contradicted
#   asOf: "${now}"
#   lastReviewedAt: "${now}"
`;
}

const HINTS: Record<string, string> = {
  geo: '# geo.countries: ISO 3166-1 alpha-2 codes such as NE; regions (optional): UN M49 codes such as "011"',
  topics: '# topics: lower-case tags, e.g. [niger, democracy]',
  authors: '# authors: at least one, e.g. [{ name: Briefing Sahel Desk }]',
  story: '# story (optional): the situation this briefing follows, one slug for the whole thread',
};
const STORY_HINT = `${HINTS.story}, e.g.\n# story: niger-bazoum-detention\n`;

/** The draft file: front matter, then the lede and each section as plain text under `## ` headings. */
export function renderDraft(
  b: BriefingInput & { revision?: number },
  note: string,
  now = new Date().toISOString().slice(0, 19) + 'Z',
): string {
  const { lede, sections, whatComesNext, ...fields } = b;
  const yaml =
    Object.entries(fields)
      .map(([key, value]) => `${HINTS[key] ? `${HINTS[key]}\n` : ''}${stringify({ [key]: value }, { lineWidth: 0 })}`)
      .join('') + (fields.story ? '' : STORY_HINT);
  const outlook = whatComesNext
    ? stringify({ whatComesNext }, { lineWidth: 0 })
    : outlookTemplate(now, sections.find((s) => /what (comes|happens) next|outlook|ahead/i.test(s.heading))?.heading);
  const body = [
    lede,
    ...sections.flatMap((s) => [
      `## ${s.heading}${s.id === slugify(s.heading, 40) ? '' : ` {#${s.id}}`}`,
      ...s.paragraphs,
    ]),
  ].filter((x) => x !== undefined);
  return `---\n# ${note}\n${yaml}${outlook}---\n\n${body.join('\n\n')}\n`;
}
