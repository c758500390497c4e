import type { Briefing } from '../../model/types';
import { PAGE_DATA } from '../sw-protocol';

/** A briefing's page, by its path. */
export const BRIEFING = /^\/briefings\/([a-z0-9-]{1,64})$/;

/** A page's data block (worker/render/document.tsx): the briefing it shows, as the API gives it. */
export const DATA_BLOCK = new RegExp(`<script type="application/json" id="${PAGE_DATA}">([\\s\\S]*?)</script>`);

/** The page a client shows: its address, and the page itself fetched once asked for, then once for every caller (each gets a copy). */
export interface ClientPage {
  url(): Promise<URL | undefined>;
  response(): Promise<Response | undefined>;
}

/**
 * The page `clientId` shows. On a first visit that page came before this worker and the browser's HTTP
 * cache still holds it: nothing is downloaded (at most a revalidation).
 */
export function clientPage(clientId: string | undefined): ClientPage {
  let client: Promise<Client | undefined> | undefined;
  let page: Promise<Response | undefined> | undefined;
  const clientOf = () => (client ??= clientId ? self.clients.get(clientId) : Promise.resolve(undefined));
  const fetchPage = async () => {
    const c = await clientOf();
    return c && (await fetch(c.url, { cache: 'force-cache' }));
  };
  return {
    url: async () => {
      const c = await clientOf().catch(() => undefined);
      return c && new URL(c.url);
    },
    response: async () => (await (page ??= fetchPage().catch(() => undefined)))?.clone(),
  };
}

/** The briefing `page` carries when it is that briefing's page; none for any other page (never fetched). */
export async function pageCopy(page: ClientPage): Promise<Briefing | undefined> {
  const id = BRIEFING.exec((await page.url())?.pathname ?? '')?.[1];
  if (!id) return undefined;
  try {
    const res = await page.response();
    const data = res?.ok ? DATA_BLOCK.exec(await res.text())?.[1] : undefined;
    const briefing = data ? (JSON.parse(data) as Briefing) : undefined;
    return briefing?.id === id ? briefing : undefined;
  } catch {
    return undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;
