/**
 * Who the article names: runs of capitalized words, with titles ("President",
 * "Dr.") taken off, so that a later "Woo" or "President Lee" can be resolved to the
 * fullest form the article gives ("Woo Su-keun", "Lee Jae-myung").
 */

const TITLES = new Set(
  ('president vice prime minister secretary chancellor senator sen. sen representative rep. rep governor gov. gov mayor ' +
    'dr. dr mr. mr mrs. mrs ms. ms miss prof. prof professor judge justice chief general gen. gen colonel col. captain capt. ' +
    'lieutenant sergeant officer detective inspector director chairman chairwoman chair ceo spokesman spokeswoman spokesperson ' +
    'king queen prince princess pope bishop cardinal rev. reverend father sister brother lord lady sir dame speaker leader ' +
    'ambassador commissioner attorney deputy premier sheriff coach former acting interior foreign defense defence finance health')
    .split(' '),
);

// Words that make a capitalized run an organization or place, never a person.
const NOT_PERSON = /\b(?:University|College|School|Institute|Association|Party|Ministry|Department|Agency|Council|Committee|Commission|Company|Corporation|Corp|Inc|Ltd|Group|Center|Centre|Foundation|Court|Government|Republic|Kingdom|States|Union|Office|Bank|Service|Services|Police|Army|Navy|Force|News|Times|Post|Press|Daily|Journal|Index|Airport|Hospital|Church|Street|Road|House|Senate|Congress|Parliament|Assembly)\b/;

export interface NamedRun {
  start: number;
  end: number;
  /** The run's words with titles removed, e.g. ["Woo", "Su-keun"]. */
  words: string[];
  person: boolean;
}

const RUN = /(?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|bin|al|el|la|le))*/gu;

function clean(word: string): string {
  return word.replace(/(?:'s|’s|'|’)$/u, '').replace(/[.,]$/, '');
}

/** Capitalized runs of the text, titles removed; sentence-initial common words are dropped by needing a person-like shape. */
export function findNamedRuns(text: string): NamedRun[] {
  const runs: NamedRun[] = [];
  for (const m of text.matchAll(RUN)) {
    let words = m[0].split(/\s+/).map(clean).filter(Boolean);
    // Keep what follows the last title: "South Korean President Lee Jae-myung" → Lee Jae-myung.
    const lastTitle = words.map((w) => TITLES.has(w.toLowerCase())).lastIndexOf(true);
    if (lastTitle >= 0) words = words.slice(lastTitle + 1);
    if (words.length === 0) continue;
    runs.push({ start: m.index!, end: m.index! + m[0].length, words, person: !NOT_PERSON.test(words.join(' ')) });
  }
  return runs;
}

/**
 * The fullest person name among `runs` that contains `key` (a mention's capitalized
 * words) as consecutive words: "Woo" → "Woo Su-keun". Prefers more words, then the
 * earliest mention; undefined when no run contains the key.
 */
export function fullestName(runs: readonly NamedRun[], key: readonly string[]): string | undefined {
  let best: NamedRun | undefined;
  for (const run of runs) {
    if (!run.person || run.words.length < key.length) continue;
    const at = run.words.findIndex((_, i) => key.every((k, j) => run.words[i + j] === k));
    if (at < 0) continue;
    if (!best || run.words.length > best.words.length) best = run;
  }
  return best?.words.join(' ');
}

// Capitalized only because they open a sentence: "One user", "A senior official".
const NOT_NAMES = /^(?:one|a|an|the|some|many|several|another|two|three|four|five|most|other|others|officials?|experts?|critics?|analysts?|sources?|residents?|witnesses?|police|people|this|that|these|those|his|her|their|its|our)$/i;

/** Capitalized, non-title words of a mention: "President Lee's" → ["Lee"]. */
export function nameKey(mention: string): string[] {
  const words = mention.split(/\s+/).map(clean).filter((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.test(w));
  const lastTitle = words.map((w) => TITLES.has(w.toLowerCase())).lastIndexOf(true);
  return words.slice(lastTitle + 1);
}

export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

/**
 * One key per person across articles: "Lee Jae-myung", "Lee Jae Myung" and
 * "Jae-myung Lee" all give "jae lee myung" (lower case, no accents, words sorted).
 * Undefined for unnamed sources ("One user", "a senior official").
 */
export function speakerKey(name: string): string | undefined {
  if (nameKey(name).length === 0 || !/^\p{Lu}/u.test(name)) return undefined;
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !TITLES.has(w));
  return words.length ? words.sort().join(' ') : undefined;
}
