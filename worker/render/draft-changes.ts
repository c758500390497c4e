import type { Change, Likelihood, ResolutionOutcome } from '../../model/types';
import { fill, type Locale } from '../../web/i18n/context';
import { draftStrings } from '../../web/i18n/drafts';
import { outlookStrings } from '../../web/i18n/outlook';
import { likelihoodText, quoted } from '../../web/components/outlook/words';

/**
 * What publishing would change, one sentence each, in the interface's language and in the words of the
 * outlook's history ("“A tepid reaction” would move from Unlikely (20–45%) to Likely (55–80%).").
 * Plain fields are named together in one last sentence, by `name` (the web editor names them as its form
 * does; tools read their paths).
 */
export function changeSentences(
  changes: Change[],
  created: boolean,
  locale: Locale,
  name: (field: string) => string = (field) => field,
): string[] {
  const { t, lang } = locale;
  const d = draftStrings(lang);
  if (created) return [d.willCreate];
  if (!changes.length) return [d.willChangeNothing];
  const words = (l: Likelihood) => likelihoodText(l, locale);
  const outcome = (o: ResolutionOutcome) => outlookStrings(lang)[o].toLocaleLowerCase(lang);
  const sentences: string[] = [];
  const fields: string[] = [];
  for (const c of changes) {
    if (c.kind === 'field') fields.push(name(c.field));
    else if (c.kind === 'likelihood') {
      const scenario = quoted(c.title, locale);
      if (c.from === null) sentences.push(fill(d.added, { scenario, to: c.to ? words(c.to) : '' }));
      else if (c.to === null) sentences.push(fill(d.dropped, { scenario }));
      else sentences.push(fill(d.moved, { scenario, from: words(c.from), to: words(c.to) }));
    } else if (c.kind === 'signpost') {
      const indicator = c.indicator;
      if (c.from === null) sentences.push(fill(d.signpostAdded, { indicator }));
      else if (c.to === null) sentences.push(fill(d.signpostDropped, { indicator }));
      else sentences.push(fill(d.signpost, { indicator, from: t[c.from], to: t[c.to] }));
    } else if (c.kind === 'resolution') {
      sentences.push(fill(d.resolved, { scenario: quoted(c.title, locale), outcome: outcome(c.outcome) }));
    } else if (c.kind === 'amended') {
      const values = { scenario: quoted(c.title, locale), from: outcome(c.from), to: outcome(c.to), note: c.note };
      sentences.push(fill(d.amended, values));
    } else if (c.kind === 'question' && c.to) sentences.push(fill(d.question, { to: c.to }));
  }
  if (fields.length) sentences.push(fill(d.fields, { fields: [...new Set(fields)].join(', ') }));
  return sentences;
}
