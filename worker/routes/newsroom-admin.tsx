import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { deskInputSchema, editorInputSchema, email as emailSchema } from '../../model/editor';
import { slug } from '../../model/schema';
import type { FieldProblem } from '../../model/types';
import { problemsOf } from '../../model/validate';
import { NewsroomAdmin } from '../../web/editor/components/NewsroomAdmin';
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

async function adminPage(c: C, problems: FieldProblem[] = [], status: 200 | 422 = 200) {
  const lang = c.get('locale').lang;
  const notice = problems.map((p) => `${p.path}: ${problemText(p.message, lang)}`).join(' · ') || undefined;
  const [editors, desks] = await Promise.all([listEditors(c.env.DB), listDesks(c.env.DB)]);
  return editorPage(c, viewOf(c).t.admin_, <NewsroomAdmin editors={editors} desks={desks} notice={notice} />, {
    status,
  });
}

export const newsroomAdmin = new Hono<AppEnv>()
  .use('/editor/newsroom', needRole('admin'))
  .use('/editor/newsroom/*', needRole('admin'))
  .get('/editor/newsroom', (c) => adminPage(c))
  .post('/editor/newsroom/editors', writeLimit, async (c) => {
    const checked = v.safeParse(editorForm, await c.req.parseBody());
    if (!checked.success) return adminPage(c, problemsOf(checked.issues), 422);
    const { email, ...input } = checked.output;
    if (!(await deskExists(c.env.DB, input.desk)))
      return adminPage(c, [{ path: 'desk', message: `there is no desk "${input.desk}"` }], 422);
    await putEditor(c.env.DB, email, input);
    return c.redirect('/editor/newsroom', 303);
  })
  .post('/editor/newsroom/desks', writeLimit, async (c) => {
    const checked = v.safeParse(deskForm, await c.req.parseBody());
    if (!checked.success) return adminPage(c, problemsOf(checked.issues), 422);
    const { id, en, fr } = checked.output;
    await putDesk(c.env.DB, id, { name: { en, fr } });
    return c.redirect('/editor/newsroom', 303);
  });
