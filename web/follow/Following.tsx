import { Component } from 'preact';
import { followMatches, followPath } from '../../model/follow';
import type { Briefing } from '../../model/types';
import { toCard } from '../../model/card';
import { savedBriefings } from './saved';
import { BriefingListItem } from '../components/home/BriefingListItem';
import { LocaleContext, type Locale } from '../i18n/context';
import { browseStrings } from '../i18n/browse';
import { readFollows, type Followed } from './store';

/** How many briefings of each followed situation home shows. */
const PER_FOLLOW = 3;

/**
 * "Following", at the top of home: each followed situation with its newest briefings saved on this
 * phone, so it reads offline. A class, like the app's other lazy parts: no hooks in the bundle.
 */
export class Following extends Component<object, { follows: Followed[]; saved: Briefing[] }> {
  declare context: Locale;
  declare private update: () => void;
  constructor() {
    super();
    this.state = { follows: readFollows(), saved: [] };
    this.update = () => {
      this.setState({ follows: readFollows() });
      void savedBriefings().then((saved) => this.setState({ saved }));
    };
  }

  componentDidMount() {
    addEventListener('follows', this.update);
    // A sync, or the briefings of a new follow, saved: the copies to show have changed.
    navigator.serviceWorker?.addEventListener('message', this.update);
    this.update();
  }

  componentWillUnmount() {
    removeEventListener('follows', this.update);
    navigator.serviceWorker?.removeEventListener('message', this.update);
  }

  render() {
    const { follows, saved } = this.state;
    if (follows.length === 0) return null;
    const w = browseStrings(this.context.lang);
    return (
      <section class="following" aria-labelledby="following-h">
        <h2 class="page-title" id="following-h">
          {w.following}
        </h2>
        {follows.map((f) => (
          <div key={followPath(f)}>
            <h3>
              <a href={followPath(f)}>{f.name}</a>
            </h3>
            <ul class="cards">
              {saved
                .filter((b) => followMatches(f, b))
                .slice(0, PER_FOLLOW)
                .map((b) => (
                  <BriefingListItem key={b.id} card={toCard(b)} />
                ))}
            </ul>
          </div>
        ))}
      </section>
    );
  }
}
Following.contextType = LocaleContext;
