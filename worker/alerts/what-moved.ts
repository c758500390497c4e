import { same } from '../../model/same';
import { rangeLabel } from '../../model/likelihood';
import type { AlertKind } from '../../model/subscription';
import type { Briefing, Likelihood, Scenario } from '../../model/types';
import { alertsEn, type AlertStrings } from '../../web/i18n/alerts-en';
import { alertsFr } from '../../web/i18n/alerts-fr';
import { fill } from '../../web/i18n/context';
import { en } from '../../web/i18n/en';
import { fr } from '../../web/i18n/fr';

/** One alert, as the queue carries it: who it is for and what it says in each language. */
export interface Alert {
  briefing: string;
  revision: number;
  kind: AlertKind;
  title: string;
  body: { en: string; fr: string };
  countries: string[];
  topics: string[];
  story?: string;
}

const LANGS = { en: { a: alertsEn, t: en }, fr: { a: alertsFr, t: fr } } as const;
type Lang = keyof typeof LANGS;
type Say = (a: AlertStrings, lang: Lang) => string;

/** Text of at most `max` characters, cut at a word with an ellipsis: a push body is a glance. */
const clip = (s: string, max = 240) => (s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

function likelihoodSay(title: string, to: Likelihood): Say {
  return (a, lang) =>
    to.status === 'assessed'
      ? fill(a.likelihood, { title, term: LANGS[lang].t[to.term], range: rangeLabel(to.term, lang) })
      : fill(a.notAssessed, { title });
}

/** The first move of the outlook from `prev` to `next`, told as a reader would want it; null when none. */
function outlookMove(prev: Briefing, next: Briefing): Say | null {
  const before = new Map<string, Scenario>((prev.whatComesNext?.scenarios ?? []).map((s) => [s.id, s]));
  for (const s of next.whatComesNext?.scenarios ?? []) {
    const was = before.get(s.id);
    const outcome = s.resolution?.outcome;
    if (outcome && outcome !== was?.resolution?.outcome)
      return (a) => fill(a.resolved, { title: s.title, outcome: a[outcome] });
    if (was && !same(was.likelihood, s.likelihood)) return likelihoodSay(s.title, s.likelihood);
  }
  const signposts = new Map((prev.whatComesNext?.signposts ?? []).map((p) => [p.id, p.status]));
  for (const p of next.whatComesNext?.signposts ?? []) {
    if (p.status === signposts.get(p.id) || p.status === 'not_observed') continue;
    const key = p.status === 'observed' ? 'signpostObserved' : 'signpostContradicted';
    return (a) => fill(a[key], { indicator: p.indicator });
  }
  return null;
}

/** What a write moved, worth an alert: a publication, an outlook move, a correction, a retraction. */
function whatMoved(prev: Briefing | null, next: Briefing): { kind: AlertKind; say: Say } | null {
  if (!prev) return { kind: 'published', say: (a) => fill(a.published, { standfirst: next.standfirst }) };
  if (next.status === 'retracted' && prev.status !== 'retracted')
    return { kind: 'retracted', say: (a) => fill(a.retracted, { reason: next.retraction?.reason ?? '' }) };
  const move = outlookMove(prev, next);
  if (move) return { kind: 'outlook', say: move };
  const known = new Set((prev.corrections ?? []).map((c) => `${c.at} ${c.text}`));
  const added = (next.corrections ?? []).find((c) => !known.has(`${c.at} ${c.text}`));
  if (added) return { kind: 'corrected', say: (a) => fill(a.corrected, { text: added.text }) };
  return null;
}

/** The alert a write from `prev` (null: a new briefing) to `next` calls for, or null when it moved nothing a reader follows it for. */
export function alertFor(prev: Briefing | null, next: Briefing): Alert | null {
  if (prev && prev.revision === next.revision) return null;
  const moved = whatMoved(prev, next);
  if (!moved) return null;
  const story = (next as { story?: string }).story;
  return {
    briefing: next.id,
    revision: next.revision,
    kind: moved.kind,
    title: clip(next.headline, 140),
    body: { en: clip(moved.say(alertsEn, 'en')), fr: clip(moved.say(alertsFr, 'fr')) },
    countries: next.geo.countries,
    topics: next.topics,
    ...(story ? { story } : {}),
  };
}
