import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configWarnings } from '../../scripts/lib/config-warnings';

const shipped = readFileSync('wrangler.toml', 'utf8');

describe('npm run check', () => {
  it('warns while database_id is the placeholder and the route the example domain', () => {
    const warnings = configWarnings(shipped);
    expect(warnings.map((w) => w.split(':')[1].trim().split(' ')[0])).toEqual(['database_id', 'the']);
    const own = shipped
      .replace(/database_id = "[^"]+"/, 'database_id = "4b1c0e7a-1111-4222-8333-944445555666"')
      .replace('briefing.example.org', 'briefing.newsroom.ne');
    expect(configWarnings(own)).toEqual([]);
  });

  it('warns of a PUBLISH_TOKEN shorter than 32 characters', () => {
    expect(configWarnings('', 'PUBLISH_TOKEN=abc\n')).toEqual([
      '.dev.vars: PUBLISH_TOKEN is shorter than 32 characters, so the worker refuses every editor (503). Use a long random one, as the deployed secret must be.',
    ]);
    expect(configWarnings('', `PUBLISH_TOKEN=${'x'.repeat(32)}\n`)).toEqual([]);
  });
});
