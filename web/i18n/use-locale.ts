import { useContext } from 'preact/hooks';
import { LocaleContext } from './context';

/**
 * The strings and locale of the page being rendered. The server renders pages, and feed items, in
 * several languages; the app's build puts page-locale.ts here instead (vite.config.ts).
 */
export const useLocale = () => useContext(LocaleContext);
