import { editorEn, type EditorStrings } from './en';
import { editorFr } from './fr';

export type { EditorStrings };

/** The editor's strings for an interface language (English for any other). */
export const editorStrings = (lang: string): EditorStrings => (lang === 'fr' ? editorFr : editorEn);
