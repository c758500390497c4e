import { request, type IncomingMessage } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

/** gzip at level 9, the level the bare page's floor is measured at; the same everywhere in the bench. */
export const gz = (body: Uint8Array | string) => gzipSync(body, { level: 9 }).length;
export const br = (body: Uint8Array | string) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export interface Wire {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Status line and headers as HTTP/1.1 sends them, blank line included. */
  headerBytes: number;
  /** The body as it crossed the wire (compressed when the server compressed it). */
  wireBodyBytes: number;
  /** The body decoded: what gz()/br() measure. */
  body: Buffer;
}

/**
 * Reads a response whole: its body as it crossed the wire and decoded, and its status line and
 * headers' size on the wire. Node's http client gives the header lines as received (rawHeaders), so
 * that size is rebuilt exactly.
 */
export function readResponse(res: IncomingMessage): Promise<{ raw: Buffer; body: Buffer; headerBytes: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => {
      const raw = Buffer.concat(chunks);
      const enc = res.headers['content-encoding'];
      const body =
        raw.length === 0 ? raw : enc === 'gzip' ? gunzipSync(raw) : enc === 'br' ? brotliDecompressSync(raw) : raw;
      let headerBytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
      for (let i = 0; i < res.rawHeaders.length; i += 2)
        headerBytes += Buffer.byteLength(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`);
      resolve({ raw, body, headerBytes });
    });
    res.on('error', reject);
  });
}

/** A GET like a phone's: asks for gzip/br and counts what comes back. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Wire> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'Accept-Encoding': 'gzip, br', ...headers } }, (res) => {
      readResponse(res).then(
        ({ raw, body, headerBytes }) =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, headerBytes, wireBodyBytes: raw.length, body }),
        reject,
      );
    });
    req.on('error', reject);
    req.end();
  });
}
