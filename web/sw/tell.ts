import type { SwMessage } from '../sw-protocol';

/** Posts `message` to every open page of the app. */
export async function tellPages(message: SwMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

declare const self: ServiceWorkerGlobalScope;
