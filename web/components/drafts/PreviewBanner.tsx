import type { FieldProblem } from '../../../model/types';
import { fill } from '../../i18n/context';
import { draftStrings } from '../../i18n/drafts';
import { useLocale } from '../../i18n/use-locale';

interface Props {
  /** When the Cron Trigger is to publish the draft, if it is scheduled. */
  scheduledAt?: string | null;
  /** How many of the draft's changes clash with what went live since its base. */
  conflicts?: number;
  /** The draft's problems, when it cannot be published (nor drawn as a reader's page) yet. */
  problems?: FieldProblem[];
}

const dateTime = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));

/** The newsroom's banner over a draft's preview: this is not public yet, and what stands in its way. */
export function PreviewBanner({ scheduledAt, conflicts = 0, problems = [] }: Props) {
  const { lang } = useLocale();
  const d = draftStrings(lang);
  return (
    <div class="preview" role="note" aria-label={d.previewBannerLabel}>
      <p>
        <strong>{d.previewBanner}</strong>
        {scheduledAt && <> {fill(d.previewScheduled, { date: dateTime(scheduledAt, lang) })}</>}
      </p>
      {conflicts > 0 && <p>{fill(d.previewConflicts, { count: conflicts })}</p>}
      {problems.length > 0 && (
        <>
          <p>{fill(d.previewProblems, { count: problems.length })}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.path + p.message}>
                <code>{p.path}</code> {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
