import type { Locale } from '../i18n/context';
import { ASK_FIRST, type AskMessage } from '../sw-protocol';

const saveData = () => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
let declined = false;

/**
 * Headers for the feed sync: on a Save-Data connection the service worker must ask before saving
 * every briefing for offline use (web/sw-protocol.ts). Still sent after a "not now", so nothing is
 * downloaded behind the reader's back; they are just not asked again until the next visit.
 */
export const askFirstHeaders = (): Record<string, string> => (saveData() ? { [ASK_FIRST]: '1' } : {});

/** Shows the worker's question, with what it would cost; its code is fetched only when asked. */
export function watchAskFirst(locale: Locale): void {
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<AskMessage>) => {
    if (event.data?.type !== 'warm-ask' || declined) return;
    void import('./ask-prompt').then((m) => m.askToSave(event.data, locale, () => (declined = true)));
  });
}
