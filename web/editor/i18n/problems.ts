// The validator speaks English (its messages are the API's, for every client). The editor shows each
// problem in its own language: the known messages translated, with their numbers and names kept; an
// unknown one as the API wrote it, rather than nothing.
const NB = '\u202f';

const FRENCH: [RegExp, string][] = [
  [/^is required for an analysis$/, 'est requis pour une analyse'],
  [/^is required with (.+)$/, 'est requis avec $1'],
  [/^is required$/, 'est requis'],
  [/^is not a known field$/, 'n’est pas un champ connu'],
  [/^must not be blank$/, 'ne doit pas être vide'],
  [/^must be at most (\d+) characters$/, 'doit faire au plus $1 caractères'],
  [/^must have at least (\d+) items?$/, 'doit compter au moins $1 élément(s)'],
  [/^must have at most (\d+) items$/, 'doit compter au plus $1 éléments'],
  [/^must be plain text: no HTML tags or entities$/, `doit être du texte brut${NB}: ni balises HTML ni entités`],
  [
    /^must not contain control, bidi-override or invisible characters$/,
    'ne doit contenir aucun caractère de contrôle ou invisible',
  ],
  [/^must be 1–64 characters of a–z, 0–9 and -$/, 'doit faire 1 à 64 caractères parmi a–z, 0–9 et -'],
  [/^must be an https:\/\/ URL$/, 'doit être une adresse https://'],
  [/^must be an email address such as (.+)$/, 'doit être une adresse électronique, comme $1'],
  [/^must be an email address$/, 'doit être une adresse électronique'],
  [/^there is no desk "(.+)"$/, `il n’y a pas de service «${NB}$1${NB}»`],
  [/^must be an ISO 3166-1 alpha-2 code such as NE$/, 'doit être un code pays ISO à deux lettres, comme NE'],
  [/^must be a lower-case tag$/, 'doit être un mot-clé en minuscules'],
  [/^must be a BCP 47 tag .*$/, 'doit être une étiquette de langue, comme fr ou en'],
  [/^must be an RFC 3339 timestamp.*$/, 'doit être une date'],
  [/^must be a number$/, 'doit être un nombre'],
  [/^must be a whole number$/, 'doit être un nombre entier'],
  [/^must be within (\d+)–(\d+)% for "(\w+)"$/, `doit être entre $1 et $2${NB}% pour ce terme`],
  [
    /^must have exactly one primary source \(has (\d+)\)$/,
    'doit avoir exactement une source principale (il y en a $1)',
  ],
  [/^must not be before asOf$/, 'ne doit pas précéder la date des perspectives'],
  [/^must not be before lastReviewedAt$/, 'ne doit pas précéder la dernière revue'],
  [/^must not be before (publishedAt|the briefing was published)$/, 'ne doit pas précéder la publication'],
  [/^must not be in the future$/, 'ne doit pas être dans le futur'],
  [/^duplicates the id "(.+)"$/, `reprend l’identifiant «${NB}$1${NB}»`],
  [/^names no scenario of this briefing \("(.+)"\)$/, `ne désigne aucun scénario de cette analyse («${NB}$1${NB}»)`],
  [/^must be one of: .*$/, 'doit être l’une des valeurs proposées'],
  [/^must have status "assessed" or "not_assessed"$/, 'doit être un terme ou «\u202fnon évaluée\u202f»'],
  [
    /^exclusive scenarios cannot all happen: their lower bounds sum to (\d+)%$/,
    `des scénarios exclusifs ne peuvent pas tous se produire${NB}: leurs bornes basses font $1${NB}%`,
  ],
  [
    /^exhaustive scenarios must cover every outcome: their upper bounds sum to (\d+)%$/,
    `des scénarios exhaustifs doivent couvrir toutes les issues${NB}: leurs bornes hautes ne font que $1${NB}%`,
  ],
];

/** A validator's message in the editor's language. */
export function problemText(message: string, lang: string): string {
  if (lang !== 'fr') return message;
  for (const [pattern, french] of FRENCH) if (pattern.test(message)) return message.replace(pattern, french);
  return message;
}
