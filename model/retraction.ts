import type { Briefing, Change } from './types';

// A retraction is final (docs/editors.md): what readers, feeds, search and the API keep of a retracted
// briefing is its headline, the dated notice and the outlook's resolutions. Its text stays only in
// the revision history editors read, and a takedown removes it from there too.

/** What stays public of `b` once retracted: no standfirst, sections, sources or scenario text. */
export function retractedCopy(b: Briefing): Briefing {
  const { lede: _lede, corrections: _corrections, ...kept } = b;
  const w = b.whatComesNext;
  return {
    ...kept,
    standfirst: '',
    sections: [],
    sources: [],
    ...(w
      ? {
          whatComesNext: {
            ...w,
            signposts: [],
            scenarios: w.scenarios.map((s) => ({
              id: s.id,
              title: s.title,
              conditions: [],
              outcome: '',
              likelihood: s.likelihood,
              timeframe: { horizon: s.timeframe.horizon },
              ...(s.resolution ? { resolution: s.resolution } : {}),
            })),
          },
        }
      : {}),
  };
}

/** A change as a takedown leaves it in the history: its kind, dates and ids, none of the briefing's text. */
export function strippedChange(c: Change): Change {
  switch (c.kind) {
    case 'likelihood':
    case 'resolution':
    case 'amended':
      return { ...c, title: '' };
    case 'question':
      return { kind: 'question', from: null, to: null };
    case 'signpost':
      return { ...c, indicator: '' };
    default:
      return c;
  }
}
