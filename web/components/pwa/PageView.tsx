import type { AppState } from '../../app/state';
import { BriefingArticle } from '../briefing/BriefingArticle';
import { OUTLOOK_PARTS } from '../briefing/outlook-parts';
import { LazyOutlookHistory } from '../../app/outlook-history';
import { HomePage } from '../home/HomePage';
import { OfflinePage } from '../layout/OfflinePage';

/**
 * The page in <main>, from the same components and the same props as the server's rendering
 * (worker/routes/pages.tsx), so hydration adopts its markup instead of redrawing it.
 */
export function PageView({ state }: { state: AppState }) {
  const view = state.view.value;
  const now = new Date(state.now.value).toISOString();
  if (!view) return null;
  if (view.kind === 'home') return <HomePage cards={view.cards} olderHref={view.olderHref} now={now} />;
  if (view.kind === 'offline') return <OfflinePage />;
  const { briefing } = view;
  return (
    // Keyed: another briefing is another <article>, so what watches <main> (its tools) sees the change.
    <BriefingArticle key={briefing.id} briefing={briefing} now={now} parts={OUTLOOK_PARTS}>
      <LazyOutlookHistory
        revisions={view.revisions}
        scenarios={briefing.whatComesNext?.scenarios ?? []}
        reviewedAt={briefing.whatComesNext?.lastReviewedAt}
      />
    </BriefingArticle>
  );
}
