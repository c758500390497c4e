import { LIKELIHOOD_TERMS, rangeLabel } from '../../../model/likelihood';
import { fieldId, NOT_ASSESSED, valueAt } from '../form-fields';
import { useEditor } from './context';
import { describedBy, Field, FieldProblems } from './Field';

/** The seven ICD 203 terms with their ranges, or "not assessed" with its reason; a percent within the range. */
export function LikelihoodPicker({ path }: { path: string }) {
  const { t, r, lang, briefing, problems } = useEditor();
  const likelihood = (valueAt(briefing, path) ?? {}) as { status?: string; term?: string };
  const chosen = likelihood.status === NOT_ASSESSED ? NOT_ASSESSED : likelihood.term;
  const name = `${path}.term`;
  const options: [string, string, string?][] = [
    ...LIKELIHOOD_TERMS.map((term): [string, string, string] => [term, r[term], rangeLabel(term, lang)]),
    [NOT_ASSESSED, t.notAssessed],
  ];
  return (
    <fieldset
      class="likelihood"
      id={fieldId(name)}
      aria-invalid={problems.has(name) ? 'true' : undefined}
      aria-describedby={describedBy(name, false, problems)}
    >
      <legend>{t.likelihood}</legend>
      <FieldProblems name={name} />
      {options.map(([value, label, range]) => (
        <label key={value} class="term">
          <input type="radio" name={name} value={value} checked={chosen === value} />
          <span>{label}</span>
          {range && <span class="range">{range}</span>}
        </label>
      ))}
      <Field name={`${path}.percent`} label={t.percent} type="number" inputMode="numeric" />
      <Field name={`${path}.reason`} label={t.reason} />
    </fieldset>
  );
}
