import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Briefing, Scenario } from '../../model/types';
import { en } from '../../web/i18n/en';
import { fr } from '../../web/i18n/fr';
import { SHARE_TEXT_LIMIT, shareText } from '../../web/tools/share-text';

const sample = JSON.parse(readFileSync('content/briefings/niger-bazoum-coalition.json', 'utf8')) as Briefing;
const URL = 'https://briefing.example/briefings/niger-bazoum-coalition';
const EN = { lang: 'en', t: en };
const FR = { lang: 'fr', t: fr };

// French text as it reads: its no-break spaces and the word joiners around a range's dash as plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '');

describe('shareText', () => {
  it('reads as the headline, the standfirst, the question, each scenario on one line and the link', () => {
    expect(shareText(sample, URL, EN)).toBe(
      [
        sample.headline,
        sample.standfirst,
        '',
        'What comes next:',
        sample.whatComesNext!.question,
        '1. A strong, unified response isolates the junta — Not assessed',
        '2. A tepid reaction — Not assessed',
        '',
        URL,
      ].join('\n'),
    );
  });

  it('tells a resolved scenario by its outcome and date, not as a live forecast', () => {
    const outlook = structuredClone(sample.whatComesNext!);
    outlook.scenarios[0].likelihood = { status: 'assessed', term: 'likely' };
    Object.assign(outlook.scenarios[0], {
      resolution: { criteria: 'The AU says so.', outcome: 'occurred', resolvedAt: '2026-03-03T09:00:00Z' },
    });
    const text = shareText({ ...sample, whatComesNext: outlook }, URL, EN);
    expect(text).toContain('\n1. “A strong, unified response isolates the junta” occurred · 3\u00a0Mar\u00a02026\n');
    expect(text).not.toContain('Likely');
    const fr = plain(shareText({ ...sample, whatComesNext: outlook }, URL, FR));
    expect(fr).toContain('\n1. Survenu : « A strong, unified response isolates the junta » · 3 mars 2026\n');
  });

  it('gives an assessed likelihood in words with its range, in the language it is given', () => {
    const outlook = structuredClone(sample.whatComesNext!);
    outlook.scenarios[0].likelihood = { status: 'assessed', term: 'likely' };
    outlook.scenarios[1].likelihood = { status: 'assessed', term: 'unlikely', percent: 30 };
    const text = plain(shareText({ ...sample, whatComesNext: outlook }, URL, FR));
    expect(text).toContain(`\n${plain(fr.whatComesNext)}\n${sample.whatComesNext!.question}\n`);
    expect(text).toMatch(/^1\. A strong, unified response isolates the junta — Probable \(55–80 %\)$/m);
    expect(text).toMatch(/^2\. A tepid reaction — Improbable \(30 %\)$/m);
  });

  it('holds a long briefing to 1,000 characters, keeping the headline and the link whole', () => {
    const scenario = sample.whatComesNext!.scenarios[0];
    const many: Scenario[] = Array.from({ length: 12 }, (_, i) => ({
      ...scenario,
      id: `s${i}`,
      title: `${'Long scenario title '.repeat(6)}${i}`,
    }));
    const long = {
      ...sample,
      standfirst: 'A very long standfirst. '.repeat(13),
      whatComesNext: { ...sample.whatComesNext!, scenarios: many },
    };
    const text = shareText(long, URL, EN);
    expect(text.length).toBeLessThanOrEqual(SHARE_TEXT_LIMIT);
    expect(text.startsWith(`${sample.headline}\n`)).toBe(true);
    expect(text.endsWith(`\n${URL}`)).toBe(true);
    expect(text).toContain('1. Long scenario title');
    expect(text).toContain('\n…\n');
  });

  it('shortens the standfirst when even one scenario would not fit', () => {
    const long = { ...sample, standfirst: 'x'.repeat(990) };
    const text = shareText(long, URL, EN);
    expect(text.length).toBeLessThanOrEqual(SHARE_TEXT_LIMIT);
    expect(text).toContain('x…');
    expect(text.endsWith(URL)).toBe(true);
  });

  it('has no markup, so a messaging app shows it as it is', () => {
    expect(shareText(sample, URL, EN)).not.toMatch(/<[a-z/]|&[a-z]+;/i);
  });
});
