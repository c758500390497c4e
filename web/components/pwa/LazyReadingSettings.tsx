import { Component, type ComponentType } from 'preact';

/**
 * The reading settings, whose code is fetched only when the settings first open (not on every first
 * visit). A class, not hooks: the app's first-visit bundle carries no useState or useEffect.
 */
export class LazyReadingSettings extends Component<object, { Settings?: ComponentType }> {
  componentDidMount() {
    void import('./ReadingSettings').then((m) => this.setState({ Settings: m.ReadingSettings }));
  }

  render() {
    const { Settings } = this.state;
    return Settings ? <Settings /> : null;
  }
}
