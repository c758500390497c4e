import type { Correction } from '../../../model/types';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../i18n/format';

/** Corrections at the foot of the page, newest first. */
export function Corrections({ corrections }: { corrections: Correction[] }) {
  const { t, lang } = useLocale();
  const newestFirst = [...corrections].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <section class="corrections" aria-labelledby="corrections-h">
      <h2 id="corrections-h">{t.corrections}</h2>
      <ul>
        {newestFirst.map((c) => (
          <li key={c.at}>
            <time dateTime={c.at}>{formatDate(c.at, lang)}</time>
            {t.colon} {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
