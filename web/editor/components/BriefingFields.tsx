import { fill } from '../../i18n/context';
import { valueAt } from '../form-fields';
import { useEditor } from './context';
import { Choice, Field, Item, ListEnd } from './Field';
import { Hidden } from './Hidden';

const itemsAt = (briefing: object, path: string) => {
  const list = valueAt(briefing, path);
  return Array.isArray(list) ? list : [];
};

/** The briefing's own fields: what it is, its text and its sources; the outlook has its own component. */
export function BriefingFields({ live, desks }: { live: boolean; desks: [string, string][] }) {
  const { t, briefing } = useEditor();
  const id = String(valueAt(briefing, 'id') ?? '');
  return (
    <>
      <fieldset class="group">
        <legend>{t.theBriefing}</legend>
        <Hidden names={['schemaVersion', 'corrections', 'geo.regions', 'translationOf']} />
        <Field name="id" label={t.id} hint={fill(t.idHint, { id: id || '…' })} readOnly={live} />
        <Choice
          name="kind"
          label={t.kind}
          options={(['analysis', 'reportage', 'background', 'opinion'] as const).map((k) => [k, t[k]])}
        />
        <Choice
          name="language"
          label={t.languageOfText}
          options={[
            ['fr', 'Français'],
            ['en', 'English'],
          ]}
        />
        <Field name="headline" label={t.headline} type="textarea" rows={2} />
        <Field name="standfirst" label={t.standfirst} hint={t.standfirstHint} type="textarea" rows={3} />
        <Field name="lede" label={t.lede} type="textarea" rows={4} />
      </fieldset>
      <fieldset class="group" id="f-sections">
        <legend>{t.sections}</legend>
        {itemsAt(briefing, 'sections').map((_, i) => (
          <Item key={i} legend={fill(t.section, { n: i + 1 })} path={`sections[${i}]`}>
            <Hidden names={[`sections[${i}].id`]} />
            <Field name={`sections[${i}].heading`} label={t.heading} />
            <Field
              name={`sections[${i}].paragraphs`}
              label={t.paragraphs}
              hint={t.paragraphsHint}
              type="textarea"
              rows={8}
            />
          </Item>
        ))}
        <ListEnd path="sections" label={t.addSection} />
      </fieldset>
      <fieldset class="group" id="f-sources">
        <legend>{t.sources}</legend>
        {itemsAt(briefing, 'sources').map((_, i) => (
          <Item key={i} legend={fill(t.source, { n: i + 1 })} path={`sources[${i}]`}>
            <Hidden names={[`sources[${i}].id`]} />
            <Field name={`sources[${i}].publisher`} label={t.publisher} />
            <Field name={`sources[${i}].title`} label={t.sourceTitle} />
            <Field name={`sources[${i}].url`} label={t.url} type="url" />
            <Choice
              name={`sources[${i}].role`}
              label={t.role}
              options={[
                ['primary', t.primary],
                ['supporting', t.supporting],
              ]}
            />
          </Item>
        ))}
        <ListEnd path="sources" label={t.addSource} />
      </fieldset>
      <fieldset class="group">
        <legend>
          {t.countries} · {t.topics}
        </legend>
        <Field name="geo.countries" label={t.countries} hint={t.countriesHint} />
        <Field name="topics" label={t.topics} hint={t.topicsHint} />
        <Field name="story" label={t.story} hint={t.storyHint} />
        {desks.length ? <Choice name="desk" label={t.desk} options={desks} /> : null}
        <Field name="authors" label={t.authors} hint={t.authorsHint} type="textarea" rows={2} />
      </fieldset>
    </>
  );
}
