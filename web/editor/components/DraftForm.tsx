import { BriefingFields } from './BriefingFields';
import { useEditor } from './context';
import { OutlookFields } from './OutlookFields';
import { ProblemSummary } from './ProblemSummary';

export interface DraftFormProps {
  /** Where the form posts: the draft's own address, or the address that creates one. */
  action: string;
  /** The draft's id once it exists: the editor's script autosaves to it. */
  draftId?: string;
  /** The draft's ETag, sent back as If-Match so two editors never overwrite each other unseen. */
  etag?: string;
  /** Whether the draft revises a live briefing (its address can no longer change). */
  live: boolean;
  /** Whether the problems shown come from a check (none then means ready). */
  checked: boolean;
  /** The newsroom's desks, as [id, name]. */
  desks: [string, string][];
  /** The review page: preview, what will change, publish. */
  review?: string;
}

/**
 * The whole briefing as one form. Without JavaScript "Save draft" posts it and the page comes back with
 * its problems; with it, web/editor/main.ts saves as the editor types and keeps a copy on the phone.
 */
export function DraftForm({ action, draftId, etag, live, checked, desks, review }: DraftFormProps) {
  const { t } = useEditor();
  return (
    <form
      method="post"
      action={action}
      class="draft"
      data-draft={draftId}
      data-words={JSON.stringify({
        saving: t.saving,
        saved: t.saved,
        savedOnPhone: t.savedOnPhone,
        notSaved: t.notSaved,
      })}
      novalidate
    >
      {/* First in the form, so Enter in a field saves rather than pressing a Remove button. */}
      <div class="bar">
        <button type="submit" name="_action" value="save" class="primary">
          {t.save}
        </button>
        {review && (
          <a href={review}>
            {t.preview} · {t.publish}
          </a>
        )}
        <output class="status" role="status" aria-live="polite" />
      </div>
      <input type="hidden" name="_etag" value={etag ?? ''} />
      <ProblemSummary checked={checked} />
      <BriefingFields live={live} desks={desks} />
      <OutlookFields />
      <div class="bar end">
        <button type="submit" name="_action" value="save" class="primary">
          {t.save}
        </button>
        {review && (
          <a href={review}>
            {t.preview} · {t.publish}
          </a>
        )}
      </div>
    </form>
  );
}
