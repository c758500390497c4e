import type { Briefing } from '../../model/types';

/** schema.org structured data for a briefing: an analysis article based on its primary source. */
export function briefingJsonLd(b: Briefing, url: string, origin: string): object {
  const primary = b.sources.find((s) => s.role === 'primary');
  return {
    '@context': 'https://schema.org',
    '@type': ['NewsArticle', 'AnalysisNewsArticle'],
    '@id': url,
    mainEntityOfPage: url,
    headline: b.headline,
    description: b.standfirst,
    inLanguage: b.language,
    datePublished: b.publishedAt,
    dateModified: b.modifiedAt,
    author: b.authors.map((a) => ({ '@type': 'Organization', name: a.name, ...(a.url ? { url: a.url } : {}) })),
    publisher: { '@type': 'Organization', name: 'Briefing', url: origin },
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
