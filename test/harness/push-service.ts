// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- http_ece has no types; the bench compiles this file too
/// <reference path="./http-ece.d.ts" />
import { createECDH, randomBytes, type ECDH } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import { decrypt } from 'http_ece';
import { importJWK, jwtVerify } from 'jose';
import { certificate } from './loopback-certificate';

// A push service of our own on loopback, since no real one is reachable from here. It checks each
// message as a real one does: the VAPID JWT (RFC 8292) against the server's public key, and the body
// decrypted by an independent RFC 8291 implementation (http_ece); then it answers as a test asks.

/** What the service saw of one message. */
export interface Received {
  name: string;
  status: number;
  headers: Record<string, string | undefined>;
  bytes: number;
  /** The decrypted plaintext, parsed; or why the message was refused. */
  payload?: Record<string, unknown>;
  error?: string;
}

interface Phone {
  ecdh: ECDH;
  auth: Buffer;
  answers: number[];
}

export class PushService {
  readonly received: Received[] = [];
  /** Each distinct VAPID JWT seen, verified once: the worker signs once per push service and reuses it. */
  readonly signatures = new Set<string>();
  /** Give this to the worker as NODE_EXTRA_CA_CERTS, so that it trusts the service. */
  readonly certPath: string;
  private readonly phones = new Map<string, Phone>();
  private readonly server: Server;
  private vapidKey = '';
  port = 0;

  constructor() {
    const { key, cert, certPath } = certificate();
    this.certPath = certPath;
    this.server = createServer({ key, cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void this.check(req.url ?? '', req.headers as Record<string, string>, Buffer.concat(chunks)).then((r) => {
          this.received.push(r);
          res.writeHead(r.status).end();
        });
      });
    });
  }

  async start(vapidPublicKey: string): Promise<this> {
    this.vapidKey = vapidPublicKey;
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }

  /** A new phone's subscription at this service; it answers `answers` in turn, then 201. */
  subscribe(name: string, answers: number[] = []) {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const auth = randomBytes(16);
    this.phones.set(name, { ecdh, auth, answers: [...answers] });
    return {
      endpoint: `https://127.0.0.1:${this.port}/push/${name}`,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    };
  }

  /** What reached the phone `name` (messages answered 201). */
  delivered(name: string): Record<string, unknown>[] {
    return this.received.filter((r) => r.name === name && r.status === 201).map((r) => r.payload!);
  }

  /** Every request for `name`, whatever it was answered. */
  requests(name: string): Received[] {
    return this.received.filter((r) => r.name === name);
  }

  /** Waits until `done` holds, for at most `ms`; false when it never did. */
  async until(done: () => boolean, ms = 20_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (done()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return done();
  }

  private async verify(jwt: string): Promise<void> {
    const raw = Buffer.from(this.vapidKey, 'base64url');
    const key = await importJWK(
      {
        kty: 'EC',
        crv: 'P-256',
        x: raw.subarray(1, 33).toString('base64url'),
        y: raw.subarray(33).toString('base64url'),
      },
      'ES256',
    );
    const { payload } = await jwtVerify(jwt, key, { audience: `https://127.0.0.1:${this.port}` });
    if (!payload.exp || payload.exp - Date.now() / 1000 > 86_400) throw new Error('exp is not within 24 hours');
    if (!/^(mailto|https):/.test(String(payload.sub))) throw new Error('sub is no contact');
  }

  private async check(url: string, headers: Record<string, string>, body: Buffer): Promise<Received> {
    const name = url.replace(/^\/push\//, '');
    const phone = this.phones.get(name);
    const seen = { name, bytes: body.length, headers: pick(headers) };
    if (!phone) return { ...seen, status: 404, error: 'no such subscription' };
    try {
      const m = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(headers.authorization ?? '');
      if (!m) throw new Error(`no VAPID authorization: ${headers.authorization}`);
      if (m[2] !== this.vapidKey) throw new Error('k is not the key of /api/push/key');
      if (!this.signatures.has(m[1])) {
        await this.verify(m[1]);
        this.signatures.add(m[1]);
      }
      if (headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
      const plain = decrypt(body, { version: 'aes128gcm', privateKey: phone.ecdh, authSecret: phone.auth });
      return { ...seen, status: phone.answers.shift() ?? 201, payload: JSON.parse(plain.toString('utf8')) };
    } catch (e) {
      return { ...seen, status: 400, error: String(e) };
    }
  }
}

const pick = (h: Record<string, string>) => ({
  ttl: h.ttl,
  urgency: h.urgency,
  topic: h.topic,
  'content-encoding': h['content-encoding'],
});
