import { Input, Radios } from './Action';
import { deskNameIn, type DeskRow } from '../desk-name';
import { useEditor } from './context';

export interface EditorRow {
  email: string;
  name: string;
  desk: string;
  role: 'writer' | 'editor' | 'admin';
}

/** A form sent back: what was typed in it, and the problem of each field by its name. */
export interface SentForm {
  form: 'editor' | 'desk';
  values: Record<string, string>;
  problems: Record<string, string>;
}

/**
 * The admins' page: the newsroom's editors and desks, each form adding one or replacing it by its key.
 * A form refused comes back as it was typed, each problem under its field.
 */
export function NewsroomAdmin({ editors, desks, sent }: { editors: EditorRow[]; desks: DeskRow[]; sent?: SentForm }) {
  const { t, lang } = useEditor();
  const of = (form: SentForm['form']) =>
    sent?.form === form ? sent : { values: {} as Record<string, string>, problems: {} as Record<string, string> };
  const [ed, dk] = [of('editor'), of('desk')];
  const deskName = (id: string) => deskNameIn(desks, id, lang);
  return (
    <>
      <h1>{t.admin_}</h1>
      <section aria-labelledby="editors-h">
        <h2 id="editors-h">{t.editors}</h2>
        <ul class="list">
          {editors.map((e) => (
            <li key={e.email}>
              {e.name} · {e.email}
              <p class="meta">
                {t[e.role]} · {deskName(e.desk)}
              </p>
            </li>
          ))}
        </ul>
        <form method="post" action="/editor/newsroom/editors">
          <Input
            id="ed-email"
            name="email"
            type="email"
            label={t.email}
            value={ed.values.email}
            problem={ed.problems.email}
            required
          />
          <Input id="ed-name" name="name" label={t.name} value={ed.values.name} problem={ed.problems.name} required />
          <div class="field">
            <label for="ed-desk">{t.desk}</label>
            {ed.problems.desk && (
              <p class="problem" id="ed-desk-p">
                {ed.problems.desk}
              </p>
            )}
            <select id="ed-desk" name="desk" aria-describedby={ed.problems.desk ? 'ed-desk-p' : undefined}>
              {desks.map((d) => (
                <option key={d.id} value={d.id} selected={d.id === ed.values.desk}>
                  {d.name[lang as 'en' | 'fr'] ?? d.id}
                </option>
              ))}
            </select>
          </div>
          {ed.problems.role && <p class="problem">{ed.problems.role}</p>}
          <Radios
            legend={t.role}
            name="role"
            checked={ed.values.role ?? 'writer'}
            options={(['writer', 'editor', 'admin'] as const).map((r) => [r, t[r]])}
          />
          <button type="submit" class="primary">
            {t.saveEditor}
          </button>
        </form>
      </section>
      <section aria-labelledby="desks-h">
        <h2 id="desks-h">{t.desks}</h2>
        <ul class="list">
          {desks.map((d) => (
            <li key={d.id}>
              {d.name.en} · {d.name.fr} <span class="meta">({d.id})</span>
            </li>
          ))}
        </ul>
        <form method="post" action="/editor/newsroom/desks">
          <Input id="desk-id" name="id" label={t.deskId} value={dk.values.id} problem={dk.problems.id} required />
          <Input id="desk-en" name="en" label={t.deskNameEn} value={dk.values.en} problem={dk.problems.en} required />
          <Input id="desk-fr" name="fr" label={t.deskNameFr} value={dk.values.fr} problem={dk.problems.fr} required />
          <button type="submit" class="primary">
            {t.saveDesk}
          </button>
        </form>
      </section>
    </>
  );
}
