import { useEffect, useState } from 'preact/hooks';
import { fill, useLocale } from '../../i18n/context';
import { formatBytes } from '../../i18n/relative';
import { PREFS_MAX_AGE, SIZES, THEMES, type Prefs } from '../../prefs/prefs';
import { usedThisMonth } from '../../sw/usage-key';

/** The page's current choice, as the worker rendered it on <html> (absent means the default). */
const current = (): Prefs => {
  const { size, theme } = document.documentElement.dataset;
  return { size: (size ?? 'm') as Prefs['size'], theme: (theme ?? 'system') as Prefs['theme'] };
};

/**
 * Text size, theme and the data used this month, in the settings panel (a chunk fetched when it first
 * opens). A choice applies at once and is saved in the cookie the worker reads, so the next page
 * arrives with it and never repaints.
 */
export function ReadingSettings() {
  const { t, lang } = useLocale();
  const [prefs, setPrefs] = useState(current);
  const [used, setUsed] = useState<number | null>(null);
  useEffect(() => void usedThisMonth().then(setUsed, () => undefined), []);

  function choose<K extends keyof Prefs>(name: K, value: Prefs[K]) {
    const secure = location.protocol === 'https:' ? '; secure' : '';
    document.cookie = `${name}=${value}; path=/; max-age=${PREFS_MAX_AGE}; samesite=lax${secure}`;
    const isDefault = value === (name === 'size' ? 'm' : 'system');
    if (isDefault) delete document.documentElement.dataset[name];
    else document.documentElement.dataset[name] = value;
    // The footer's no-JavaScript links mark the current choice too.
    document.querySelectorAll(`.display a[href*="${name}="]`).forEach((a) => {
      if (a.getAttribute('href')!.includes(`${name}=${value}&`)) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    });
    setPrefs({ ...prefs, [name]: value });
  }

  const group = <K extends keyof Prefs>(name: K, label: string, values: readonly Prefs[K][]) => (
    <p role="group" aria-label={label}>
      {label}
      {t.colon}{' '}
      {values.map((v) => (
        <button key={v} type="button" class="btn" aria-pressed={prefs[name] === v} onClick={() => choose(name, v)}>
          {t[`${name}_${v}` as `size_${Prefs['size']}` | `theme_${Prefs['theme']}`]}
        </button>
      ))}
    </p>
  );

  return (
    <>
      {group('size', t.textSize, SIZES)}
      {group('theme', t.theme, THEMES)}
      {used !== null && <p>{fill(t.dataUsed, { used: formatBytes(used, lang) })}</p>}
    </>
  );
}
