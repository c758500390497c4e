import type { Briefing } from '../../model/types';
import { PAGE_DATA } from '../sw-protocol';

/** A page's data block (worker/render/document.tsx): the briefing it shows, as the API gives it. */
export const DATA_BLOCK = new RegExp(`<script type="application/json" id="${PAGE_DATA}">([\\s\\S]*?)</script>`);

/** The page a client shows, fetched only once asked for, then once, for every caller (each gets a copy). */
export type ClientPage = () => Promise<Response | undefined>;

/**
 * The page `clientId` shows. On a first visit that page came before this worker and the browser's HTTP
 * cache still holds it: nothing is downloaded (at most a revalidation).
 */
export function clientPage(clientId: string | undefined): ClientPage {
  let page: Promise<Response | undefined> | undefined;
  const fetchPage = async () => {
    const client = clientId ? await self.clients.get(clientId) : undefined;
    return client && (await fetch(client.url, { cache: 'force-cache' }));
  };
  return async () => (await (page ??= fetchPage().catch(() => undefined)))?.clone();
}

/** The briefing `page` carries when it is that briefing's page; none for any other page. */
export async function pageCopy(page: ClientPage): Promise<Briefing | undefined> {
  try {
    const res = await page();
    const data = res?.ok ? DATA_BLOCK.exec(await res.text())?.[1] : undefined;
    const briefing = data ? (JSON.parse(data) as Briefing) : undefined;
    return briefing && new URL(res!.url).pathname === `/briefings/${briefing.id}` ? briefing : undefined;
  } catch {
    return undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;
