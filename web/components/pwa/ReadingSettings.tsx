import { Component } from 'preact';
import { fill, LocaleContext, type Locale } from '../../i18n/context';
import { settingsStrings } from '../../i18n/settings';
import { formatBytes } from '../../i18n/relative';
import { PREFS_MAX_AGE, SIZES, THEMES, type Prefs } from '../../prefs/prefs';
import { usedThisMonth } from '../../app/usage';
import { AlertSettings } from '../../alerts/AlertSettings';
import { FollowsList } from '../../follow/FollowsList';

/** The page's current choice, as the worker rendered it on <html> (absent means the default). */
const current = (): Prefs => {
  const { size, theme } = document.documentElement.dataset;
  return { size: (size ?? 'm') as Prefs['size'], theme: (theme ?? 'system') as Prefs['theme'] };
};

/** Saves a choice in the cookie the worker reads, so the next page arrives with it and never repaints. */
function save<K extends keyof Prefs>(name: K, value: Prefs[K]): void {
  // Over https, the `__Host-` name the worker writes: the browser refuses it from any other origin.
  const https = location.protocol === 'https:';
  document.cookie = `${https ? '__Host-' : ''}${name}=${value}; path=/; max-age=${PREFS_MAX_AGE}; samesite=lax${https ? '; secure' : ''}`;
  if (value === (name === 'size' ? 'm' : 'system')) delete document.documentElement.dataset[name];
  else document.documentElement.dataset[name] = value;
  // The footer's no-JavaScript links mark the current choice too.
  document.querySelectorAll(`.display a[href*="${name}="]`).forEach((a) => {
    if (a.getAttribute('href')!.includes(`${name}=${value}&`)) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  });
}

/**
 * Text size, theme and the data used this month, in the settings panel (a chunk fetched when it first
 * opens). A choice applies at once. A class, not hooks, so the first-visit bundle needs none.
 */
// No class fields: building for older browsers would add a helper for them, a chunk of its own.
export class ReadingSettings extends Component<object, { prefs: Prefs; used: number | null }> {
  declare context: Locale;
  constructor() {
    super();
    this.state = { prefs: current(), used: null };
  }

  componentDidMount() {
    usedThisMonth().then(
      (used) => this.setState({ used }),
      () => undefined,
    );
  }

  render() {
    const { t, lang } = this.context;
    const { prefs, used } = this.state;
    const choose = <K extends keyof Prefs>(name: K, value: Prefs[K]) => {
      save(name, value);
      this.setState({ prefs: { ...prefs, [name]: value } });
    };
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
        {used !== null && <p>{fill(settingsStrings(lang).dataUsed, { used: formatBytes(used, lang) })}</p>}
        <AlertSettings />
        <FollowsList />
      </>
    );
  }
}
ReadingSettings.contextType = LocaleContext;
