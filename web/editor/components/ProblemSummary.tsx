import { fill } from '../../i18n/context';
import { fieldWords } from '../field-words';
import { fieldId } from '../form-fields';
import { useEditor } from './context';

/** Every problem at the top of the form, each a link to its field; none, and the draft is ready to publish. */
export function ProblemSummary({ checked }: { checked: boolean }) {
  const { t, r, problems, briefing } = useEditor();
  const count = [...problems.values()].reduce((n, list) => n + list.length, 0);
  if (!checked) return null;
  if (count === 0)
    return (
      <p class="ready" id="problems">
        {t.noProblems}
      </p>
    );
  return (
    <section class="problems" id="problems" aria-labelledby="problems-h" tabIndex={-1}>
      <h2 id="problems-h">{count === 1 ? t.oneProblem : fill(t.problems, { n: count })}</h2>
      <ul>
        {[...problems].map(([field, messages]) => (
          <li key={field}>
            {/* Named as the form names the field; a problem of the whole draft ("$") has no field. */}
            {fieldWords(t, field, briefing) ? (
              <>
                <a href={`#${fieldId(field)}`}>{fieldWords(t, field, briefing)}</a>
                {r.colon}{' '}
              </>
            ) : null}
            {messages.join(' · ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
