import { outlookStrings } from '../../i18n/outlook';
import { lastMoves } from '../../../model/outlook-series';
import type { RevisionEntry, WhatComesNext } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { likelihoodText, outcomeText, position } from './words';

/**
 * The outlook in a few lines under the standfirst: the question, each scenario's likelihood in words
 * (an arrow when the latest revision moved it) or, once resolved, what became of it, when it was last reviewed, and a link to the block.
 */
export function OutlookGlance({ next, revisions }: { next: WhatComesNext; revisions: RevisionEntry[] }) {
  const locale = useLocale();
  const { t, lang } = locale;
  const o = outlookStrings(lang);
  const moved = lastMoves(revisions);
  return (
    <aside class="glance" aria-labelledby="glance-h">
      <h2 id="glance-h">{o.atAGlance}</h2>
      <p>{next.question}</p>
      <ul>
        {next.scenarios.map((s) => {
          const r = s.resolution;
          if (r?.outcome && r.resolvedAt)
            return (
              <li key={s.id}>
                <strong>{outcomeText(s.title, r.outcome, r.resolvedAt, locale)}</strong>
              </li>
            );
          const from = moved.get(s.id);
          const up = from ? position(s.likelihood) > position(from) : false;
          return (
            <li key={s.id}>
              {s.title}
              {t.colon} <strong>{likelihoodText(s.likelihood, locale)}</strong>
              {from && (
                <span class="why">
                  {' '}
                  <span aria-hidden="true">{up ? '▲' : '▼'}</span>{' '}
                  {fill(up ? o.movedUp : o.movedDown, { from: likelihoodText(from, locale) })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p class="meta">
        {fill(t.reviewed, { date: formatDate(next.lastReviewedAt, lang) })} · <a href="#outlook-h">{o.fullOutlook} ↓</a>
      </p>
    </aside>
  );
}
