import { LIKELIHOOD_TERMS, rangeLabel } from '../../../model/likelihood';
import type { Briefing } from '../../../model/types';
import { fill } from '../../i18n/context';
import { formatDate } from '../../i18n/format';
import { LANGUAGES } from '../../i18n/languages';
import { NOT_ASSESSED } from '../form-fields';
import { Action, Input, Radios } from './Action';
import { useEditor } from './context';

const OUTCOMES = ['occurred', 'did_not_occur', 'ambiguous', 'annulled'] as const;

/**
 * A live briefing as the newsroom sees it: links to its page and history, Revise, and the outlook's own
 * actions (move a likelihood, mark a signpost, resolve or amend a scenario); retract and take down for admins.
 */
export function LiveBriefing({
  briefing,
  original,
  translations,
  canPublish,
  admin,
  today,
  notice,
}: {
  briefing: Briefing;
  /** The original a translation translates. */
  original: Briefing | null;
  /** An original's translations. */
  translations: { id: string; language: string; headline: string }[];
  canPublish: boolean;
  admin: boolean;
  /** Today's date (YYYY-MM-DD, UTC): what date fields start at. */
  today: string;
  notice?: string;
}) {
  const { t, r, lang } = useEditor();
  const base = `/editor/briefings/${briefing.id}`;
  const outlook = briefing.whatComesNext;
  const live = briefing.status === 'published';
  const hidden = <input type="hidden" name="_etag" value={`"r${briefing.revision}"`} />;
  const spoken = [briefing.language, ...translations.map((x) => x.language)].map((l) => l.split('-')[0]);
  const untranslated = briefing.translationOf ? [] : LANGUAGES.filter((l) => !spoken.includes(l));
  return (
    <>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <h1 lang={briefing.language}>{briefing.headline}</h1>
      <p class="meta">
        {fill(t.revisionAt, { revision: briefing.revision, when: formatDate(briefing.modifiedAt, lang) })}
        {!live && ` · ${r.retracted}`}
      </p>
      <p class="bar">
        <a href={`/briefings/${briefing.id}`}>{t.viewLive}</a>
        <a href={`/api/briefings/${briefing.id}/revisions`}>{t.history}</a>
      </p>
      {original && (
        <p class="meta">
          <a href={`/editor/briefings/${original.id}`}>{fill(t.translationOfLive, { headline: original.headline })}</a>
        </p>
      )}
      {translations.length > 0 && (
        <p class="meta">
          {t.translations}
          {r.colon}{' '}
          {translations.flatMap((x, i) => [
            i > 0 ? ' · ' : '',
            <a key={x.id} href={`/editor/briefings/${x.id}`} lang={x.language}>
              {x.headline}
            </a>,
          ])}
        </p>
      )}
      {live && (
        <form method="post" action={`${base}/revise`} class="bar">
          <button type="submit" class="primary">
            {t.revise}
          </button>
        </form>
      )}
      {live &&
        untranslated.map((language) => (
          <form key={language} method="post" action={`${base}/translate`}>
            <input type="hidden" name="language" value={language} />
            <button type="submit" aria-describedby={`translate-${language}-h`}>
              {fill(t.translate, { language: t[`lang_${language}`] })}
            </button>
            <p class="hint" id={`translate-${language}-h`}>
              {t.translateHint}
            </p>
          </form>
        ))}
      {live && canPublish && outlook && (
        <section aria-labelledby="actions-h">
          <h2 id="actions-h">{t.actions}</h2>
          {outlook.scenarios.map((s) => {
            const resolved = s.resolution?.outcome !== undefined;
            const current = s.likelihood.status === 'assessed' ? s.likelihood.term : NOT_ASSESSED;
            return (
              <div key={s.id}>
                <h3 lang={briefing.language}>{s.title}</h3>
                {resolved ? (
                  <Action summary={t.amend} action={`${base}/amend`} button={t.amend}>
                    {hidden}
                    <input type="hidden" name="scenario" value={s.id} />
                    <Radios
                      legend={t.outcome}
                      name="outcome"
                      options={OUTCOMES.map((o) => [o, t[o]])}
                      checked={s.resolution?.outcome}
                    />
                    <Input id={`amend-${s.id}`} name="note" label={t.amendNote} required />
                  </Action>
                ) : (
                  <>
                    <Action summary={t.moveLikelihood} action={`${base}/outlook`} button={t.moveLikelihood}>
                      {hidden}
                      <input type="hidden" name="action" value="likelihood" />
                      <input type="hidden" name="scenario" value={s.id} />
                      <Radios
                        legend={t.likelihood}
                        name="term"
                        checked={current}
                        options={[
                          ...LIKELIHOOD_TERMS.map((term): [string, string, string] => [
                            term,
                            r[term],
                            rangeLabel(term, lang),
                          ]),
                          [NOT_ASSESSED, t.notAssessed],
                        ]}
                      />
                      <Input id={`reason-${s.id}`} name="reason" label={t.reason} />
                    </Action>
                    <Action summary={t.resolve} action={`${base}/outlook`} button={t.resolve}>
                      {hidden}
                      <input type="hidden" name="action" value="resolve" />
                      <input type="hidden" name="scenario" value={s.id} />
                      {s.resolution?.criteria && (
                        <p class="meta">
                          {t.criteria}
                          {r.colon} {s.resolution.criteria}
                        </p>
                      )}
                      <Radios legend={t.outcome} name="outcome" options={OUTCOMES.map((o) => [o, t[o]])} />
                      <Input id={`at-${s.id}`} name="at" type="date" label={t.resolvedAt} value={today} required />
                      <Input id={`note-${s.id}`} name="note" label={t.note} />
                    </Action>
                  </>
                )}
              </div>
            );
          })}
          {outlook.signposts.map((p) => (
            <div key={p.id}>
              <h3 lang={briefing.language}>{p.indicator}</h3>
              <Action summary={t.markSignpost} action={`${base}/outlook`} button={t.markSignpost}>
                {hidden}
                <input type="hidden" name="action" value="signpost" />
                <input type="hidden" name="signpost" value={p.id} />
                <Radios
                  legend={t.status}
                  name="status"
                  checked={p.status}
                  options={(['not_observed', 'observed', 'contradicted'] as const).map((s) => [s, t[s]])}
                />
                <Input id={`seen-${p.id}`} name="at" type="date" label={t.observedAt} value={today} />
              </Action>
            </div>
          ))}
        </section>
      )}
      {live && admin && (
        <section aria-labelledby="admin-h">
          <h2 id="admin-h">{t.admin_}</h2>
          <Action summary={t.retract} action={`${base}/retract`} button={t.retract}>
            {hidden}
            <Input id="retract-reason" name="reason" label={t.retractReason} required />
          </Action>
          <Action summary={t.takedown} action={`${base}/takedown`} button={t.takedown}>
            {hidden}
            <Input id="takedown-reason" name="reason" label={t.takedownReason} required />
          </Action>
        </section>
      )}
    </>
  );
}
