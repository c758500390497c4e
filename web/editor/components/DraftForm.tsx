import { BriefingFields, type Choices } from './BriefingFields';
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
  /** The live briefing and revision a draft revises (its address can no longer change); none for a new one. */
  base?: { id: string; revision: number };
  /** Whether the problems shown come from a check (none then means ready). */
  checked: boolean;
  /** What the form offers to choose from: desks, topics, stories, originals to translate. */
  choices: Choices;
  /** The review page: preview, what will change, publish. */
  review?: string;
}

/**
 * The whole briefing as one form. Without JavaScript "Save draft" posts it and the page comes back with
 * its problems; with it, web/editor/main.ts saves as the editor types and keeps a copy on the phone.
 */
export function DraftForm({ action, draftId, etag, base, checked, choices, review }: DraftFormProps) {
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
      <SaveBar review={review} status />
      <input type="hidden" name="_etag" value={etag ?? ''} />
      {/* Sent with every save: a draft saved without its base would stop being a revision. */}
      <input type="hidden" name="_base" value={base ? JSON.stringify(base) : ''} />
      <ProblemSummary checked={checked} />
      <BriefingFields live={Boolean(base)} choices={choices} />
      <OutlookFields />
      <SaveBar review={review} />
    </form>
  );
}

/** Save, and the way to the review page: above the form (with the autosave's status) and below it. */
function SaveBar({ review, status }: { review?: string; status?: boolean }) {
  const { t } = useEditor();
  return (
    <div class={status ? 'bar' : 'bar end'}>
      <button type="submit" name="_action" value="save" class="primary">
        {t.save}
      </button>
      {review && (
        <a href={review}>
          {t.preview} · {t.publish}
        </a>
      )}
      {status && <output class="status" role="status" aria-live="polite" />}
    </div>
  );
}
