declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
    /** The private JWK the tests sign Access JWTs with (vitest.config.ts serves its public half). */
    TEST_ACCESS_KEY: string;
  }
}
