// Encrypts `n` alert messages a request, as the alerts consumer does for each subscription, for
// bench/alerts.ts, which reads the workerd process's CPU time around it.
import { encryptNotification } from '@block65/webcrypto-web-push';
import type { AlertPayload } from '../../model/subscription';
import { encodePayload } from '../../worker/alerts/push';

const b64 = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const payload: AlertPayload = {
  v: 1,
  kind: 'outlook',
  briefing: 'niger-bazoum-coalition',
  url: '/briefings/niger-bazoum-coalition',
  revision: 3,
  title: 'Niger’s junta faces a coalition demanding Bazoum’s release',
  body: '“A strong, unified response isolates the junta” is now Likely (55–80%)',
};

export default {
  async fetch(request: Request): Promise<Response> {
    const n = Number(new URL(request.url).searchParams.get('n') ?? 100);
    const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
      'deriveBits',
    ])) as CryptoKeyPair;
    const keys = {
      p256dh: b64((await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer),
      auth: b64(crypto.getRandomValues(new Uint8Array(16))),
    };
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const body = await encryptNotification(
        { endpoint: 'https://fcm.googleapis.com/fcm/send/x', expirationTime: null, keys },
        encodePayload({ ...payload, revision: i }),
      );
      bytes = body.byteLength;
    }
    return Response.json({ n, bytes });
  },
};
