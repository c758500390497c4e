/** A desk as the editor's pages list them: its id and its name in each language of the interface. */
export interface DeskRow {
  id: string;
  name: { en?: string; fr?: string };
}

/** A desk's name in `lang`, found among `desks` by its id; the id itself when there is none. */
export const deskNameIn = (desks: DeskRow[], id: string, lang: string): string =>
  desks.find((d) => d.id === id)?.name[lang as 'en' | 'fr'] || id;
