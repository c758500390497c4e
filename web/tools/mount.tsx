// The briefing tools' chunk, fetched only on a briefing page (web/app/briefing-tools.ts).
import { render } from 'preact';
import { LocaleContext, type Locale } from '../i18n/context';
import { BriefingTools } from './BriefingTools';
import type { Briefing } from '../../model/types';
import { shareSourceOfPage, type ShareSource } from './share-text';

/** Renders the tools for `article` into `host`; with no article, clears them. */
export function mountTools(
  host: HTMLElement,
  locale: Locale,
  article: HTMLElement | null,
  held: () => Briefing | undefined,
): void {
  if (!article) return render(null, host);
  const source = (): ShareSource => {
    const briefing = held();
    if (briefing && location.pathname === `/briefings/${briefing.id}`) return briefing;
    // A briefing the app holds no data for, yet or at all: its words are on the page.
    return shareSourceOfPage(article, document.title);
  };
  render(
    <LocaleContext.Provider value={locale}>
      <BriefingTools
        key={location.pathname}
        article={article}
        source={source}
        url={location.origin + location.pathname}
      />
    </LocaleContext.Provider>,
    host,
  );
}
