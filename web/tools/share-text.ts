import { percentLabel, rangeLabel } from '../briefing/likelihood';
import type { Briefing, Likelihood } from '../briefing/types';
import type { Locale } from '../i18n/context';

/** Messaging apps cut or fold longer messages; the whole text fits under this. */
export const SHARE_TEXT_LIMIT = 1000;

/** What a shared text is made of; a whole briefing will do. */
export type ShareSource = Pick<Briefing, 'headline' | 'standfirst'> & { whatComesNext?: Pick<NonNullable<Briefing['whatComesNext']>, 'scenarios'> };

function likelihoodWords(l: Likelihood, { t, lang }: Locale): string {
  if (l.status === 'not_assessed') return t.notAssessed;
  return `${t[l.term]} (${l.percent === undefined ? rangeLabel(l.term, lang) : percentLabel(l.percent, lang)})`;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`);

/**
 * A briefing as plain text for pasting into a messaging app: the headline, the standfirst, each
 * scenario on one line with its likelihood in words, and the link; at most 1,000 characters. When it
 * would be longer, the last scenarios go first, then the standfirst is shortened: the headline and the
 * link always stay whole.
 */
export function shareText(b: ShareSource, url: string, locale: Locale): string {
  const scenarios = (b.whatComesNext?.scenarios ?? []).map((s, i) => `${i + 1}. ${s.title} — ${likelihoodWords(s.likelihood, locale)}`);
  const compose = (standfirst: string, lines: string[]) =>
    [b.headline, standfirst, ...(lines.length ? ['', `${locale.t.whatComesNext}${locale.t.colon}`, ...lines] : []), '', url].join('\n');
  const lines = [...scenarios];
  while (lines.length && compose(b.standfirst, lines).length > SHARE_TEXT_LIMIT) lines.pop();
  if (lines.length < scenarios.length && lines.length) lines.push('…');
  let text = compose(b.standfirst, lines);
  if (text.length > SHARE_TEXT_LIMIT) text = compose(clip(b.standfirst, b.standfirst.length - (text.length - SHARE_TEXT_LIMIT)), lines);
  return text.length > SHARE_TEXT_LIMIT ? clip(text, SHARE_TEXT_LIMIT) : text;
}
