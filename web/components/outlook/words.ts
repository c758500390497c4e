import { percentLabel, rangeLabel } from '../../../model/likelihood';
import type { ResolutionOutcome } from '../../../model/resolution';
import type { Likelihood } from '../../../model/types';
import { fill, type Locale } from '../../i18n/context';
import { formatDate } from '../../i18n/format';

/** "Unlikely (20–45%)", "Likely (60%)" or "Not assessed": a likelihood as running text shows it. */
export function likelihoodText(l: Likelihood, { t, lang }: Locale): string {
  if (l.status !== 'assessed') return t.notAssessed;
  const range = l.percent === undefined ? rangeLabel(l.term, lang) : percentLabel(l.percent, lang);
  // French: word joiners around the dash, so that "(45–55 %)" never splits at a line's end.
  return `${t[l.term]} (${lang === 'fr' ? range.replace('–', '\u2060–\u2060') : range})`;
}

/** “Parliament passes the budget” occurred · 3 Mar 2026: what became of a resolved scenario, in one line. */
export function outcomeText(title: string, outcome: ResolutionOutcome, at: string, { t, lang }: Locale): string {
  return `${fill(t[`outcome_${outcome}`], { title })} · ${formatDate(at, lang)}`;
}

/** A date that never splits at a line's end, for a short line that ends on it ("· 3\u00a0Dec\u00a02026"). */
export const wholeDate = (iso: string, lang: string) => formatDate(iso, lang).replace(/ /g, '\u00a0');

/** “A tepid reaction”, quoted as the page's language quotes (French: narrow no-break spaces inside « »). */
export const quoted = (title: string, { lang }: Locale) =>
  lang.startsWith('fr') ? `«\u202f${title}\u202f»` : `“${title}”`;
