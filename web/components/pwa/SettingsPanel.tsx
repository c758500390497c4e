import { needsIosHint } from '../../app/install';
import type { Actions, AppState } from '../../app/state';
import { fill } from '../../i18n/context';
import { useLocale } from '../../i18n/use-locale';
import { settingsStrings } from '../../i18n/settings';
import { formatBytes } from '../../i18n/relative';
import { ReadingSettings } from './ReadingSettings';

export interface PanelProps {
  storage: AppState['storage']['value'];
  actions: Actions;
}

/** A small panel: text size and theme, how much is stored, whether the browser will keep it, and how to install on iOS. */
export function SettingsPanel({ storage, actions }: PanelProps) {
  const { t, lang } = useLocale();
  const s = settingsStrings(lang);
  return (
    <section id="settings" class="panel" aria-label={t.settings}>
      <ReadingSettings />
      {storage && (
        <>
          <p>{fill(s.storageUsed, { used: formatBytes(storage.usage, lang) })}</p>
          <p>
            {storage.persisted ? s.storageKept : s.storageMayClear}{' '}
            {!storage.persisted && (
              <button type="button" class="btn" onClick={actions.keepSaved}>
                {s.keepSaved}
              </button>
            )}
          </p>
        </>
      )}
      {needsIosHint() && <p>{s.iosInstall}</p>}
    </section>
  );
}
