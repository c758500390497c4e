import { Component } from 'preact';
import { AlertOffer } from '../alerts/AlertOffer';
import { fill, LocaleContext, type Locale } from '../i18n/context';
import { isLanguage } from '../i18n/languages';
import { toolStrings } from '../i18n/tools';
import { createReader, partsOf, voiceFor, type Part, type ReaderState } from './read-aloud';
import { shareText, type ShareSource } from './share-text';

interface Props {
  article: HTMLElement;
  /** What to share, read when the reader asks (the app's data may arrive after the tools). */
  source: () => ShareSource;
  url: string;
}

interface State {
  voice?: SpeechSynthesisVoice;
  /** The briefing's language and words, when they are not the interface's: the shared text speaks it. */
  shareLocale?: Locale;
  reading: ReaderState;
  said: string;
}

/**
 * Under a briefing: read it aloud where the phone has a voice for its language, and share it.
 * A class, not hooks: hooks would join the app's first-visit bundle, which this chunk shares.
 */
// No class fields: building for older browsers would add a helper for them, a chunk of its own.
export class BriefingTools extends Component<Props, State> {
  declare context: Locale;
  declare parts: Part[];
  declare reader?: ReturnType<typeof createReader>;
  declare findVoice: () => void;

  constructor(props: Props) {
    super(props);
    this.parts = partsOf(props.article);
    this.state = { reading: { playing: false, paused: false, part: 0 }, said: '' };
    // Voices often arrive after the page: Chrome lists them only once `voiceschanged` fires.
    this.findVoice = () => {
      const lang = this.briefingLang();
      const voice = voiceFor(lang);
      this.reader = voice && createReader(this.parts, voice, lang, (reading) => this.setState({ reading }));
      this.setState({ voice });
    };
  }

  /** The briefing's own language, which may differ from the interface's. */
  briefingLang(): string {
    return this.props.article.closest('[lang]')?.getAttribute('lang') ?? this.context.lang;
  }

  componentDidMount() {
    // Fetched now, not on the tap: sharing must answer within the tap's user activation.
    const lang = this.briefingLang();
    if (lang !== this.context.lang && isLanguage(lang))
      void (lang === 'fr' ? import('../i18n/strings-fr') : import('../i18n/strings-en')).then((m) =>
        this.setState({ shareLocale: { lang, t: m.strings } }),
      );
    if (typeof speechSynthesis === 'undefined') return;
    this.findVoice();
    speechSynthesis.addEventListener('voiceschanged', this.findVoice);
  }

  componentWillUnmount() {
    if (typeof speechSynthesis === 'undefined') return;
    speechSynthesis.removeEventListener('voiceschanged', this.findVoice);
    speechSynthesis.cancel();
  }

  render({ source, url }: Props, { reading, said, shareLocale }: State) {
    const locale = this.context;
    const t = toolStrings(locale.lang);
    const reader = this.reader;
    // Without the Clipboard API (older browsers, pages not served over https) the reader is told it failed.
    const copy = (text: string) =>
      Promise.resolve()
        .then(() => navigator.clipboard.writeText(text))
        .then(
          () => this.setState({ said: t.copied }),
          () => this.setState({ said: t.copyFailed }),
        );
    const text = () => shareText(source(), url, shareLocale ?? locale);
    return (
      <section class="tools" aria-label={t.tools}>
        {reader && (
          <>
            <p>
              <button
                type="button"
                class="btn"
                onClick={reading.playing && !reading.paused ? reader.pause : reader.play}
              >
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
            <p class="why" aria-live="polite">
              {reading.playing ? fill(t.reading, { section: this.parts[reading.part]?.heading ?? '' }) : ''}
            </p>
          </>
        )}
        <p>
          {'share' in navigator ? (
            <button
              type="button"
              class="btn"
              onClick={() => navigator.share({ title: source().headline, text: text() }).catch(() => undefined)}
            >
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
        <AlertOffer follows={{ briefings: [url.split('/').pop()!] }} />
      </section>
    );
  }
}
BriefingTools.contextType = LocaleContext;
