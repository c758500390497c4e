import { ALERTS_CACHE, ALERTS_SETTINGS, type AlertPayload, type SavedAlerts } from '../alerts-protocol';
import { savePages } from './warm';

declare const self: ServiceWorkerGlobalScope;

/**
 * Alerts: the briefing is saved for offline reading first, so that the tap that opens it later needs
 * no signal, then the notification is shown (tagged by briefing: a newer alert replaces an older one).
 */
export function listenForAlerts(build: string): void {
  self.addEventListener('push', (event) => {
    const alert = event.data?.json() as AlertPayload | undefined;
    if (alert?.v !== 1) return;
    event.waitUntil(
      savePages([alert.url], build).then(() =>
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
