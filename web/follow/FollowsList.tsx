import { Component } from 'preact';
import { followPath } from '../../model/follow';
import { fill, LocaleContext, type Locale } from '../i18n/context';
import { browseStrings } from '../i18n/browse';
import { readFollows, setFollowed, type Followed } from './store';

/** In the settings: what the reader follows, each with a button to stop following it. */
// No class fields, as in ReadingSettings: building for older browsers would add a helper chunk.
export class FollowsList extends Component<object, { follows: Followed[] }> {
  declare context: Locale;
  declare private update: () => void;
  constructor() {
    super();
    this.state = { follows: readFollows() };
    this.update = () => this.setState({ follows: readFollows() });
  }

  componentDidMount() {
    addEventListener('follows', this.update);
  }

  componentWillUnmount() {
    removeEventListener('follows', this.update);
  }

  render() {
    const w = browseStrings(this.context.lang);
    const { follows } = this.state;
    return (
      <div class="follows">
        <p>
          <strong>{w.following}</strong>
        </p>
        {follows.length === 0 ? (
          <p>{w.followingNone}</p>
        ) : (
          <ul>
            {follows.map((f) => (
              <li key={followPath(f)}>
                <a href={followPath(f)}>{f.name}</a>{' '}
                <button type="button" class="btn" onClick={() => setFollowed(f, false)}>
                  {fill(w.unfollow, { name: f.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
}
FollowsList.contextType = LocaleContext;
