import { exportJWK, generateKeyPair } from 'jose';

// A stand-in for Cloudflare Access in tests: a team domain, an application's AUD tag, and a signing
// key whose public half is served as Access serves its certs.

export const ACCESS_TEAM_DOMAIN = 'newsroom-test.cloudflareaccess.com';
export const ACCESS_AUD = 'aud-of-the-briefing-editors-application';
export const ACCESS_KID = 'access-test-key';

/** A fresh RS256 key pair: the private JWK to sign with and the JWKS that publishes the public one. */
export async function accessKeys() {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: ACCESS_KID, alg: 'RS256', use: 'sig' };
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid: ACCESS_KID, alg: 'RS256' },
    jwks: { keys: [publicJwk] },
  };
}
