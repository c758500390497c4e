/** Bytes as unpadded base64url (RFC 4648 §5), as push subscriptions carry their keys. */
export const b64 = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** A phone's push subscription keys (RFC 8291): a fresh P-256 public key and a 16-byte secret. */
export async function subscriptionKeys(): Promise<{ p256dh: string; auth: string }> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  return {
    p256dh: b64((await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer),
    auth: b64(crypto.getRandomValues(new Uint8Array(16))),
  };
}
