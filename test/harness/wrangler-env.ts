import { readFileSync } from 'node:fs';

// Defined once, as package.json's `quiet` script (`env NAME=value …`), which the npm scripts run
// wrangler, the tests and the bench under.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: { quiet: string };
};
const fromScript = Object.fromEntries(
  pkg.scripts.quiet
    .split(/\s+/)
    .filter((word) => word.includes('='))
    .map((word) => word.split('=', 2)),
) as Record<string, string>;

/**
 * Wrangler without telemetry, network lookups, banner or prompts (CI=true also applies local
 * migrations unasked): the environment of every wrangler the tests and the bench start.
 */
export const QUIET_WRANGLER: Record<string, string> = { ...fromScript, CI: 'true' };

/** This process's environment with wrangler made quiet. */
export const quietEnv = (): NodeJS.ProcessEnv => ({ ...process.env, ...QUIET_WRANGLER });
