import { fieldId, valueAt } from '../form-fields';
import { useEditor } from './context';
import { describedBy, FieldProblems } from './Field';

/**
 * The briefing's topics, chosen from the vocabulary: one checkbox per topic, labelled in the editor's
 * language, so no JavaScript is needed. An id the briefing names that the vocabulary does not know (sent
 * through the API, or removed since) stays ticked under its own name, and its problem shows here.
 */
export function TopicPicker({ topics }: { topics: [string, string][] }) {
  const { t, lang, briefing, problems } = useEditor();
  const chosen = valueAt(briefing, 'topics');
  const ticked = new Set(Array.isArray(chosen) ? chosen.map(String) : []);
  const known = new Set(topics.map(([id]) => id));
  const unknown = [...ticked].filter((id) => !known.has(id)).map((id): [string, string] => [id, id]);
  const sorted = [...topics].sort((a, b) => a[1].localeCompare(b[1], lang));
  return (
    <fieldset
      class="topics"
      id={fieldId('topics')}
      aria-invalid={problems.has('topics') ? 'true' : undefined}
      aria-describedby={describedBy('topics', true, problems)}
    >
      <legend>{t.topics}</legend>
      <p class="hint" id={`${fieldId('topics')}-h`}>
        {t.topicsHint}
      </p>
      <FieldProblems name="topics" />
      <div class="choices">
        {[...unknown, ...sorted].map(([id, label]) => (
          <label key={id} class="term">
            <input type="checkbox" name="topics" value={id} checked={ticked.has(id)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
