import { fill } from '../../i18n/context';

/**
 * Fills a template whose words agree with a number: `{sent|abonné|abonnés}` is the first word when
 * `sent` is singular in `lang` (French counts 0 and 1 as singular, English 1 alone), else the second;
 * every `{name}` as fill() does.
 */
export function fillCounted(template: string, values: Record<string, number>, lang: string): string {
  const rules = new Intl.PluralRules(lang);
  const agreed = template.replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (_, key: string, one: string, other: string) =>
    rules.select(values[key] ?? 0) === 'one' ? one : other,
  );
  return fill(agreed, Object.fromEntries(Object.entries(values).map(([k, n]) => [k, n.toLocaleString(lang)])));
}
