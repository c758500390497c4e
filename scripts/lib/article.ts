// Reads the plain-text article format (docs/editors.md; test/fixtures/articles): a headline line,
// a standfirst line (with or without a label such as "Analysis:"), paragraphs, short heading lines,
// and a closing "Primary Source: …" line. Pure: text in, structure out, errors naming the line.

/** A piece of the article and the line (1-based) it came from, so every problem can point back. */
export interface Located {
  text: string;
  line: number;
}

export interface Article {
  headline: Located;
  standfirst: Located;
  /** The label the standfirst carried ("Analysis"), if any. */
  label?: string;
  lede: Located[];
  sections: { heading: Located; paragraphs: Located[] }[];
  source: Located & { publisher: string; title?: string };
}

export class ArticleError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

// Labels and the source line in English or French; French sets a (narrow) no-break space before its
// colon, which \s matches ("Analyse : …", "Source principale : RFI").
const LABEL =
  /^(analysis|opinion|background|reportage|comment|explainer|analyse|décryptage|decryptage|éclairage|eclairage|contexte|tribune|chronique)\s*[:：—–-]\s*/iu;
const SOURCE = /^(?:primary\s+sources?|sources?\s+principales?)\s*:\s*/iu;

/**
 * A heading is a short, title-like line: at most 14 words, starting with a capital, a digit or a
 * quote, one sentence at most, and ending without closing punctuation, or with a question mark.
 */
export function looksLikeHeading(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (text.length > 110 || words > 14 || !/\p{L}/u.test(text)) return false;
  if (!/^[\p{Lu}\p{N}“"‘'(]/u.test(text)) return false;
  const bare = text.replace(/[”"’')\]]+$/u, '');
  if (/[.,;:!…]$/u.test(bare)) return false;
  // Two sentences are a paragraph, however short.
  return !/[.!?…]["”’]?\s+\p{Lu}/u.test(bare);
}

/** "reporting from RFI on the open letter" → RFI, and the rest as the source's title. */
function publisherOf(rest: string, line: number): { publisher: string; title?: string } {
  const tail = rest.replace(/[.\s]+$/u, '');
  const end = String.raw`(?=\s+(?:on|about|into|regarding|concerning|that|which|published|dated)\b|[,;]|$)`;
  const phrases = [
    new RegExp(
      String.raw`\b(?:reporting|reports?|coverage|an? (?:article|report|dispatch|interview)|story|stories|data)\s+(?:from|by|in)\s+(.+?)${end}`,
      'iu',
    ),
    new RegExp(String.raw`\b(?:according to|courtesy of|via)\s+(.+?)${end}`, 'iu'),
    new RegExp(
      String.raw`(?:^|\s)(?:selon|d[’']après|reportage d[e’'])\s*(.+?)(?=\s+(?:sur|à propos|concernant)\b|[,;]|$)`,
      'iu',
    ),
  ];
  for (const re of phrases) {
    const m = re.exec(tail);
    if (!m) continue;
    const after = tail.slice((m.index ?? 0) + m[0].length).trim();
    const title = /^(on|about|into|regarding|concerning)\b/i.test(after) ? `Reporting ${after}` : undefined;
    return { publisher: m[1].trim(), title };
  }
  // A bare name ("Reuters", "Agence France-Presse, 3 March 2026"): the publisher is before any comma.
  const bare = tail.split(/[,;]/)[0].trim();
  if (bare && bare.split(/\s+/).length <= 8) return { publisher: bare };
  throw new ArticleError(
    line,
    'cannot tell the publisher: write it as "Primary Source: <publisher>" ("Source principale : <publisher>") or "… reporting from <publisher> on …"',
  );
}

/** Parses an article; throws ArticleError naming the line of the first thing it cannot read. */
export function parseArticle(input: string): Article {
  const lines = input
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
  if (lines.length === 0) throw new ArticleError(1, 'the file is empty: expected a headline line');
  const [headline, standfirstLine, ...rest] = lines;
  if (!standfirstLine) throw new ArticleError(headline.line + 1, 'expected a standfirst line after the headline');
  if (looksLikeHeading(standfirstLine.text) && !LABEL.test(standfirstLine.text)) {
    throw new ArticleError(standfirstLine.line, 'expected a one-sentence standfirst here, not a heading');
  }
  const label = LABEL.exec(standfirstLine.text)?.[1];
  const standfirst = { text: standfirstLine.text.replace(LABEL, ''), line: standfirstLine.line };

  const sourceAt = rest.findIndex((l) => SOURCE.test(l.text));
  if (sourceAt < 0)
    throw new ArticleError(
      lines.at(-1)!.line,
      'expected a closing "Primary Source: …" (or "Source principale : …") line naming the publisher',
    );
  if (sourceAt !== rest.length - 1)
    throw new ArticleError(rest[sourceAt + 1].line, 'nothing may follow the "Primary Source:" line');
  const sourceLine = rest[sourceAt];
  const source = { ...sourceLine, ...publisherOf(sourceLine.text.replace(SOURCE, ''), sourceLine.line) };

  const body = rest.slice(0, sourceAt);
  const lede: Located[] = [];
  const sections: Article['sections'] = [];
  body.forEach((l, i) => {
    const previousWasHeading =
      sections.length > 0 &&
      sections.at(-1)!.paragraphs.length === 0 &&
      i > 0 &&
      sections.at(-1)!.heading === body[i - 1];
    // Headings never stack, and one with nothing under it is a short paragraph instead.
    if (looksLikeHeading(l.text) && !previousWasHeading && i < body.length - 1)
      sections.push({ heading: l, paragraphs: [] });
    else if (sections.length) sections.at(-1)!.paragraphs.push(l);
    else lede.push(l);
  });
  if (sections.length === 0)
    throw new ArticleError(
      body[0]?.line ?? sourceLine.line,
      'found no section heading (a short line without closing punctuation, or a question)',
    );
  return { headline, standfirst, label, lede, sections, source };
}
