import { needsIosHint } from '../../app/install';
import type { Actions, AppState } from '../../app/state';
import { fill, useLocale } from '../../i18n/context';
import { formatBytes } from '../../i18n/relative';
import { LazyReadingSettings } from './LazyReadingSettings';

/** A small panel: how much is stored, whether the browser will keep it, and how to install on iOS. */
export function SettingsPanel({ state, actions }: { state: AppState; actions: Actions }) {
  const { t, lang } = useLocale();
  const storage = state.storage.value;
  return (
    <section id="settings" class="panel" aria-label={t.settings}>
      <LazyReadingSettings />
      {storage && (
        <>
          <p>{fill(t.storageUsed, { used: formatBytes(storage.usage, lang) })}</p>
          <p>
            {storage.persisted ? t.storageKept : t.storageMayClear}{' '}
            {!storage.persisted && (
              <button type="button" class="btn" onClick={actions.keepSaved}>
                {t.keepSaved}
              </button>
            )}
          </p>
        </>
      )}
      {needsIosHint() && <p>{t.iosInstall}</p>}
    </section>
  );
}
