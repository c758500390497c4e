import { fieldText, NOT_ASSESSED, valueAt } from './form-fields';

/** What a field shows for a briefing: the picker shows "not assessed" or the term. */
function shown(b: object, name: string): string {
  if (name.endsWith('.likelihood.term')) {
    const l = valueAt(b, name.slice(0, -'.term'.length)) as { status?: string; term?: string } | undefined;
    return l?.status === NOT_ASSESSED ? NOT_ASSESSED : (l?.term ?? '');
  }
  return fieldText(name, valueAt(b, name));
}

/** Puts a briefing back into the form (a copy typed offline, then the page reloaded): the inverse of reading it. */
export function fillForm(form: HTMLFormElement, b: object): void {
  for (const el of Array.from(form.elements) as (HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[]) {
    if (!el.name || el.name.startsWith('_')) continue;
    const value = shown(b, el.name);
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      const list = valueAt(b, el.name);
      el.checked = Array.isArray(list) && list.includes(el.value);
    } else if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = el.value === value;
    else el.value = value;
  }
}
