import type { Section } from './types';

// An article often ends on its own "What comes next?" section: its prose then opens the structured
// block, under the block's one heading, instead of standing before it under a second one.

const HEADINGS = new Set([
  'what comes next',
  'what next',
  'whats next',
  'what happens next',
  'looking ahead',
  'et maintenant',
  'et ensuite',
  'quelles perspectives',
  'et apres',
  'la suite',
  'ce qui vient',
  'perspectives',
]);

const normal = (heading: string) =>
  heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The article's section on what comes next, when it has one. */
export function outlookIntro(sections: Section[]): Section | undefined {
  return sections.find((s) => HEADINGS.has(normal(s.heading)));
}
