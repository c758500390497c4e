import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { deskInputSchema, editorInputSchema, email as emailSchema } from '../../model/editor';
import { slug } from '../../model/schema';
import type { FieldProblem } from '../../model/types';
import { problemsOf } from '../../model/validate';
import { NewsroomAdmin, type SentForm } from '../../web/editor/components/NewsroomAdmin';
import { problemText } from '../../web/editor/i18n/problems';
import { writeLimit } from '../http/write-guards';
import { editorPage, viewOf } from '../newsroom/page';
import { needRole } from '../newsroom/role';
import { deskExists, listDesks, listEditors, putDesk, putEditor } from '../store/editors';
import type { AppEnv } from '../types';

// The admins' page of the newsroom: its editors and desks, added or replaced by plain form posts, with
// the same rules as PUT /api/editors/{email} and PUT /api/desks/{id}.

type C = Context<AppEnv>;

const editorForm = v.object({ email: emailSchema, ...editorInputSchema.entries });
const deskForm = v.object({
  id: slug,
  en: deskInputSchema.entries.name.entries.en,
  fr: deskInputSchema.entries.name.entries.fr,
});

async function adminPage(
  c: C,
  sent?: { form: SentForm['form']; values: Record<string, unknown>; problems: FieldProblem[] },
) {
  const lang = c.get('locale').lang;
  const [editors, desks] = await Promise.all([listEditors(c.env.DB), listDesks(c.env.DB)]);
  const form: SentForm | undefined = sent && {
    form: sent.form,
    values: Object.fromEntries(
      Object.entries(sent.values).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ),
    // Each field's first problem, in the editor's words; a problem of the whole form goes on its first field.
    problems: sent.problems.reduce<Record<string, string>>((all, p) => {
      const field = p.path.split('.')[0] || (sent.form === 'editor' ? 'email' : 'id');
      all[field] ??= problemText(p.message, lang);
      return all;
    }, {}),
  };
  return editorPage(c, viewOf(c).t.admin_, <NewsroomAdmin editors={editors} desks={desks} sent={form} />, {
    status: sent ? 422 : 200,
  });
}

export const newsroomAdmin = new Hono<AppEnv>()
  .use('/editor/newsroom', needRole('admin'))
  .use('/editor/newsroom/*', needRole('admin'))
  .get('/editor/newsroom', (c) => adminPage(c))
  .post('/editor/newsroom/editors', writeLimit, async (c) => {
    const values = await c.req.parseBody();
    const checked = v.safeParse(editorForm, values);
    if (!checked.success) return adminPage(c, { form: 'editor', values, problems: problemsOf(checked.issues) });
    const { email, ...input } = checked.output;
    if (!(await deskExists(c.env.DB, input.desk)))
      return adminPage(c, {
        form: 'editor',
        values,
        problems: [{ path: 'desk', message: `there is no desk "${input.desk}"` }],
      });
    await putEditor(c.env.DB, email, input);
    return c.redirect('/editor/newsroom', 303);
  })
  .post('/editor/newsroom/desks', writeLimit, async (c) => {
    const values = await c.req.parseBody();
    const checked = v.safeParse(deskForm, values);
    if (!checked.success) return adminPage(c, { form: 'desk', values, problems: problemsOf(checked.issues) });
    const { id, en, fr } = checked.output;
    await putDesk(c.env.DB, id, { name: { en, fr } });
    return c.redirect('/editor/newsroom', 303);
  });
