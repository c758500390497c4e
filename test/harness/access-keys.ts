import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import { ACCESS_AUD } from './access';
import { certificate } from './loopback-certificate';

// Cloudflare Access's signing keys, served on loopback https as Access serves them
// (https://<team>/cdn-cgi/access/certs), with tokens signed as Access signs them: for tests of
// `wrangler dev` itself, where no real team domain is reachable.

export class AccessKeys {
  /** How many times the worker asked for the keys. */
  fetches = 0;
  /** Give this to wrangler dev as NODE_EXTRA_CA_CERTS, so that it trusts the keys' server. */
  readonly certPath: string;
  private readonly published: JWK[] = [];
  private readonly signing = new Map<string, CryptoKey>();
  private readonly server: Server;

  constructor() {
    const { key, cert, certPath } = certificate();
    this.certPath = certPath;
    this.server = createServer({ key, cert }, (req, res) => {
      if (req.url !== '/cdn-cgi/access/certs') return res.writeHead(404).end();
      this.fetches++;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys: this.published }));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** The team domain the worker is given (ACCESS_TEAM_DOMAIN): the tokens' issuer and the keys' host. */
  get team(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A new key pair, its public half published from now on under `kid`. */
  async publish(kid: string): Promise<void> {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    this.published.push({ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' });
    this.signing.set(kid, privateKey);
  }

  /** An Access token for `email`, signed with the key `kid` (published or not: a forger's). */
  async token(email: string, kid: string, claims: JWTPayload = {}): Promise<string> {
    let key = this.signing.get(kid);
    if (!key) key = (await generateKeyPair('RS256')).privateKey;
    return new SignJWT({ email, iss: `https://${this.team}`, aud: ACCESS_AUD, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
