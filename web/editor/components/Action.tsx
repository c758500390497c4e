import type { ComponentChildren } from 'preact';

/**
 * One action on a live briefing, one tap away: its few choices open in place (a <details>, so no script is
 * needed) and its button leads to a page that says what readers and followers will get, to confirm.
 */
export function Action({
  summary,
  action,
  button,
  children,
}: {
  summary: string;
  action: string;
  button: string;
  children?: ComponentChildren;
}) {
  return (
    <details class="action">
      <summary>{summary}</summary>
      <form method="post" action={action}>
        {children}
        <button type="submit" class="primary">
          {button}
        </button>
      </form>
    </details>
  );
}

/** A group of radio buttons, labelled as a whole: the action forms' choices. */
export function Radios({
  legend,
  name,
  options,
  checked,
}: {
  legend: string;
  name: string;
  options: [string, string, string?][];
  checked?: string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([value, label, note]) => (
        <label key={value} class="term">
          <input type="radio" name={name} value={value} checked={value === checked} required />
          <span>{label}</span>
          {note && <span class="range">{note}</span>}
        </label>
      ))}
    </fieldset>
  );
}

/** A labelled input of an action form, with the problem of what was typed in it under its label. */
export function Input({
  id,
  name,
  label,
  type = 'text',
  value,
  required,
  problem,
}: {
  id: string;
  name: string;
  label: string;
  type?: string;
  value?: string;
  required?: boolean;
  problem?: string;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {problem && (
        <p class="problem" id={`${id}-p`}>
          {problem}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-p` : undefined}
      />
    </div>
  );
}
