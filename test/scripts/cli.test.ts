import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDraft } from '../../scripts/lib/draft-write';

// The commands as an editor runs them (through tsx, as `npm run` does), up to the network.
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

const ARTICLE = 'test/fixtures/articles/lake-varnen-water-talks.txt';

describe('npm run import', () => {
  it('prints the draft briefing as JSON with --json', () => {
    const r = run('import', [ARTICLE, '--json']);
    expect(r.status).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b).toMatchObject({
      id: 'water-talks-over-lake-varnen-stall-as-drought',
      kind: 'analysis',
      sources: [{ publisher: 'Agence Fictive de Presse', role: 'primary' }],
    });
    expect(b.whatComesNext).toBeUndefined();
  });

  it('writes a draft, says where and what is left, and never overwrites it unasked', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'briefing-import-')), 'drafts', 'lake.md');
    const first = run('import', [ARTICLE, '--out', out]);
    expect(first.stdout).toContain(`Wrote the draft briefing to ${out}`);
    expect(first.stdout).toContain(`${out}:20: authors: must have at least 1 item`);
    expect(readFileSync(out, 'utf8')).toMatch(/^---\n# Imported from lake-varnen-water-talks\.txt/);
    const again = run('import', [ARTICLE, '--out', out]);
    expect([again.status, again.stderr]).toEqual([1, expect.stringContaining('pass --force')]);
  });

  it('reads a French article as French, writes its draft in French, and takes --lang over the text', () => {
    const FR = 'test/fixtures/articles/cedeao-pression-fr.txt';
    const fr = JSON.parse(run('import', [FR, '--json']).stdout);
    expect(fr).toMatchObject({ language: 'fr', kind: 'analysis', sources: [{ publisher: 'RFI', role: 'primary' }] });
    expect(JSON.parse(run('import', [FR, '--json', '--lang', 'fr-NE']).stdout).language).toBe('fr-NE');
    const out = join(mkdtempSync(join(tmpdir(), 'briefing-import-')), 'cedeao.md');
    run('import', [FR, '--out', out]);
    expect(readFileSync(out, 'utf8')).toMatch(/^---\n# Importé de cedeao-pression-fr\.txt/);
    expect(run('import', [FR, '--lang', 'xx-nope-constru']).stderr).toContain('not a language tag');
  });

  it('names the line of an article it cannot read', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'briefing-import-')), 'bad.txt');
    writeFileSync(file, 'A headline\nA standfirst sentence.\nA Heading\nA paragraph.\n');
    const r = run('import', [file]);
    expect([r.status, r.stderr.trim()]).toEqual([
      1,
      `${file}:4: expected a closing "Primary Source: …" (or "Source principale : …") line naming the publisher`,
    ]);
  });
});

describe('npm run publish', () => {
  it('prints each problem with path and line, sends nothing, and exits non-zero', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'briefing-publish-')), 'lake.md');
    run('import', [ARTICLE, '--out', out]);
    // Nothing listens there: had it tried to send, the error would say it could not reach it.
    const r = run('publish', [out, '--to', 'http://127.0.0.1:9'], { EDITOR_TOKEN: 'x' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${out}:20: authors: must have at least 1 item`);
    expect(r.stderr).toContain('nothing was sent');
  });

  it('says so when the server cannot be reached', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'briefing-publish-')), 'b.json');
    writeFileSync(file, readFileSync('content/briefings/niger-bazoum-coalition.json'));
    const r = run('publish', [file, '--to', 'http://127.0.0.1:9'], { EDITOR_TOKEN: 'x' });
    expect([r.status, r.stderr]).toEqual([1, expect.stringContaining('Cannot reach http://127.0.0.1:9')]);
  });

  it('never sends the token over plain http to another machine', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'briefing-publish-')), 'b.json');
    writeFileSync(file, readFileSync('content/briefings/niger-bazoum-coalition.json'));
    const r = run('publish', [file, '--to', 'http://newsroom.example'], { EDITOR_TOKEN: 'x' });
    expect([r.status, r.stderr.trim()]).toEqual([
      1,
      '✗ The token is sent only over https (or plain http to localhost, 127.0.0.1 or ::1), not to http://newsroom.example. Use https://newsroom.example. Nothing was sent.',
    ]);
  });

  it("names each problem's line and column in a JSON file, even one written on a single line", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'briefing-publish-')), 'b.json');
    const b = JSON.parse(readFileSync('content/briefings/niger-bazoum-coalition.json', 'utf8'));
    writeFileSync(file, JSON.stringify({ ...b, kind: 'rumour' }, null, 2));
    const pretty = run('publish', [file, '--to', 'http://127.0.0.1:9'], { EDITOR_TOKEN: 'x' });
    expect(pretty.stderr).toContain(`${file}:4:11: kind: must be one of:`);
    writeFileSync(file, JSON.stringify({ ...b, kind: 'rumour' }));
    const compact = run('publish', [file, '--to', 'http://127.0.0.1:9'], { EDITOR_TOKEN: 'x' });
    expect(compact.stderr).toContain(
      `${file}:1:${JSON.stringify({ ...b, kind: 'rumour' }).indexOf('"rumour"') + 1}: kind:`,
    );
  });
});

describe('the rules every command keeps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-rules-'));
  const briefing = join(dir, 'b.json');
  writeFileSync(briefing, readFileSync('content/briefings/niger-bazoum-coalition.json'));
  // Each command with what it needs to get as far as the network.
  const COMMANDS: [string, string[]][] = [
    ['publish', [briefing]],
    ['pull', ['some-id', '--out', join(dir, 'pulled.md')]],
    ['resolve', ['some-id', 'some-scenario', 'occurred']],
    ['retract', ['some-id', '--reason', 'Wrong.']],
    ['editors', ['list']],
  ];

  // publish: above, word for word; pull sends no token.
  it.each(COMMANDS.filter(([script]) => script !== 'pull' && script !== 'publish'))(
    '%s never sends the token over plain http to another machine',
    (script, args) => {
      const r = run(script, [...args, '--to', 'http://newsroom.example'], { EDITOR_TOKEN: 'x' });
      expect([r.status, r.stderr]).toEqual([1, expect.stringContaining('The token is sent only over https')]);
    },
  );

  it.each(COMMANDS.filter(([script]) => script !== 'pull'))(
    '%s never sends the local token (.dev.vars) to another server',
    (script, args) => {
      const r = run(script, [...args, '--to', 'https://newsroom.invalid'], { EDITOR_TOKEN: '' });
      expect([r.status, r.stderr]).toEqual([
        1,
        expect.stringContaining('No EDITOR_TOKEN: set it to your personal token for https://newsroom.invalid'),
      ]);
    },
  );

  it.each(COMMANDS)('%s goes to the local server on PORT without --to', (script, args) => {
    const r = run(script, args, { EDITOR_TOKEN: 'x', PORT: '9', BRIEFING_URL: '' });
    expect([r.status, r.stderr]).toEqual([1, expect.stringContaining('Cannot reach http://localhost:9')]);
  });

  it.each(COMMANDS)('%s goes where --to says', (script, args) => {
    const r = run(script, [...args, '--to', 'http://127.0.0.1:9'], { EDITOR_TOKEN: 'x', PORT: '8', BRIEFING_URL: '' });
    expect([r.status, r.stderr]).toEqual([1, expect.stringContaining('Cannot reach http://127.0.0.1:9')]);
  });

  it('names the file, line and column of a YAML mistake in an editor’s words, and sends nothing', () => {
    const file = join(dir, 'colon.md');
    writeFileSync(file, '---\nschemaVersion: "1.0"\nheadline: Niger : la junte cède\n---\n\nText.\n');
    const r = run('publish', [file, '--to', 'http://127.0.0.1:9'], { EDITOR_TOKEN: 'x' });
    expect([r.status, r.stderr.trim()]).toEqual([
      1,
      `${file}:3:11: the value of \`headline\` contains « : » (a colon then a space), which YAML reads as the start of another field; put the whole value in quotes: headline: "Niger : la junte cède"\n✗ Nothing was sent.`,
    ]);
  });

  it('names the place of a JSON mistake in an editor’s words', () => {
    const file = join(dir, 'comma.json');
    writeFileSync(file, '{\n  "id": "x",\n  "topics": ["niger",]\n}\n');
    const r = run('publish', [file, '--to', 'http://127.0.0.1:9'], { EDITOR_TOKEN: 'x' });
    expect([r.status, r.stderr.trim()]).toEqual([
      1,
      `${file}:3:22: a comma after the last item: JSON allows none before « } » or « ] »; remove it\n✗ Nothing was sent.`,
    ]);
  });

  it('lists the shape’s problems and the rules across fields in one run, top to bottom', () => {
    const b = JSON.parse(readFileSync('content/briefings/niger-bazoum-coalition.json', 'utf8'));
    b.kind = 'rumour'; // shape
    b.whatComesNext.signposts[0].effects[1].scenarioId = 'nowhere'; // across fields: no such scenario…
    b.whatComesNext.lastReviewedAt = '2020-01-01T00:00:00Z'; // …and a review before its assessment
    b.sources[0].url = 'http://insecure.example'; // shape
    const file = join(dir, 'both.md');
    writeFileSync(file, renderDraft(b, 'test'));
    const text = readFileSync(file, 'utf8');
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const r = run('publish', [file, '--to', 'http://127.0.0.1:9'], { EDITOR_TOKEN: 'x' });
    expect([r.status, r.stderr.trim().split('\n')]).toEqual([
      1,
      [
        `${file}:${lineOf('kind: rumour')}: kind: must be one of: analysis, reportage, background, opinion`,
        `${file}:${lineOf('url: http://insecure')}: sources[0].url: must be an https:// URL`,
        `${file}:${lineOf('scenarioId: nowhere')}: whatComesNext.signposts[0].effects[1].scenarioId: names no scenario of this briefing ("nowhere")`,
        `${file}:${lineOf('lastReviewedAt:')}: whatComesNext.lastReviewedAt: must not be before asOf`,
        '✗ 4 problems; nothing was sent.',
      ],
    ]);
  });

  it('refuses a file that is not UTF-8, naming the line of the first bad byte', () => {
    const file = join(dir, 'latin1.json');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('{\n  "headline": "Le pr'), Buffer.from([0xe9]), Buffer.from('sident"\n}\n')]),
    );
    const r = run('publish', [file, '--to', 'http://127.0.0.1:9'], { EDITOR_TOKEN: 'x' });
    expect([r.status, r.stderr.trim()]).toEqual([
      1,
      `${file}:2: is not UTF-8 text; save it as UTF-8 and try again. Nothing was sent.`,
    ]);
  });

  it('refuses a file over 256 KB before reading it', () => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, 'x'.repeat(300 * 1024));
    const r = run('publish', [file, '--to', 'http://127.0.0.1:9'], { EDITOR_TOKEN: 'x' });
    expect([r.status, r.stderr]).toEqual([
      1,
      expect.stringContaining('300 KB is more than the 256 KB a briefing may be'),
    ]);
  });
});
