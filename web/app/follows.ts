import type { Locale } from '../i18n/context';

/**
 * The follow code (web/follow/) loads only when used: at once when the reader follows something
 * (to show it), else on the first press of a Follow button.
 */
export function watchFollows(main: HTMLElement, locale: Locale): void {
  const load = (button?: HTMLButtonElement | null) =>
    import('../follow/activate').then((m) => m.activate(main, locale, button));
  if (localStorage.follows) void load();
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-follow]');
    if (button) void load(button);
  });
}
