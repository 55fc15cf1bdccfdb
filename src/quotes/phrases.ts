import { isCountry } from './countries.ts';
import { isCueWord } from './cues.ts';
import { isOrganisation, nameKey } from './names.ts';
import type { Token } from './tokens.ts';

/**
 * Reading noun phrases out of tagged tokens: the speaker and role phrases around a cue
 * ("longtime Democratic pollster Pat Caddell", "the judge presiding over the case"), and
 * whether a phrase is a person's name.
 */
export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART', 'X']);
const NP_JOINERS = new Set(['of', 'for', 'at', 'in', 'from', '-', '.', '&', 'and', "'s", '’s', 'on']);

// Words the tagger reads as verbs before a role or a name: "lead author", "acting director",
// "eyewitness Vinnie DeVita".
const MODIFIERS = /^(?:lead|acting|eyewitness|witness|leading|managing|founding|presiding|supervising|consulting|retired|outgoing|incoming|ruling|governing|serving|elected)$/;

// Offices held to a place or a person.
const OFFICES_TO = /^(?:ambassador|envoy|adviser|advisor|representative|delegate|emissary)$/;

// A joiner inside a phrase: "head of the institute", "Scotland's", and the bare apostrophe
// of a plural's or a name's possessive ("Windsor Locks' first selectman").
function joins(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (NP_JOINERS.has(t.lower)) return true;
  const before = tokens[k - 1];
  // "US Ambassador to Germany Richard Grenell": an office held to a place.
  if (t.lower === 'to') return !!before && OFFICES_TO.test(before.lower);
  return /^['’]$/.test(t.text) && !!before && before.end === t.start && /s$/i.test(before.text);
}

function isNpToken(t: Token | undefined, next?: Token): boolean {
  if (!t) return false;
  // "what organizers estimated at 1.7 million": a free relative, no part of who spoke.
  if (/^(?:what|whatever)$/.test(t.lower)) return false;
  // ("one well-connected Democrat", "a Kremlin-backed official": a compound the tagger calls a
  // verb modifies the noun after it.)
  if (t.pos === 'VERB' && (MODIFIERS.test(t.lower) || /\p{L}-\p{Ll}+(?:ed|ing)$/u.test(t.text)) && /^(?:NOUN|PROPN|ADJ)$/.test(next?.pos ?? '')) return true;
  if (NP_POS.has(t.pos)) return !/^["\u201c\u201d,;:]$/.test(t.text);
  // The tagger calls some foreign names verbs ("Woo/VERB Su-keun"); a capitalized word
  // that is no reporting verb is taken as part of a name.
  return /^\p{Lu}\p{L}/u.test(t.text) && !isCueWord(t.lower);
}

/**
 * The noun phrase that ends at token `end` (exclusive), read backwards: "longtime
 * Democratic pollster Pat Caddell", "One user", "he". Stops at punctuation, verbs and
 * quote marks. Inner "of"/"at"/"-" join phrases ("head of the institute").
 */
export function phraseEndingAt(tokens: readonly Token[], end: number, floor: number): [number, number] | undefined {
  let i = end - 1;
  if (!isNpToken(tokens[i])) return undefined;
  while (i - 1 >= floor) {
    const prev = tokens[i - 1]!;
    if (isNpToken(prev, tokens[i])) i--;
    else if (joins(tokens, i - 1) && isNpToken(tokens[i - 2]) && i - 2 >= floor) i -= 2;
    // "the University of Colorado at Boulder (CU Boulder) in Colorado": a short name in
    // brackets inside the phrase, before a preposition (not "and": "the University of Hawaii
    // (UH) and the University of Southern California" are two).
    else if (joins(tokens, i - 1) && prev.lower !== 'and' && tokens[i - 2]?.text === ')') {
      const open = bracketOpening(tokens, i - 2, floor);
      if (open === undefined) break;
      i = open - 1;
    } else break;
    if (end - i > 16) break;
  }
  // "On Thursday officials said": a day opening the phrase is when, not who.
  const day = /^(?:(?:on|last|this|past|early|late)\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\s+/i.exec(tokens.slice(i, end).map((t) => t.text).join(' ') + ' ');
  const when = day ? day[0].trim().split(/\s+/).length : 0;
  return [i + (i + when < end ? when : 0), end];
}

/** The "(" of a short bracket closing at `close`, when a phrase's word comes before it. */
function bracketOpening(tokens: readonly Token[], close: number, floor: number): number | undefined {
  for (let k = close - 1; k > floor && k >= close - 5; k--) {
    if (tokens[k]!.text === '(') return isNpToken(tokens[k - 1]) ? k : undefined;
    if (!isNpToken(tokens[k])) return undefined;
  }
  return undefined;
}

export function phraseStartingAt(tokens: readonly Token[], start: number, ceiling: number): [number, number] | undefined {
  let i = start;
  if (!isNpToken(tokens[i], tokens[i + 1])) return undefined;
  while (i + 1 < ceiling) {
    const next = tokens[i + 1]!;
    // "told her followers her team had …": a determiner after a noun opens another phrase.
    if (/^(?:the|a|an|his|her|their|its|our|my|your)$/.test(next.lower) && /^(?:NOUN|PROPN)$/.test(tokens[i]!.pos)) break;
    // "one Democrat familiar with the campaign": an adjective with its own phrase after the
    // noun describes it, no part of it.
    if (next.pos === 'ADJ' && /^(?:with|to|of|about|in)$/.test(tokens[i + 2]?.lower ?? '') && /^(?:NOUN|PROPN)$/.test(tokens[i]!.pos)) break;
    if (isNpToken(next, tokens[i + 2])) i++;
    else if (joins(tokens, i + 1) && isNpToken(tokens[i + 2]) && i + 2 < ceiling) i += 2;
    else break;
    if (i - start > 16) break;
  }
  return [start, i + 1];
}

export function hasName(tokens: readonly Token[], [from, to]: [number, number]): boolean {
  for (let i = from; i < to; i++) if (/^\p{Lu}/u.test(tokens[i]!.text) || PRONOUNS.has(tokens[i]!.lower)) return true;
  return false;
}

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'some', 'no', 'any', 'new', 'many']);

/**
 * "Jo Anne Val Tilburg of the University of California, Los Angeles disagreed": the words
 * after the comma are the institution's place, and the person opening the sentence is the
 * subject. The whole phrase, when the phrase found is such a place.
 */
export function placeInSubject(tokens: readonly Token[], from: number, found: [number, number]): [number, number] | undefined {
  if (found[1] - found[0] > 2 || tokens[found[0] - 1]?.text !== ',') return undefined;
  const whole = phraseEndingAt(tokens, found[0] - 1, from);
  if (!whole || whole[0] !== from || !tokens.slice(whole[0], whole[1]).some((t) => /^(?:of|at|from)$/.test(t.lower))) return undefined;
  return isPersonName(tokens, [whole[0], whole[0] + 2]) ? [whole[0], found[1]] : undefined;
}

/** A clause stop: ";", ":", or a full stop with a space after it (not "UOL.com.br"). */
export function stops(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return /^[;:]$/.test(t.text) || (t.text === '.' && tokens[k + 1]?.start !== t.end);
}

export function textOf(tokens: readonly Token[], [from, to]: [number, number]): string {
  return tokens.slice(from, to).map((t) => t.text).join(' ');
}

/** A person's name of two words or more ("Morgan Ortagus"), not a role or an organisation. */
export function isPersonName(tokens: readonly Token[], range: [number, number]): boolean {
  // "the president of the League for Human Rights" is a role, whatever names it holds.
  if (DETERMINERS.has(tokens[range[0]]!.lower)) return false;
  const key = nameKey(textOf(tokens, range));
  return key.length >= 2 && !isOrganisation(key.join(' '));
}

/**
 * "His mother, Anwar,", "the company's spokesman, Smith,": a role ending in a common noun,
 * then one capitalised word between commas that is no place, is the role's holder by name.
 */
export function oneNameAfterRole(tokens: readonly Token[], head: [number, number], appositive: [number, number]): boolean {
  const last = tokens[head[1] - 1];
  const name = tokens[appositive[0]];
  return (
    appositive[1] - appositive[0] === 1 &&
    last?.pos === 'NOUN' &&
    /^\p{Ll}/u.test(last.text) &&
    name?.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}+$/u.test(name.text) &&
    !isCountry(name.text) &&
    !WEEKDAYS_AND_MONTHS.test(name.text)
  );
}

// (Not "May", a surname too.)
const WEEKDAYS_AND_MONTHS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** "(against) the state of emergency President Trump": a determiner, common nouns, then a name, after a preposition mid-clause. */
export function relativeClause(tokens: readonly Token[], [start, end]: [number, number], from: number): boolean {
  // ("after the publisher ReganBooks announced", "a story by the website Politico says": a
  // clause, or an agent, follows these.)
  if (start - 2 < from || tokens[start - 1]!.pos !== 'ADP' || /^(?:after|before|since|until|as|by|because|while|once)$/.test(tokens[start - 1]!.lower)) return false;
  if (!/^(?:NOUN|VERB)$/.test(tokens[start - 2]!.pos)) return false;
  if (!/^(?:the|a|an)$/.test(tokens[start]!.lower)) return false;
  let k = start + 1;
  while (k < end && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
  // ("a photo and Clinton said", "a clip of McCain saying", "the polls on Super Tuesday":
  // the words before the name end in a preposition or join two phrases: no such clause.)
  if (k === start + 1 || k === end || tokens[k - 1]!.pos !== 'NOUN') return false;
  if (tokens.slice(start, k).some((t) => /^(?:and|or|but)$/.test(t.lower))) return false;
  return tokens.slice(k, end).every((t) => /^\p{Lu}/u.test(t.text) && !/['’]s$/.test(t.text));
}

/** Where a wiki gloss "((pl))Polish language: ‍" opens, when it ends at token `at`. */
export function glossBefore(tokens: readonly Token[], at: number, from: number): number | undefined {
  // k: the joiner that ends the gloss's label, inside the phrase or just before it.
  const k = tokens[at]?.text === '\u200d' ? at : at - 1;
  if (tokens[k]?.text !== '\u200d') return undefined;
  const opens = k - 8;
  if (opens < from || tokens[k - 1]?.text !== ':' || tokens[k - 2]?.lower !== 'language') return undefined;
  return tokens.slice(opens, opens + 5).map((t) => t.text).join('') === `((${tokens[opens + 2]!.text}))` ? opens : undefined;
}

// Tokens that may stand between a subject and its cue: "Lee also said", "she has said".
// So do an adverb in -ly and "only", "just", "still" as adverbs ("Gordon only noted", "she
// angrily replied"; not "the only comment").
const BETWEEN = new Set(['also', 'later', 'then', 'kept', 'has', 'have', 'had', 'would', 'will', 'did', 'does', 'reportedly', 'previously', 'once', 'again', 'further', 'repeatedly', 'earlier', 'recently', 'often', 'publicly', 'privately', 'simply', 'flatly', 'firmly', 'quickly', 'and', 'but']);
export function between(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  // "she has since said": "since" after "has" is an adverb, whatever the tagger says.
  if (t.lower === 'since' && /^(?:has|have|had)$/.test(tokens[i - 1]?.lower ?? '')) return true;
  return BETWEEN.has(t.lower) || (t.pos === 'ADV' && /^(?:\p{L}{3,}ly|only|just|still)$/u.test(t.lower) && !DETERMINERS.has(tokens[i - 1]?.lower ?? ''));
}
