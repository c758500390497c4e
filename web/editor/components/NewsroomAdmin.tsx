import { Input, Radios } from './Action';
import { useEditor } from './context';

export interface EditorRow {
  email: string;
  name: string;
  desk: string;
  role: 'writer' | 'editor' | 'admin';
}

export interface DeskRow {
  id: string;
  name: { en?: string; fr?: string };
}

/** The admins' page: the newsroom's editors and desks, each form adding one or replacing it by its key. */
export function NewsroomAdmin({ editors, desks, notice }: { editors: EditorRow[]; desks: DeskRow[]; notice?: string }) {
  const { t, lang } = useEditor();
  const deskName = (id: string) => desks.find((d) => d.id === id)?.name[lang as 'en' | 'fr'] ?? id;
  return (
    <>
      <h1>{t.admin_}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
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
          <Input id="ed-email" name="email" type="email" label={t.email} required />
          <Input id="ed-name" name="name" label={t.name} required />
          <div class="field">
            <label for="ed-desk">{t.desk}</label>
            <select id="ed-desk" name="desk">
              {desks.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name[lang as 'en' | 'fr'] ?? d.id}
                </option>
              ))}
            </select>
          </div>
          <Radios
            legend={t.role}
            name="role"
            checked="writer"
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
          <Input id="desk-id" name="id" label={t.deskId} required />
          <Input id="desk-en" name="en" label={t.deskNameEn} required />
          <Input id="desk-fr" name="fr" label={t.deskNameFr} required />
          <button type="submit" class="primary">
            {t.saveDesk}
          </button>
        </form>
      </section>
    </>
  );
}
