import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { timeAgo } from '../../i18n/relative';
import type { AppState } from '../../app/state';

/** How fresh the saved copy is, and whether the phone is offline: "Saved for offline · updated 3 hours ago". */
export function SyncStatus({ state }: { state: AppState }) {
  const { t, lang } = useLocale();
  const at = state.syncedAt.value;
  const ago = at ? timeAgo(at, state.now.value, lang, t.justNow) : '';
  const offline = !state.online.value;
  const text = at
    ? fill(offline ? t.offlineSaved : state.reachable.value ? t.savedUpdated : t.unreachable, { ago })
    : '';
  return (
    <p class="sync" role="status">
      {offline && (
        <>
          <span class="dot" aria-hidden="true" />
          <strong>{t.offline}</strong>
          {text && ' · '}
        </>
      )}
      {text}
      {state.dropped.value > 0 && ` · ${fill(t.spaceFull, { n: state.dropped.value })}`}
    </p>
  );
}
