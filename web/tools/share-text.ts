import { RESOLUTION_OUTCOMES } from '../../model/resolution';
import type { Briefing, Likelihood, LikelihoodTerm, Scenario } from '../../model/types';
import type { Locale } from '../i18n/context';
import { likelihoodText, outcomeText } from '../components/outlook/words';

/** Messaging apps cut or fold longer messages; the whole text fits under this. */
export const SHARE_TEXT_LIMIT = 1000;

/** What a shared text is made of; a whole briefing will do. */
export type ShareSource = Pick<Briefing, 'headline' | 'standfirst'> & {
  whatComesNext?: { question?: string; scenarios: SharedScenario[] };
};

type SharedScenario = Pick<Scenario, 'title' | 'likelihood' | 'resolution'>;

/** "1. A tepid reaction — Likely (55–80%)", or what became of it once resolved. */
function scenarioLine({ title, likelihood, resolution: r }: SharedScenario, i: number, locale: Locale): string {
  const state =
    r?.outcome && r.resolvedAt
      ? outcomeText(title, r.outcome, r.resolvedAt, locale)
      : `${title} — ${likelihoodText(likelihood, locale)}`;
  return `${i + 1}. ${state}`;
}

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;

/**
 * A briefing as plain text for a messaging app, in the briefing's language (`locale`): headline,
 * standfirst, the outlook's question, a line per scenario with its likelihood in words or what became
 * of it, the link; at most 1,000 characters, shortened from the last scenarios, then the standfirst,
 * never the headline or the link.
 */
export function shareText(b: ShareSource, url: string, locale: Locale): string {
  const scenarios = (b.whatComesNext?.scenarios ?? []).map((s, i) => scenarioLine(s, i, locale));
  const question = b.whatComesNext?.question;
  const { t } = locale;
  // "What comes next:", but no colon after a heading that asks ("Et maintenant ?").
  const heading = /[?？]$/.test(t.whatComesNext) ? t.whatComesNext : `${t.whatComesNext}${t.colon}`;
  const compose = (standfirst: string, lines: string[]) =>
    [
      b.headline,
      standfirst,
      ...(lines.length ? ['', heading, ...(question ? [question] : []), ...lines] : []),
      '',
      url,
    ].join('\n');
  const lines = [...scenarios];
  while (lines.length && compose(b.standfirst, lines).length > SHARE_TEXT_LIMIT) lines.pop();
  if (lines.length < scenarios.length && lines.length) lines.push('…');
  let text = compose(b.standfirst, lines);
  if (text.length > SHARE_TEXT_LIMIT)
    text = compose(clip(b.standfirst, b.standfirst.length - (text.length - SHARE_TEXT_LIMIT)), lines);
  return text.length > SHARE_TEXT_LIMIT ? clip(text, SHARE_TEXT_LIMIT) : text;
}

/**
 * The same, read from a briefing's page, for when the app holds no data for it (before a first sync, or
 * beyond the saved feed): each likelihood is read back from its chip (its class names the term), so the
 * text is the one the data would give.
 */
export function shareSourceOfPage(article: Element, title: string): ShareSource {
  const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
  const scenarios = Array.from(article.querySelectorAll('.scenario'), (item): SharedScenario => {
    const heading = item.querySelector('h3');
    const words = Array.from(heading?.childNodes ?? []).filter(
      (n) => !(n instanceof Element && n.classList.contains('n')),
    );
    const chip = item.querySelector('.chip');
    const term = Array.from(chip?.classList ?? [])
      .find((c) => c.startsWith('chip-') && c !== 'chip-na')
      ?.slice(5) as LikelihoodTerm | undefined;
    const range = text(chip?.querySelector('.range'));
    const percent = /[–-]/.test(range) ? NaN : parseInt(range.replace(/\D+/g, ''), 10);
    const likelihood: Likelihood = term
      ? { status: 'assessed', term, ...(Number.isNaN(percent) ? {} : { percent }) }
      : { status: 'not_assessed', reason: '' };
    const note = item.querySelector('.resolution');
    const outcome = RESOLUTION_OUTCOMES.find((o) => note?.classList.contains(`resolution-${o}`));
    const resolvedAt = note?.getAttribute('data-at') ?? undefined;
    return {
      title: words
        .map((n) => n.textContent)
        .join('')
        .trim(),
      likelihood,
      resolution: outcome && resolvedAt ? { criteria: '', outcome, resolvedAt } : undefined,
    };
  });
  return {
    headline: text(article.querySelector('h1')) || title,
    standfirst: text(article.querySelector('.standfirst')),
    whatComesNext: { question: text(article.querySelector('.outlook .question')) || undefined, scenarios },
  };
}
