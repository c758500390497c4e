import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sample from '../../content/briefings/niger-bazoum-coalition.json';
import type { Briefing } from '../../model/types';
import { atomOf } from '../../worker/render/atom';
import { feed } from '../../worker/render/feed';

// The Atom feed read by independent clients: jing against RFC 4287's own schema (RELAX NG, Appendix
// B, in test/fixtures/schemas/atom.rnc) and Python's feedparser, the library most feed readers use
// or copy. Both come from Debian (`jing`, `python3-feedparser`; .ci/run installs them).

const SCHEMA = 'test/fixtures/schemas/atom.rnc';
const PYTHON = '/usr/bin/python3';

const briefing = (id: string, language: string, headline: string, topics: string[]): Briefing => ({
  ...(structuredClone(sample) as unknown as Briefing),
  id,
  language,
  headline,
  topics,
  revision: 1,
  status: 'published',
  publishedAt: '2026-01-02T09:00:00Z',
  modifiedAt: '2026-01-02T09:00:00Z',
});

const atom = () => {
  const items = [
    briefing('coalition-fr', 'fr', 'La coalition presse pour la libération de Bazoum', ['sahel']),
    briefing('coalition-en', 'en', 'Coalition presses for Bazoum’s release', ['sahel']),
    // What XML cannot carry at all, even escaped (a control character, a lone surrogate), in a tag.
    briefing('hostile-tags', 'en', 'Tags no XML can carry', ['bad\u0001tag', 'half\ud800']),
  ];
  return atomOf(feed(items, 'https://briefing.test', 7, '2026-01-03T00:00:00Z'), 'https://briefing.test/feed.atom');
};

const file = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'atom-')), 'feed.atom');
  writeFileSync(path, text);
  return path;
};

describe('the Atom feed', () => {
  it('is valid against RFC 4287’s RELAX NG schema (jing)', () => {
    const run = spawnSync('jing', ['-c', SCHEMA, file(atom())], { encoding: 'utf8' });
    if (run.error) throw new Error('jing is missing: apt-get install jing');
    expect(run.stdout + run.status).toBe('0');
  });

  it('is read by feedparser, well-formed, each entry in its own language', () => {
    const script = `
import feedparser, json, sys
d = feedparser.parse(sys.argv[1])
print(json.dumps({"bozo": int(d.bozo), "entries": [
  {"id": e.id, "title": e.title_detail.language, "summary": e.summary_detail.language,
   "content": e.content[0].language, "tags": [t.term for t in e.tags]} for e in d.entries]}))`;
    let out: string;
    try {
      out = execFileSync(PYTHON, ['-c', script, file(atom())], { encoding: 'utf8' });
    } catch (e) {
      throw new Error('feedparser is missing or failed (apt-get install python3-feedparser)', { cause: e });
    }
    const parsed = JSON.parse(out) as {
      bozo: number;
      entries: { id: string; title: string; summary: string; content: string }[];
    };
    expect(parsed.bozo).toBe(0);
    const lang = (lang: string) => ({ title: lang, summary: lang, content: lang });
    expect(parsed.entries).toEqual([
      expect.objectContaining({ id: 'https://briefing.test/briefings/coalition-fr', ...lang('fr') }),
      expect.objectContaining({ id: 'https://briefing.test/briefings/coalition-en', ...lang('en') }),
      expect.objectContaining({ id: 'https://briefing.test/briefings/hostile-tags', ...lang('en') }),
    ]);
  });
});
