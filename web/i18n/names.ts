// How codes and slugs read to a person: a country's name in the page's language, a topic or a
// story as words.

const regionNames = new Map<string, Intl.DisplayNames>();

/** "Niger" for NE, in the interface's language; the code itself where Intl.DisplayNames is missing (Safari before 14.1). */
export function countryName(code: string, lang: string): string {
  if (!Intl.DisplayNames) return code;
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
  return names.of(code) ?? code;
}

/** "regional security" for `regional-security`. */
export const topicWords = (topic: string) => topic.replace(/-/g, ' ');

/** "Niger bazoum detention" for `niger-bazoum-detention`. */
export const storyWords = (story: string) => {
  const words = story.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
