import { Component } from 'preact';
import type { SavedAlerts } from '../alerts-protocol';
import { fill, LocaleContext, type Locale } from '../i18n/context';
import { countryName, storyWords, topicWords } from '../i18n/names';
import { savedBriefing } from '../saved-feed';
import { alertsBlocked, savedAlerts } from './saved';
import { alertStrings } from './strings';

/**
 * In the settings: what alerts, the daily cap and quiet hours, and turning alerts off (which deletes
 * the subscription on the server). On iOS outside the installed app, it says alerts need installing.
 */
export class AlertSettings extends Component<object, { saved: SavedAlerts | null; headlines: Map<string, string> }> {
  declare context: Locale;
  constructor() {
    super();
    this.state = { saved: null, headlines: new Map() };
  }

  componentDidMount() {
    void savedAlerts().then(async (saved) => {
      this.setState({ saved });
      // A briefing is named by its headline, from its copy on this phone.
      const ids = saved?.follows.briefings ?? [];
      const copies = await Promise.all(ids.map((id) => savedBriefing(id).catch(() => undefined)));
      this.setState({ headlines: new Map(copies.flatMap((b) => (b ? [[b.id, b.headline] as const] : []))) });
    });
  }

  render(_: object, { saved, headlines }: { saved: SavedAlerts | null; headlines: Map<string, string> }) {
    const { lang } = this.context;
    const a = alertStrings(lang);
    const off = async () => {
      await (await import('./subscribe')).turnOff();
      this.setState({ saved: null });
    };
    const ios = alertsBlocked() === 'install-ios' && <p>{a.alertsInstallIos}</p>;
    if (!saved) return ios || null;
    const f = saved.follows;
    // As the reader knows them: "Niger", "regional security", a briefing's headline.
    const list = [
      ...(f.countries ?? []).map((c) => countryName(c.toUpperCase(), lang)),
      ...(f.topics ?? []).map(topicWords),
      ...(f.stories ?? []).map(storyWords),
      ...(f.briefings ?? []).map((id) => headlines.get(id) ?? id),
    ];
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
