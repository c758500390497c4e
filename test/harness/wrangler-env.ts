/**
 * Wrangler without telemetry, network lookups, banner or prompts (CI=true also applies local
 * migrations unasked): the environment of every wrangler the tests, the bench and `npm start` run.
 */
export const QUIET_WRANGLER = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CI: 'true',
} as const;

/** This process's environment with wrangler made quiet. */
export const quietEnv = (): NodeJS.ProcessEnv => ({ ...process.env, ...QUIET_WRANGLER });
