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
    const { key: _, ...body } = settings;
    const res = await send('PUT', { ...body, subscription: subscription.toJSON() });
    if (!res.ok) return 'failed';
    await keepAlerts(settings);
    return 'on';
  } catch {
    return 'failed';
  }
}

/** Alerts for `follows` alone, in place of what they were for; none left turns them off. */
export async function replaceFollows(follows: Follows): Promise<void> {
  const saved = await savedAlerts();
  const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
  if (!KINDS.some((k) => follows[k].length) || !saved || !subscription) return turnOff();
  const settings: SavedAlerts = { ...saved, follows };
  const { key: _, ...body } = settings;
  if ((await send('PUT', { ...body, subscription: subscription.toJSON() })).ok) await keepAlerts(settings);
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
