// What the app fetches the first time it shows an outlook's history: the component and its reader's
// words, one chunk and one small file of their language.
import { historyLanguages } from '../i18n/history-languages';
import { pageLocale } from '../i18n/page-locale';

export { OutlookHistory } from '../components/briefing/OutlookHistory';

const { lang } = pageLocale;
/** Settles once the history's words in the page's language are in. */
export const wordsReady = (lang === 'fr' ? import('../i18n/history-fr') : import('../i18n/history-en')).then((m) => {
  historyLanguages[lang] = 'historyFr' in m ? m.historyFr : m.historyEn;
});
