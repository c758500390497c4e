import { needsIosHint } from '../../app/install';
import type { Actions, AppState } from '../../app/state';
import { fill, useLocale } from '../../i18n/context';
import { formatBytes } from '../../i18n/relative';
import { ReadingSettings } from './ReadingSettings';

export interface PanelProps {
  storage: AppState['storage']['value'];
  actions: Actions;
}

/** A small panel: text size and theme, how much is stored, whether the browser will keep it, and how to install on iOS. */
export function SettingsPanel({ storage, actions }: PanelProps) {
  const { t, lang } = useLocale();
  return (
    <section id="settings" class="panel" aria-label={t.settings}>
      <ReadingSettings />
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
