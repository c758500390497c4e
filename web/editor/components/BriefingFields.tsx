import { fill } from '../../i18n/context';
import { valueAt } from '../form-fields';
import { useEditor } from './context';
import { Choice, Field, Item, ListEnd } from './Field';
import { Hidden } from './Hidden';
import { TopicPicker } from './TopicPicker';

/** What the form offers to choose from, each as [id, name in the editor's language]. */
export interface Choices {
  /** The newsroom's desks. */
  desks: [string, string][];
  /** The vocabulary's topics. */
  topics: [string, string][];
  /** The stories told so far, by their titles. */
  stories: [string, string][];
  /** The live originals a new briefing may translate, by their headlines and languages. */
  originals: [string, string][];
}

const itemsAt = (briefing: object, path: string) => {
  const list = valueAt(briefing, path);
  return Array.isArray(list) ? list : [];
};

/** The briefing's own fields: what it is, its text and its sources; the outlook has its own component. */
export function BriefingFields({ live, choices }: { live: boolean; choices: Choices }) {
  const { t, briefing } = useEditor();
  const id = String(valueAt(briefing, 'id') ?? '');
  const original = valueAt(briefing, 'translationOf');
  return (
    <>
      <fieldset class="group">
        <legend>{t.theBriefing}</legend>
        <Hidden names={['schemaVersion', 'corrections', 'geo.regions']} />
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
        {/* A published briefing's original never changes (and an original never becomes a translation). */}
        {live ? (
          original !== undefined && (
            <Field name="translationOf" label={t.translationOf} hint={t.translationOfHint} readOnly />
          )
        ) : (
          <Choice
            name="translationOf"
            label={t.translationOf}
            hint={t.translationOfHint}
            options={[['', t.noOriginal], ...choices.originals.filter(([o]) => o !== id)]}
          />
        )}
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
        <TopicPicker topics={choices.topics} />
        <Field name="story" label={t.story} hint={t.storyHint} suggestions={choices.stories} />
        {choices.desks.length ? <Choice name="desk" label={t.desk} options={choices.desks} /> : null}
        <Field name="authors" label={t.authors} hint={t.authorsHint} type="textarea" rows={2} />
      </fieldset>
    </>
  );
}
