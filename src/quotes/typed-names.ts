import { doublesTypedSingle, fold, isJoinedName, isTitle, typedWithinOneEdit, withinOneEdit } from './names.ts';
import { lookupTable } from '../lookup-table.ts';

/*
 * Names and roles as people type them in a question ("tony abbot", "the ucla archaeologist",
 * "us ambassador to germany"), matched against how the articles name and describe speakers.
 */

/**
 * True when a name as someone typed it ("john roberts", "tony abbot", "us ambassador
 * grenell", "kaczynski") names `name` ("John G. Roberts", "Tony Abbott", "Richard
 * Grenell", "Jarosław Kaczyński"): every typed word, titles aside, is one of the name's
 * words, without case or accents, a long word allowing one typo unless the articles
 * write it as typed (`written`).
 */
export function typedNameMatches(typed: string, name: string, options: TypedNameOptions = {}): boolean {
  return typedNameMatcher(typed, options)(name);
}

export interface TypedNameOptions {
  /** Whether a long word may be one typo off (default true). */
  typos?: boolean;
  /** True for a word the articles write as typed, which is then no typo. */
  written?: (word: string) => boolean;
}

/**
 * typedNameMatches for one typed name against many names: the typed words are read once,
 * and each name's words once per process (nameWords), not once per name per question.
 */
export function typedNameMatcher(typed: string, { typos = true, written = () => false }: TypedNameOptions = {}): (name: string) => boolean {
  const folded = fold(typed);
  const askedIn = new Map<string, string[]>();
  const askedOf = (typedJoined: string) => {
    let asked = askedIn.get(typedJoined);
    if (!asked) {
      // "us senator bernie sanders": a country before an office says whose office it is; "eu
      // council" is not Bradford Council.
      const all = wordsOfName(typedJoined);
      // ("the who director general" is whoever holds the office at the WHO, not Who Gives a Crap.)
      asked = all.filter((w, i) => !isTitle(w) && !/^(?:the|of|mr|mrs|ms|dr)$/.test(w) && !(/^(?:us|uk|eu|un|who)$/.test(w) && isTitle(all[i + 1] ?? '')));
      askedIn.set(typedJoined, asked);
    }
    return asked;
  };
  // ("tony abot": a shorter word only with its double letters typed single.)
  const near = (w: string, o: string) => o === w || (typos && !written(w) && ((w.length >= 5 && o.length >= 5 && typedWithinOneEdit(w, o)) || (w.length === 4 && doublesTypedSingle(w, o))));
  return (name) => {
    const own = nameWords(name);
    // "lee jae myung" is Lee Jae-myung; "woo" alone is not Choo Jae-woo.
    const typedJoined = own.filter((w) => w.includes('-')).reduce((t, w) => t.replace(w.replace(/-/g, ' '), w), folded);
    const asked = askedOf(typedJoined);
    const missed = asked.filter((w) => !own.some((o) => near(w, o)));
    // "jo anne van tilburg" is Jo Anne Val Tilburg: in a name of three words or more, one
    // short word may be a letter off too.
    const shortTypo = typos && missed.length === 1 && !written(missed[0]!) && asked.length >= 3 && missed[0]!.length >= 3 && own.some((o) => withinOneEdit(missed[0]!, o));
    // "sadiq kahn" is Sadiq Khan: beside a word typed exactly, a short one with two letters swapped.
    const swapTypo = typos && missed.length === 1 && asked.length === 2 && !written(missed[0]!) && missed[0]!.length >= 4 && asked.some((w) => own.includes(w)) && own.some((o) => swapped(missed[0]!, o));
    return asked.length > 0 && (missed.length === 0 || shortTypo || swapTypo);
  };
}

const wordsOfName = (text: string) => fold(text).replace(/[.'’]/g, '').split(/\s+/).filter(Boolean);

// A library's speakers' names, read once: every question matches its names against them all.
// (Bounded, for a bot whose libraries keep growing.)
const NAME_WORDS = new Map<string, readonly string[]>();
const NAME_WORDS_KEPT = 20_000;

/** A name's words as typed names are matched against them: folded, and in the shorter forms people type. */
function nameWords(name: string): readonly string[] {
  let own = NAME_WORDS.get(name);
  if (own) return own;
  const named = wordsOfName(name);
  // "sisi" is Abdel Fattah el-Sisi's surname without its particle.
  const forms = named.flatMap((w) => (isJoinedName(w) ? [w, w.replace(/^[^-]+-/, '')] : [w]));
  // "deblasio" is de Blasio, "vangogh" van Gogh: a particle typed onto the name it goes with.
  for (let i = 0; i + 1 < named.length; i++) if (PARTICLES.test(named[i]!)) forms.push(named[i]! + named[i + 1]!);
  own = forms;
  if (NAME_WORDS.size >= NAME_WORDS_KEPT) NAME_WORDS.clear();
  NAME_WORDS.set(name, own);
  return own;
}

/** True when two words differ only by two neighbouring letters swapped ("kahn", "khan"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

const PARTICLES = /^(?:de|del|della|di|da|van|von|der|den|le|la|du|el|al|bin|ben|mac|st)$/;

/** True when every word of a typed role ("mayor of london", "pope") is a word of how an article named someone. */
export function typedRoleMatches(typed: string, named: string): boolean {
  return typedRoleMatcher(typed)(named);
}

/** typedRoleMatches for one typed role against many namings: the typed words are read once, each naming's once per process. */
export function typedRoleMatcher(typed: string): (named: string) => boolean {
  // ("the ex-fbi agent": "ex" is a word of its own, as "former" is.)
  const typedWords = roleWords(typed.replace(/\bex-(?=\p{L})/giu, 'ex '));
  return (named) => {
    const own = namingWords(named);
    // ("the think tank guy" is the article's "thinktank executive": two typed words it writes as one.)
    const asked = typedWords.reduce<string[]>((joined, w) => (joined.length > 0 && own.has(joined.at(-1)! + w) ? [...joined.slice(0, -1), joined.at(-1)! + w] : [...joined, w]), []);
    // "the chancellor" is not "German Chancellor Angela Merkel's spokesperson": the office typed
    // last must be the speaker's own, not one in the name of whom they work for.
    // (Read only where the office is among the words at all: this runs over every speaker.)
    const head = asked.at(-1) ?? '';
    if (isTitle(head) && own.has(head) && !theirOwnWords(named).has(head)) return false;
    return asked.length > 0 && asked.every((w) => namesRoleWord(w, own, named));
  };
}

const roleWords = (text: string) =>
  fold(text)
    // (Zero-width joiners left in a page's text: "Daily Xtra\u200d's".)
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/['’]s\b/g, '')
    .replace(/[.'’,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(?:the|a|an|of|for|at|from|in|to)$/.test(w))
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w);

// ("director general" is the "Director-General" of the WHO.)
const roleWordsWithParts = (text: string) => roleWords(text).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));

// How the articles name and describe each speaker, read once (bounded, as NAME_WORDS).
const NAMING_WORDS = new Map<string, ReadonlySet<string>>();

function namingWords(named: string): ReadonlySet<string> {
  let own = NAMING_WORDS.get(named);
  if (!own) {
    own = new Set(roleWordsWithParts(named));
    if (NAMING_WORDS.size >= NAME_WORDS_KEPT) NAMING_WORDS.clear();
    NAMING_WORDS.set(named, own);
  }
  return own;
}

/** The words of a naming's own offices, not those of whom they work for ("German Chancellor Angela Merkel's spokesperson": a spokesperson). */
function theirOwnWords(named: string): Set<string> {
  // (A possessive in the body after the office is the body's: "lead author Professor of the
  // University of East Anglia's medical school" is a lead author.)
  const ownPart = (part: string) => {
    const office = /^(.*?)\s+(?:of|at|from)\s/i.exec(part)?.[1];
    return [part.replace(/^.*['’]s\s+/u, ''), office && !/['’]s\b/u.test(office) ? office : ''].join(' ');
  };
  return new Set(roleWordsWithParts(named.split(' ; ').map(ownPart).join(' ; ')));
}

/** True when one typed word of a role is said by a naming, whose words are `own`. */
function namesRoleWord(w: string, own: ReadonlySet<string>, named: string): boolean {
  // "who" is the WHO only where the text writes it so, not "a rapporteur who had …".
  if (/^(?:who|us|it)$/.test(w) && !new RegExp(`\\b${w.toUpperCase()}\\b`).test(named)) return false;
  if (own.has(w)) return true;
  // "the who chief" heads it whatever the office is called ("WHO director-general").
  // (A union's or a party's "general secretary" heads it too: "the aslef union boss".)
  // ("the spacex ceo" is its "founder"; "the aslef leader" its general secretary.)
  if (/^(?:chief|head|boss|leader|ceo)$/.test(w) && ([...own].some((o) => HEAD_OFFICES.test(o)) || (own.has('general') && own.has('secretary')))) return true;
  if (/[^s]s$/.test(w) && own.has(w.slice(0, -1))) return true;
  // ("the american samoa delegate" is "The American Samoan delegate": a place by its people's name.)
  if (/a$/.test(w) && own.has(`${w}n`)) return true;
  // "spantons lawyer": a possessive typed without its apostrophe. "co-sponsor" is who
  // "co-sponsored the bill": a long word as the text inflects it.
  if (w.length >= 6 && [...own].some((o) => o.startsWith(w) && /^(?:s|es|d|ed|ing)$/.test(o.slice(w.length)))) return true;
  // "the un investigator" is "a UN rapporteur … who had investigated the case": whoever does
  // what the text says they did ("organiser": "organised", "negotiator": "negotiating").
  const stem = /^(\p{L}{5,})(?:or|er)$/u.exec(w)?.[1];
  if (stem && [...own].some((o) => o.startsWith(stem) && /^(?:ed|ing|ion|ions)$/.test(o.slice(stem.length)))) return true;
  if (initialsOf(named).has(w)) return true;
  // "the houthi military spokesman" is the article's "spokesperson", and so on; a "chair"
  // and an "anchor" are one too ("red cross chairman": "Philippine Red Cross chair").
  const person = /^(spokes|chair|congress|council|business|anchor)(?:man|woman|person)$/.exec(w)?.[1] ?? /^(chair|anchor)$/.exec(w)?.[1];
  if (person && [...own].some((o) => new RegExp(`^${person}(?:man|woman|person${/^(?:chair|anchor)$/.test(person) ? '|' : ''})$`).test(o))) return true;
  // ("the us envoy on iran" is the "US Special Representative for Iran": an envoy by title.)
  if (w === 'envoy' && own.has('special') && own.has('representative')) return true;
  // ("trump's doctor" is the "Presidential physician".)
  if (w === 'doctor' && own.has('physician')) return true;
  // ("the former fbi agent" is the article's "retired FBI agent".)
  // (…and "the ex federal prosecutor" the "former federal prosecutor", "the ex-fema official"
  // one "formerly a deputy administrator at FEMA".)
  if ((w === 'former' && (own.has('retired') || own.has('ex') || own.has('formerly'))) || (w === 'ex' && (own.has('former') || own.has('retired') || own.has('formerly')))) return true;
  // ("the nobel panel member" is a "selection committee member".)
  if (w === 'panel' && (own.has('committee') || own.has('commission') || own.has('board') || own.has('jury'))) return true;
  // ("the amnesty hk head": a place as chat shortens it, which the article writes out; "the
  // tory mp", a party by its other name.)
  return CHAT_NAMES[w]?.every((word) => own.has(word)) ?? false;
}

/**
 * The initials of each run of three or more capitalised words in a text, as people type a
 * body's short name: "ucla" of "the University of California, Los Angeles".
 */
function initialsOf(text: string): Set<string> {
  const runs: string[][] = [[]];
  for (const word of text.split(/[\s,]+/)) {
    if (/^\p{Lu}/u.test(word)) runs.at(-1)!.push(word[0]!);
    else if (!/^(?:of|for|and|the|at|in|on|de|&)$/.test(word)) runs.push([]);
  }
  const initials = new Set<string>();
  for (const run of runs) {
    for (let from = 0; from + 3 <= run.length; from++) {
      for (let to = from + 3; to <= run.length; to++) initials.add(fold(run.slice(from, to).join('')));
    }
  }
  return initials;
}

// Places and parties as chat names them, in the words the articles write them with.
const CHAT_NAMES: Record<string, readonly string[]> = lookupTable({ hk: ['hong', 'kong'], nz: ['new', 'zealand'], tory: ['conservative'], gop: ['republican'] });

const HEAD_OFFICES = /^(?:chief|head|director|director-general|secretary-general|president|chairman|chairwoman|chair|ceo|leader|commissioner|administrator|founder|co-founder)$/;

// "the doctor at saint francis" is "Dr. Steven Wolf at Saint Francis".
/** A title as its abbreviation stands for it ("capt." → "captain"), or as typed. */
export function titleInFull(word: string): string {
  const bare = word.toLowerCase().replace(/\.$/, '');
  return TITLE_ABBREVIATIONS[bare] ?? bare;
}

const TITLE_ABBREVIATIONS: Record<string, string> = lookupTable({
  dr: 'doctor', prof: 'professor', sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general',
  capt: 'captain', lt: 'lieutenant', sgt: 'sergeant', col: 'colonel', supt: 'superintendent', rev: 'reverend',
});
