import type { ComponentProps, FunctionComponent } from 'preact';
import type { OutlookHistory } from '../components/briefing/OutlookHistory';

type Props = ComponentProps<typeof OutlookHistory>;
let loaded: FunctionComponent<Props> | undefined;

/**
 * The outlook's history is drawn only for a briefing whose outlook has moved, which most never have:
 * its code and its reader's words are fetched the first time one is shown, and kept by the service worker.
 * Rejects offline before it was ever fetched: the app then leaves the server's page as it is.
 */
export async function loadOutlookHistory(): Promise<void> {
  if (loaded) return;
  const chunk = await import('./outlook-history-chunk');
  await chunk.wordsReady;
  loaded = chunk.OutlookHistory;
}

/** OutlookHistory once loaded (the app loads it before showing a briefing with a history), else nothing. */
export function LazyOutlookHistory(props: Props) {
  const Loaded = loaded;
  return Loaded ? <Loaded {...props} /> : null;
}
