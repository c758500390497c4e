// The cursor of the feed's pages: `{publishedAt}~{id}` of the last briefing of the previous page.

const CURSOR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})~[a-z0-9-]{1,64}$/;

/** Whether `after` is a cursor this server could have written. */
export const isFeedCursor = (after: string): boolean =>
  CURSOR.test(after) && !Number.isNaN(Date.parse(after.split('~')[0]));
