import { doublesTypedSingle, fold, isJoinedName, isTitle, typedWithinOneEdit, withinOneEdit } from './names.ts';

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
export function typedNameMatches(typed: string, name: string, { typos = true, written = (_word: string): boolean => false } = {}): boolean {
  const words = (text: string) => fold(text).replace(/[.'’]/g, '').split(/\s+/).filter(Boolean);
  // "sisi" is Abdel Fattah el-Sisi's surname without its particle.
  const named = words(name);
  const own = named.flatMap((w) => (isJoinedName(w) ? [w, w.replace(/^[^-]+-/, '')] : [w]));
  // "deblasio" is de Blasio, "vangogh" van Gogh: a particle typed onto the name it goes with.
  for (let i = 0; i + 1 < named.length; i++) if (PARTICLES.test(named[i]!)) own.push(named[i]! + named[i + 1]!);
  // "lee jae myung" is Lee Jae-myung; "woo" alone is not Choo Jae-woo.
  const typedJoined = own.filter((w) => w.includes('-')).reduce((t, w) => t.replace(w.replace(/-/g, ' '), w), fold(typed));
  // "us senator bernie sanders": a country before an office says whose office it is; "eu
  // council" is not Bradford Council.
  const all = words(typedJoined);
  // ("the who director general" is whoever holds the office at the WHO, not Who Gives a Crap.)
  const asked = all.filter((w, i) => !isTitle(w) && !/^(?:the|of|mr|mrs|ms|dr)$/.test(w) && !(/^(?:us|uk|eu|un|who)$/.test(w) && isTitle(all[i + 1] ?? '')));
  // ("tony abot": a shorter word only with its double letters typed single.)
  const near = (w: string, o: string) => o === w || (typos && !written(w) && ((w.length >= 5 && o.length >= 5 && typedWithinOneEdit(w, o)) || (w.length === 4 && doublesTypedSingle(w, o))));
  const missed = asked.filter((w) => !own.some((o) => near(w, o)));
  // "jo anne van tilburg" is Jo Anne Val Tilburg: in a name of three words or more, one
  // short word may be a letter off too.
  const shortTypo = typos && missed.length === 1 && !written(missed[0]!) && asked.length >= 3 && missed[0]!.length >= 3 && own.some((o) => withinOneEdit(missed[0]!, o));
  // "sadiq kahn" is Sadiq Khan: beside a word typed exactly, a short one with two letters swapped.
  const swapTypo = typos && missed.length === 1 && asked.length === 2 && !written(missed[0]!) && missed[0]!.length >= 4 && asked.some((w) => own.includes(w)) && own.some((o) => swapped(missed[0]!, o));
  return asked.length > 0 && (missed.length === 0 || shortTypo || swapTypo);
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
  const words = (text: string) =>
    fold(text)
      // (Zero-width joiners left in a page's text: "Daily Xtra\u200d's".)
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/['’]s\b/g, '')
      .replace(/[.'’,]/g, ' ')
      .split(/\s+/)
      .filter((w) => w && !/^(?:the|a|an|of|for|at|from|in|to)$/.test(w))
      .map((w) => TITLE_ABBREVIATIONS[w] ?? w);
  // ("director general" is the "Director-General" of the WHO.)
  const wordsOf = (text: string) => words(text).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
  const own = new Set(wordsOf(named));
  // ("the think tank guy" is the article's "thinktank executive": two typed words it writes as one.)
  const asked = words(typed).reduce<string[]>((joined, w) => (joined.length > 0 && own.has(joined.at(-1)! + w) ? [...joined.slice(0, -1), joined.at(-1)! + w] : [...joined, w]), []);
  // "the who chief" heads it whatever the office is called ("WHO director-general").
  // (A union's or a party's "general secretary" heads it too: "the aslef union boss".)
  // ("the spacex ceo" is its "founder"; "the aslef leader" its general secretary.)
  const heads = (w: string) => /^(?:chief|head|boss|leader|ceo)$/.test(w) && ([...own].some((o) => HEAD_OFFICES.test(o)) || (own.has('general') && own.has('secretary')));
  // "who" is the WHO only where the text writes it so, not "a rapporteur who had …".
  const acronym = (w: string) => !/^(?:who|us|it)$/.test(w) || new RegExp(`\\b${w.toUpperCase()}\\b`).test(named);
  // "spantons lawyer": a possessive typed without its apostrophe. "co-sponsor" is who
  // "co-sponsored the bill": a long word as the text inflects it.
  const inflected = (w: string) => w.length >= 6 && [...own].some((o) => o.startsWith(w) && /^(?:s|es|d|ed|ing)$/.test(o.slice(w.length)));
  // ("the american samoa delegate" is "The American Samoan delegate": a place by its people's name.)
  const ofPeople = (w: string) => /a$/.test(w) && own.has(`${w}n`);
  // "the un investigator" is "a UN rapporteur … who had investigated the case": whoever does
  // what the text says they did ("organiser": "organised", "negotiator": "negotiating").
  const doer = (w: string) => {
    const stem = /^(\p{L}{5,})(?:or|er)$/u.exec(w)?.[1];
    return !!stem && [...own].some((o) => o.startsWith(stem) && /^(?:ed|ing|ion|ions)$/.test(o.slice(stem.length)));
  };
  let initials: Set<string> | undefined;
  const initialed = (w: string) => (initials ??= initialsOf(named)).has(w);
  // "the houthi military spokesman" is the article's "spokesperson", and so on; a "chair"
  // and an "anchor" are one too ("red cross chairman": "Philippine Red Cross chair").
  const gendered = (w: string) => {
    const stem = /^(spokes|chair|congress|council|business|anchor)(?:man|woman|person)$/.exec(w)?.[1] ?? /^(chair|anchor)$/.exec(w)?.[1];
    return !!stem && [...own].some((o) => new RegExp(`^${stem}(?:man|woman|person${/^(?:chair|anchor)$/.test(stem) ? '|' : ''})$`).test(o));
  };
  // ("the us envoy on iran" is the "US Special Representative for Iran": an envoy by title.)
  const envoy = (w: string) => w === 'envoy' && own.has('special') && own.has('representative');
  // ("the former fbi agent" is the article's "retired FBI agent".)
  // (…and "the ex federal prosecutor" the "former federal prosecutor".)
  const formerly = (w: string) => (w === 'former' && (own.has('retired') || own.has('ex'))) || (w === 'ex' && own.has('former'));
  // "the chancellor" is not "German Chancellor Angela Merkel's spokesperson": the office typed
  // last must be the speaker's own, not one in the name of whom they work for.
  // (Read only where the office is among the words at all: this runs over every speaker.)
  const head = asked.at(-1) ?? '';
  // (A possessive in the body after the office is the body's: "lead author Professor of the
  // University of East Anglia's medical school" is a lead author.)
  const ownPart = (part: string) => {
    const office = /^(.*?)\s+(?:of|at|from)\s/i.exec(part)?.[1];
    return [part.replace(/^.*['’]s\s+/u, ''), office && !/['’]s\b/u.test(office) ? office : ''].join(' ');
  };
  // ("the amnesty hk head": a place as chat shortens it, which the article writes out; "the
  // tory mp", a party by its other name.)
  const shortened = (w: string) => CHAT_NAMES[w]?.every((word) => own.has(word)) ?? false;
  const theirOwn = () => new Set(wordsOf(named.split(' ; ').map(ownPart).join(' ; ')));
  if (isTitle(head) && own.has(head) && !theirOwn().has(head)) return false;
  return asked.length > 0 && asked.every((w) => acronym(w) && (own.has(w) || heads(w) || (/[^s]s$/.test(w) && own.has(w.slice(0, -1))) || ofPeople(w) || inflected(w) || doer(w) || initialed(w) || gendered(w) || envoy(w) || formerly(w) || shortened(w)));
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
const CHAT_NAMES: Record<string, readonly string[]> = { hk: ['hong', 'kong'], nz: ['new', 'zealand'], tory: ['conservative'], gop: ['republican'] };

const HEAD_OFFICES = /^(?:chief|head|director|director-general|secretary-general|president|chairman|chairwoman|chair|ceo|leader|commissioner|administrator|founder|co-founder)$/;

// "the doctor at saint francis" is "Dr. Steven Wolf at Saint Francis".
const TITLE_ABBREVIATIONS: Record<string, string> = {
  dr: 'doctor', prof: 'professor', sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general',
  capt: 'captain', lt: 'lieutenant', sgt: 'sergeant', col: 'colonel', supt: 'superintendent', rev: 'reverend',
};
