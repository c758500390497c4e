import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Strings } from '../../i18n/en';
import { en } from '../../i18n/en';
import { editorEn, type EditorStrings } from '../i18n/en';

/** What every part of the editor's pages reads: its words, the briefing being edited and its problems. */
export interface EditorView {
  lang: string;
  /** The editor's own words. */
  t: EditorStrings;
  /** The reader's words, for what editors and readers must name alike (likelihood terms, statuses). */
  r: Strings;
  /** The briefing as the draft keeps it: any JSON, complete or not. */
  briefing: Record<string, unknown>;
  /** Each field's problems, in the editor's language (form-fields.ts: problemsByField). */
  problems: Map<string, string[]>;
}

export const EditorContext = createContext<EditorView>({
  lang: 'en',
  t: editorEn,
  r: en,
  briefing: {},
  problems: new Map(),
});

export const useEditor = () => useContext(EditorContext);
