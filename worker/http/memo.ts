// The responses this isolate last rendered or read back from the Workers Cache, by cache key: reading a
// feed page back from the Cache API costs far more than serving a static file. Safe as the Cache API copy
// is: every key names the build, the feed revision, the day and the variant, so a write makes new keys.
// Bounded by what it really holds (key, headers and body) and by entry count, so no stream of distinct
// requests can grow an isolate's memory beyond it.

const MAX_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 256;
type Entry = { body: ArrayBuffer; headers: [string, string][]; size: number; gzip?: Promise<ArrayBuffer> };
const held = new Map<string, Entry>();
let bytes = 0;

// From a copy: a body read as a stream may take its buffer with it, and the memo's must stay whole.
const gzipped = (body: ArrayBuffer) =>
  new Response(new Response(body.slice(0)).body!.pipeThrough(new CompressionStream('gzip'))).arrayBuffer();

/**
 * The response kept under `key`, as a new Response; undefined when none is. With `gzip`, its body
 * gzipped once and kept beside it, sent as it is: compressing a feed page for each request would cost
 * more than everything else the request does.
 */
export async function recall(key: string, gzip = false): Promise<Response | undefined> {
  const hit = held.get(key);
  if (!hit) return undefined;
  // Most recently used last: the first entries are the first to go.
  held.delete(key);
  held.set(key, hit);
  if (!gzip) return new Response(hit.body, { status: 200, headers: hit.headers });
  hit.gzip ??= gzipped(hit.body).then((zipped) => {
    // Counted only while the entry is still held: one dropped meanwhile has already been taken off.
    if (held.get(key) === hit) {
      hit.size += zipped.byteLength;
      bytes += zipped.byteLength;
      trim();
    }
    return zipped;
  });
  return new Response(await hit.gzip, {
    status: 200,
    headers: [...hit.headers, ['Content-Encoding', 'gzip']],
    encodeBody: 'manual',
  });
}

/** Keeps a 200's body and headers under `key`, dropping the least recently used beyond the bounds. */
export function remember(key: string, body: ArrayBuffer, headers: Headers): void {
  const list: [string, string][] = [];
  let size = key.length * 2 + body.byteLength;
  headers.forEach((value, name) => {
    list.push([name, value]);
    size += (name.length + value.length) * 2;
  });
  if (held.has(key) || size > MAX_BYTES / 4) return;
  held.set(key, { body, headers: list, size });
  bytes += size;
  trim();
}

/** Drops the least recently used entries beyond the bounds. */
function trim(): void {
  for (const [k, v] of held) {
    if (bytes <= MAX_BYTES && held.size <= MAX_ENTRIES) break;
    held.delete(k);
    bytes -= v.size;
  }
}

/** What the memo holds now: the bench and the tests watch it stay bounded. */
export const memoSize = () => ({ entries: held.size, bytes, maxEntries: MAX_ENTRIES, maxBytes: MAX_BYTES });
