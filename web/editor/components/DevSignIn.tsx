import { useEditor } from './context';
import { deskNameIn, type DeskRow } from '../desk-name';
import type { EditorRow } from './NewsroomAdmin';

/**
 * The local sign-in (only under `npm start`): the newsroom's people, each with their role and desk, to
 * sign in as; then back to the page that asked (`next`), and a way out for whoever is signed in.
 */
export function DevSignIn({
  editors,
  desks,
  chosen,
  signedIn,
  next,
}: {
  editors: EditorRow[];
  desks: DeskRow[];
  chosen: string;
  signedIn: boolean;
  next: string;
}) {
  const { t, lang } = useEditor();
  const deskName = (id: string) => deskNameIn(desks, id, lang);
  return (
    <>
      <h1>{t.signInLocalTitle}</h1>
      <p>{t.signInLocalText}</p>
      <form method="post" action="/dev/sign-in">
        <input type="hidden" name="next" value={next} />
        <fieldset>
          <legend>{t.signInAs}</legend>
          {editors.map((e) => (
            <label key={e.email} class="term person">
              <input type="radio" name="email" value={e.email} checked={e.email === chosen} required />
              <span>
                {e.name}
                <span class="meta">
                  {t[e.role]} · {deskName(e.desk)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" class="primary">
          {t.signIn}
        </button>
      </form>
      {signedIn && (
        <form method="post" action="/dev/sign-out">
          <button type="submit">{t.signOut}</button>
        </form>
      )}
    </>
  );
}
