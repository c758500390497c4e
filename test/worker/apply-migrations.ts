import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { ensureLocalEditor } from '../../worker/store/editors';
import { TEST_TOKEN } from '../harness/token';

// Each test file starts from the real schema, applied by the same migrations wrangler applies, and
// the local admin `npm start` seeds, whose personal token is the tests' token.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await ensureLocalEditor(env.DB, TEST_TOKEN);
