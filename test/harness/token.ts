/** The personal token of the local admin every test server seeds (scripts/seed.ts, test/worker/apply-migrations.ts). */
export const TEST_TOKEN = 'test-publish-token-that-is-long-enough';
