import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../model/types';
import { DevServer } from '../harness/dev-server';
import { TEST_TOKEN } from '../harness/token';

// The editor's commands against a real `wrangler dev`, seeded with the sample briefing.
const server = new DevServer();
const dir = mkdtempSync(join(tmpdir(), 'briefing-publish-live-'));
const SAMPLE = 'content/briefings/niger-bazoum-coalition.json';
const ID = 'niger-bazoum-coalition';

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    // No --to: the commands find the server on PORT, as `npm start` serves it.
    env: { ...process.env, EDITOR_TOKEN: TEST_TOKEN, PORT: String(server.port), BRIEFING_URL: '', ...env },
  });
/** The live briefing. Once more if the kept-alive socket was closed under us while a command ran. */
async function live(id = ID): Promise<Briefing> {
  const read = async () => (await (await fetch(`${server.url}/api/briefings/${id}`)).json()) as Briefing;
  return read().catch(read);
}

// Migrating, seeding and starting wrangler take a while on a shared machine.
beforeAll(async () => {
  await server.prepare().start();
}, 120_000);
afterAll(() => server.stop());

describe('npm run publish against a running server', () => {
  it('refuses a file without revision for an id that exists, exits non-zero and leaves the live briefing untouched', async () => {
    const before = await live();
    const file = join(dir, 'mine.json');
    const mine = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...mine, headline: 'My own headline over theirs' }, null, 2));
    const r = run('publish', [file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${ID} is already published (revision 1)`);
    // The server named: a shell without this PORT would reach another.
    expect(r.stderr).toContain(`npm run pull -- ${ID} --to http://localhost:${server.port}\``);
    // Never advice to overwrite at an older revision: that silently reverts a colleague's work.
    expect(r.stderr).not.toContain('--revision');
    expect(r.stdout).toContain('Acting as Local editor <editor@briefing.local> (admin, desk newsroom)');
    expect(await live()).toEqual(before);
  });

  it('pulls the live copy into a draft, says an unchanged draft sends nothing, then revises it', async () => {
    const draft = join(dir, 'pulled.md');
    const pulled = run('pull', [ID, '--out', draft]);
    expect([pulled.status, pulled.stdout.trim()]).toEqual([0, `Wrote revision 1 of ${ID} to ${draft}`]);
    expect(readFileSync(draft, 'utf8')).toMatch(/^revision: 1$/m);

    const unchanged = run('publish', [draft]);
    expect([unchanged.status, unchanged.stdout.trim().split('\n').at(-1)]).toEqual([
      0,
      `= ${ID} is unchanged (revision 1); nothing was sent.`,
    ]);
    expect((await live()).revision).toBe(1);

    writeFileSync(draft, readFileSync(draft, 'utf8').replace(/^headline: .*$/m, 'headline: A revised headline'));
    const revised = run('publish', [draft]);
    expect(revised.stdout.trim().split('\n').at(-1)).toBe(
      `✓ Revised ${ID}, revision 2: http://localhost:${server.port}/briefings/${ID}`,
    );
    expect(await live()).toMatchObject({ revision: 2, headline: 'A revised headline' });
    expect(readFileSync(draft, 'utf8')).toMatch(/^revision: 2$/m);
  });

  it('merges a draft of an older revision with what went live since, reverting nothing', async () => {
    const file = join(dir, 'older.json');
    const mine = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...mine, revision: 1, standfirst: 'An edit made on revision 1.' }, null, 2));
    const r = run('publish', [file]);
    expect([r.status, r.stdout.trim().split('\n').at(-1)]).toEqual([
      0,
      `✓ Revised ${ID}, revision 3 (your changes to revision 1, merged with revision 2): http://localhost:${server.port}/briefings/${ID}`,
    ]);
    expect(await live()).toMatchObject({
      revision: 3,
      headline: 'A revised headline',
      standfirst: 'An edit made on revision 1.',
    });
  });

  it('shows what clashes, publishes nothing, and writes the merge beside the file to settle', async () => {
    const file = join(dir, 'clash.json');
    const mine = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...mine, revision: 1, headline: 'My headline of revision 1' }, null, 2));
    const r = run('publish', [file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      '✗ Revision 3 went live since yours (r1), and these changes clash; nothing was published:',
    );
    expect(r.stderr).toContain(
      '  headline\n    live (r3): "A revised headline"\n    yours:     "My headline of revision 1"',
    );
    expect((await live()).revision).toBe(3);
    const copy = join(dir, 'clash.merged.json');
    const merged = JSON.parse(readFileSync(copy, 'utf8'));
    expect(merged).toMatchObject({
      revision: 3,
      headline: 'A revised headline',
      standfirst: 'An edit made on revision 1.',
    });
    // The editor chooses, and publishes the settled copy.
    writeFileSync(copy, JSON.stringify({ ...merged, headline: 'My headline of revision 1' }, null, 2));
    const settled = run('publish', [copy]);
    expect(settled.status).toBe(0);
    expect(await live()).toMatchObject({
      revision: 4,
      headline: 'My headline of revision 1',
      standfirst: 'An edit made on revision 1.',
    });
  });

  it('creates a new id from a file without revision', async () => {
    const file = join(dir, 'new.json');
    const mine = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...mine, id: 'a-new-one' }, null, 2));
    const r = run('publish', [file]);
    expect([r.status, r.stdout.trim().split('\n').at(-1)]).toEqual([
      0,
      `✓ Published a-new-one, revision 1: http://localhost:${server.port}/briefings/a-new-one`,
    ]);
  });

  it('manages editors: add, a token shown once that publishes as them, their role enforced, revoke', () => {
    const added = run('editors', [
      'add',
      'awa@newsroom.example',
      '--name',
      'Awa Writer',
      '--desk',
      'newsroom',
      '--role',
      'writer',
    ]);
    expect([added.status, added.stdout]).toEqual([
      0,
      expect.stringContaining('✓ Added Awa Writer <awa@newsroom.example> · writer · desk newsroom'),
    ]);
    expect(added.stdout).toContain('Acting as Local editor <editor@briefing.local> (admin, desk newsroom)');
    const made = run('editors', ['token', 'awa@newsroom.example']);
    const token = /^\s+(brf_\S+)$/m.exec(made.stdout)?.[1];
    expect(token).toBeDefined();
    const file = join(dir, 'by-a-writer.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(SAMPLE, 'utf8')), id: 'by-a-writer' }));
    const refused = run('publish', [file], { EDITOR_TOKEN: token! });
    expect(refused.stdout).toContain('Acting as Awa Writer <awa@newsroom.example> (writer, desk newsroom)');
    expect([refused.status, refused.stderr]).toEqual([1, expect.stringContaining('This needs the editor role')]);
    expect(run('editors', ['list']).stdout).toContain('Awa Writer <awa@newsroom.example> · writer');
    expect(run('editors', ['revoke', 'awa@newsroom.example']).stdout).toContain('✓ Revoked 1 token(s)');
    const gone = run('publish', [file], { EDITOR_TOKEN: token! });
    expect([gone.status, gone.stderr]).toEqual([1, expect.stringContaining('refused your token (401)')]);
  });

  it('resolves and retracts under the same rules, saying who acts', async () => {
    const b = await live();
    const scenario = b.whatComesNext!.scenarios[0].id;
    const resolved = run('resolve', [ID, scenario, 'annulled', '--note', 'Overtaken by events.']);
    expect(resolved.stdout).toContain('Acting as Local editor');
    const retracted = run('retract', [ID, '--reason', 'The main source withdrew its account.']);
    expect([retracted.status, retracted.stdout]).toEqual([0, expect.stringContaining(`✓ Retracted ${ID}`)]);
    expect(retracted.stdout).toContain('Acting as Local editor <editor@briefing.local> (admin, desk newsroom)');
    expect(await live()).toMatchObject({ status: 'retracted', sections: [] });
  });
});
