import type { ComponentChildren } from 'preact';
import type { Briefing } from '../../../model/types';
import { fill, useLocale } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { Corrections } from './Corrections';
import { Outlook } from './Outlook';
import { Sources } from './Sources';

interface Props {
  briefing: Briefing;
  /** The moment the page is rendered for, to tell whether a review is overdue. */
  now: string;
  /** Optional extras under the outlook, such as its history. */
  children?: ComponentChildren;
}

/** One briefing, whole: the same component renders on the server and hydrates on the phone. */
export function BriefingArticle({ briefing: b, now, children }: Props) {
  const { t, lang } = useLocale();
  const retracted = b.status === 'retracted';
  return (
    <article class="briefing" lang={b.language === lang ? undefined : b.language}>
      <header>
        <p class="kicker">
          {t[b.kind]}
          {retracted && <span class="label-retracted"> · {t.retracted}</span>}
        </p>
        <h1>{b.headline}</h1>
        <p class="standfirst">{b.standfirst}</p>
        <p class="meta">
          {t.by} {b.authors.map((a) => a.name).join(', ')} · {t.published}{' '}
          <time dateTime={b.publishedAt}>{formatDate(b.publishedAt, lang)}</time>
          {b.modifiedAt !== b.publishedAt && (
            <>
              {' '}
              · {t.updated} <time dateTime={b.modifiedAt}>{formatDate(b.modifiedAt, lang)}</time>
            </>
          )}
        </p>
      </header>
      {retracted ? (
        <div class="retraction" role="note">
          <p>
            <strong>{fill(t.retractedNotice, { date: formatDate(b.retraction?.at ?? b.modifiedAt, lang) })}</strong>
          </p>
          {b.retraction && <p>{b.retraction.reason}</p>}
        </div>
      ) : (
        <>
          {b.lede && <p class="lede">{b.lede}</p>}
          {b.sections.map((s) => (
            <section key={s.id} id={s.id} aria-labelledby={`${s.id}-h`}>
              <h2 id={`${s.id}-h`}>{s.heading}</h2>
              {s.paragraphs.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </section>
          ))}
          {b.whatComesNext && <Outlook next={b.whatComesNext} now={now} />}
          {children}
          <Sources sources={b.sources} />
        </>
      )}
      {b.corrections && b.corrections.length > 0 && <Corrections corrections={b.corrections} />}
    </article>
  );
}
