import type { Source } from '../../../model/types';
import { useLocale } from '../../i18n/use-locale';

/** The sources, primary first, each credited by publisher and linked where it has an address. */
export function Sources({ sources }: { sources: Source[] }) {
  const { t } = useLocale();
  const ordered = [...sources].sort((a, b) => (a.role === b.role ? 0 : a.role === 'primary' ? -1 : 1));
  return (
    <section class="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">{t.sources}</h2>
      <ul>
        {ordered.map((s) => (
          <li key={s.id}>
            <span class="role">
              {s.role === 'primary' ? t.primarySource : t.supportingSource}
              {t.colon}
            </span>{' '}
            {s.url ? (
              <a href={s.url} rel="noopener">
                {s.publisher}
              </a>
            ) : (
              <strong>{s.publisher}</strong>
            )}
            {s.title && <>, {s.title}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
