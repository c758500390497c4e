import type { Locale } from '../i18n/context';
import { ASK_FIRST, type AskMessage } from '../sw-protocol';

// Save-Data, or a 2G connection (effectiveType "2g" or "slow-2g").
const connection = () => (navigator as { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
const careful = () => connection()?.saveData === true || /2g/.test(connection()?.effectiveType ?? '');
let declined = false;

/**
 * Headers for the feed sync: on a Save-Data or 2G connection the service worker must ask before saving
 * every briefing for offline use (web/sw-protocol.ts). Still sent after a "not now", so nothing is
 * downloaded behind the reader's back; they are just not asked again until the next visit.
 */
export const askFirstHeaders = (): Record<string, string> => (careful() ? { [ASK_FIRST]: '1' } : {});

/** Shows the worker's question, with what it would cost; its code is fetched only when asked. */
export function watchAskFirst(locale: Locale): void {
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<AskMessage>) => {
    if (event.data?.type !== 'warm-ask' || declined) return;
    void import('./ask-prompt').then((m) => m.askToSave(event.data, locale, () => (declined = true)));
  });
}
