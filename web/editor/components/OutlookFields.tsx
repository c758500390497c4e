import { fill } from '../../i18n/context';
import { valueAt } from '../form-fields';
import { useEditor } from './context';
import { Choice, Field, FieldProblems, ListEnd } from './Field';
import { ScenarioFields } from './ScenarioFields';
import { SignpostFields } from './SignpostFields';

const W = 'whatComesNext';

/** "What comes next": the question, how the scenarios relate, the scenarios and the signposts. */
export function OutlookFields() {
  const { t, briefing } = useEditor();
  const list = (path: string) => {
    const items = valueAt(briefing, path);
    return Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
  };
  const scenarios = list(`${W}.scenarios`);
  const choices: [string, string][] = scenarios.map((s, i) => [
    String(s.id ?? ''),
    String(s.title || fill(t.scenario, { n: i + 1 })),
  ]);
  return (
    <fieldset class="group" id="f-whatComesNext">
      <legend>{t.outlook}</legend>
      {valueAt(briefing, 'translationOf') !== undefined && <p class="hint">{t.translationForecast}</p>}
      <FieldProblems name={W} />
      <Field name={`${W}.question`} label={t.question} hint={t.questionHint} type="textarea" rows={2} />
      <Choice
        name={`${W}.scenarioSet`}
        label={t.scenarioSet}
        options={(['exclusive_exhaustive', 'exclusive', 'non_exclusive'] as const).map((k) => [k, t[k]])}
      />
      <Field name={`${W}.asOf`} label={t.asOf} type="date" />
      <Field name={`${W}.lastReviewedAt`} label={t.lastReviewedAt} type="date" />
      <Field name={`${W}.nextReviewDue`} label={t.nextReviewDue} type="date" />
      <h2 class="sub" id="f-whatComesNext-scenarios">
        {t.scenarios}
      </h2>
      {scenarios.map((_, i) => (
        <ScenarioFields key={i} index={i} />
      ))}
      <ListEnd path={`${W}.scenarios`} label={t.addScenario} />
      <h2 class="sub" id="f-whatComesNext-signposts">
        {t.signposts}
      </h2>
      {list(`${W}.signposts`).map((_, i) => (
        <SignpostFields key={i} index={i} scenarios={choices} />
      ))}
      <ListEnd path={`${W}.signposts`} label={t.addSignpost} />
    </fieldset>
  );
}
