import { Component } from 'preact';
import { fill, LocaleContext, type Locale } from '../i18n/context';
import { alertsBlocked, alertsCover, savedAlerts } from './saved';
import { alertStrings } from './strings';

type Said = 'on' | 'install-ios' | 'unsupported' | 'denied' | 'failed' | '';

interface Props {
  /** What the alerts are for: the briefing on screen and its countries, or what the reader followed. */
  follows: { countries?: string[]; topics?: string[]; stories?: string[]; briefings?: string[] };
  /** What was followed, as the reader knows it ("Niger"); without it, the briefing on screen. */
  name?: string;
}

/**
 * "Get alerts when this moves": the subscribe code is fetched, and the permission asked, only on the
 * reader's tap. A class, not hooks, as the chunks it joins carry none.
 */
export class AlertOffer extends Component<Props, { said: Said }> {
  declare context: Locale;
  constructor(props: Props) {
    super(props);
    this.state = { said: '' };
  }

  componentDidMount() {
    void savedAlerts().then((s) => alertsCover(s, this.props.follows) && this.setState({ said: 'on' }));
  }

  render({ follows, name }: Props, { said }: { said: Said }) {
    const { lang } = this.context;
    const a = alertStrings(lang);
    const tap = async () => {
      const blocked = alertsBlocked();
      if (blocked) return this.setState({ said: blocked });
      const { turnOn } = await import('./subscribe');
      this.setState({ said: await turnOn(follows, lang === 'fr' ? 'fr' : 'en') });
    };
    const message = {
      on: a.alertsOn,
      'install-ios': a.alertsInstallIos,
      unsupported: a.alertsUnsupported,
      denied: a.alertsDenied,
      failed: a.alertsFailed,
      '': '',
    }[said];
    return (
      <p class="alert-offer">
        {said !== 'on' && (
          <button type="button" class="btn" onClick={() => void tap()}>
            {name ? fill(a.offerFor, { name }) : a.offer}
          </button>
        )}{' '}
        <span role="status">{message}</span>
      </p>
    );
  }
}
AlertOffer.contextType = LocaleContext;
