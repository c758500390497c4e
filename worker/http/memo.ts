// The responses this isolate last rendered or read back from the Workers Cache, by cache key: reading a
// feed page back from the Cache API costs far more than serving a static file. Safe as the Cache API copy
// is: every key names the build, the feed revision, the day and the variant, so a write makes new keys.

const MAX_BYTES = 4 * 1024 * 1024;
const held = new Map<string, { body: ArrayBuffer; headers: [string, string][] }>();
let bytes = 0;

/** The response kept under `key`, as a new Response; undefined when none is. */
export function recall(key: string): Response | undefined {
  const hit = held.get(key);
  if (!hit) return undefined;
  // Most recently used last: the first entries are the first to go.
  held.delete(key);
  held.set(key, hit);
  return new Response(hit.body, { status: 200, headers: hit.headers });
}

/** Keeps a 200's body and headers under `key`, dropping the least recently used beyond 4 MB. */
export function remember(key: string, body: ArrayBuffer, headers: Headers): void {
  if (held.has(key) || body.byteLength > MAX_BYTES / 4) return;
  const list: [string, string][] = [];
  headers.forEach((value, name) => list.push([name, value]));
  held.set(key, { body, headers: list });
  bytes += body.byteLength;
  for (const [k, v] of held) {
    if (bytes <= MAX_BYTES) break;
    held.delete(k);
    bytes -= v.body.byteLength;
  }
}
