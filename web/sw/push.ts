import { ALERTS_CACHE, ALERTS_SETTINGS, type AlertPayload, type SavedAlerts } from '../alerts-protocol';
import type { Briefing } from '../../model/types';
import { copyKey } from '../saved-feed';
import { CACHES } from '../sw-protocol';
import { heldIndex, saveBriefing } from './saved';

declare const self: ServiceWorkerGlobalScope;

/**
 * Alerts: the briefing is saved for offline reading first, so that the tap that opens it later needs
 * no signal, then the notification is shown (tagged by briefing: a newer alert replaces an older one).
 */
export function listenForAlerts(): void {
  self.addEventListener('push', (event) => {
    const alert = event.data?.json() as AlertPayload | undefined;
    if (alert?.v !== 1) return;
    event.waitUntil(
      saveForOffline(alert.briefing).then(() =>
        self.registration.showNotification(alert.title, { body: alert.body, tag: alert.briefing, data: alert.url }),
      ),
    );
  });
  self.addEventListener('notificationclick', (event) => {
    event.notification.close();
    event.waitUntil(self.clients.openWindow(event.notification.data as string));
  });
  // The push service replaced the subscription: subscribe again with the reader's saved settings.
  self.addEventListener('pushsubscriptionchange', (event) => event.waitUntil(renew()));
}

/** The alerted briefing's one copy, saved as a sync saves it: later syncs keep it up to date. */
async function saveForOffline(id: string): Promise<void> {
  const res = await fetch(copyKey(id)).catch(() => undefined);
  if (!res?.ok) return;
  const briefing = (await res.json()) as Briefing;
  const keep = new Set((await heldIndex())?.page);
  await saveBriefing(await caches.open(CACHES.saved), briefing, new Date().toISOString(), keep);
}

async function renew(): Promise<void> {
  const saved = await (await caches.open(ALERTS_CACHE)).match(ALERTS_SETTINGS);
  if (!saved) return;
  const { key, ...settings } = (await saved.json()) as SavedAlerts;
  const subscription = await self.registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: key,
  });
  await fetch('/api/subscriptions', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...settings, subscription }),
  });
}
