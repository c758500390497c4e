import { clip } from '../../model/clip';
import type { Briefing } from '../../model/types';

/** The newsroom's picture: the share image of every page and the publisher's logo (512 × 512). */
export const SHARE_IMAGE = '/icons/icon-512.png';
/** Google's Article rich result shows a headline of at most 110 characters. */
const HEADLINE_MAX = 110;

/**
 * schema.org structured data for a briefing: an analysis article based on its primary source, with
 * what Google's Article rich result asks for (an image, the publisher's logo, each author's URL) and,
 * once it is retracted, the retraction.
 */
export function briefingJsonLd(b: Briefing, url: string, origin: string): object {
  const primary = b.sources.find((s) => s.role === 'primary');
  const image = `${origin}${SHARE_IMAGE}`;
  return {
    '@context': 'https://schema.org',
    '@type': ['NewsArticle', 'AnalysisNewsArticle'],
    '@id': url,
    mainEntityOfPage: url,
    headline: clip(b.headline, HEADLINE_MAX),
    description: b.standfirst,
    inLanguage: b.language,
    datePublished: b.publishedAt,
    dateModified: b.modifiedAt,
    image: [image],
    // An author without a page of their own is the newsroom's: its home page speaks for them.
    author: b.authors.map((a) => ({ '@type': 'Organization', name: a.name, url: a.url ?? `${origin}/` })),
    publisher: {
      '@type': 'Organization',
      name: 'Briefing',
      url: origin,
      logo: { '@type': 'ImageObject', url: image, width: 512, height: 512 },
    },
    ...(b.status === 'retracted'
      ? {
          creativeWorkStatus: 'Retracted',
          correction: {
            '@type': 'CorrectionComment',
            text: b.retraction?.reason ?? 'Retracted.',
            ...(b.retraction ? { datePublished: b.retraction.at } : {}),
          },
        }
      : {}),
    keywords: b.topics.join(', '),
    contentLocation: b.geo.countries.map((c) => ({ '@type': 'Country', identifier: c })),
    ...(primary
      ? {
          isBasedOn: {
            '@type': 'CreativeWork',
            publisher: { '@type': 'Organization', name: primary.publisher },
            ...(primary.title ? { name: primary.title } : {}),
            ...(primary.url ? { url: primary.url } : {}),
          },
        }
      : {}),
    // The primary source is named once, as what the briefing is based on; the others are its citations.
    citation: b.sources
      .filter((s) => s !== primary)
      .map((s) => ({
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: s.publisher },
        ...(s.title ? { name: s.title } : {}),
        ...(s.url ? { url: s.url } : {}),
      })),
  };
}
