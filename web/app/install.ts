import { standalone } from './standalone';
import { keepSaved } from './storage';
import type { AppState, InstallPromptEvent } from './state';

/** iOS has no install prompt: Safari readers get a one-line hint in the settings instead. */
export const needsIosHint = () => /iphone|ipad|ipod/i.test(navigator.userAgent) && !standalone();

/**
 * Android and desktop Chrome offer installing through `beforeinstallprompt`: kept for our own button
 * instead of the browser's banner.
 */
export function watchInstall(state: AppState): void {
  // Chrome offers it once, often before the app has loaded: the page's inline loader keeps it (worker/render/loader.ts).
  const early = (window as { installPrompt?: InstallPromptEvent }).installPrompt;
  if (early) state.installPrompt.value = early;
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    state.installPrompt.value = event as InstallPromptEvent;
  });
  addEventListener('appinstalled', () => {
    state.installPrompt.value = null;
    void keepSaved(state);
  });
  // Opened from the home screen: the reader installed it, so saved briefings are worth keeping.
  if (standalone()) void keepSaved(state);
}

/** Shows the browser's install dialog, once. */
export async function install(state: AppState): Promise<void> {
  const prompt = state.installPrompt.value;
  if (!prompt) return;
  state.installPrompt.value = null;
  await prompt.prompt();
  if ((await prompt.userChoice).outcome === 'accepted') await keepSaved(state);
}
