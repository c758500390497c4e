import { alertsEn } from '../i18n/alerts-en';
import { alertsFr } from '../i18n/alerts-fr';

/** The alerts' words in the interface's language (only the chunks that show alerts carry them). */
export const alertStrings = (lang: string) => (lang === 'fr' ? alertsFr : alertsEn);
