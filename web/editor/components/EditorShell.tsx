import type { ComponentChildren } from 'preact';
import { fill } from '../../i18n/context';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { useEditor } from './context';

/** Who is signed in, as the shell shows it. */
export interface Signed {
  name: string;
  role: 'writer' | 'editor' | 'admin';
  desk: string;
}

/** What every editor page shares: the newsroom's masthead, who is signed in, the language switch. */
export function EditorShell({ who, children }: { who?: Signed; children: ComponentChildren }) {
  const { t, lang } = useEditor();
  return (
    <>
      <header class="masthead">
        <a href="/editor" class="brand">
          Briefing · {t.newsroom}
        </a>
        <nav class="langs" aria-label="Language / Langue">
          {LANGUAGES.filter((other) => other !== lang).map((other) => (
            <a key={other} href={`?lang=${other}`} hreflang={other} lang={other}>
              {LANGUAGE_NAMES[other]}
            </a>
          ))}
        </nav>
      </header>
      <main id="main">
        {who && <p class="who">{fill(t.signedInAs, { name: who.name, role: t[who.role], desk: who.desk })}</p>}
        {children}
      </main>
    </>
  );
}
