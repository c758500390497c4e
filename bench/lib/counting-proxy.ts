import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readResponse } from './http';

/** One response as it crossed the network: what a phone would have paid for. */
export interface Transfer {
  path: string;
  /** The query string, `?` included (empty when none). */
  query: string;
  status: number;
  type: string;
  headerBytes: number;
  /** The decoded body; empty for a 304. */
  body: Buffer;
}

/**
 * A loopback proxy in front of wrangler dev that records every response it passes on. Counting at
 * the server side sees exactly what went over the network, service worker fetches included, and
 * nothing the browser answered from its own cache.
 */
export async function countingProxy(
  target: string,
): Promise<{ url: string; transfers: Transfer[]; close: () => Promise<void> }> {
  const transfers: Transfer[] = [];
  const server: Server = createServer((req, res) => {
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
      readResponse(up).then(
        ({ body, headerBytes }) => {
          const { pathname: path, search: query } = new URL(req.url ?? '/', target);
          transfers.push({
            path,
            query,
            status: up.statusCode ?? 0,
            type: String(up.headers['content-type'] ?? ''),
            headerBytes,
            body,
          });
        },
        () => undefined,
      );
      res.writeHead(up.statusCode ?? 502, up.rawHeaders);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    transfers,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
