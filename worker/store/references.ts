import { translationProblems } from '../../model/translation';
import type { Briefing, BriefingInput, FieldProblem } from '../../model/types';
import { closeTopics } from '../../model/vocabulary';
import { getBriefing } from './briefings';
import { deskExists } from './editors';
import { translationsOf } from './translations';
import { listTopics } from './vocabulary';

// What a briefing names that only the database can check: its topics are in the vocabulary, its desk is
// one of the newsroom's (the scorecard groups by it), and the original it translates exists and is no
// translation itself (docs/languages.md).

async function topicProblems(db: D1Database, topics: string[]): Promise<FieldProblem[]> {
  if (!topics.length) return [];
  const known = await listTopics(db);
  const ids = new Set(known.map((t) => t.id));
  return topics.flatMap((id, i) => {
    if (ids.has(id)) return [];
    const close = closeTopics(known, id);
    const hint = close.length ? `; did you mean ${close.map((c) => `"${c}"`).join(', ')}?` : '; see GET /api/topics';
    return [{ path: `topics[${i}]`, message: `is no topic of the vocabulary ("${id}")${hint}`, close }];
  });
}

async function groupProblems(db: D1Database, input: BriefingInput, current: Briefing | null): Promise<FieldProblem[]> {
  if (current && (current.translationOf ?? null) !== (input.translationOf ?? null))
    return [
      {
        path: 'translationOf',
        message: current.translationOf
          ? `must stay "${current.translationOf}": a translation's original never changes`
          : 'cannot be added to a published original',
      },
    ];
  if (!input.translationOf) return [];
  const [original, mine] = await Promise.all([getBriefing(db, input.translationOf), translationsOf(db, input.id)]);
  if (mine.length)
    return [
      {
        path: 'translationOf',
        message: `"${input.id}" is the original of ${mine.map((t) => `"${t.id}"`).join(', ')}: it cannot be a translation`,
      },
    ];
  const others = original ? await translationsOf(db, original.id) : [];
  return translationProblems(input, original, others);
}

async function deskProblems(db: D1Database, desk: string | undefined): Promise<FieldProblem[]> {
  if (!desk || (await deskExists(db, desk))) return [];
  return [{ path: 'desk', message: `must be a desk of this newsroom; there is no desk "${desk}"` }];
}

/** The problems of `input` (replacing `current`, or new when null) that the schema cannot see. */
export async function referenceProblems(
  db: D1Database,
  input: BriefingInput,
  current: Briefing | null,
): Promise<FieldProblem[]> {
  const [topics, group, desk] = await Promise.all([
    topicProblems(db, input.topics),
    groupProblems(db, input, current),
    deskProblems(db, input.desk),
  ]);
  return [...group, ...topics, ...desk];
}
