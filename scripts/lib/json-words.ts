import type { Spot } from './yaml-words';

// JSON.parse's errors in an editor's words, at the line and column of the mistake: a comma after the
// last item, a comma missing between two, a text left open, single quotes, what follows the end.

const TRAILING_COMMA = 'a comma after the last item: JSON allows none before « } » or « ] »; remove it';

/**
 * Where JSON.parse stopped. Some messages give no position but the token and a piece of the text
 * around it (`Unexpected token ',', ..."bbbb": tru,  "c": ""... is not valid JSON`, ten characters
 * either side), or the whole text when it is short; a comma before a closing bracket is the usual cause.
 */
function positionOf(message: string, text: string): number {
  const given = /position (\d+)/.exec(message)?.[1];
  if (given !== undefined) return Number(given);
  if (/end of JSON/.test(message)) return text.length;
  const token = /^Unexpected token '(.+?)', (\.\.\.)?"([^]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!token) return 0;
  const around = token[2] ? text.indexOf(token[3]) : -1;
  if (around >= 0) return around + 10;
  const trailing = /,\s*[\]}]/.exec(text);
  if (/[\]}]/.test(token[1]) && trailing) return trailing.index + trailing[0].length - 1;
  return Math.max(0, text.indexOf(token[1]));
}

export function jsonSpot(error: Error, text: string): Spot {
  const m = error.message;
  const pos = positionOf(m, text);
  const before = text.slice(0, pos);
  const at = (message: string): Spot => ({
    line: before.split('\n').length,
    column: pos - before.lastIndexOf('\n'),
    message,
  });
  const previous = before.trimEnd().at(-1);
  const here = text[pos];

  if (/Bad control character in string literal/.test(m))
    return at(
      here === '\n' || here === '\r'
        ? 'a text runs onto the next line without its closing quote ("): close it on the same line (write \\n for a new line)'
        : 'a text holds a tab or another control character: write \\t for a tab, or remove it',
    );
  if (/Unterminated string/.test(m)) return at('a text is never closed: end it with « " »');
  if (/end of JSON input/.test(m) || pos >= text.trimEnd().length)
    return at('the file ends before the briefing is closed: a « } », a « ] » or a closing quote is missing');
  if (previous === ',' && (here === '}' || here === ']')) return at(TRAILING_COMMA);
  if (/Expected ',' or '[}\]]' after/.test(m))
    return at('a comma is missing between the item before this and this one');
  if (/Expected (double-quoted )?property name/.test(m))
    return at(
      here === "'"
        ? 'JSON writes names and text in double quotes ("id"), not single quotes'
        : 'a field’s name must be in double quotes: "name": value',
    );
  if (/Unexpected non-whitespace character after JSON/.test(m))
    return at('the briefing has ended before this (one « } » too many above, or text after the last « } »): remove it');
  if (/Bad escaped character|Bad Unicode escape/.test(m))
    return at('a « \\ » inside a text starts an escape: write « \\\\ » for a backslash');
  const token = /^Unexpected token '(.+?)'/.exec(m)?.[1];
  if (token)
    return at(
      `JSON cannot read « ${token} » here: check the value before it (text in double quotes, a number, true, false or null)`,
    );
  return at(`not valid JSON: ${m}`);
}
