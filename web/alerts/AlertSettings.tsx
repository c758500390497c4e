import { Component } from 'preact';
import type { SavedAlerts } from '../alerts-protocol';
import { fill, LocaleContext, type Locale } from '../i18n/context';
import { alertsBlocked, savedAlerts } from './saved';
import { alertStrings } from './strings';

/**
 * In the settings: what alerts, the daily cap and quiet hours, and turning alerts off (which deletes
 * the subscription on the server). On iOS outside the installed app, it says alerts need installing.
 */
export class AlertSettings extends Component<object, { saved: SavedAlerts | null }> {
  declare context: Locale;
  constructor() {
    super();
    this.state = { saved: null };
  }

  componentDidMount() {
    void savedAlerts().then((saved) => this.setState({ saved }));
  }

  render(_: object, { saved }: { saved: SavedAlerts | null }) {
    const a = alertStrings(this.context.lang);
    const off = async () => {
      await (await import('./subscribe')).turnOff();
      this.setState({ saved: null });
    };
    const ios = alertsBlocked() === 'install-ios' && <p>{a.alertsInstallIos}</p>;
    if (!saved) return ios || null;
    const f = saved.follows;
    const list = [...(f.countries ?? []), ...(f.topics ?? []), ...(f.stories ?? []), ...(f.briefings ?? [])];
    const q = saved.quietHours;
    return (
      <section aria-label={a.alertsTitle} class="alert-settings">
        <p>{fill(a.alertsFor, { list: list.join(', ') })}</p>
        <p>
          {q
            ? fill(a.alertsCap, { n: saved.maxPerDay ?? 3, from: q.from, to: q.to })
            : fill(a.alertsCapNoQuiet, { n: saved.maxPerDay ?? 3 })}
        </p>
        <p>
          <button type="button" class="btn" onClick={() => void off()}>
            {a.alertsOff}
          </button>
        </p>
      </section>
    );
  }
}
AlertSettings.contextType = LocaleContext;
