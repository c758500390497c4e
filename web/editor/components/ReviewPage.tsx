import { rangeLabel } from '../../../model/likelihood';
import type { LikelihoodTerm } from '../../../model/types';
import { fill } from '../../i18n/context';
import { useEditor } from './context';

/** A value of a conflict as an editor reads it: a likelihood in words, text as it is, anything else as JSON. */
function Value({ value }: { value: unknown }) {
  const { t, r, lang } = useEditor();
  if (value === undefined || value === null) return <em>—</em>;
  if (typeof value === 'string') return <>{(t as Record<string, string>)[value] ?? value}</>;
  const l = value as { status?: string; term?: LikelihoodTerm; percent?: number; reason?: string };
  if (l.status === 'assessed' && l.term) return <>{`${r[l.term]} (${rangeLabel(l.term, lang)})`}</>;
  if (l.status === 'not_assessed') return <>{`${t.notAssessed}: ${l.reason ?? ''}`}</>;
  return <code>{JSON.stringify(value)}</code>;
}

export interface Conflict {
  path: string;
  theirs: unknown;
  yours: unknown;
}

/**
 * A draft before it goes live: its problems (to fix in the form), the preview, what will change in words,
 * then publish now or at a time; on a clash with what went live meanwhile, both values of each clash to
 * choose from.
 */
export function ReviewPage({
  draftId,
  headline,
  problems,
  sentences,
  alert,
  conflicts,
  canPublish,
  etag,
  notice,
}: {
  draftId: string;
  headline: string;
  problems: number;
  sentences: string[];
  alert?: { title: string; body: string } | null;
  conflicts?: Conflict[];
  canPublish: boolean;
  etag: string;
  notice?: string;
}) {
  const { t } = useEditor();
  const base = `/editor/drafts/${draftId}`;
  return (
    <>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <h1>{headline || t.untitled}</h1>
      <p class="bar">
        <a href={base}>{t.edit}</a>
        <a href={`/drafts/${draftId}/preview`}>{t.preview}</a>
      </p>
      {problems > 0 ? (
        <p class="problems">
          <a href={`${base}#problems`}>{problems === 1 ? t.oneProblem : fill(t.problems, { n: problems })}</a>
        </p>
      ) : conflicts?.length ? (
        <section class="conflict" aria-labelledby="conflict-h">
          <h2 id="conflict-h">{t.conflictTitle}</h2>
          <p>{t.conflictText}</p>
          <form method="post" action={`${base}/settle`}>
            <input type="hidden" name="_etag" value={etag} />
            {conflicts.map((c, i) => (
              <fieldset key={c.path}>
                <legend>
                  <code>{c.path}</code>
                </legend>
                <label class="term">
                  <input type="radio" name={`choice.${i}`} value="theirs" checked />
                  <span>
                    {t.theirs}: <Value value={c.theirs} />
                  </span>
                </label>
                <label class="term">
                  <input type="radio" name={`choice.${i}`} value="yours" />
                  <span>
                    {t.yours}: <Value value={c.yours} />
                  </span>
                </label>
              </fieldset>
            ))}
            <button type="submit" class="primary">
              {t.keepChoices}
            </button>
          </form>
        </section>
      ) : (
        <>
          <section aria-labelledby="changes-h">
            <h2 id="changes-h">{t.changes}</h2>
            <ul class="changes">
              {sentences.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            {alert && (
              <p class="confirm">
                <strong>{alert.title}</strong>
                <br />
                {alert.body}
              </p>
            )}
          </section>
          {canPublish && (
            <>
              <form method="post" action={`${base}/publish`} class="bar">
                <input type="hidden" name="_etag" value={etag} />
                <p class="confirm">{t.publishConfirm}</p>
                <button type="submit" class="primary">
                  {t.publishNow}
                </button>
              </form>
              <form method="post" action={`${base}/publish`}>
                <input type="hidden" name="_etag" value={etag} />
                <div class="field">
                  <label for="at">{t.scheduleAt} (UTC)</label>
                  <input id="at" name="at" type="datetime-local" required />
                </div>
                <p class="confirm">{t.scheduleConfirm}</p>
                <button type="submit">{t.schedule}</button>
              </form>
            </>
          )}
        </>
      )}
      <form method="post" action={`${base}/delete`} class="bar">
        <input type="hidden" name="_etag" value={etag} />
        <button type="submit" class="quiet">
          {t.deleteDraft}
        </button>
      </form>
    </>
  );
}
