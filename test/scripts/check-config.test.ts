import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configWarnings } from '../../scripts/lib/config-warnings';

const shipped = readFileSync('wrangler.toml', 'utf8');

describe('npm run check', () => {
  it('warns of each placeholder wrangler.toml ships, and of none once all are the newsroom’s own', () => {
    const warnings = configWarnings(shipped);
    expect(warnings.map((w) => w.split(':')[1].trim().split(' ')[0])).toEqual([
      'database_id',
      'the',
      'ACCESS_TEAM_DOMAIN',
      'ACCESS_AUD',
      'VAPID_SUBJECT',
    ]);
    const own = shipped
      .replace(/database_id = "[^"]+"/, 'database_id = "4b1c0e7a-1111-4222-8333-944445555666"')
      .replace('briefing.example.org', 'briefing.newsroom.ne')
      .replace('your-team.cloudflareaccess.com', 'newsroom-ne.cloudflareaccess.com')
      .replace(/ACCESS_AUD = "[^"]+"/, 'ACCESS_AUD = "4f3c0e7a9b1d2c3e4f5a6b7c8d9e0f1a"')
      .replace('mailto:alerts@briefing.example', 'mailto:alerts@newsroom.ne');
    expect(configWarnings(own)).toEqual([]);
  });

  it('says a PUBLISH_TOKEN left in .dev.vars is no longer read', () => {
    expect(configWarnings('', 'PUBLISH_TOKEN=abc\n')).toEqual([
      '.dev.vars: PUBLISH_TOKEN is no longer read: editors have personal tokens (EDITOR_TOKEN, which `npm start` writes). Remove the line.',
    ]);
    expect(configWarnings('', 'EDITOR_TOKEN=brf_x\n')).toEqual([]);
  });
});
