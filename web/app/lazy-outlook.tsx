import type { FunctionComponent } from 'preact';
import type { OUTLOOK_PARTS } from '../components/briefing/outlook-parts';

type Parts = typeof OUTLOOK_PARTS;
let loaded: Parts | undefined;

/**
 * The outlook's block and glance are drawn by the server, and the app first adopts them as they are:
 * their code is fetched only when the app must draw a briefing itself (moving to another one, a newer
 * revision, a page saved as a shell), and kept by the service worker. Rejects offline before it was ever fetched.
 */
export async function loadOutlook(): Promise<void> {
  loaded ??= (await import('../components/briefing/outlook-parts')).OUTLOOK_PARTS;
}

/** Whether the app can draw an outlook itself now. */
export const outlookLoaded = () => loaded !== undefined;

// Until loaded: the server's element, kept whole. Preact does not apply dangerouslySetInnerHTML while
// hydrating, nor again while the value is unchanged, so what the server drew stays as it is.
const keep = { __html: '' };
const AdoptedOutlook = () => <section class="outlook" aria-labelledby="outlook-h" dangerouslySetInnerHTML={keep} />;
const AdoptedGlance = () => <aside class="glance" aria-labelledby="glance-h" dangerouslySetInnerHTML={keep} />;

const LazyOutlook: Parts['Outlook'] = (props) => (loaded ? <loaded.Outlook {...props} /> : <AdoptedOutlook />);
const LazyGlance: Parts['Glance'] = (props) => (loaded ? <loaded.Glance {...props} /> : <AdoptedGlance />);

/** BriefingArticle's `parts` in the app. */
export const LAZY_PARTS: {
  Outlook: FunctionComponent<Parameters<Parts['Outlook']>[0]>;
  Glance: FunctionComponent<Parameters<Parts['Glance']>[0]>;
} = {
  Outlook: LazyOutlook,
  Glance: LazyGlance,
};
