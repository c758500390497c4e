import { outlookStrings } from '../../i18n/outlook';
import type { Section, WhatComesNext } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { ScenarioItem } from './ScenarioItem';
import { SignpostItem } from './SignpostItem';

interface Props {
  next: WhatComesNext;
  now: string;
  /** The article's own section on what comes next: its paragraphs open the block, under its one heading. */
  intro?: Section;
}

/** The "What comes next" block: the question, its scenarios, the signposts, and how fresh it is. */
export function Outlook({ next, now, intro }: Props) {
  const { t, lang } = useLocale();
  const o = outlookStrings(lang);
  const overdue = next.nextReviewDue !== undefined && Date.parse(next.nextReviewDue) < Date.parse(now);
  return (
    <section class="outlook" id={intro?.id} aria-labelledby="outlook-h">
      <h2 id="outlook-h">{t.whatComesNext}</h2>
      {intro?.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
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
      <p class="meta">
        <a href="/scorecard">{o.scorecardLink}</a>
      </p>
    </section>
  );
}
