import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../model/types';
import { DevServer } from '../harness/dev-server';
import { TEST_TOKEN } from '../harness/token';
import { varnenTalks } from '../fixtures/outlooks';

// `npm run resolve` as an editor runs it, against a real wrangler dev.

let server: DevServer;
const resolve = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/resolve.ts', ...args, '--to', server.url], {
    encoding: 'utf8',
    env: { ...process.env, EDITOR_TOKEN: TEST_TOKEN },
  });

beforeAll(async () => {
  server = await new DevServer().prepare().start();
  const res = await fetch(`${server.url}/api/briefings`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(varnenTalks(new Date().toISOString())),
  });
  expect(res.status).toBe(201);
});
afterAll(() => server?.stop());

describe('npm run resolve', () => {
  it('resolves a scenario with its date and note, shown on the page', async () => {
    const r = resolve('lake-varnen-water-talks', 'mediator', 'annulled', '--note', 'The commission was dissolved.');
    expect([r.status, r.stdout.trim().split('\n').at(-1)]).toEqual([
      0,
      `✓ Resolved mediator of lake-varnen-water-talks as annulled, revision 2: ${server.url}/briefings/lake-varnen-water-talks`,
    ]);
    const b = (await (await fetch(`${server.url}/api/briefings/lake-varnen-water-talks`)).json()) as Briefing;
    expect(b.whatComesNext!.scenarios[2].resolution).toMatchObject({
      outcome: 'annulled',
      note: 'The commission was dissolved.',
    });
    const page = await (await fetch(`${server.url}/briefings/lake-varnen-water-talks`)).text();
    expect(page).toContain('Note: The commission was dissolved.');
  });

  it('passes on the server’s refusals with their paths: a future date (422), a resolved scenario (409)', () => {
    const future = resolve('lake-varnen-water-talks', 'accord', 'occurred', '--at', '2999-01-01');
    expect([future.status, future.stderr]).toEqual([
      1,
      'whatComesNext.scenarios[0].resolution.resolvedAt: must not be in the future\n✗ 422: The briefing has 1 problem.\n',
    ]);
    const again = resolve('lake-varnen-water-talks', 'mediator', 'occurred');
    expect([again.status, again.stderr]).toContain(
      'whatComesNext.scenarios[2].resolution: cannot change: the scenario "mediator" is resolved\n✗ 409: A resolved scenario’s likelihood and resolution no longer change.\n',
    );
  });

  it('says what it expected of a bad outcome or scenario, and sends nothing', () => {
    expect(resolve('lake-varnen-water-talks', 'accord', 'happened').stderr).toBe(
      '✗ OUTCOME must be one of: occurred, did_not_occur, ambiguous, annulled; nothing was sent.\n',
    );
    expect(resolve('lake-varnen-water-talks', 'nope', 'occurred').stderr).toContain('has no scenario "nope"');
  });
});
