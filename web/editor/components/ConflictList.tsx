import { percentLabel, rangeLabel } from '../../../model/likelihood';
import type { LikelihoodTerm } from '../../../model/types';
import { formatDate } from '../../i18n/format';
import { fieldWords } from '../field-words';
import { parsePath, valueAt } from '../form-fields';
import { useEditor } from './context';

export interface Conflict {
  path: string;
  theirs: unknown;
  yours: unknown;
}

type Obj = Record<string, unknown>;
const DATES = new Set(['asOf', 'lastReviewedAt', 'nextReviewDue', 'observedAt', 'resolveBy', 'until', 'resolvedAt']);
/** Fields whose values are words of the editor's strings (a status, a kind), not text typed. */
const WORDS = new Set(['kind', 'scenarioSet', 'status', 'role', 'horizon', 'direction']);

/**
 * A value of a clash as an editor reads it, as lines: a likelihood in the reader's terms with its range,
 * a date as a date, a status in words, a list item by item, an item (a scenario) by its title; only what
 * has no words of its own is shown as JSON.
 */
function useValueLines(): (path: string, value: unknown) => string[] | null {
  const { t, r, lang, briefing } = useEditor();
  const words = t as unknown as Record<string, string>;
  const scenarioTitle = (id: unknown) => {
    const list = valueAt(briefing, 'whatComesNext.scenarios');
    const found = Array.isArray(list) ? (list as Obj[]).find((s) => s.id === id) : undefined;
    return `“${String(found?.title ?? id)}”`;
  };
  const lines = (key: string, value: unknown, parent?: string): string[] | null => {
    if (value === undefined || value === null) return [t.removed];
    if (typeof value === 'string') {
      if (DATES.has(key)) return [formatDate(value, lang)];
      if (WORDS.has(key) || (key === 'outcome' && parent === 'resolution')) return [words[value] ?? value];
      if (key === 'language') return [words[`lang_${value.split('-')[0]}`] ?? value];
      return [value];
    }
    if (typeof value === 'number') return [key === 'percent' ? percentLabel(value, lang) : String(value)];
    if (Array.isArray(value)) {
      if (key === 'effects')
        return (value as Obj[]).map((e) => `${scenarioTitle(e.scenarioId)}${r.colon} ${words[String(e.direction)]}`);
      if (key === 'authors') return [(value as Obj[]).map((a) => String(a.name ?? '')).join(', ')];
      if (value.every((x) => typeof x === 'string'))
        return key === 'paragraphs' || key === 'conditions' ? (value as string[]) : [value.join(', ')];
      return null;
    }
    const o = value as Obj;
    if (key === 'likelihood') {
      if (o.status === 'assessed' && o.term) {
        const term = o.term as LikelihoodTerm;
        const percent = typeof o.percent === 'number' ? ` · ${percentLabel(o.percent, lang)}` : '';
        return [`${r[term]} (${rangeLabel(term, lang)})${percent}`];
      }
      if (o.status === 'not_assessed') return [`${t.notAssessed}${o.reason ? `${r.colon} ${String(o.reason)}` : ''}`];
    }
    if (key === 'timeframe')
      return [
        [o.horizon && words[String(o.horizon)], o.until && `${t.until} ${formatDate(String(o.until), lang)}`]
          .filter(Boolean)
          .join(' · '),
      ];
    if (key === 'resolution')
      return [
        ...(o.outcome ? lines('outcome', o.outcome, 'resolution')! : []),
        ...(typeof o.criteria === 'string' ? [o.criteria] : []),
      ];
    // A whole item (added or removed on one side, changed on the other): named by its own words.
    const name = o.title ?? o.heading ?? o.indicator ?? o.publisher;
    return typeof name === 'string' ? [name] : null;
  };
  return (path, value) => {
    const parts = parsePath(path).filter((p): p is string => typeof p === 'string');
    return lines(parts[parts.length - 1] ?? '', value, parts[parts.length - 2]);
  };
}

function Value({ path, lines, value }: { path: string; lines: string[] | null; value: unknown }) {
  if (!lines) return <code>{JSON.stringify(value)}</code>;
  // A likelihood is a few words and a range that must not split ("55–" then "80%"): kept on one line.
  return (
    <span
      class={
        path.endsWith('likelihood') && (value as { status?: string } | null)?.status === 'assessed'
          ? 'value keep'
          : 'value'
      }
    >
      {lines.map((line, i) => (
        <span key={i} class="line">
          {line}
        </span>
      ))}
    </span>
  );
}

/**
 * Each field both editors changed, named as the form names it, with both values to choose from: theirs
 * (live) is chosen unless the editor keeps their own.
 */
export function ConflictList({ conflicts, live }: { conflicts: Conflict[]; live: object }) {
  const { t, r, briefing } = useEditor();
  const valueLines = useValueLines();
  return (
    <>
      {conflicts.map((c, i) => (
        <fieldset key={c.path}>
          <legend>{fieldWords(t, c.path, briefing, live) || c.path}</legend>
          <label class="term">
            <input type="radio" name={`choice.${i}`} value="theirs" checked />
            <span>
              <strong>
                {t.theirs}
                {r.colon}
              </strong>{' '}
              <Value path={c.path} lines={valueLines(c.path, c.theirs)} value={c.theirs} />
            </span>
          </label>
          <label class="term">
            <input type="radio" name={`choice.${i}`} value="yours" />
            <span>
              <strong>
                {t.yours}
                {r.colon}
              </strong>{' '}
              <Value path={c.path} lines={valueLines(c.path, c.yours)} value={c.yours} />
            </span>
          </label>
        </fieldset>
      ))}
    </>
  );
}
