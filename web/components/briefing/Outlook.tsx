import type { WhatComesNext } from '../../../model/types';
import { fill, useLocale } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { ScenarioItem } from './ScenarioItem';
import { SignpostItem } from './SignpostItem';

/** The "What comes next" block: the question, its scenarios, the signposts, and how fresh it is. */
export function Outlook({ next, now }: { next: WhatComesNext; now: string }) {
  const { t, lang } = useLocale();
  const overdue = next.nextReviewDue !== undefined && Date.parse(next.nextReviewDue) < Date.parse(now);
  return (
    <section class="outlook" aria-labelledby="outlook-h">
      <h2 id="outlook-h">{t.whatComesNext}</h2>
      <p class="question">{next.question}</p>
      <p class="reviewed">
        {fill(t.reviewed, { date: formatDate(next.lastReviewedAt, lang) })}
        {next.nextReviewDue && !overdue && ` · ${fill(t.reviewDue, { date: formatDate(next.nextReviewDue, lang) })}`}
      </p>
      {overdue && next.nextReviewDue && (
        <p class="overdue">{fill(t.reviewOverdue, { date: formatDate(next.nextReviewDue, lang) })}</p>
      )}
      <ol class="scenarios">
        {next.scenarios.map((s, i) => (
          <ScenarioItem key={s.id} scenario={s} index={i} />
        ))}
      </ol>
      {next.signposts.length > 0 && (
        <>
          <h3>{t.signposts}</h3>
          <ul class="signposts">
            {next.signposts.map((p) => (
              <SignpostItem key={p.id} signpost={p} scenarios={next.scenarios} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
