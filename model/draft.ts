import * as v from 'valibot';
import { slug, strict, timestamp } from './schema';

// What an editor's tool sends about drafts (docs/editors.md, "Drafts"). The briefing itself is any
// JSON object: it is kept as typed and validated only when checked or published.

const anyObject = v.custom<Record<string, unknown>>(
  (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
  'must be an object (a briefing, complete or not)',
);

export const draftBaseSchema = strict({
  id: slug,
  revision: v.pipe(
    v.number('must be a revision number'),
    v.integer('must be a whole number'),
    v.minValue(1, 'must be at least 1'),
  ),
});

/** `POST /api/drafts` and `PUT /api/drafts/{draftId}`: the briefing, and the live revision it starts from. */
export const draftBodySchema = strict({ briefing: anyObject, base: v.optional(draftBaseSchema) });

/** `POST /api/drafts/{draftId}/publish`: nothing to publish now, `at` to schedule, `at: null` to unschedule. */
export const publishBodySchema = strict({ at: v.optional(v.nullable(timestamp)) });

export type DraftBody = v.InferOutput<typeof draftBodySchema>;
