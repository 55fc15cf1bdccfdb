import type { Library } from '../library/index.ts';
import { fold, isCountry, isOrganisation, isPeopleWord, isTitle, titleInFull, typedWithinOneEdit } from '../quotes/index.ts';
import { POLITENESS } from './plain-question.ts';
import { SPEECH_WORD } from './speech-words.ts';
import { countriesIn, countryNames, namesHeld, ofAnotherCountry } from './topic-names.ts';
import { lookupTable } from '../lookup-table.ts';

/*
 * Whom a question asks for, read against the library: a name it quotes ("pelosi"), an office
 * ("the polish president"), a body of a place ("the iranian health ministry"), a kind of
 * people, or nobody it quotes.
 */

/**
 * Whom a typed speaker names: someone the library quotes ("pelosi"; "munks wife mary" is
 * Mary, past the words of kinship), nobody it quotes ("nigel farage"), or no one person at
 * all ("marathon runners", "the prime minister": words of the topic). The library tells a
 * common word ("wife", "runners") from a name by how its articles write it.
 */
export function whoIsAsked(library: Library, typed: string): { speaker?: string; topicWords?: string; nobody?: boolean; place?: boolean; absent?: string; described?: boolean } {
  // ("that hindu group leader": "that" points as "the" does.)
  if (/^(?:that|this)\s+\S+\s+\S/i.test(typed.trim())) return whoIsAsked(library, typed.trim().replace(/^(?:that|this)\s+/i, 'the '));
  // ("the local sheriff": whichever sheriff the story's place has, as "the sheriff" is.)
  if (/^(?:the\s+)?local\s+\S/i.test(typed.trim())) return whoIsAsked(library, typed.trim().replace(/^(?:the\s+)?local\s+/i, ''));
  // ("the interior ministry source", "fsb sources": someone unnamed who speaks for a body,
  // whose words the articles give as the body's: "A source within the central Interior Ministry".)
  const source = /^(?:the\s+)?(.+?)\s+sources?$/i.exec(typed.trim());
  if (source && !/^(?:the|a|an|some|anonymous|unnamed|official|government)$/i.test(source[1]!)) {
    const body = whoIsAsked(library, source[1]!);
    if (body.speaker) return body;
  }
  // "the guy from amnesty", "someone at pg&e" is "the amnesty guy": chat's word for a person
  // of a body, after it (memberOf).
  const fromBody = /^(?:the\s+|a\s+|an\s+|some\s+)?(guy|lady|dude|woman|man|person|bloke|fella|someone|somebody|official|rep|spokes(?:man|woman|person))\s+(?:from|at|with)\s+(?:the\s+)?(.+)$/i.exec(typed.trim());
  if (fromBody) {
    const member = whoIsAsked(library, `${fromBody[2]} ${/^some/i.test(fromBody[1]!) ? 'person' : fromBody[1]}`);
    if (member.speaker) return member;
  }
  // "the family of harry dunn" is "harry dunn's family".
  const ofSomeone = /^(?:the\s+)?(family|relatives|parents|mother|mum|mom|father|dad|wife|widow|husband|son|daughter|brother|sister|lawyer|attorney)\s+of\s+(.+)$/i.exec(typed.trim());
  if (ofSomeone) return whoIsAsked(library, `${ofSomeone[2]}'s ${ofSomeone[1]}`);
  // ("pg&e": initials, whose "&" the articles' full name spells as "and".)
  // (…but "the pg&e boss" is whoever the articles describe by "PG&E", as typed.)
  if (/\p{L}&\p{L}/u.test(typed)) {
    const spelt = whoIsAsked(library, typed.replace(/(?<=\p{L})&(?=\p{L})/gu, ''));
    const described = spelt.speaker ? [] : namesDescribedAs(library, typed.replace(/^the\s+/i, ''));
    return described.length === 1 ? { speaker: described[0] } : spelt;
  }
  // "what did germany say": a country speaks through its people as well as in its own name
  // (below), not only as the one speaker named "Germany".
  if (isCountry(typed.replace(/^the\s+/i, ''))) return { place: true };
  // (An office held by one person is no body named for many: "the philippine bishop" is not
  // the "Catholic Bishops' Conference of the Philippines".)
  // ("germany and russia": countries speak through their people, each as one would alone,
  // not only as the speakers named "Germany" and "Russia".)
  const joined = /\s(?:and|&|vs\.?|versus)\s/i.test(typed) && typed.split(/\s+(?:and|&|vs\.?|versus)\s+/i).some((one) => isCountry(one.replace(/^the\s+/i, '')));
  const keys = joined ? [] : library.speakerKeys(typed);
  // ("the arapaho woman": where the words find only a body, the one person its articles describe
  // as of it, below, before the body.)
  const ofBody = keys.length > 0 && CHATTED.test(typed.trim()) && keys.every((key) => isBody(library, key)) ? memberOf(library, typed) : undefined;
  if (ofBody) return ofBody;
  // ("spanton's lawyer": each lawyer her article quotes, not only the one whose description
  // names her; the other is "another lawyer for the victim".)
  const theirs = keys.length > 0 && /['’]s?\s+[\p{L}-]+$/u.test(typed) ? roleOfHolder(library, typed) : undefined;
  if (theirs) return { speaker: theirs };
  if (theirs === null) return { nobody: true, described: true };
  // (An office typed with its country's name finds no speaker by that name alone: "the
  // philippines defense secretary" is not "CNN Philippines".)
  const typedWords = new Set(typed.toLowerCase().split(/\s+/));
  const byPlaceOnly = (key: string) => {
    const shared = key.split(' ').filter((w) => typedWords.has(w));
    return shared.length > 0 && shared.every((w) => isCountry(w) || library.isPlace(w));
  };
  if (keys.length > 0 && !(isTitle(typed.split(/\s+/).at(-1)!) && keys.every((key) => !isPersons(library, key) || byPlaceOnly(key)))) return { speaker: typed };
  // "fars news agency", "abc news": an outlet the articles name without what it is.
  const outlet = /^(.+?)\s+(?:news(?:\s+(?:agency|network|channel|service))?|newspaper|news\s*paper|tv|television|radio|magazine)$/i.exec(typed.trim())?.[1];
  if (outlet && !joined && library.speakerKeys(outlet).length > 0) return { speaker: outlet };
  // "republicans and trump", "pelosi vs trump": several voices of one story, which its
  // topic finds; no one name to look up.
  // (…unless it names only people the library never quotes: "taylor swift and beyonce"; a
  // voice read as a name and words of a topic, "taylor" and "swift", is none of them.)
  // (…and one side of a comparison the library never quotes, "xi jinping vs carrie lam", leaves
  // nothing to compare: that side is `absent`.)
  if (/\s(?:and|&|vs\.?|versus)\s/i.test(typed)) {
    const parts = typed.split(/\s+(?:and|&|vs\.?|versus)\s+/i);
    const each = parts.map((one) => whoIsAsked(library, one));
    const absent = /\s(?:vs\.?|versus)\s/i.test(typed) ? parts.find((_, i) => each[i]!.nobody) : undefined;
    if (absent) return { nobody: true, absent };
    // ("sec. lorenzana and c/supt. mijares", "the sheriff and the coast guard capt.": each one
    // someone the library quotes, as each would be asked for alone.)
    const voices = each.map((one) => (one.speaker && !one.topicWords ? one.speaker : '')).join(' and ');
    if (!joined && each.every((one) => one.speaker && !one.topicWords) && library.speakerKeys(voices).length > 0) return { speaker: voices };
    return { nobody: each.every((one) => one.nobody || (one.speaker !== undefined && one.topicWords !== undefined)) };
  }
  // "the team leader of lost 52 project", "the us attorney in el paso": the holder of an
  // office of a body or a place, before any name among the words after it ("52 project").
  const [office, of] = typed.split(OF_PLACE);
  if (of !== undefined && office && isTitle(office.split(/\s+/).at(-1)!)) {
    const holder = officeHolder(library, typed) ?? roleOfHolder(library, `${of}'s ${office.split(/\s+/).at(-1)}`);
    if (holder) return { speaker: holder };
  }
  // "what was trumps response": a possessive typed without its apostrophe.
  const singular = typed.slice(0, -1);
  if (/^[^'’]*[^s]s$/i.test(typed) && !library.isCommonWord(singular.split(/\s+/).at(-1)!) && library.speakerKeys(singular).length > 0) return { speaker: singular };
  // "the iranian health ministry": whoever speaks for such a body in an article about the place.
  const body = bodyOfPlace(library, typed);
  if (body) return { speaker: body };
  // "the florida department of transportation guy": chat's word for a person (memberOf).
  const member = memberOf(library, typed);
  if (member) return member;
  const words = typed.split(/\s+/);
  // An office is no name, however often articles capitalise it ("Health Minister Veronika …").
  const common = words.map((w) => isTitle(w) || library.isCommonWord(w));
  // ("the organiser kovalchuk": words of no name before a name say who the person is, as an
  // office does.)
  const lead = words.findIndex((w) => library.isNameWord(w));
  const aName = lead > 0 && words.slice(lead).every((w) => library.isNameWord(w));
  const describing = words.map((_, i) => common[i] || (aName && i < lead));
  // ("melania trump", "first lady melania trump": a whole name the articles write for someone
  // they never quote, not Donald Trump with a word before his surname.)
  const wholeName = words.slice(common.lastIndexOf(true) + 1).join(' ');
  if (aName && /\s/.test(wholeName) && library.speakerKeys(wholeName).length === 0 && library.writes(wholeName) === 'capitalised') return { nobody: true };
  const rest = words.slice(describing.lastIndexOf(true) + 1).join(' ');
  // "the boat fire captain": the words before an office are the story's; those before a
  // name ("nato chief stoltenberg") only say who the person is.
  // ("the pm of samoa": "of samoa" names the office's place, below, not someone.)
  // (Not a body's own name before its kind: "harvard university", "the green party" are no
  // university or party the library quotes, "Tsinghua University", with a word of description
  // before it. A commission's or a ministry's words may be its name reordered: "the us
  // religious freedom commission" is the "Commission on International Religious Freedom".)
  const ownName = NAMED_KIND.test(rest) && words.length - (words[0]?.toLowerCase() === 'the' ? 1 : 0) > 1;
  if (rest && rest !== typed && !ownName && !/^(?:of|for|at|from|in)\s/i.test(rest) && library.speakerKeys(rest).length > 0) {
    return isTitle(rest.split(/\s+/).at(-1)!) ? { speaker: rest, topicWords: words.slice(0, describing.lastIndexOf(true) + 1).join(' ') } : { speaker: rest };
  }
  // "carrie lam video address": a name, then words of the topic (not a person's office or
  // trade: "the johns hopkins anthropologist" is no one's words on anthropologists).
  // ("shapps face masks": one word, where it is a person's name.)
  for (let n = words.length - 1; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    // ("qandeel baloch's mother" is someone else: a possessive owns the words after it.)
    const topical = !/['’]s?$/.test(words[n - 1]!) && words.slice(n).every((w, i) => common[n + i] && !isTitle(w) && !isPeopleWord(w));
    if (!topical || common.slice(0, n).some(Boolean)) continue;
    const keys = library.speakerKeys(name);
    if (keys.length > 0 && (n >= 2 || keys.every((key) => isPersons(library, key) && key.split(' ').includes(name.toLowerCase())))) return { speaker: name, topicWords: words.slice(n).join(' ') };
  }
  // ("quotes from cindy ferrer typhoon phanfone": a person's whole name, then a story's names,
  // which no name of theirs goes on with.)
  for (let n = words.length - 1; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (/['’]s?$/.test(words[n - 1]!) || words.slice(n).some((w) => isTitle(w) || isPeopleWord(w))) continue;
    const keys = library.speakerKeys(name);
    if (keys.length === 1 && isPersons(library, keys[0]!) && fold(nameOfKey(library, keys[0]!) ?? '').split(/\s+/).join(' ') === fold(name)) return { speaker: name, topicWords: words.slice(n).join(' ') };
  }
  // "the bahamas prime minister": the one holder of the office quoted in an article about the place.
  // "the ucla archaeologist": articles give a scholar's affiliation more often than their
  // trade ("Jo Anne Van Tilburg of the University of California, Los Angeles"); by where they
  // work first ("the harvard astronomer" is not the UCL one quoted in the article that names
  // Harvard).
  // (…and "the cambridge university professor" is no professor the library quotes where the
  // university names none, not the one quoted in the article that names Cambridge.)
  const academic = SCHOLARS.test(roleOf(typed) ?? '') && ACADEMY.test(typed);
  const holder = scholarOf(library, typed) ?? (academic ? undefined : (officeHolder(library, typed) ?? tradeHolder(library, typed)));
  if (holder) return { speaker: holder };
  // "mike ryan from the who": the name, without the affiliation.
  // (Not "the mayor of gdansk": an office of a place, not every mayor.)
  const named = typed.split(/\s+(?:from|of|at|with)\s+/i)[0]!;
  if (named !== typed && !roleOf(named) && library.speakerKeys(named).length > 0) return { speaker: named };
  // "the assam mla suman haripriya": a name of two words or more after words that describe
  // the person. (Not one ending in a word of no name: "the nobel committee guy" is no
  // committee's "guy".)
  for (let i = 1; i + 2 <= words.length && !isTitle(words.at(-1)!) && !common.at(-1); i++) {
    if (NOT_NAME_WORDS.test(words[i]!) || common[i] || !library.isNameWord(words[i]!)) continue;
    const name = words.slice(i).join(' ');
    if (library.speakerKeys(name).length > 0) return { speaker: name };
  }
  // "marathon runners" as the library writes it, or a word for people: words of the topic.
  // "bill gates", "Nigel Farage": a name, written so or not written at all.
  const written = library.writes(typed);
  const people = written === 'lower' || (written === undefined && isPeopleWord(words.at(-1)!));
  // "alan kurdi's dad", "the nsw abortion bill's co-sponsor": whoever an article about them
  // describes so ("his father, Abdullah Kurdi", "Penny Sharpe, who co-sponsored the bill").
  const possessed = roleOfHolder(library, typed);
  if (possessed) return { speaker: possessed };
  if (possessed === null) return { nobody: true, described: true };
  // "harry dunn's family": whichever of his kin his articles quote; "navalny's wife": nobody,
  // where his articles quote no one so described (not the story's other voices).
  const kin = kinOfHolder(library, typed);
  if (kin) return kin;
  // "what did iran say": a place speaks through its people, whom the topic finds, and
  // those the articles call its own ("President Hassan Rouhani of Iran") first.
  if (!people && isPersonName(typed) && (isCountry(typed) || library.isPlace(typed))) return { place: true };
  // "the johns hopkins anthropologist", "the abuse victims group": no name, but every word of
  // how the articles describe someone ("Johns Hopkins Center for Health Security medical
  // anthropologist Monica Schoch-Spana"); never "nobody" while someone is described so.
  // ("puerto rico's governors" are several, whom the topic finds.)
  const last = words.at(-1)!.toLowerCase();
  const several = /[^s'’]s$/.test(last) && (isTitle(last.slice(0, -1)) || isPeopleWord(last));
  const described = namesDescribedAs(library, typed);
  if (described.length === 1 && !several) return { speaker: described[0] };
  // "the thai kings statement": one king's, typed without the apostrophe.
  if (several && described.length === 0 && !/['’]/.test(typed)) {
    const one = whoIsAsked(library, typed.slice(0, -1));
    if (one.speaker) return one;
  }
  // ("the hindu group leader": a group's leader is the leader of the body the other words name.)
  const generic = typed.replace(/\s+(?:group|organi[sz]ation|outfit|movement)(?=\s+(?:leader|head|chief|boss|president|spokes\w+)$)/i, '');
  if (generic !== typed) {
    const found = whoIsAsked(library, generic);
    if (found.speaker) return found;
  }
  return { nobody: !people && isPersonName(typed) && described.length === 0 };
}

// Kinds of body whose words before them are their name, not what they do: "the green party",
// "harvard university" ("the health ministry" is a ministry for health).
const NAMED_KIND = /^(?:party|university|college|institute|hospital|church|school|foundation|clinic|academy|society|association|league)$/i;
// Where a scholar works, by its kind: "the cambridge university professor".
const ACADEMY = /\b(?:university|uni|college|institute|school|academy|polytechnic)\b/i;

// Trades of scholarship, which articles often leave out of who someone is.
const SCHOLARS = /(?:olog(?:ist|er)|scientist|researcher|expert|professor|prof|academic|scholar|historian|economist|analyst|astronomer|physicist|chemist|biologist|mathematician)$/;

/** The one speaker described by the affiliation a scholar is typed with ("ucla" of "the ucla archaeologist"). */
function scholarOf(library: Library, typed: string): string | undefined {
  const role = roleOf(typed);
  const affiliation = role && SCHOLARS.test(role) ? qualifierOf(typed, role) : undefined;
  // (A person: "the pg&e meteorologist" is not PG&E.)
  const people = (words: string) => namesDescribedAs(library, words).filter((name) => !isOrganisation(name));
  const described = affiliation ? people(affiliation) : [];
  // ("the northwestern law professor": the body by its name alone, where the words of the
  // field are not how the article describes them.)
  const named = affiliation && described.length === 0 ? affiliation.split(/\s+/).filter((w) => library.writes(w) === 'capitalised').join(' ') : '';
  const byName = named && named !== affiliation ? people(named) : described;
  return byName.length === 1 ? byName[0] : undefined;
}

// Words that never open or close a typed name.
const NOT_NAME_WORDS = /^(?:what|who|whom|how|why|when|where|which|did|does|do|has|have|had|is|are|was|were|the|a|an|and|or|of|to|in|on|at|by|for|with|about|after|before|from|that|this|say|said|think|i|you|me|my|we|it)$/i;

/**
 * The longest run of two to four words in a question that names someone the library
 * quotes, and the words after it (or before, when it ends the question) as the topic.
 */
export function fullNameIn(library: Library, question: string): { speaker: string; topic: string } | undefined {
  const words = question.toLowerCase().replace(/[^\p{L}\p{N}'’ -]/gu, ' ').split(/\s+/).filter(Boolean);
  const common = new Map<string, boolean>();
  const isCommon = (w: string) => common.get(w) ?? (common.set(w, isTitle(w) || library.isCommonWord(w)), common.get(w)!);
  for (let n = Math.min(4, words.length); n >= 2; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      if (run.some((w) => NOT_NAME_WORDS.test(w)) || !library.isNameWord(run.at(-1)!) || isCommon(run[0]!) || isCommon(run.at(-1)!)) continue;
      const speaker = run.join(' ');
      if (library.speakerKeys(speaker).length === 0) continue;
      const topic = (words.slice(i + n).join(' ') || words.slice(0, i).join(' ')).trim();
      return { speaker, topic: topic || speaker };
    }
  }
  return undefined;
}

// The small words inside names: "de" of "de Blasio", "van" of "van Tilburg", "bin" of "bin Salman".
const NAME_PARTICLE = /^(?:de|van|von|der|den|da|di|du|la|le|bin|al|el|ibn|dos|das|del|della)$/;

/**
 * Someone the library quotes, named in a question no frame read as asking for them, where
 * its words still ask for theirs: a name, then a word of speech ("was pelosi worried about
 * the vote", "pelosi reacts to …", "tell me pelosi's reaction"), or, in a question the parse
 * found no speech in, anywhere but after a preposition ("what criticism did pelosi have of
 * trump"); or a name opening a question of keywords ("katrougalos hagia sophia") or set off
 * by a dash ("stamenkovic - what are they working on now?"). The topic is what the question
 * says around the name, without the words that ask.
 *
 * @example
 * namedLoosely(library, 'who did pelosi blame for the shutdown', false) // → { speaker: 'pelosi', topic: 'the shutdown' }
 */
export function namedLoosely(library: Library, question: string, speech: boolean): { speaker: string; topic: string } | { nobody: string } | undefined {
  // ("scambos ice shelf quote pls": "pls" is no word of the topic.)
  // ("how did alexis tipton get into anime conventions, according to her": by her own account,
  // as if "she said".)
  const typed = question.replace(POLITENESS, '').replace(/[?.!]+\s*$/, '').replace(/,?\s+according\s+to\s+(?:him|her|them)(?:selves|self)?\s*$/i, ', they said');
  // ("the trump ukraine call summary - who said what", "kosgei's record — thoughts from
  // anyone?": everyone's words; its names are the story's.)
  if (EVERYONE.test(typed)) return undefined;
  const words = typed.toLowerCase().replace(/[^\p{L}\p{N}'’ -]|(?<=\s)-+(?=\s)/gu, ' ').split(/\s+/).filter(Boolean).map((w) => w.replace(/['’]s?$/, ''));
  // ("tell me pelosi's reaction": "tell me" only opens the question.)
  const cue = words.findIndex((w, j) => SPEECH_WORD.test(w) && !(w === 'tell' && words[j + 1] === 'me'));
  const keywords = !words.some((w) => QUESTION_WORDS.test(w));
  for (let i = 0; i < words.length; i++) {
    // ("about the trump ukraine call": a name after a preposition is the topic's; not the
    // one a yes-or-no question ends on, whose experience it asks: "was the crossing hard
    // work for zapata".)
    const theirs = !speech && words[i - 1] === 'for' && /^(?:was|were|is|are|did|does|has|have)$/.test(words[0]!);
    if (!theirs && (PREPOSITIONS.test(words[i - 1] ?? '') || (/^(?:the|a|an)$/.test(words[i - 1] ?? '') && PREPOSITIONS.test(words[i - 2] ?? '')))) continue;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n);
      // ("de blasio": a name's particle, which articles write in lower case, before its end.)
      if (run.some((w) => NOT_NAME_WORDS.test(w) || SPEECH_WORD.test(w)) || !run.every((w, j) => library.isNameWord(w) || (j < n - 1 && NAME_PARTICLE.test(w))) || isTitle(run[0]!) || isTitle(run.at(-1)!)) continue;
      const speaker = run.join(' ');
      // A name, not a word of how someone is described ("house" finds Nancy Pelosi, Speaker
      // of the House) or of a place ("york").
      const keys = library.speakerKeys(speaker);
      // ("zelensky": each of the spellings the articles give, "Zelenskyy" too.)
      if (keys.length === 0 || !keys.every((key) => run.every((w) => key.split(' ').some((k) => k === w || (w.length >= 5 && typedWithinOneEdit(w, k)))))) continue;
      // One word names a person ("tedros"; "tusk", which articles also write in lower case,
      // only as a surname) or a body by its whole name ("boeing"), not as a word of a body's
      // ("forces" of the Syrian Democratic Forces). A longer name is no common word at either end.
      const common = (library.isCommonWord(run[0]!) && !(n > 1 && NAME_PARTICLE.test(run[0]!))) || library.isCommonWord(run.at(-1)!);
      if (n === 1 ? !keys.every((key) => key === speaker || (common ? isSurname(library, key, speaker) : isPersons(library, key))) : common) continue;
      if (n === 1 && (isCountry(speaker) || library.isPlace(speaker))) continue;
      // ("the boat fire near santa cruz island, any quotes": a name inside a place's, not Cruz.)
      const before = words[i - 1];
      if (before && !isTitle(before) && library.writes(`${before} ${speaker}`) === 'capitalised' && !keys.some((key) => key.split(' ').includes(before))) continue;
      // ("john conyers dying, what did ppl say": a first name, then a name no speaker of that
      // first name has, is someone else, not one of the Johns the library quotes.)
      const then = words[i + 1];
      if (n === 1 && then && library.writes(then) === 'capitalised' && !keys.every((key) => isSurname(library, key, speaker))) continue;
      // ("de blasio why did he drop out": the ask about "he" right after the name, as after a comma.)
      const dashed = i === 0 && new RegExp(`^\\s*\\S+(?:\\s+\\S+){${n - 1}}(?:\\s*[-–—:,]\\s|\\s+(?:what|how|why)\\s+(?:did|does|was|is)\\s+(?:he|she|they)\\b)`, 'iu').test(typed);
      // ("pelosi reactions" are others' words on hers; "tony mendez dying - who said what",
      // everyone's.)
      const next = words.slice(i + n);
      // ("the facebook defamation ruling, any comments": a name inside a story's name is the
      // story's; "the boeing statement on the crash" is Boeing's words.)
      // ("the trump ukraine call summary reactions": a place after the name, likewise.)
      if (speech && words[i - 1] === 'the' && next[0] && !SPEECH_WORD.test(next[0]) && (library.isCommonWord(next[0]) || isCountry(next[0]) || library.isPlace(next[0]))) continue;
      const others = next.findIndex((w) => OTHERS.test(w));
      const cueAfter = (others < 0 ? next : next.slice(0, others)).find((w) => SPEECH_WORD.test(w));
      // In a question of speech, the name comes before its first word of speech ("pelosi reacts
      // to …"), not after ("who said what about the trump ukraine call").
      // ("did trump give up on the census question", "did rossello quit as party leader too":
      // what someone did, asked of someone quoted, is answered in their words.)
      // ("why did rossello resign", "how did zapata cross the channel": why or how someone
      // quoted did it is told in their words too.)
      const didThey = (i === 1 || (i === 2 && /^(?:why|how)$/.test(words[0]!))) && /^(?:did|has|have|does)$/.test(words[i - 1]!) && words.length > i + n;
      const last = theirs && i + n === words.length;
      const asks = speech ? cue > i && !!cueAfter && !/^(?:reactions|responses)$/.test(cueAfter) : cue >= 0 || didThey || last || (i === 0 && (keywords || dashed) && words.length > n);
      if (!asks) return undefined;
      if (last) return { speaker, topic: withoutAsking(words.slice(1, i - 1)) || speaker };
      // ("… said something about impeachment, what was it": the question again is no topic.)
      return { speaker, topic: withoutAsking(words.slice(i + n)) || withoutAsking(words.slice(0, i)) || speaker };
    }
  }
  // "kanye west reacts to …": two or three words that open a question, then a verb of
  // speech, are a name; one no article writes (nor its first two words: "hong kong
  // protests") is someone the library never quotes.
  for (let n = 2; n <= 3 && n < words.length; n++) {
    const run = words.slice(0, n);
    if (run.some((w) => NOT_NAME_WORDS.test(w) || QUESTION_WORDS.test(w) || SPEECH_WORD.test(w) || isTitle(w)) || library.isPlace(run.join(' '))) break;
    if (library.writes(run.slice(0, 2).join(' ')) !== undefined) break;
    if (SPEAKS.test(words[n]!) && library.writes(run.join(' ')) === undefined) return { nobody: run.join(' ') };
  }
  return undefined;
}

const EVERYONE = /\bwho\s+said\s+what\b|\bwhat\s+did\s+(?:people|everyone|they)\s+say\b|\bwhat\s+(?:were|are|was|is)\s+(?:people|everyone|everybody|folks)\s+(?:saying|thinking)\b|\b(?:thoughts|reactions|comments|quotes|words|opinions|takes|views)\s+(?:from|by)\s+(?:anyone|anybody|someone|somebody|people|everyone|everybody|others)\b/i;

/** The name the articles give the speaker of `key`, across spellings. */
function nameOfKey(library: Library, key: string): string | undefined {
  const { keyOf, nameOf } = library.people();
  return nameOf.get(keyOf.get(key) ?? key);
}

/** A body, not someone: quoted as an organisation, or by a name that is one's. */
function isBody(library: Library, key: string): boolean {
  return library.people().kindOf.get(key) === 'organisation' || !isPersons(library, key);
}

/** Someone, not a body: the name the articles give them is no organisation's. */
function isPersons(library: Library, key: string): boolean {
  const name = nameOfKey(library, key);
  return !!name && !isOrganisation(name);
}

/** `word` ends the name the articles give the person of `key` ("tusk" of Donald Tusk). */
function isSurname(library: Library, key: string, word: string): boolean {
  const name = nameOfKey(library, key);
  return !!name && /\s/.test(name) && isPersons(library, key) && fold(name).split(/\s+/).at(-1) === fold(word);
}

// Words that ask, in front of what a question is about: "said something about", "did … have of".
const ASKING = /^(?:what|who|whom|how|why|when|where|which|did|does|do|has|have|had|is|are|was|were|been|be|being|there|any|anything|something|some|me|tell|give|show|list|find|get|all|everything|i|heard|read|saw|the|a|an|about|on|regarding|over|of|for|to|at|with|in|after|exactly|really|so|very|it|that|this|he|she|they|him|her|them|his|their|its|you|u|and|or|but|then)$/;

/** The words of a question about something, without the words that ask around them ("foreign forces in the gulf: what did …"). */
function withoutAsking(words: readonly string[]): string {
  const topical = (w: string) => !ASKING.test(w) && !SPEECH_WORD.test(w);
  const from = words.findIndex(topical);
  let to = words.length;
  while (to > from && !topical(words[to - 1]!)) to--;
  return from < 0 ? '' : words.slice(from, to).join(' ');
}

// Verbs of speech right after a name ("kanye west reacts to …"), which no topic's words take.
const SPEAKS = /^(?:says|said|thinks|thought|reacts|reacted|responds|responded|replies|replied|tweets|tweeted|writes|wrote|claims|claimed|warns|warned|talks|talked|speaks|spoke)$/;
// Others asked for after a name: "tony mendez dying - who said what".
const OTHERS = /^(?:who|whom|anyone|anybody|everyone|everybody|people|others|someone|somebody)$/;
// Words of a question, not of keywords ("katrougalos hagia sophia").
const QUESTION_WORDS = /^(?:what|who|whom|how|why|when|where|which|did|does|do|has|have|had|is|are|was|were|can|could|would|will|should|any|tell|show|give|find)$/;
// A name after these is what the question is about ("reactions to pelosi's speech").
const PREPOSITIONS = /^(?:about|on|to|of|over|after|regarding|for|with|by|from|against|at|in|into|towards?)$/;

// What joins an office to its place: "the mayor of gdansk", "the sheriff near area 51".
const OF_PLACE = /\s+(?:of|in|at|near)\s+/i;

// The offices that lead a country or a city, which chat calls its "leader".
const LEADING_OFFICES = ['president', 'prime minister', 'premier', 'chancellor', 'chief executive', 'king', 'queen', 'mayor'];

/**
 * Who holds an office typed with its place ("the bahamas prime minister", "the sheriff of
 * lincoln county"): the one speaker the articles give that office who is quoted in an
 * article holding every word of the place; undefined when none or several are.
 */
function officeHolder(library: Library, typed: string): string | undefined {
  // "the sheriff of lincoln county" is "the lincoln county sheriff"; "the sheriff near area
  // 51", "the police chief in dayton" likewise.
  const [before, after] = typed.split(OF_PLACE);
  const office = roleOf(after !== undefined ? before! : typed);
  // ("poland's interior minister": the place without its possessive.)
  const place = typed.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s?$/, '')).filter((w) => !isTitle(w) && !ROLE_WORDS[w] && !/^(?:the|a|an|of|in|at|near)$/.test(w));
  if (!office || place.length === 0) return undefined;
  // ("the toronto police chief": a word the articles write in lower case is the office's too,
  // a chief of police, whom the holder's description names so or names by the office itself;
  // not the editorial director of a paper quoted about Toronto's police.)
  const ofOffice = place.filter((w) => library.writes(w) === 'lower' && !office.split(/\s+/).includes(w.replace(/s$/, '')));
  const { nameOf } = library.people();
  // People only: a "Sheriff's Office" holds no office.
  // ("brazil's leader", "the bahamas leader": whoever leads it, by whatever the office is called.)
  const offices = office === 'leader' ? [office, ...LEADING_OFFICES] : [office];
  // (…nor a body named for many holders: the "Catholic Bishops' Conference of the Philippines".)
  // (An office no one is named by, only described by, likewise: "a member of Parliament".)
  const keys = offices.flatMap((o) => library.speakerKeys(o));
  const holders = [...new Set((keys.length > 0 ? keys : offices.flatMap((o) => library.speakersDescribedAs(o))).flatMap((key) => nameOf.get(key) ?? []))].filter((name) => !isOrganisation(name));
  const held = namesHeld(library, place, { countries: true });
  // An article that names the place but describes the holder by another country is not
  // theirs: the G7 article lists Japan, and calls Boris Johnson the "British Prime Minister".
  const typedCountries = countriesIn(place.join(' '));
  const otherCountry = (name: string, id: string) => library.quotesOf([id]).some((q) => q.speaker?.name === name && ofAnotherCountry(q, typedCountries));
  const describedSo = new Set(ofOffice.length > 0 ? namesDescribedAs(library, `${ofOffice.join(' ')} ${office}`) : []);
  const officeNamed = new RegExp(`(?<![\\p{L}])${office.split(/\s+/).map(titleInFull).join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
  const holdsOffice = (name: string) => ofOffice.length === 0 || describedSo.has(name) || library.quotesOf(library.filterArticles({ speaker: name }) ?? []).some((q) => q.speaker?.name === name && officeNamed.test(`${q.speaker.description ?? ''} ${q.speaker.mention.text}`));
  const here = holders.filter((name) => holdsOffice(name) && (library.filterArticles({ speaker: name }) ?? []).some((id) => held(id) === 1 && !otherCountry(name, id)));
  if (here.length <= 1) return here[0];
  // Several holders quoted where the place is named: the one the articles describe by the
  // office and the place ("russian president": "Vladimir Putin, president of Russia"), or
  // by every word typed of the office ("former french president": "Former president").
  // ("uk transport secretary": "England's transport secretary", the office as one phrase,
  // not the "general secretary" of a transport workers' union.)
  const words = typed.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s?$/, '')).filter((w) => !/^(?:the|a|an|of)$/.test(w));
  const role = words.filter((w) => !place.includes(w)).join(' ');
  const phrase = words.filter((w) => countryNames(w).length === 0 && !COUNTRY_WORDS.has(w)).join(' ');
  const holdsPhrase = (name: string) =>
    library.quotesOf(library.filterArticles({ speaker: name }) ?? []).some((q) => q.speaker?.name === name && new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(q.speaker.description ?? ''));
  const described = [
    ...place.flatMap((w) => countryNames(w).map((country) => `${role} ${country}`)),
    `${role} ${place.join(' ')}`,
    role,
  ].map((typedWords) => namesDescribedAs(library, typedWords).filter((name) => here.includes(name)));
  return described.find((names) => names.length === 1)?.[0] ?? (phrase.includes(' ') ? only(here.filter(holdsPhrase)) : undefined);
}

/**
 * True when a typed speaker ends with a word for a trade that the articles write in lower
 * case only ("prosecutor", "lawyer"): no name ("kanye west", though the articles write
 * "west" in lower case; "ginger baker", whose "Baker" they capitalise).
 */
export function isTrade(library: Library, typed: string): boolean {
  const last = typed.trim().split(/\s+/).at(-1)!;
  return /\s/.test(typed.trim()) && /(?:or|er|ist|ian|ant|ent|man|woman|person|ee|ary)$/i.test(last) && library.isCommonWord(last) && !library.isNameWord(last);
}

/**
 * The one holder of a trade no list of titles holds, typed with a place ("the el paso
 * prosecutor", "the gdansk prosecutor"): whoever the articles name or describe by the trade
 * ("prosecutor Josh Bash") and quote in an article about the place. (Making "prosecutor" a
 * title was tried: it lost "the prosecutor" asked for with a story, whom an article calls
 * "U.S. Attorney".)
 */
function tradeHolder(library: Library, typed: string): string | undefined {
  const words = typed.toLowerCase().split(/\s+/).filter((w) => !/^(?:the|a|an)$/.test(w));
  const trade = words.at(-1)!;
  const place = words.slice(0, -1);
  // (A plural is no one person's trade: "bill gates" is no gate of Bill's article, where
  // Carl Hensman is "of the Bill and Melinda Gates Foundation".)
  if (place.length === 0 || isTitle(trade) || isPeopleWord(trade) || !library.isCommonWord(trade) || /[^s'’]s$/.test(trade)) return undefined;
  const held = namesHeld(library, place, { countries: true });
  return only(namesDescribedAs(library, trade).filter((name) => (library.filterArticles({ speaker: name }) ?? []).some((id) => held(id) === 1)));
}

// Places typed as initials, which are no words of an office.
export const COUNTRY_WORDS = new Set(['uk', 'us', 'usa', 'eu', 'un']);

function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

// A word for anyone who works somewhere, after where: "the unicef guy in samoa", "the nca officer".
const CHATTED = /^(.+?)\s+(?:guy|lady|dude|woman|man|person|bloke|fella|officer|official|exec|rep|staffer|employee|insider|member)(?:\s+(?:in|at|from)\s+(.+))?$/i;

/**
 * "the florida department of transportation guy": chat's word for a person, after how the
 * articles describe them — the one person described so, if one.
 * ("the unicef guy in samoa": where the person was is the story's, as typed after them.)
 * ("the nca officer", "the pg&e exec": a word for anyone who works there, likewise; "the
 * wardak council member" for one "of the Maidan Wardak provincial council".)
 */
function memberOf(library: Library, typed: string): { speaker: string; topicWords?: string } | undefined {
  const chatted = CHATTED.exec(typed.trim());
  if (!chatted) return undefined;
  // (The guy is someone the body's words describe, not the body: "the unicef guy" is not UNICEF.)
  // (…nor any other body: "the pg&e exec" is no company.)
  const { nameOf } = library.people();
  const people = library.speakersDescribedAs(chatted[1]!).filter((key) => !isBody(library, key));
  const describedSo = [...new Set(people.flatMap((key) => nameOf.get(key) ?? []))].filter((name) => fold(name) !== fold(chatted[1]!.replace(/^the\s+/i, '')));
  if (describedSo.length !== 1) return undefined;
  return chatted[2] ? { speaker: describedSo[0]!, topicWords: chatted[2] } : { speaker: describedSo[0]! };
}

/** The names to show of the speakers the articles name or describe by every word of `words`. */
function namesDescribedAs(library: Library, words: string): string[] {
  const { nameOf } = library.people();
  return [...new Set(library.speakersDescribedAs(words).flatMap((key) => nameOf.get(key) ?? []))];
}

// Kin as people type them and as articles write them.
// (A widow is the one the articles call his wife: "His wife Mary said …".)
// (A fiancée is typed as chat types her, "fiance", without the accent or the second "e".)
const KIN: Record<string, string> = lookupTable({ dad: 'father', mum: 'mother', mom: 'mother', widow: 'wife', widower: 'husband', fiance: 'fiancée' });

/** Whose role a possessive types ("alan kurdi's dad": "alan kurdi" and "dad"), if it types one. */
function possessiveOf(library: Library, typed: string): [holder: string, role: string] | undefined {
  const apostrophe = /^(?:the\s+)?(.+?)['’]s?\s+([\p{L}-]+)$/iu.exec(typed.trim());
  // ("harry dunns mum": a name's possessive typed without its apostrophe.)
  const bare = apostrophe ? undefined : /^(?:the\s+)?(.+?[^s'’\s])s\s+([\p{L}-]+)$/iu.exec(typed.trim());
  const possessive = apostrophe ?? (bare && !library.isCommonWord(bare[1]!.split(/\s+/).at(-1)!) ? bare : undefined);
  if (possessive) return [possessive[1]!, possessive[2]!];
  // ("alan kurdi dad": a whole name, then a word of kin, with no possessive at all; not "the
  // turpin parents", who are the Turpins.)
  const unmarked = UNMARKED_KIN.exec(typed.trim());
  return unmarked && library.writes(unmarked[1]!) === 'capitalised' ? [unmarked[1]!, unmarked[2]!] : undefined;
}

// A whole name, then a word of kin, with no possessive: "alan kurdi dad".
const UNMARKED_KIN = /^(\S+\s+\S.*?)\s+(family|parents|relatives|mother|mum|mom|father|dad|wife|widow|husband|son|daughter|brother|sister|lawyer|attorney)$/i;

// Kin, one by one and all together.
const KIN_WORDS = ['mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'parent', 'parents', 'fiancée', 'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin', 'nephew', 'niece'];
const FAMILY = /^(?:family|relatives|parents|kin|folks)$/i;
// Those someone works or lives beside, asked for as theirs, whom articles describe so:
// "robert hunter's bandmates", "his agent", "a neighbour". (Not colleagues or friends, whom
// they describe by their own work: "conway's colleagues" are a Princeton neuroscientist and
// an astrophysicist.)
const ASSOCIATES = /^(?:bandmates?|neighbou?rs?|agent|manager|coach)$/i;

/**
 * Someone's kin (or bandmates, neighbours, agent) typed with a possessive, where no one is
 * described by that one word: of
 * "harry dunn's family", each of his kin whose name or description names him too ("Dunn's
 * mother"; not "his wife" of someone else in an article that mentions him); of "navalny's
 * wife", nobody, where no article that names him quotes anyone so described (not the story's
 * other voices). Only of a name the articles write ("the victims' families" may be anyone's).
 */
function kinOfHolder(library: Library, typed: string): { speaker?: string; nobody?: boolean; described?: boolean } | undefined {
  const [holder, role] = possessiveOf(library, typed) ?? [];
  const kin = role && (KIN[role.toLowerCase()] ?? role.toLowerCase());
  if (!holder || !role || !kin || (!FAMILY.test(kin) && !KIN_WORDS.includes(kin) && !ASSOCIATES.test(kin)) || library.writes(holder) !== 'capitalised') return undefined;
  const held = namesHeld(library, holder.toLowerCase().split(/\s+/));
  const theirs = (name: string) => (library.filterArticles({ speaker: name }) ?? []).some((id) => held(id) === 1);
  const quoted = (words: readonly string[]) => words.flatMap((w) => namesDescribedAs(library, w)).filter(theirs);
  if (!FAMILY.test(kin)) return quoted([role, kin, kin.replace(/s$/, '')]).length > 0 ? undefined : { nobody: true, described: true };
  const surname = holder.split(/\s+/).at(-1)!;
  const family = [...new Set(quoted(KIN_WORDS.map((k) => `${surname} ${k}`)))];
  if (family.length > 0) return { speaker: family.join(' and ') };
  return quoted(KIN_WORDS).length > 0 ? undefined : { nobody: true, described: true };
}

/**
 * The words that describe kin, where `typed` asks for the kin of one person typed by
 * description ("the anonymous truck driver's family": family, father, wife, …; "the late
 * congressman's wife": wife), for an answer to keep to speakers so named or described. Not
 * of several ("the victims' families": kin of many are told in too many ways), nor of a name
 * (kinOfHolder).
 */
export function kinOfDescribed(library: Library, typed: string): string[] | undefined {
  const [holder, role] = possessiveOf(library, typed) ?? [];
  const kin = role && (KIN[role.toLowerCase()] ?? role.toLowerCase());
  if (!holder || !role || !kin || (!FAMILY.test(kin) && !KIN_WORDS.includes(kin))) return undefined;
  if (library.writes(holder) === 'capitalised' || /(?:[^s]s|['’])$/.test(holder.trim())) return undefined;
  return FAMILY.test(kin) ? [...KIN_WORDS, 'family', 'relative', 'relatives', 'widow', 'widower'] : [...new Set([role.toLowerCase(), kin])];
}

/**
 * Who holds a role of someone or something typed with a possessive ("alan kurdi's dad",
 * "the nsw abortion bill's co-sponsor"): the one speaker described by the role and quoted
 * in the articles that hold the most words of the holder; null where every one so described
 * acts for someone else ("the convicted officers' lawyers").
 */
function roleOfHolder(library: Library, typed: string): string | null | undefined {
  const [holder, role] = possessiveOf(library, typed) ?? [];
  if (!holder || !role) return undefined;
  // (As typed too: "his fiancé" is as chat types him.)
  const described = [...new Set([role!, KIN[role!.toLowerCase()] ?? role!].flatMap((words) => namesDescribedAs(library, words)))];
  const held = namesHeld(library, holder!.toLowerCase().split(/\s+/));
  const share = (name: string) => Math.max(0, ...(library.filterArticles({ speaker: name }) ?? []).map(held));
  const best = Math.max(0, ...described.map(share));
  const candidates = described.filter((name) => share(name) === best);
  if (best < 0.5 || candidates.length === 0) return undefined;
  // "the convicted officers' lawyers": nobody, where every one is said to act for someone
  // other than that kind of people ("another lawyer for the victim", "a Toronto lawyer
  // representing Spanton"). (Of "the victim's lawyer", both: one acts for the victim, and
  // the other for someone the article names, who may be her.)
  if (library.writes(holder) !== 'capitalised' && candidates.every((name) => actsFor(library, name, holder) === 'another')) return null;
  const here = candidates;
  if (here.length === 1) return here[0];
  // Of a role one has several of, those so described in one article are each the holder's:
  // "Howard Rubel, a Toronto lawyer representing Spanton" and "Sophie Obadia, another lawyer
  // for the victim". (Not an office: "niger's president" is not the Afreximbank's; nor in
  // several articles, as "trump's lawyer" finds, where they are anyone's.)
  const articles = new Set(here.flatMap((name) => (library.filterArticles({ speaker: name }) ?? []).filter((id) => held(id) === best)));
  return SEVERAL_EACH.test(role!) && articles.size === 1 ? here.join(' and ') : undefined;
}

// Whom a description says someone acts for: "the victim" of "another lawyer for the victim".
const ACTS_FOR = /\b(?:for|representing|on behalf of)\s+(.+)$/i;

/**
 * Whom the articles' descriptions of `name` say they act for: the kind of people `holder`
 * types, someone else, or nobody said.
 */
function actsFor(library: Library, name: string, holder: string): 'holder' | 'another' | undefined {
  const kind = holder.toLowerCase().replace(/['’]s?$/, '').split(/\s+/).at(-1)!.replace(/(?<=[^s])s$/, '');
  const descriptions = library.quotesOf(library.filterArticles({ speaker: name }) ?? []).filter((q) => q.speaker?.name === name).map((q) => q.speaker?.description ?? '');
  const whom = descriptions.map((d) => ACTS_FOR.exec(d)?.[1]?.toLowerCase());
  if (whom.some((w) => w?.split(/[^\p{L}]+/u).some((word) => word.startsWith(kind)))) return 'holder';
  return whom.length > 0 && whom.every((w) => w !== undefined) ? 'another' : undefined;
}

// Roles someone often has more than one of.
const SEVERAL_EACH = /^(?:lawyer|attorney|doctor|friend|son|daughter|child|brother|sister|aide|adviser|advisor|colleague|teammate|relative)s?$/i;

// Bodies that speak for a place.
const BODIES = /^(?:ministry|department|government|police|army|military|navy|agency|council|office|embassy|authorities|officials|court|parliament|administration)$/;

/**
 * Who speaks for a body of a place typed with it ("the iranian health ministry", "russian
 * police"): the one speaker the articles name or describe by the body ("Ali Reza Raisi,
 * speaking for the country's Health Ministry") quoted in an article that holds the place.
 */
function bodyOfPlace(library: Library, typed: string): string | undefined {
  const [place, ...rest] = typed.toLowerCase().split(/\s+/).filter((w) => !/^(?:the|a|an)$/.test(w));
  if (!place || rest.length === 0 || !BODIES.test(rest.at(-1)!) || library.writes(place) !== 'capitalised') return undefined;
  const held = namesHeld(library, [place], { countries: true });
  const voices = namesDescribedAs(library, rest.join(' '));
  const here = voices.filter((name) => (library.filterArticles({ speaker: name }) ?? []).some((id) => held(id) === 1));
  return here.length === 1 ? here[0] : undefined;
}

/** The office a typed speaker ends with: "prime minister" of "the polish prime minister", "pm", "governor" of "governors". */
export function roleOf(asTyped: string): string | undefined {
  // (Its words only: a role is matched as a pattern, and "(?ppl" is no group.)
  const typed = asTyped.replace(/[()[\]{}*+?|\\^$]+/g, ' ').trim();
  if (!typed) return undefined;
  // "the mayor of gdansk": the office before its place.
  const [office, place] = typed.split(OF_PLACE);
  if (place !== undefined && office && isTitle(office.split(/\s+/).at(-1)!)) return roleOf(office);
  // "governors", "judges": the office of each of them.
  const words = typed.toLowerCase().split(/\s+/).map((w) => (!isTitle(w) && /[^s]s$/.test(w) && isTitle(w.slice(0, -1)) ? w.slice(0, -1) : w));
  let from = words.length;
  while (from > 0 && isTitle(words[from - 1]!)) from--;
  const role = words.slice(from).join(' ');
  // "police", "officials", "firefighters": those the articles call so ("Police press
  // officer Monika Kosiec", "Officials said").
  const group = words.at(-1)!;
  if (!role && (group === 'police' || /^teams?$/.test(group) || isPeopleWord(group) || /^officials?$/.test(group))) return group.replace(/s$/, '');
  return role ? role.replace(/\S+$/, (head) => ROLE_WORDS[head] ?? head) : undefined;
}

/** The words of a typed office before its title, naming whose office it is: "taliban" in "the taliban spokesman". */
export function qualifierOf(typed: string, role: string): string | undefined {
  // ("the mayor of gdansk" is "the gdansk mayor".)
  const [office, place] = typed.split(OF_PLACE);
  if (place !== undefined && office && roleOf(office) === role) return qualifierOf(`${place} ${office}`, role);
  // ("the ex-fema official" is of FEMA: whether still is the role's to say, not whose it is.)
  const words = typed.toLowerCase().split(/\s+/).filter((w) => !/^(?:the|a|an)$/.test(w)).map((w) => w.replace(/^ex-(?=\p{L})/u, ''));
  // ("samoa pm": the office in one short word.)
  const typedRole = ROLE_WORDS[words.at(-1) ?? ''] ? 1 : role.split(/\s+/).length;
  const qualifier = words.slice(0, Math.max(0, words.length - typedRole)).join(' ');
  return qualifier || undefined;
}

// Offices as people shorten them ("the foreign sec", "the state gov").
export const ROLE_WORDS: Record<string, string> = lookupTable({ pm: 'prime minister', mp: 'member of parliament', fm: 'foreign minister', cm: 'chief minister', ag: 'attorney general', sec: 'secretary', secy: 'secretary', gov: 'governor', sen: 'senator', rep: 'representative' });

// Words for someone by what they do or are, which end no name.
const KIND_OF_PERSON = /^(?:boss|exec|official|advocate|campaigner|activist|survivor|victim|witness|protester|resident|voter|volunteer|organi[sz]er|critic|expert|analyst|insider|employee|staffer|founder|owner)$/i;

/** "pelosi", "Nigel Farage": a name to look up, not a role ("the prime minister") or a phrase. */
export function isPersonName(words: string): boolean {
  const parts = words.split(/\s+/);
  // A role ends with its title ("the polish president", "new zealand pm"), or places it
  // ("the doctor at saint francis"); a title before a name ("president macron") leaves a name.
  return (
    parts.length <= 4 &&
    parts.every((w) => /^[\p{L}'’.-]+$/u.test(w)) &&
    !isTitle(parts.at(-1)!) &&
    // (Nor a word chat uses for one, or for a kind of person: "the who emergencies boss", "the
    // abuse survivor advocate".)
    !KIND_OF_PERSON.test(parts.at(-1)!) &&
    !/^(?:the|a|an|his|her|their|its)$/i.test(parts[0]!) &&
    // ("alan kurdi's dad": someone's role.)
    !parts.slice(0, -1).some((w) => /['’]s$/i.test(w)) &&
    // ("the owner of make crate": a kind of person placed, likewise.)
    !(parts.some((w) => isTitle(w) || KIND_OF_PERSON.test(w)) && parts.some((w) => /^(?:at|of|from|for|in|with|to)$/i.test(w)))
  );
}

/**
 * A question with the social-media handles and hashtags people paste spelled as the articles
 * write them: "@jacindaardern" and "@realDonaldTrump" are the speakers whose names they run
 * together ("Jacinda Ardern", "Donald Trump"), "@SpeakerPelosi" an office and a name;
 * "#ActForTheAmazon" is its words. A handle that names no one quoted stays as typed
 * ("@citewire", whom the question is addressed to).
 */
export function withHandlesNamed(library: Library, question: string): string {
  if (!/[@#]\p{L}/u.test(question)) return question;
  let runTogether: Map<string, string> | undefined;
  const named = (handle: string) => {
    runTogether ??= new Map([...library.people().nameOf.values()].map((name) => [fold(name).replace(/[^a-z]/g, ''), name]));
    const bare = handle.toLowerCase().replace(/^real(?=[a-z]{4})/, '').replace(/(?:official|_+|\d+)+$/, '').replace(/_/g, '');
    return runTogether.get(bare);
  };
  return question
    .replace(/(?<![\p{L}\p{N}])@([A-Za-z][A-Za-z0-9_]{2,30})(?![\p{L}\p{N}])/gu, (whole, handle: string) => {
      const words = handle.replace(/_/g, ' ').replace(/(?<=[a-z])(?=[A-Z])/g, ' ').trim();
      return named(handle) ?? (/\s/.test(words) && library.isNameWord(words.split(/\s+/).at(-1)!.toLowerCase()) ? words : whole);
    })
    .replace(/(?<![\p{L}\p{N}&])#([A-Za-z][A-Za-z0-9]{2,40})(?![\p{L}\p{N}])/gu, (_, tag: string) => tag.replace(/(?<=[a-z])(?=[A-Z])/g, ' '));
}
