import { useEffect, useMemo, useState } from 'preact/hooks';
import { fill, useLocale } from '../i18n/context';
import { createReader, partsOf, voiceFor, type ReaderState } from './read-aloud';
import { shareText, type ShareSource } from './share-text';

interface Props {
  article: HTMLElement;
  /** What to share, read when the reader asks (the app's data may arrive after the tools). */
  source: () => ShareSource;
  url: string;
}

/** Under a briefing: read it aloud where the phone has a voice for its language, and share it. */
export function BriefingTools({ article, source, url }: Props) {
  const locale = useLocale();
  const { t } = locale;
  // The briefing's own language, which may differ from the interface's.
  const lang = article.closest('[lang]')?.getAttribute('lang') ?? locale.lang;
  const [voice, setVoice] = useState(() => voiceFor(lang));
  const [reading, setReading] = useState<ReaderState>({ playing: false, paused: false, part: 0 });
  const [said, setSaid] = useState('');
  const parts = useMemo(() => partsOf(article), [article]);
  const reader = useMemo(() => voice && createReader(parts, voice, lang, setReading), [voice, parts, lang]);

  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    // Voices often arrive after the page: Chrome lists them only once `voiceschanged` fires.
    const update = () => setVoice(voiceFor(lang));
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      speechSynthesis.cancel();
    };
  }, [lang]);

  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setSaid(t.copied),
      () => setSaid(t.copyFailed),
    );
  const text = () => shareText(source(), url, locale);

  return (
    <section class="tools" aria-label={t.tools}>
      {reader && (
        <p>
          <button type="button" class="btn" onClick={reading.playing && !reading.paused ? reader.pause : reader.play}>
            {reading.playing ? (reading.paused ? t.resume : t.pause) : t.listen}
          </button>{' '}
          {reading.playing && (
            <>
              <button type="button" class="btn" onClick={reader.next}>
                {t.nextSection}
              </button>{' '}
              <button type="button" class="btn" onClick={reader.stop}>
                {t.stop}
              </button>
            </>
          )}
        </p>
      )}
      {reader && (
        <p class="why" aria-live="polite">
          {reading.playing ? fill(t.reading, { section: parts[reading.part]?.heading ?? '' }) : ''}
        </p>
      )}
      <p>
        {'share' in navigator ? (
          <button type="button" class="btn" onClick={() => navigator.share({ title: source().headline, text: text() }).catch(() => undefined)}>
            {t.share}
          </button>
        ) : (
          <>
            <button type="button" class="btn" onClick={() => copy(text())}>
              {t.copyText}
            </button>{' '}
            <button type="button" class="btn" onClick={() => copy(url)}>
              {t.copyLink}
            </button>
          </>
        )}
      </p>
      <p class="why" role="status">
        {said}
      </p>
    </section>
  );
}
