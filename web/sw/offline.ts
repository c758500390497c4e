import { CACHES, OFFLINE_TEMPLATE } from './names';

const MAIN = /<main id="main">[\s\S]*<\/main>/;

/**
 * The offline page, made from the saved home page: its <main> takes what the home page carries in
 * <template id="offline-page"> (the OfflinePage component, in the reader's language, rendered by the
 * worker with the rest of the page). Precaching /offline instead cost a 2 KB download at install.
 * Undefined until the first sync has saved the home page.
 */
export async function offlinePage(): Promise<Response | undefined> {
  const home = await caches.match('/', { cacheName: CACHES.pages, ignoreVary: true });
  const html = await home?.text();
  const notice = html && new RegExp(`<template id="${OFFLINE_TEMPLATE}">([\\s\\S]*?)</template>`).exec(html)?.[1];
  if (!home || !notice) return undefined;
  // The home page's own headers (its CSP among them), less those that described its exact bytes.
  const headers = new Headers(home.headers);
  for (const name of ['Content-Length', 'ETag']) headers.delete(name);
  return new Response(html.replace(MAIN, () => `<main id="main">${notice}</main>`), { headers });
}
