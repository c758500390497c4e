// The briefing tools' chunk, fetched only on a briefing page (web/app/briefing-tools.ts).
import { render } from 'preact';
import { LocaleContext, type Locale } from '../i18n/context';
import { SituationLinks } from '../components/browse/SituationLinks';
import { BriefingTools } from './BriefingTools';
import type { Briefing } from '../../model/types';
import { shareSourceOfPage, type ShareSource } from './share-text';
import { neighboursAmong } from '../../model/story-order';
import { savedBriefings } from '../saved-feed';

/**
 * Renders the tools into `article`'s slot before its sources and, for a briefing the app drew, its
 * situations into `below`; with no article, clears those.
 */
export async function mountTools(
  below: HTMLElement,
  locale: Locale,
  article: HTMLElement | null,
  held: () => Briefing | undefined,
): Promise<void> {
  const host = article?.querySelector<HTMLElement>('.tools-slot');
  if (!article || !host) return render(null, below);
  // The tools speak the interface's language, which the briefing around them may not.
  host.lang = locale.lang;
  /** The briefing the app holds, if it is the one on screen. */
  const onScreen = () => {
    const briefing = held();
    return briefing && location.pathname === `/briefings/${briefing.id}` ? briefing : undefined;
  };
  // Read once the router has finished moving (this runs as <main> changes): by then the address and
  // the server's links are the new page's.
  await new Promise((done) => setTimeout(done));
  const drawn = onScreen();
  // The server puts a briefing's links to its situations after <main>; a briefing the app drew has none
  // (the router drops the server's when it moves), so they come here, in the same place.
  const situations = drawn && !document.querySelector('body > .situations');
  // Its neighbours in its story among the copies this phone saved: each link then opens offline.
  const neighbours = situations && drawn.story ? neighboursAmong(drawn, await savedBriefings().catch(() => [])) : {};
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
    </LocaleContext.Provider>,
    host,
  );
  render(
    situations ? (
      <LocaleContext.Provider value={locale}>
        <SituationLinks briefing={drawn} neighbours={neighbours} />
      </LocaleContext.Provider>
    ) : null,
    below,
  );
  // The follow code, where it runs, shows whether the new Follow button's situation is followed.
  if (situations) dispatchEvent(new Event('follows'));
}
