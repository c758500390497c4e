import { fill } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { valueAt } from '../form-fields';
import { useEditor } from './context';
import { Choice, Field, Item } from './Field';
import { Hidden } from './Hidden';
import { LikelihoodPicker } from './LikelihoodPicker';

/** One scenario: what it is, its likelihood, its timeframe and how it will be resolved. */
export function ScenarioFields({ index }: { index: number }) {
  const { t, lang, briefing } = useEditor();
  const path = `whatComesNext.scenarios[${index}]`;
  const resolution = valueAt(briefing, `${path}.resolution`) as
    { outcome?: 'occurred' | 'did_not_occur' | 'ambiguous' | 'annulled'; resolvedAt?: string } | undefined;
  return (
    <Item legend={fill(t.scenario, { n: index + 1 })} path={path}>
      <Field name={`${path}.id`} label={t.scenarioId} hint={t.scenarioIdHint} />
      <Field name={`${path}.title`} label={t.title} />
      <Field name={`${path}.conditions`} label={t.conditions} hint={t.conditionsHint} type="textarea" rows={3} />
      <Field name={`${path}.outcome`} label={t.outcome} type="textarea" rows={2} />
      <LikelihoodPicker path={`${path}.likelihood`} />
      <Hidden names={[`${path}.confidence`, `${path}.timeframe.note`]} />
      <Choice
        name={`${path}.timeframe.horizon`}
        label={t.timeframe}
        options={(['days', 'weeks', 'months', 'years', 'unspecified'] as const).map((h) => [h, t[h]])}
      />
      <Field name={`${path}.timeframe.until`} label={t.until} type="date" />
      <Field name={`${path}.resolution.criteria`} label={t.criteria} hint={t.criteriaHint} type="textarea" rows={2} />
      <Field name={`${path}.resolution.resolveBy`} label={t.resolveBy} type="date" />
      {resolution?.outcome && resolution.resolvedAt && (
        <p class="resolved">
          {fill(t.resolved, { outcome: t[resolution.outcome], date: formatDate(resolution.resolvedAt, lang) })}
        </p>
      )}
      <Hidden
        names={[
          `${path}.resolution.outcome`,
          `${path}.resolution.resolvedAt`,
          `${path}.resolution.note`,
          `${path}.resolution.amendments`,
        ]}
      />
    </Item>
  );
}
