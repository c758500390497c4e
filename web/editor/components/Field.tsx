import type { ComponentChildren } from 'preact';
import { fieldId, fieldText, valueAt } from '../form-fields';
import { useEditor } from './context';

interface FieldProps {
  /** The JSON path the field edits: its name, and where the API's problems about it point. */
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'textarea' | 'date' | 'number' | 'url' | 'datetime-local';
  rows?: number;
  required?: boolean;
  readOnly?: boolean;
  inputMode?: 'numeric' | 'text';
  /** Values to offer as the editor types, as [value, label]: a <datalist>, so any other value may be typed. */
  suggestions?: [string, string][];
}

/** The problems of a field, shown under its label and named by its aria-describedby. */
export function FieldProblems({ name }: { name: string }) {
  const { problems } = useEditor();
  const list = problems.get(name);
  if (!list) return null;
  return (
    <p class="problem" id={`${fieldId(name)}-p`}>
      {list.join(' · ')}
    </p>
  );
}

/** How a field is described to assistive technology: its hint, then its problems. */
export function describedBy(name: string, hint: boolean, problems: Map<string, string[]>): string | undefined {
  const ids = [hint && `${fieldId(name)}-h`, problems.has(name) && `${fieldId(name)}-p`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** One labelled input of the form, filled from the briefing, with its hint and problems. */
export function Field({
  name,
  label,
  hint,
  type = 'text',
  rows = 3,
  required,
  readOnly,
  inputMode,
  suggestions,
}: FieldProps) {
  const { briefing, problems } = useEditor();
  const id = fieldId(name);
  const value = fieldText(name, valueAt(briefing, name));
  const common = {
    id,
    name,
    required,
    readOnly,
    'aria-invalid': problems.has(name) ? ('true' as const) : undefined,
    'aria-describedby': describedBy(name, Boolean(hint), problems),
  };
  return (
    <div class="field">
      <FieldHead id={id} name={name} label={label} hint={hint} />
      {type === 'textarea' ? (
        <textarea {...common} rows={rows}>
          {value}
        </textarea>
      ) : (
        <input {...common} type={type} value={value} inputMode={inputMode} list={suggestions ? `${id}-l` : undefined} />
      )}
      {suggestions && (
        <datalist id={`${id}-l`}>
          {suggestions.map(([v, text]) => (
            <option key={v} value={v} label={text} />
          ))}
        </datalist>
      )}
    </div>
  );
}

/** A field's label, its hint and its problems, above its control. */
function FieldHead({ id, name, label, hint }: { id: string; name: string; label: string; hint?: string }) {
  return (
    <>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-h`}>
          {hint}
        </p>
      )}
      <FieldProblems name={name} />
    </>
  );
}

/** A labelled drop-down of fixed choices; a value not among them (typed through the API) is kept as one more. */
export function Choice({
  name,
  label,
  hint,
  options,
}: {
  name: string;
  label: string;
  hint?: string;
  options: [string, string][];
}) {
  const { briefing, problems } = useEditor();
  const id = fieldId(name);
  const value = fieldText(name, valueAt(briefing, name));
  const all = value && !options.some(([v]) => v === value) ? [...options, [value, value] as [string, string]] : options;
  return (
    <div class="field">
      <FieldHead id={id} name={name} label={label} hint={hint} />
      <select
        id={id}
        name={name}
        aria-invalid={problems.has(name) ? 'true' : undefined}
        aria-describedby={describedBy(name, Boolean(hint), problems)}
      >
        {all.map(([v, text]) => (
          <option key={v} value={v} selected={v === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A titled group of fields (a section, a scenario), with its Remove button. */
export function Item({
  legend,
  path,
  children,
}: {
  legend: string;
  /** The item's path (`sections[1]`), for its Remove button and its problems. */
  path: string;
  children: ComponentChildren;
}) {
  const { t } = useEditor();
  return (
    <fieldset class="item" id={fieldId(path)}>
      <legend>{legend}</legend>
      <FieldProblems name={path} />
      {children}
      <button type="submit" class="quiet" name="_remove" value={path} aria-label={`${t.remove} (${legend})`}>
        {t.remove}
      </button>
    </fieldset>
  );
}

/** The list's own problems ("must have at least 2 items") and its Add button, after its items. */
export function ListEnd({ path, label }: { path: string; label: string }) {
  return (
    <>
      <FieldProblems name={path} />
      <button type="submit" class="add" name="_add" value={path}>
        {label}
      </button>
    </>
  );
}
