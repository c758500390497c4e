import type { Likelihood } from './types';

/** The seven ICD 203 estimative terms, lowest to highest. */
export const LIKELIHOOD_TERMS = [
  'almost_no_chance',
  'very_unlikely',
  'unlikely',
  'roughly_even_chance',
  'likely',
  'very_likely',
  'almost_certain',
] as const;

export type LikelihoodTerm = (typeof LIKELIHOOD_TERMS)[number];

/** ICD 203's estimative terms and their probability ranges, in percent, lowest first. */
export const LIKELIHOOD_RANGES: Record<LikelihoodTerm, readonly [number, number]> = {
  almost_no_chance: [1, 5],
  very_unlikely: [5, 20],
  unlikely: [20, 45],
  roughly_even_chance: [45, 55],
  likely: [55, 80],
  very_likely: [80, 95],
  almost_certain: [95, 99],
};

/** "42%" in English, "42 %" in French: a percentage as the reader's language writes it. */
export function percentLabel(percent: number, lang = 'en'): string {
  return new Intl.NumberFormat(lang, { style: 'percent' }).format(percent / 100);
}

/** "55–80%" ("55–80 %" in French): the range a term stands for, as a reader sees it. */
export function rangeLabel(term: LikelihoodTerm, lang = 'en'): string {
  const [low, high] = LIKELIHOOD_RANGES[term];
  return `${low}–${percentLabel(high, lang)}`;
}

/** The lowest probability a likelihood commits to; 0 when it is not assessed. */
export function lowerBound(likelihood: Likelihood): number {
  if (likelihood.status !== 'assessed') return 0;
  return likelihood.percent ?? LIKELIHOOD_RANGES[likelihood.term][0];
}

/** The highest probability a likelihood allows; 100 when it is not assessed. */
export function upperBound(likelihood: Likelihood): number {
  if (likelihood.status !== 'assessed') return 100;
  return likelihood.percent ?? LIKELIHOOD_RANGES[likelihood.term][1];
}
