import type { Briefing } from '../../model/types';
import { kickerEn } from '../i18n/kicker-en';
import { kickerFr } from '../i18n/kicker-fr';
import { escape } from './escape';

/**
 * The top of a saved briefing's page (kicker, headline, standfirst) as BriefingArticle draws it, in the
 * reader's interface language `lang`: put in the frame, it paints with the page, before the app has run;
 * the app then draws the whole article in its place, and nothing above the standfirst moves. The line of
 * links to translations is kept free, blank until the app writes it (their words would cost this script).
 */
export function briefingTop(b: Briefing, lang: string): string {
  const t = lang === 'fr' ? kickerFr : kickerEn;
  const own = b.language === lang ? '' : ` lang="${lang}"`;
  return `<article class="briefing"${own && ` lang="${escape(b.language)}"`}><header>${
    b.translations?.length ? '<p class="translations">&nbsp;</p>' : ''
  }<p class="kicker"${own}>${t[b.kind]}${
    b.status === 'retracted' ? `<span class="label-retracted"> · ${t.retracted}</span>` : ''
  }</p><h1>${escape(b.headline)}</h1>${b.standfirst ? `<p class="standfirst">${escape(b.standfirst)}</p>` : ''}</header></article>`;
}
