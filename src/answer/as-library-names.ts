import type { Library } from '../library/index.ts';
import { isTitle } from '../quotes/index.ts';
import type { ParsedQuestion } from './parse-question.ts';
import { topicNames } from './topic-names.ts';
import { ROLE_WORDS, whoIsAsked } from './who-is-asked.ts';
import { lookupTable } from '../lookup-table.ts';

/**
 * A parsed question with whom it asks for and its topic as the library names them: initials
 * no article writes spelt out, a possessive typed without its apostrophe read as the name, a
 * role owned by a pronoun read as the role of the one the question names, and a capital
 * asked for as its country.
 */
export function asLibraryNames(library: Library, parsed: ParsedQuestion): ParsedQuestion {
  return withSeatAsCountry(library, withOwnerNamed(library, withApostrophe(library, withInitialsSpelledOut(library, withOfficeNamed(parsed)))));
}

// An office by chat's name for it, as the articles name it: "greece's top diplomat" is its
// foreign minister (who may be its "Foreign Secretary" or "Secretary of State": the office's
// other names are the speaker index's and holdsOffice's to find); "the pontiff" is the pope.
const CHAT_OFFICES: ReadonlyArray<[RegExp, string]> = [
  [/\btop\s+diplomat(s?)\b/i, 'foreign minister$1'],
  [/\b(?:pontiff|holy\s+father|his\s+holiness)\b/i, 'pope'],
];

/** Whom the question asks for, with an office chat names its own way named as articles do. */
function withOfficeNamed(parsed: ParsedQuestion): ParsedQuestion {
  const named = (typed: string | undefined) => CHAT_OFFICES.reduce((text, [chat, office]) => text.replace(chat, office), typed ?? '');
  return {
    ...parsed,
    ...(parsed.speaker ? { speaker: named(parsed.speaker) } : {}),
    ...(parsed.group ? { group: named(parsed.group) } : {}),
  };
}

// Seats of government news names for the government ("Berlin said …", "Downing Street"), and
// their countries as a question asking for a place's words types them. (Not cities with a
// voice of their own, "paris", "london", whose mayors the articles quote.)
const SEATS: Record<string, string> = lookupTable({
  berlin: 'germany', washington: 'america', tehran: 'iran', baghdad: 'iraq', warsaw: 'poland', beijing: 'china',
  moscow: 'russia', kremlin: 'russia', ankara: 'turkey', canberra: 'australia', pyongyang: 'north korea', havana: 'cuba',
  riyadh: 'saudi arabia', kyiv: 'ukraine', kiev: 'ukraine', ottawa: 'canada', 'new delhi': 'india', islamabad: 'pakistan',
  tokyo: 'japan', seoul: 'south korea', caracas: 'venezuela', damascus: 'syria', kabul: 'afghanistan', manila: 'the philippines',
  jakarta: 'indonesia', brasilia: 'brazil', 'brasília': 'brazil', 'downing street': 'the uk', 'number 10': 'the uk', 'no 10': 'the uk',
  whitehall: 'the uk', elysee: 'france', 'élysée': 'france',
});
const SEAT = new RegExp(`^(?:the\\s+)?(${Object.keys(SEATS).join('|')})((?:['’]s?)?(?:\\s+.*)?)$`, 'iu');

/**
 * "what did berlin say", "tehran's supreme leader": a capital or seat of government for its
 * country, alone or owning an office; not a speaker the library quotes by that name ("the
 * Kremlin", if it were) nor another name it starts ("the washington post").
 */
function withSeatAsCountry(library: Library, parsed: ParsedQuestion): ParsedQuestion {
  const seat = SEAT.exec(parsed.speaker?.trim() ?? '');
  if (!seat || (seat[2] && !/^['’]/.test(seat[2]))) return parsed;
  const { nameOf } = library.people();
  const named = library.speakerKeys(seat[1]!).some((key) => nameOf.get(key)?.toLowerCase().replace(/^the\s+/, '') === seat[1]!.toLowerCase());
  if (named) return parsed;
  // (Its words only, never the articles' sentences about the country: "beijing's reaction to
  // …" is not answered by a sentence naming China.)
  const { guessed: _, ...asked } = parsed;
  return { ...asked, speaker: `${SEATS[seat[1]!.toLowerCase()]}${seat[2]}` };
}

/**
 * "obamas reaction to …": a speaker typed as a possessive without its apostrophe, where the
 * articles write the name but never the word typed, is the name, quoted or not: not a kind
 * of people called "obamas", whom the story's voices would answer for.
 */
function withApostrophe(library: Library, parsed: ParsedQuestion): ParsedQuestion {
  const last = parsed.speaker?.split(/\s+/).at(-1) ?? '';
  const name = last.slice(0, -1);
  // (Not a name the library quotes a letter off as typed: "hubert minis" is Hubert Minnis.)
  if (!/^\p{L}+[^s']s$/u.test(last) || library.writes(last) !== undefined || library.writes(name) !== 'capitalised' || library.isCommonWord(name) || library.speakerKeys(parsed.speaker!).length > 0) return parsed;
  return { ...parsed, speaker: parsed.speaker!.replace(/s$/, '') };
}

/**
 * "why did sea-eye name its ship after alan kurdi, per its spokeswoman": a role owned by a
 * pronoun is the role of the one the question names whose such role the library quotes
 * ("sea-eye spokeswoman": Carlotta Weibl), not anyone's of that role.
 */
function withOwnerNamed(library: Library, parsed: ParsedQuestion): ParsedQuestion {
  const owned = /^(?:its|his|her|their)\s+(.+)$/i.exec(parsed.speaker ?? '');
  if (!owned || parsed.topic === parsed.speaker) return parsed;
  // (Someone other than the owner: "kay spokeswoman" finds Kay Ivey, and the words after her
  // name for a topic.)
  const holds = (name: string) => {
    const asked = whoIsAsked(library, `${name} ${owned[1]}`);
    const own = new Set(library.speakerKeys(name));
    return asked.speaker !== undefined && !asked.topicWords && !library.speakerKeys(asked.speaker).some((key) => own.has(key));
  };
  const owner = topicNames(library, parsed.topic).find(holds);
  return owner ? { ...parsed, speaker: `${owner} ${owned[1]}` } : parsed;
}

/**
 * The question with initials no article writes spelt out as the articles name the body, in
 * whom it asks for and in its topic ("the fdot official": the "Florida Department of
 * Transportation official"): read as typed, they would be a word no article holds.
 */
function withInitialsSpelledOut(library: Library, parsed: ParsedQuestion): ParsedQuestion {
  // (Each text's unknown words read once: a plain question's topic is all of it.)
  const spell = (typed: string, who = false) => {
    const unknown = new Set(library.unknownWords(typed));
    // The one person it asks for may type initials that are a word as well ("the florida
    // dot guy"): there, unless the library quotes them as typed, the word before whom it
    // describes, if it is no office and no one's name. (Not a group's words: "experts" would
    // be read for initials on every question that asks for them; not "cow" of "the cow urine
    // guy", which is what he spoke of.)
    const beforeHead = typed.trim().split(/\s+/).at(-2)?.toLowerCase();
    const initials = (word: string) => unknown.has(word.toLowerCase()) || (who && word.toLowerCase() === beforeHead && !isTitle(word) && !library.isNameWord(word));
    // ("running for pm": an office as chat shortens it, where no article writes it so.)
    return typed
      .replace(/\b(?:pm|fm|cm|ag)\b/gi, (word) => (unknown.has(word.toLowerCase()) ? ROLE_WORDS[word.toLowerCase()]! : word))
      .replace(/\b[a-z]{3,6}\b/gi, (word) => (initials(word) ? library.spelledOut(word)?.toLowerCase() : undefined) ?? word);
  };
  return {
    ...parsed,
    topic: spell(parsed.topic),
    ...(parsed.speaker ? { speaker: spell(parsed.speaker, library.speakerKeys(parsed.speaker).length === 0) } : {}),
    ...(parsed.group ? { group: spell(parsed.group) } : {}),
    ...(parsed.deed ? { deed: spell(parsed.deed) } : {}),
  };
}
