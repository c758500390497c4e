import type { AlertRun } from '../../../model/alert-run';
import { fill } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { fillCounted } from '../i18n/counted';
import { useEditor } from './context';

/** One line of the newsroom's list: a draft, a scheduled draft or a live briefing. */
export interface ListEntry {
  href: string;
  headline: string | null;
  /** When it was last touched, and by whom. */
  at: string;
  by: string;
  /** A draft of a live briefing names it; a scheduled one says when. */
  revises?: string;
  /** The language of its headline, when known (a live briefing's). */
  lang?: string;
  /** A live translation names its original. */
  translates?: string | null;
  scheduledAt?: string | null;
  retracted?: boolean;
  /** A live briefing's latest alert. */
  alert?: AlertRun;
}

/** What became of an alert, in a few words: "Alert sent to 1,203 of 1,210 followers · 7 failed". */
export function AlertLine({ run }: { run: AlertRun }) {
  const { t, lang } = useEditor();
  const { followers, finishedAt, lastError } = run;
  const accounted = run.sent + run.failed + run.gone + run.skipped;
  // Given up before every follower was accounted for (the fan-out failed for good), or failing and
  // still to be tried again before anyone was sent it.
  const failed = !!(finishedAt && lastError && (followers === null || accounted < followers));
  const retrying = !finishedAt && !!lastError && (followers === null || accounted === 0);
  const words = failed
    ? fill(t.alertFailed, { error: lastError! })
    : retrying
      ? fill(t.alertRetrying, { error: lastError! })
      : followers === null
        ? t.alertQueued
        : followers === 0 && finishedAt
          ? t.alertNobody
          : [
              fillCounted(finishedAt ? t.alertSent : t.alertSending, { sent: run.sent, followers }, lang),
              run.failed > 0 && fillCounted(t.alertFailedCount, { failed: run.failed }, lang),
              run.gone > 0 && fillCounted(t.alertGone, { gone: run.gone }, lang),
              run.skipped > 0 && fillCounted(t.alertSkipped, { skipped: run.skipped }, lang),
            ]
              .filter(Boolean)
              .join(' · ');
  return (
    <p class={failed || run.failed > 0 ? 'meta alert-failed' : 'meta'} title={lastError ?? undefined}>
      {words}
    </p>
  );
}

/**
 * A sentence naming a live briefing ("revision of {briefing}"), the briefing by its headline and linked, as
 * the live list shows it; by its id when the list does not reach back to it.
 */
function Names({ template, id, live }: { template: string; id: string; live: Map<string, ListEntry> }) {
  const { lang } = useEditor();
  const [before, after = ''] = template.split('{briefing}');
  const href = `/editor/briefings/${id}`;
  const named = live.get(href);
  return (
    <>
      {' · '}
      {before}
      <a href={href} lang={named?.lang && named.lang !== lang ? named.lang : undefined}>
        {named?.headline || id}
      </a>
      {after}
    </>
  );
}

function Entries({ title, entries, live }: { title: string; entries: ListEntry[]; live: Map<string, ListEntry> }) {
  const { t, r, lang } = useEditor();
  const id = `list-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} <span class="badge">{entries.length}</span>
      </h2>
      {entries.length === 0 ? (
        <p class="meta">{t.nothingHere}</p>
      ) : (
        <ul class="list">
          {entries.map((e) => (
            <li key={e.href}>
              <a href={e.href} lang={e.lang && e.lang !== lang ? e.lang : undefined}>
                {e.headline || t.untitled}
              </a>
              {e.retracted && <span class="badge"> {r.retracted}</span>}
              <p class="meta">
                {fill(t.lastTouched, { when: formatDate(e.at, lang), name: e.by })}
                {e.revises && <Names template={t.revisionOf} id={e.revises} live={live} />}
                {e.translates && <Names template={t.translationOfId} id={e.translates} live={live} />}
                {e.scheduledAt && ` · ${fill(t.scheduledFor, { when: formatDate(e.scheduledAt, lang) })}`}
              </p>
              {e.alert && <AlertLine run={e.alert} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The newsroom's front page: drafts, scheduled and live briefings, newest first, each with who touched it last. */
export function NewsroomList({
  drafts,
  scheduled,
  live,
  admin,
}: {
  drafts: ListEntry[];
  scheduled: ListEntry[];
  live: ListEntry[];
  admin: boolean;
}) {
  const { t } = useEditor();
  const byHref = new Map(live.map((e) => [e.href, e]));
  return (
    <>
      <h1>{t.briefings}</h1>
      <p class="bar">
        <a class="button primary" href="/editor/new">
          {t.newBriefing}
        </a>
        {admin && <a href="/editor/newsroom">{t.admin_}</a>}
      </p>
      <Entries title={t.drafts} entries={drafts} live={byHref} />
      <Entries title={t.scheduled} entries={scheduled} live={byHref} />
      <Entries title={t.live} entries={live} live={byHref} />
    </>
  );
}
