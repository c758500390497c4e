import type { ComponentChildren, FunctionComponent } from 'preact';
import { outlookIntro } from '../../../model/outlook-intro';
import { recentMove } from '../../../model/last-move';
import type { Briefing } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';
import { Corrections } from './Corrections';
import type { Outlook } from './Outlook';
import type { OutlookGlance } from '../outlook/OutlookGlance';
import { Sources } from './Sources';
import { APP_DRAWN } from '../layout/app-drawn';
import { readIn } from '../../i18n/read-in';

interface Props {
  briefing: Briefing;
  /** The moment the page is rendered for, to tell whether a review is overdue and a move still news. */
  now: string;
  /** Optional extras under the outlook, such as its history (not on a retracted briefing: its text is gone). */
  children?: ComponentChildren;
  /** The outlook's block and glance (web/components/briefing/outlook-parts.ts). */
  parts: { Outlook: FunctionComponent<OutlookProps>; Glance: FunctionComponent<GlanceProps> };
}

type OutlookProps = Parameters<typeof Outlook>[0];
type GlanceProps = Parameters<typeof OutlookGlance>[0];

/** One briefing, whole: the same component renders on the server and hydrates on the phone. */
export function BriefingArticle({ briefing: b, now, children, parts }: Props) {
  const { Outlook, Glance } = parts;
  const { t, lang } = useLocale();
  const retracted = b.status === 'retracted';
  const intro = b.whatComesNext && outlookIntro(b.sections);
  // Interface words inside a briefing in another language carry the interface's own `lang`.
  const own = b.language === lang ? undefined : lang;
  // What a retraction keeps of the outlook: the scenarios resolved, each with its resolution.
  const resolved = b.whatComesNext?.scenarios.filter((s) => s.resolution?.outcome);
  const record = retracted && b.whatComesNext && resolved?.length ? { ...b.whatComesNext, scenarios: resolved } : null;
  return (
    <article class="briefing" lang={b.language === lang ? undefined : b.language}>
      <header>
        {b.translations && b.translations.length > 0 && (
          <p class="translations">
            {b.translations.map((v, i) => (
              <span key={v.id}>
                {i > 0 && ' · '}
                <a href={`/briefings/${v.id}`} hrefLang={v.language} lang={v.language} rel="alternate">
                  {readIn(v.language)}
                </a>
              </span>
            ))}
          </p>
        )}
        <p class="kicker" lang={own}>
          {t[b.kind]}
          {retracted && <span class="label-retracted"> · {t.retracted}</span>}
        </p>
        <h1>{b.headline}</h1>
        {b.standfirst && <p class="standfirst">{b.standfirst}</p>}
        <p class="meta" lang={own}>
          {t.by} {b.authors.map((a) => a.name).join(', ')} · {t.published}{' '}
          <time dateTime={b.publishedAt}>{formatDate(b.publishedAt, lang)}</time>
          {b.modifiedAt !== b.publishedAt && (
            <>
              {' '}
              · {t.updated} <time dateTime={b.modifiedAt}>{formatDate(b.modifiedAt, lang)}</time>
            </>
          )}
        </p>
        {!retracted && b.whatComesNext && <Glance next={b.whatComesNext} move={recentMove(b, now)} />}
      </header>
      {retracted ? (
        <div class="retraction" role="note">
          <p>
            <strong>{fill(t.retractedNotice, { date: formatDate(b.retraction?.at ?? b.modifiedAt, lang) })}</strong>
          </p>
          {b.retraction && <p>{b.retraction.reason}</p>}
          {record && <Outlook next={record} now={now} />}
        </div>
      ) : (
        <>
          {b.lede && <p class="lede">{b.lede}</p>}
          {b.sections
            .filter((s) => s !== intro)
            .map((s) => (
              <section key={s.id} id={s.id} aria-labelledby={`${s.id}-h`}>
                <h2 id={`${s.id}-h`}>{s.heading}</h2>
                {s.paragraphs.map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              </section>
            ))}
          {b.whatComesNext && <Outlook next={b.whatComesNext} now={now} intro={intro} />}
        </>
      )}
      {!retracted && (
        <>
          {children}
          {/* Listen and Share, drawn here by the app (web/app/briefing-tools.ts), before the sources:
              never for a retracted briefing, which is no longer to be read aloud or passed on. */}
          <div class="tools-slot" dangerouslySetInnerHTML={APP_DRAWN} />
          <Sources sources={b.sources} />
          {b.corrections && b.corrections.length > 0 && <Corrections corrections={b.corrections} />}
        </>
      )}
    </article>
  );
}
