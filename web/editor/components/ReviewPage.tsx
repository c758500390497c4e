import { fill } from '../../i18n/context';
import { ConflictList, type Conflict } from './ConflictList';
import { useEditor } from './context';

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
  live,
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
  /** The live briefing a clash is with: where an item the draft removed is named from. */
  live?: object;
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
            <ConflictList conflicts={conflicts} live={live ?? {}} />
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
