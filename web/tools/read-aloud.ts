// Reading a briefing aloud with the phone's own voices (Web Speech API): no audio is downloaded.

/** One part of the page read as one utterance: short ones keep pause and "next" responsive. */
export interface Part {
  heading: string;
  text: string;
}

/**
 * A voice for `lang` that runs on the phone. Voices served over the network (localService false)
 * would spend the reader's data, so they do not count.
 */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const base = lang.toLowerCase().split('-')[0];
  const voices = speechSynthesis
    .getVoices()
    .filter((v) => v.localService && v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
  return voices.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ?? voices.find((v) => v.default) ?? voices[0];
}

/** The briefing's parts in reading order: its opening, then each section (the outlook and sources included). */
export function partsOf(article: HTMLElement): Part[] {
  // The headline, standfirst and lede: the kicker and byline are the interface's words, maybe in another language.
  const opening = [...article.querySelectorAll(':scope > header h1, :scope > header .standfirst, :scope > .lede')].map(
    (el) => el.textContent ?? '',
  );
  const parts: Part[] = opening.length ? [{ heading: opening[0], text: opening.join('\n') }] : [];
  for (const section of article.querySelectorAll<HTMLElement>(':scope > section')) {
    parts.push({ heading: section.querySelector('h2')?.textContent ?? '', text: section.innerText });
  }
  return parts;
}

export type ReaderState = { playing: boolean; paused: boolean; part: number };

/** Plays `parts` one after another in `voice`, calling `onChange` whenever what is read changes. */
export function createReader(
  parts: Part[],
  voice: SpeechSynthesisVoice,
  lang: string,
  onChange: (s: ReaderState) => void,
) {
  let state: ReaderState = { playing: false, paused: false, part: 0 };
  const set = (next: Partial<ReaderState>) => onChange((state = { ...state, ...next }));
  let token = 0;

  function speak(index: number): void {
    const mine = ++token;
    speechSynthesis.cancel();
    if (index >= parts.length) return set({ playing: false, paused: false, part: 0 });
    const u = new SpeechSynthesisUtterance(parts[index].text);
    u.voice = voice;
    u.lang = lang;
    // A cancelled utterance also ends: only the current one moves the reading on.
    u.onend = () => mine === token && speak(index + 1);
    set({ playing: true, paused: false, part: index });
    speechSynthesis.speak(u);
  }

  return {
    play: () => (state.paused ? (speechSynthesis.resume(), set({ paused: false })) : speak(state.part)),
    pause: () => (speechSynthesis.pause(), set({ paused: true })),
    next: () => speak(state.part + 1),
    stop: () => {
      token++;
      speechSynthesis.cancel();
      set({ playing: false, paused: false, part: 0 });
    },
  };
}
