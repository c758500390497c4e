import { Component, type ComponentType } from 'preact';
import type { PanelProps } from './SettingsPanel';

/**
 * The settings panel, whose code is fetched only when the settings first open (not on every first
 * visit). A class, not hooks: the app's first-visit bundle carries no useState or useEffect. What it
 * shows comes as props, read by the app bar, so the app re-renders it when they change.
 */
export class LazySettingsPanel extends Component<PanelProps, { Panel?: ComponentType<PanelProps> }> {
  componentDidMount() {
    void import('./SettingsPanel').then((m) => this.setState({ Panel: m.SettingsPanel }));
  }

  render() {
    const { Panel } = this.state;
    return Panel ? <Panel {...this.props} /> : null;
  }
}
