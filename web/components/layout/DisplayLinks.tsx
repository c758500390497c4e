import { Fragment } from 'preact';
import { useLocale } from '../../i18n/use-locale';
import { DEFAULT_PREFS, prefsHref, SIZES, THEMES, type Prefs } from '../../prefs/prefs';

/**
 * Text size and theme as plain links, so they work without JavaScript: the worker saves the choice in
 * a cookie and sends the reader back to `path`, rendered with it. The current choice is marked.
 */
export function DisplayLinks({ prefs = DEFAULT_PREFS, path }: { prefs?: Prefs; path: string }) {
  const { t } = useLocale();
  const row = <K extends 'size' | 'theme'>(name: K, label: string, values: readonly Prefs[K][]) => (
    <p>
      {label}
      {t.colon}{' '}
      {values.map((v, i) => (
        <Fragment key={v}>
          {i > 0 && ' · '}
          <a href={prefsHref(name, v, path)} aria-current={prefs[name] === v ? 'true' : undefined} rel="nofollow">
            {t[`${name}_${v}` as `size_${Prefs['size']}` | `theme_${Prefs['theme']}`]}
          </a>
        </Fragment>
      ))}
    </p>
  );
  return (
    <nav class="display" aria-label={t.display}>
      {row('size', t.textSize, SIZES)}
      {row('theme', t.theme, THEMES)}
    </nav>
  );
}
