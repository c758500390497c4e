import { outlookStrings } from '../../i18n/outlook';
import type { LastMove } from '../../../model/last-move';
import type { WhatComesNext } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { MoveNote } from './MoveNote';
import { likelihoodText, outcomeText } from './words';

/**
 * The outlook in a few lines under the standfirst: the question, each scenario's likelihood in words
 * (with its recent move: an arrow, what it was and when) or, once resolved, what became of it, when it
 * was last reviewed, and a link to the block.
 */
export function OutlookGlance({ next, move }: { next: WhatComesNext; move?: LastMove }) {
  const locale = useLocale();
  const { t, lang } = locale;
  const o = outlookStrings(lang);
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
          const from = move?.scenarios.find((m) => m.id === s.id)?.from;
          return (
            <li key={s.id}>
              {s.title}
              {t.colon} <strong>{likelihoodText(s.likelihood, locale)}</strong>
              {from && <MoveNote from={from} to={s.likelihood} at={move!.at} />}
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
