// The briefing tools' chunk, fetched only on a briefing page (web/app/briefing-tools.ts).
import { render } from 'preact';
import { LocaleContext, type Locale } from '../i18n/context';
import { SituationLinks } from '../components/browse/SituationLinks';
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
  /** The briefing the app holds, if it is the one on screen. */
  const onScreen = () => {
    const briefing = held();
    return briefing && location.pathname === `/briefings/${briefing.id}` ? briefing : undefined;
  };
  const drawn = onScreen();
  // The server puts a briefing's links to its situations after <main>; a briefing the app drew has none
  // (the router drops the server's when it moves), so they come here, under the tools.
  const situations = drawn && !document.querySelector('body > .situations');
  // A briefing the app holds no data for, yet or at all: its words are on the page.
  const source = (): ShareSource => onScreen() ?? shareSourceOfPage(article, document.title);
  render(
    <LocaleContext.Provider value={locale}>
      <BriefingTools
        key={location.pathname}
        article={article}
        source={source}
        url={location.origin + location.pathname}
      />
      {situations && <SituationLinks briefing={drawn} />}
    </LocaleContext.Provider>,
    host,
  );
  // The follow code, where it runs, shows whether the new Follow button's situation is followed.
  if (situations) dispatchEvent(new Event('follows'));
}
