// What `npm run check` warns of before a deploy: settings still as the repository ships them.

const MIN_TOKEN_LENGTH = 32; // worker/http/auth.ts refuses editors below it

/** Warnings for wrangler.toml's text and, when there is one, the local .dev.vars. */
export function configWarnings(wranglerToml: string, devVars?: string): string[] {
  const warnings: string[] = [];
  if (/^database_id\s*=\s*"0{8}-0{4}-0{4}-0{4}-0{12}"/m.test(wranglerToml))
    warnings.push(
      'wrangler.toml: database_id is still the placeholder; put there the id `npx wrangler d1 create briefing` prints (docs/deploy.md).',
    );
  if (/pattern\s*=\s*"briefing\.example\.org"/.test(wranglerToml))
    warnings.push(
      "wrangler.toml: the route is still briefing.example.org; name your newsroom's own domain, where the Cache API works (docs/deploy.md).",
    );
  const token = devVars && /^PUBLISH_TOKEN=(\S*)/m.exec(devVars)?.[1];
  if (token !== undefined && token !== null && token.length < MIN_TOKEN_LENGTH)
    warnings.push(
      `.dev.vars: PUBLISH_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters, so the worker refuses every editor (503). Use a long random one, as the deployed secret must be.`,
    );
  return warnings;
}
