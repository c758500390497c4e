/**
 * The inner HTML of an element whose content the app draws itself (a separate render): empty, and the
 * same object every time, so neither hydration nor a redraw of the page around it clears it.
 */
export const APP_DRAWN = { __html: '' };
