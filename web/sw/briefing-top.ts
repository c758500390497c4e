import type { Briefing } from '../../model/types';
import { kickerEn } from '../i18n/kicker-en';
import { kickerFr } from '../i18n/kicker-fr';
import { readIn } from '../i18n/read-in';
import { escape } from './escape';

/**
 * The top of a saved briefing's page (its links to translations, kicker, headline and standfirst) as
 * BriefingArticle draws it, in the reader's interface language `lang`: put in the frame, it paints with the
 * page, before the app has run; the app then draws the whole article in its place, and nothing above the
 * standfirst moves.
 */
export function briefingTop(b: Briefing, lang: string): string {
  const t = lang === 'fr' ? kickerFr : kickerEn;
  const own = b.language === lang ? '' : ` lang="${lang}"`;
  const links = b.translations?.map((v, i) => {
    const tag = escape(v.language);
    return `<span>${i ? ' · ' : ''}<a href="/briefings/${v.id}" hreflang="${tag}" lang="${tag}" rel="alternate">${readIn(tag)}</a></span>`;
  });
  return `<article class="briefing"${own && ` lang="${escape(b.language)}"`}><header>${
    links?.length ? `<p class="translations">${links.join('')}</p>` : ''
  }<p class="kicker"${own}>${t[b.kind]}${
    b.status === 'retracted' ? `<span class="label-retracted"> · ${t.retracted}</span>` : ''
  }</p><h1>${escape(b.headline)}</h1>${b.standfirst ? `<p class="standfirst">${escape(b.standfirst)}</p>` : ''}</header></article>`;
}
