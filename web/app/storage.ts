import type { AppState } from './state';

/** How much this site keeps on the phone, and whether the browser promised to keep it. */
export async function readStorage(state: AppState): Promise<void> {
  const storage = navigator.storage;
  if (!storage?.estimate) return;
  const [{ usage = 0 }, persisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? false]);
  state.storage.value = { usage, persisted };
}

/**
 * Asks the browser not to clear saved briefings when space runs low. Asked only at a moment the
 * reader shows they want them kept: installing the app, or the button in the settings.
 */
export async function keepSaved(state: AppState): Promise<void> {
  await navigator.storage?.persist?.().catch(() => false);
  await readStorage(state);
}
