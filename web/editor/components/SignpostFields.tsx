import { fill } from '../../i18n/context';
import { valueAt } from '../form-fields';
import { useEditor } from './context';
import { Choice, Field, Item, ListEnd } from './Field';

/** One signpost: its indicator, which scenarios it raises or lowers, and whether it was seen. */
export function SignpostFields({ index, scenarios }: { index: number; scenarios: [string, string][] }) {
  const { t, briefing } = useEditor();
  const path = `whatComesNext.signposts[${index}]`;
  const effects = valueAt(briefing, `${path}.effects`);
  return (
    <Item legend={fill(t.signpost, { n: index + 1 })} path={path}>
      <Field name={`${path}.id`} label={t.signpostId} hint={t.scenarioIdHint} />
      <Field name={`${path}.indicator`} label={t.indicator} type="textarea" rows={2} />
      <Field name={`${path}.watch`} label={t.watch} />
      <fieldset class="effects">
        <legend>{t.effects}</legend>
        {(Array.isArray(effects) ? effects : []).map((_, j) => (
          <div class="effect" key={j}>
            <Choice
              name={`${path}.effects[${j}].scenarioId`}
              label={t.effectOn}
              options={[['', t.noScenario], ...scenarios]}
            />
            <Choice
              name={`${path}.effects[${j}].direction`}
              label={t.direction}
              options={[
                ['raises', t.raises],
                ['lowers', t.lowers],
              ]}
            />
          </div>
        ))}
        <ListEnd path={`${path}.effects`} label={t.addEffect} />
      </fieldset>
      <Choice
        name={`${path}.status`}
        label={t.status}
        options={(['not_observed', 'observed', 'contradicted'] as const).map((s) => [s, t[s]])}
      />
      <Field name={`${path}.observedAt`} label={t.observedAt} type="date" />
    </Item>
  );
}
