import { useEditor } from './context';

/**
 * The second tap of every action on a live briefing: what readers and followers will get, in words, and
 * one button; the choices travel on as hidden fields.
 */
export function ConfirmPage({
  title,
  action,
  fields,
  sentences,
  alert,
  warning,
  back,
}: {
  title: string;
  action: string;
  fields: [string, string][];
  /** What readers will see change, one sentence each. */
  sentences: string[];
  /** What followers' phones will show, if anything. */
  alert?: { title: string; body: string } | null;
  /** What cannot be undone, when that is so. */
  warning?: string;
  back: string;
}) {
  const { t } = useEditor();
  return (
    <>
      <h1>{title}</h1>
      <h2>{t.readersSee}</h2>
      <ul class="changes">
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h2>{t.followersGet}</h2>
      {alert ? (
        <p class="confirm">
          <strong>{alert.title}</strong>
          <br />
          {alert.body}
        </p>
      ) : (
        <p>{t.noAlert}</p>
      )}
      {warning && <p class="confirm">{warning}</p>}
      <form method="post" action={action} class="bar">
        {fields.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="_confirmed" value="1" />
        <button type="submit" class="primary">
          {t.confirm}
        </button>
        <a href={back}>{t.cancel}</a>
      </form>
    </>
  );
}
