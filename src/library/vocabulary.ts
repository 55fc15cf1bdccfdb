import { withinOneEdit, withoutAccents as fold } from '../quotes/index.ts';
import type { Docstore } from './docstore.ts';
import { contentTerms, matchTerm } from './search-lexical.ts';
import { englishSpelling, isEnglishWord } from './english-words.ts';
import { newsWords, wordForms } from './word-forms.ts';

/**
 * What a library's own text says about words: whether it mentions a name, how it writes
 * a phrase, which words of a question it never uses. The question parser leans on these
 * to tell a name ("Sanders") from a common noun ("runners") and a covered story from one
 * the library does not hold.
 */

/** `text` as a pattern matching it word for word: typed words may hold marks ("]sadiq"). */
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when some passage holds every word of `name`. */
export function mentions(docstore: Docstore, name: string): boolean {
  const terms = contentTerms(name);
  return terms.length > 0 && docstore.searchText(terms.join(' AND '), 1).length > 0;
}

/** True when some passage writes `name` as a place: "in Iran", "in the Bahamas" (not "in Navalny's blood"). */
export function isPlace(docstore: Docstore, name: string): boolean {
  const terms = contentTerms(name);
  if (terms.length === 0) return false;
  // Capitalised as the articles write a place: "[I]ran", "[N]ew [Z]ealand".
  const escaped = name.trim().split(/\s+/).map((w) => `${escapeRegex(w[0]!.toUpperCase())}${escapeRegex(w.slice(1))}`).join('\\s+');
  const pattern = new RegExp(`\\b[Ii]n\\s+(?:the\\s+)?${escaped}(?![\\p{L}\\p{N}'’])`, 'u');
  const rows = docstore.searchText(terms.length > 1 ? `"${terms.map((t) => t.slice(1, -1)).join(' ')}"` : terms[0]!, 20);
  return [...docstore.passagesByRowid(rows.map(([rowid]) => rowid)).values()].some((p) => pattern.test(p.text));
}

/**
 * True when some passage writes `word` as a person's surname: after a first name, a word the
 * library writes capitalised only ("Barack Obama"), not after a common noun ("Hurricane
 * Dorian", "President Obama" alone) or at a sentence's start.
 */
export function isSurname(docstore: Docstore, word: string): boolean {
  const terms = contentTerms(word);
  if (terms.length !== 1 || /\s/.test(word.trim())) return false;
  const typed = fold(word.trim());
  const escaped = `${escapeRegex(typed[0]!.toUpperCase())}${escapeRegex(typed.slice(1).toLowerCase())}`;
  const pattern = new RegExp(`(?<=[\\p{L},;:]\\s+)(\\p{Lu}\\p{Ll}+)\\s+${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  const rows = docstore.searchText(terms[0]!, 20);
  const before = new Set<string>();
  for (const passage of docstore.passagesByRowid(rows.map(([rowid]) => rowid)).values()) {
    for (const m of fold(passage.text).matchAll(pattern)) before.add(m[1]!);
  }
  return [...before].slice(0, 5).some((first) => writes(docstore, first) === 'capitalised' && !isPlace(docstore, first));
}

// Passages read to tell how the library writes a word: enough that other forms of its stem
// do not crowd out the word itself.
const WRITES_PASSAGES = 100;

/**
 * How the library writes a phrase: 'capitalised' where occurrences inside a sentence are
 * capitalised at least as often as not ("Bill Gates"), else 'lower' ("marathon runners",
 * "fire" beside "State Fire Brigade"); undefined when no passage has it.
 * A sentence's first word says nothing either way.
 */
export function writes(docstore: Docstore, phrase: string): 'lower' | 'capitalised' | undefined {
  const words = phrase.trim().split(/\s+/);
  const terms = words.flatMap((w) => contentTerms(w));
  if (terms.length === 0) return undefined;
  // The index matches stems ("end" for "ending"): the best 20 passages held only other forms
  // but for "Ending Clergy Abuse", which made a name of "ending".
  const rows = docstore.searchText(words.length > 1 ? `"${words.join(' ').replace(/"/g, '')}"` : terms[0]!, WRITES_PASSAGES);
  // ("kilauea" is how chat types "Kīlauea": both are read without accents.)
  const escaped = words.map((w) => escapeRegex(fold(w))).join('\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
  let lower = 0;
  let capitalised = 0;
  for (const passage of docstore.passagesByRowid(rows.map(([rowid]) => rowid)).values()) {
    const text = fold(passage.text);
    for (const m of text.matchAll(pattern)) {
      if (m[0].split(/\s+/).every((w) => /^\p{Ll}/u.test(w))) lower++;
      // ("2020" is written neither way.)
      else if (/^\p{Lu}/u.test(m[0]) && !/(?:^|[.!?"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index! - 3), m.index))) capitalised++;
    }
  }
  // "fire" in "State Fire Brigade" is still a common word: the way most passages write it.
  if (capitalised > 0 && capitalised >= lower) return 'capitalised';
  return lower > 0 ? 'lower' : capitalised > 0 ? 'capitalised' : undefined;
}

/**
 * The content words of `text` that no passage or title holds in any form: not the word, not its
 * stem, and for a long word not even its first five letters ("beirut" in a library
 * without Beirut; "fired" is there when "fire" is). A story told with such a word is
 * one the library does not cover.
 */
export function unknownWords(docstore: Docstore, text: string): string[] {
  const held = (query: string) => docstore.countMatching(query) > 0;
  return contentTerms(text)
    .map((quoted) => quoted.slice(1, -1))
    .filter((word) => {
      if (held(matchTerm(`"${word}"`)) || prefixHeld(held, word)) return false;
      // A headline's word the body never uses ("pileup") still names the story.
      if (inTitle(docstore, word)) return false;
      // "dsouza" for "D'Souza", "orourke" for "O'Rourke".
      if (writtenApart(held, word)) return false;
      // The index holds stems ("cours" for "course"): compare the word without its ending too.
      const forms = [word, word.replace(/(?:ing|ed|es|e|s)$/, '')];
      if (word.length >= 5 && docstore.termsStartingWith(word.slice(0, 1)).some((term) => forms.some((form) => withinOneEdit(form, term)))) return false;
      // ("trukey": "turkey" with two letters swapped, which its stem "turkei" hides.)
      return spelledAsHeld(docstore, word) === undefined;
    });
}

/**
 * The content words of `text` that none of these articles holds in any form (the word, its
 * stem, the words news writes for it, a long word's first five letters, its title): "the
 * notre dame reopening" asks for a story its one article, on the fire, does not tell.
 */
export function wordsMissingFrom(docstore: Docstore, text: string, articleIds: readonly string[]): string[] {
  const labels = [...docstore.labelsOf(articleIds)];
  const titles = articleIds.map((id) => docstore.getArticle(id)?.title.toLowerCase() ?? '');
  const held = (query: string) => docstore.labelsMatching(query, labels).size > 0;
  return contentTerms(text)
    .map((quoted) => quoted.slice(1, -1))
    .filter((word) => !(held(matchTerm(`"${word}"`)) || prefixHeld(held, word) || wordForms(word).some((form) => titles.some((t) => t.includes(form)))));
}

/**
 * A long word's first five letters, for the forms a stemmer does not join ("prorogation",
 * "prorogued"); not where the word is two words the library holds, joined ("obamacare" is no
 * form of "obama", nor of "care"). A word English lacks must share more than half its
 * letters: "cybertruck" is no form of "cyberattack".
 */
function prefixHeld(held: (query: string) => boolean, word: string): boolean {
  if (word.length < 6 || !held(`"${word.slice(0, 5)}"*`)) return false;
  // (The lexicon only where the first five letters are held.)
  const letters = Math.ceil(word.length * 0.6);
  if (letters > 5 && !isEnglishWord(word) && !held(`"${word.slice(0, letters)}"*`)) return false;
  for (let at = 4; at <= word.length - 4; at++) {
    if (held(matchTerm(`"${word.slice(0, at)}"`)) && held(matchTerm(`"${word.slice(at)}"`))) return false;
  }
  return true;
}

/** True when some article's title holds `word` as a word's start ("Slovakia" of a headline whose text says "Slovak Republic"). */
export function inTitle(docstore: Docstore, word: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(word)}`, 'iu');
  return docstore.findArticles(word).some((a) => pattern.test(a.title));
}

/** How the library writes a word apart, if it does: "d souza" (D'Souza) for "dsouza". */
function writtenApart(held: (query: string) => boolean, word: string): string | undefined {
  // ("400m" is "400 m", "5km" "5 km": a figure and its unit.)
  const measure = /^(\d+)(\p{L}{1,3})$/u.exec(word);
  if (measure && held(`"${measure[1]} ${measure[2]}"`)) return `${measure[1]} ${measure[2]}`;
  for (let cut = 1; cut <= word.length - 3; cut++) {
    const apart = `${word.slice(0, cut)} ${word.slice(cut)}`;
    if (held(`"${apart}"`)) return apart;
  }
  return undefined;
}

/**
 * `text` with each word the library holds only written apart spelled that way ("dsouza" →
 * "d souza", for D'Souza; "orourke" → "o rourke"), and each long word typed one slip off a
 * word it holds spelled as the articles spell it ("syira" → "syria"), so that its words
 * meet the articles'.
 */
export function asWritten(docstore: Docstore, text: string, slips: Slips = new Map()): string {
  const held = (query: string) => docstore.countMatching(query) > 0;
  return text.replace(/[\p{L}\p{N}]{4,}/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    // ("pullout": a plain word news writes otherwise, "withdrawal", is no "pull out".)
    if (held(`"${lower}"`) || newsWords(lower).length > 0) return word;
    // (Nor is "shouldn" of "shouldn't" a slip, whatever the index holds.)
    if (/n$/.test(lower) && /^['’]t(?!\p{L})/iu.test(text.slice(at + word.length))) return word;
    // (Last, English: "druming" is "drumming", which no article writes. Not before a question
    // is read, as respelled is: a name no article holds is no English word either.)
    return writtenApart(held, lower) ?? typedPlain(docstore, lower) ?? spelledOnce(docstore, lower, slips) ?? englishSpelling(lower) ?? word;
  });
}

/** Typed words and what spelledAsHeld made of them, so that a library mends a word (or fails to) once while its articles stay the same. */
export type Slips = Map<string, string | undefined>;

function spelledOnce(docstore: Docstore, word: string, slips: Slips): string | undefined {
  if (!slips.has(word)) slips.set(word, spelledAsHeld(docstore, word));
  return slips.get(word);
}

/**
 * `text` with each word of five letters or more that the index does not hold, but holds one
 * slip off (spelledAsHeld), spelled as held: "the iranian health minisrty", "the
 * crimminologist", "the pnetagon". Read before a question is parsed, so that whom it asks
 * for is found by the words the articles describe them with.
 */
export function respelled(docstore: Docstore, text: string, slips: Slips = new Map()): string {
  const held = (query: string) => docstore.countMatching(query) > 0;
  return text
    .replace(/\p{L}{5,}/gu, (word) => {
      const lower = word.toLowerCase();
      // (Held as the index stems it is not always written: "prosecuter" meets "prosecutor",
      // but the articles describe no one by it; a vowel for a vowel is its likeliest slip.)
      if (held(`"${lower}"`)) return isEnglishWord(lower) || writes(docstore, lower) !== undefined ? word : (vowelForVowel(docstore, lower) ?? word);
      return spelledOnce(docstore, lower, slips) ?? word;
    })
    .replace(/(?<=(?<![\p{L}'’])(\p{L}{2,})\s+)\p{L}{3,5}(?![\p{L}'’])/gu, (word, first: string) => (held(`"${word.toLowerCase()}"`) ? word : surnameTypedShort(docstore, first.toLowerCase(), word.toLowerCase()) ?? word))
    // ("aya sofya": the "Ayasofya" the articles write as one word, typed as two, one of which
    // they never hold.)
    .replace(/(?<![\p{L}'’])(\p{L}{2,})\s+(?=(\p{L}{2,})(?![\p{L}'’]))/gu, (pair, first: string, second: string) => {
      const joined = `${first}${second}`.toLowerCase();
      return joined.length >= 6 && held(`"${joined}"`) && !(held(`"${first.toLowerCase()}"`) && held(`"${second.toLowerCase()}"`)) ? first : pair;
    });
}

/**
 * The surname a short word after a first name was typed from, one letter short or with two
 * letters swapped, where the articles write the two as a name ("harry dun": "Harry Dunn").
 * Only beside the first name: a short word alone one letter off is too often another word.
 */
function surnameTypedShort(docstore: Docstore, first: string, word: string): string | undefined {
  // (A first name is one the articles write capitalised: most words before a short one are not.)
  if (writes(docstore, first) !== 'capitalised') return undefined;
  const candidates = new Set<string>();
  for (let i = 1; i <= word.length; i++) for (const letter of 'abcdefghijklmnopqrstuvwxyz') candidates.add(word.slice(0, i) + letter + word.slice(i));
  for (let i = 0; i + 1 < word.length; i++) if (word[i] !== word[i + 1]) candidates.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return [...candidates].find((candidate) => docstore.countMatching(`"${first} ${candidate}"`) > 0 && writes(docstore, `${first} ${candidate}`) === 'capitalised');
}

/**
 * The word the articles write with a letter no accent-folding undoes, for one typed with the
 * plain letter a keyboard has ("pawel": "Paweł"; "lukasz": "Łukasz"). The index folds "ğ" to
 * "g" but keeps "ł", so "pawel" would meet no passage and no quote.
 */
function typedPlain(docstore: Docstore, word: string): string | undefined {
  const starts = [word[0]!, ...Object.keys(PLAIN_LETTERS).filter((letter) => PLAIN_LETTERS[letter]!.startsWith(word[0]!))];
  return starts.flatMap((start) => docstore.termsStartingWith(start)).find((term) => term !== word && [...term].map((c) => PLAIN_LETTERS[c] ?? c).join('') === word);
}

/** Letters that are no accented form of another (NFKD leaves them whole), as typed plain. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ı: 'i', ħ: 'h', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/**
 * How the articles spell a word typed one slip off one they hold ("syira": "Syria";
 * "trukey": "Turkey"; "stabebd": "stabbed"): two neighbouring letters swapped back, or a
 * letter typed three times in a row once less; the form most passages hold. Not one letter
 * for another, which makes other words of names the library lacks ("mayon" is no "mayor").
 */
function spelledAsHeld(docstore: Docstore, word: string): string | undefined {
  // (Not a word English has as typed, however near one the articles write: "khashoggi's
  // fiance" is no "finance", "the ship stuck" no "struck", "picking" no "licking".)
  if (word.length < 5 || /\d/.test(word) || isEnglishWord(word)) return undefined;
  const mostHeld = (slips: ReadonlySet<string>) => [...slips].map((slip) => [slip, docstore.countMatching(matchTerm(`"${slip}"`))] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])[0]?.[0];
  return mostHeld(slipsOf(word)) ?? transliterated(docstore, word) ?? letterLeftOut(docstore, word) ?? keyNextDoor(docstore, word) ?? (word.length >= TWO_SLIPS ? mostHeld(longSlipsOf(docstore, word)) : undefined);
}

/**
 * The words a long word may have been typed from, where a slip more leaves it still far from
 * any other word: two slips of slipsOf ("soliemanni": "Soleimani"), or any one letter typed
 * too many in a word the articles write in lower case ("prorogration"; a name so typed is
 * another spelling of it, "zelenskiy", which names are matched by).
 */
function longSlipsOf(docstore: Docstore, word: string): Set<string> {
  const slips = new Set([...slipsOf(word)].flatMap((slip) => [...slipsOf(slip)]));
  for (let i = 0; i < word.length; i++) {
    const slip = word.slice(0, i) + word.slice(i + 1);
    if (writes(docstore, slip) === 'lower') slips.add(slip);
  }
  return slips;
}

// How long a word must be for a slip more in it to leave it still far from any other word.
const TWO_SLIPS = 9;

/** The words `word` may have been typed from by one slip: two neighbouring letters swapped back, or a letter typed once too many. */
function slipsOf(word: string): Set<string> {
  const slips = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) if (word[i] !== word[i + 1]) slips.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  // (A letter typed once too many where the word has it twice, "commmittee", or once,
  // "crimminologist"; not any letter taken out, which leaves other words: "piartes" is no
  // "partes", "goverment" no "overment".)
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) slips.add(word.slice(0, i) + word.slice(i + 1));
  return slips;
}

/**
 * The English word the articles write that a long word was typed from with one vowel for
 * another, as it sounds ("prosecuter": "prosecutor"; "governer": "governor"). Only to a word
 * English has, from seven letters typed: a vowel is a name's commonest variant ("zelensky",
 * "zelenskiy"), which no English word is.
 */
function vowelForVowel(docstore: Docstore, word: string): string | undefined {
  if (word.length < 7) return undefined;
  const candidates = [...word].flatMap((letter, i) => (/[aeiou]/.test(letter) ? [...'aeiou'].filter((v) => v !== letter).map((v) => word.slice(0, i) + v + word.slice(i + 1)) : []));
  return mostWritten(docstore, candidates.filter(isEnglishWord));
}

// Each letter's neighbours on a QWERTY keyboard, where a finger slips.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS: Readonly<Record<string, string>> = Object.fromEntries(
  ROWS.flatMap((row, r) =>
    [...row].map((letter, i) => [letter, [row[i - 1], row[i + 1], ROWS[r - 1]?.[i], ROWS[r - 1]?.[i + 1], ROWS[r + 1]?.[i], ROWS[r + 1]?.[i - 1]].filter(Boolean).join('')]),
  ),
);

/**
 * The word the articles write that a word was typed from with one letter for the key next
 * to it ("parlkament": "parliament"; "legislatprs": "legislators"). Only a neighbouring key,
 * in a word of seven letters or more: one letter for another in a shorter one makes other
 * words of names and words the library lacks ("mayon" is no "mayor", "hacked" no "backed"),
 * and for any key, other words of common ones ("saldiers" is no "soldiers").
 */
function keyNextDoor(docstore: Docstore, word: string): string | undefined {
  if (word.length < 7) return undefined;
  return mostWritten(docstore, [...word].flatMap((letter, i) => [...(NEIGHBOURS[letter] ?? '')].map((next) => word.slice(0, i) + next + word.slice(i + 1))));
}

/**
 * The word the articles write that a word was typed from with one letter left out
 * ("prrogation": "prorogation"; "vedict": "verdict"; "vanderilt": "Vanderbilt"), the form
 * most passages hold; a name only from six letters typed, as a shorter name the library
 * lacks is often a letter short of one it has.
 */
function letterLeftOut(docstore: Docstore, word: string): string | undefined {
  const candidates: string[] = [];
  for (let i = 1; i <= word.length; i++) for (const letter of 'abcdefghijklmnopqrstuvwxyz') candidates.push(word.slice(0, i) + letter + word.slice(i));
  const meant = mostWritten(docstore, candidates);
  return meant && (word.length >= 6 || writes(docstore, meant) === 'lower') ? meant : undefined;
}

/** Of the words a typed one may have meant, the one most passages hold, written as it is. */
function mostWritten(docstore: Docstore, candidates: readonly string[]): string | undefined {
  const found: Array<[string, number]> = [];
  for (const candidate of new Set(candidates)) {
    // (The index matches stems: "wooeds" meets "wooed"; the word itself must be written.)
    const count = docstore.countMatching(matchTerm(`"${candidate}"`));
    if (count > 0 && writes(docstore, candidate) !== undefined) found.push([candidate, count]);
  }
  return found.sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The name the articles write for a long word typed with one vowel for another, as names
 * are transliterated ("suleimani": "Soleimani"). Only a name the articles write capitalised,
 * and only in a word of seven letters or more: in shorter ones and in common words one vowel
 * for another makes other words ("saldiers" is no "soldiers").
 */
function transliterated(docstore: Docstore, word: string): string | undefined {
  if (word.length < 7) return undefined;
  const names: Array<[string, number]> = [];
  for (let i = 0; i < word.length; i++) {
    if (!VOWELS.includes(word[i]!)) continue;
    for (const vowel of VOWELS) {
      if (vowel === word[i]) continue;
      const name = word.slice(0, i) + vowel + word.slice(i + 1);
      const count = docstore.countMatching(matchTerm(`"${name}"`));
      if (count > 0 && writes(docstore, name) === 'capitalised') names.push([name, count]);
    }
  }
  return names.sort((a, b) => b[1] - a[1])[0]?.[0];
}

const VOWELS = 'aeiouy';
