import { encryptNotification, vapidHeaders } from '@block65/webcrypto-web-push';
import type { AlertPayload } from '../../model/subscription';

// One push message (RFC 8030): encrypted for its subscription (RFC 8291, aes128gcm) and signed for
// its push service (RFC 8292). The library's JWT lives 12 hours and names only the service's origin,
// so one signature per origin serves every message to it until shortly before it expires.

export interface Vapid {
  subject: string;
  publicKey: string;
  privateKey: string;
}

export interface Target {
  endpoint: string;
  p256dh: string;
  auth: string;
}

const JWT_REUSE_MS = 11 * 3600_000;
// The promise is kept, not its value: messages sent at once to one service share one signing.
const signatures = new Map<string, { header: Promise<string>; until: number }>();

function authorization(origin: string, vapid: Vapid, now: number): Promise<string> {
  const key = `${vapid.publicKey} ${origin}`;
  const cached = signatures.get(key);
  if (cached && cached.until > now) return cached.header;
  const sub = { endpoint: `${origin}/`, expirationTime: null, keys: { p256dh: '', auth: '' } };
  const header = vapidHeaders(sub, vapid).then((h) => h.headers.authorization);
  header.catch(() => signatures.delete(key));
  signatures.set(key, { header, until: now + JWT_REUSE_MS });
  return header;
}

const encoder = new TextEncoder();

/** The push message's plaintext: JSON, at most MAX_ALERT_BYTES. */
export const encodePayload = (p: AlertPayload) => encoder.encode(JSON.stringify(p));

/** What push() answers when the message could not even be encrypted for the subscription's keys. */
export const UNSENDABLE = -1;

/**
 * Sends one message; the push service's status, 0 when it could not be reached, UNSENDABLE when the
 * subscription's keys cannot be encrypted for. It never throws: one subscriber's keys or push service
 * can fail only their own message, never the others' sent beside it.
 */
export async function push(
  to: Target,
  plaintext: Uint8Array,
  vapid: Vapid,
  headers: { ttl: number; urgency: 'low' | 'normal' | 'high'; topic: string },
): Promise<number> {
  let body: Awaited<ReturnType<typeof encryptNotification>>;
  try {
    body = await encryptNotification(
      { endpoint: to.endpoint, expirationTime: null, keys: { p256dh: to.p256dh, auth: to.auth } },
      plaintext,
    );
  } catch (e) {
    console.warn('alerts: cannot encrypt for a subscription', new URL(to.endpoint).origin, e);
    return UNSENDABLE;
  }
  try {
    const res = await fetch(to.endpoint, {
      method: 'POST',
      headers: {
        Authorization: await authorization(new URL(to.endpoint).origin, vapid, Date.now()),
        TTL: String(headers.ttl),
        Urgency: headers.urgency,
        Topic: headers.topic,
        'Content-Encoding': 'aes128gcm',
        'Content-Type': 'application/octet-stream',
      },
      body,
    });
    await res.body?.cancel();
    return res.status;
  } catch {
    return 0;
  }
}
