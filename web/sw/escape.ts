/** Text made safe for HTML the service worker writes, in an element or a quoted attribute. */
export const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
