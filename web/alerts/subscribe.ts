import type { Follows, SavedAlerts } from '../alerts-protocol';
import { alertsBlocked, keepAlerts, KINDS, savedAlerts } from './saved';

// Turning alerts on and off (fetched only when the reader taps for alerts). The permission prompt
// comes from that tap, never on load. No account: the subscription's own secret proves it is ours.

/** `a` and `b` together, each name once. */
function merge(a: Partial<Follows> = {}, b: Partial<Follows> = {}): Follows {
  const out = {} as Follows;
  for (const k of KINDS) out[k] = [...new Set([...(a[k] ?? []), ...(b[k] ?? [])])];
  return out;
}

const send = (method: 'PUT' | 'DELETE', body: unknown) =>
  fetch('/api/subscriptions', { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** Sends `settings` for `subscription`; once the server has them, the phone keeps them too. */
async function sendSettings(settings: SavedAlerts, subscription: PushSubscription): Promise<boolean> {
  const { key: _, ...body } = settings;
  const res = await send('PUT', { ...body, subscription: subscription.toJSON() });
  if (res.ok) await keepAlerts(settings);
  return res.ok;
}

/** Asks for alerts about `follows` as well as what the reader already has; says how it went. */
export async function turnOn(
  follows: Partial<Follows>,
  language: 'en' | 'fr',
): Promise<'on' | 'install-ios' | 'unsupported' | 'denied' | 'failed'> {
  const blocked = alertsBlocked();
  if (blocked) return blocked;
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  try {
    const { publicKey: key } = (await (await fetch('/api/push/key')).json()) as { publicKey: string };
    const push = (await navigator.serviceWorker.ready).pushManager;
    const subscription =
      (await push.getSubscription()) ?? (await push.subscribe({ userVisibleOnly: true, applicationServerKey: key }));
    const saved = await savedAlerts();
    const settings: SavedAlerts = {
      follows: merge(saved?.follows, follows),
      language,
      maxPerDay: saved?.maxPerDay ?? 3,
      quietHours: saved?.quietHours ?? {
        from: '22:00',
        to: '07:00',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      },
      key,
    };
    return (await sendSettings(settings, subscription)) ? 'on' : 'failed';
  } catch {
    return 'failed';
  }
}

/** `settings` (the saved ones, their follows changed) in place of the saved; none left turns alerts off. */
export async function replaceFollows(settings: SavedAlerts): Promise<void> {
  const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
  if (!KINDS.some((k) => settings.follows[k]?.length) || !subscription) return turnOff();
  await sendSettings(settings, subscription);
}

/** Turns alerts off: the server deletes the subscription, and the phone forgets it. */
export async function turnOff(): Promise<void> {
  const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
  if (subscription) {
    const { endpoint, keys } = subscription.toJSON();
    await send('DELETE', { endpoint, auth: keys?.auth });
    await subscription.unsubscribe();
  }
  await keepAlerts(null);
}
