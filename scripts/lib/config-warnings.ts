// What `npm run check` warns of before a deploy: settings still as the repository ships them.

/** Each setting wrangler.toml ships as a placeholder, and what to put there instead (docs/deploy.md). */
const PLACEHOLDERS: { shipped: RegExp; warning: string }[] = [
  {
    shipped: /^database_id\s*=\s*"0{8}-0{4}-0{4}-0{4}-0{12}"/m,
    warning:
      'database_id is still the placeholder; put there the id `npx wrangler d1 create briefing` prints (docs/deploy.md).',
  },
  {
    shipped: /pattern\s*=\s*"briefing\.example\.org"/,
    warning:
      "the route is still briefing.example.org; name your newsroom's own domain, where the Cache API works (docs/deploy.md).",
  },
  {
    shipped: /^ACCESS_TEAM_DOMAIN\s*=\s*"your-team\.cloudflareaccess\.com"/m,
    warning:
      'ACCESS_TEAM_DOMAIN is still the placeholder; put there your Cloudflare Access team domain (Zero Trust → Settings), or editors in a browser cannot sign in (docs/deploy.md).',
  },
  {
    shipped: /^ACCESS_AUD\s*=\s*"replace-with-[^"]*"/m,
    warning:
      "ACCESS_AUD is still the placeholder; put there the Access application's Application Audience (AUD) tag (docs/deploy.md).",
  },
  {
    shipped: /^VAPID_SUBJECT\s*=\s*"mailto:alerts@briefing\.example"/m,
    warning:
      'VAPID_SUBJECT is still the example address; push services write to it when alerts misbehave: name a mailbox your newsroom reads (docs/deploy.md).',
  },
];

/** Warnings for wrangler.toml's text and, when there is one, the local .dev.vars. */
export function configWarnings(wranglerToml: string, devVars?: string): string[] {
  const warnings = PLACEHOLDERS.filter((p) => p.shipped.test(wranglerToml)).map((p) => `wrangler.toml: ${p.warning}`);
  if (devVars && /^PUBLISH_TOKEN=/m.test(devVars))
    warnings.push(
      '.dev.vars: PUBLISH_TOKEN is no longer read: editors have personal tokens (EDITOR_TOKEN, which `npm start` writes). Remove the line.',
    );
  return warnings;
}
