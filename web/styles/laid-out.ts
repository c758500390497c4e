/**
 * What the first paint need not lay out where it is out of view (under `.early`, which the loader
 * sets and lifts: web/loader/loader.ts), and what the loader lays out again, one per frame, by
 * marking each `data-laid`: an emptied inline style would serialize as `style=""`, unlike the server's page.
 */
export const LAID_OUT_AFTER_FIRST_PAINT = 'main section,.foot';
