import { render } from 'preact';
import { askStrings } from '../i18n/ask';
import { fill, type Locale } from '../i18n/context';
import { formatBytes } from '../i18n/relative';
import type { AskMessage, WarmMessage } from '../sw-protocol';

let host: HTMLElement | undefined;

/**
 * "Save 12 briefings to read offline? About 70 KB. [Save] [Not now]": a card over the page's foot
 * (fixed, so nothing on the page moves). Yes sends the worker the list it asked about.
 */
export function askToSave(ask: AskMessage, { lang }: Locale, onDecline: () => void): void {
  const t = askStrings(lang);
  host ??= document.body.appendChild(document.createElement('div'));
  const n = ask.paths.length;
  const close = () => render(null, host!);
  const save = () => {
    const message: WarmMessage = { type: 'WARM' };
    navigator.serviceWorker.controller?.postMessage(message);
    close();
  };
  render(
    <div class="toast" aria-live="polite">
      <span>{fill(n === 1 ? t.warmAskOne : t.warmAsk, { n, size: formatBytes(ask.bytes, lang) })}</span>
      <span>
        <button type="button" class="btn" onClick={save}>
          {t.warmYes}
        </button>{' '}
        <button type="button" class="btn" onClick={() => (onDecline(), close())}>
          {t.warmNo}
        </button>
      </span>
    </div>,
    host,
  );
}
