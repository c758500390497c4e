import type { Actions, AppState } from '../../app/state';
import { useLocale } from '../../i18n/use-locale';
import { LazySettingsPanel } from './LazySettingsPanel';
import { SyncStatus } from './SyncStatus';
import { UpdatePrompt } from './UpdatePrompt';

/** The installed app's chrome under the masthead: freshness, install, settings, and the update prompt. */
export function AppBar({ state, actions }: { state: AppState; actions: Actions }) {
  const { t } = useLocale();
  const open = state.settingsOpen.value;
  return (
    <>
      <div class="bar">
        <SyncStatus state={state} />
        {state.installPrompt.value && (
          <button type="button" class="btn" onClick={actions.install}>
            {t.install}
          </button>
        )}
        <button
          type="button"
          class="btn"
          aria-expanded={open}
          aria-controls="settings"
          onClick={() => actions.openSettings(!open)}
        >
          {t.settings}
        </button>
      </div>
      {open && <LazySettingsPanel storage={state.storage.value} actions={actions} />}
      {state.updateReady.value && <UpdatePrompt onReload={actions.reload} />}
    </>
  );
}
