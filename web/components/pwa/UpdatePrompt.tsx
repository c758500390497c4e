import { useLocale } from '../../i18n/use-locale';

/** "New version ready — Reload": the reader decides when the new version takes over. */
export function UpdatePrompt({ onReload }: { onReload: () => void }) {
  const { t } = useLocale();
  return (
    <div class="toast" role="alert">
      <span>{t.updateReady}</span>
      <button type="button" class="btn" onClick={onReload}>
        {t.reload}
      </button>
    </div>
  );
}
