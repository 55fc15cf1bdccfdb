/**
 * Who the article names: runs of capitalized words, with titles ("President",
 * "Dr.") taken off, so that a later "Woo" or "President Lee" can be resolved to the
 * fullest form the article gives ("Woo Su-keun", "Lee Jae-myung").
 */

const TITLES = new Set(
  ('president vice prime minister whip minority majority secretary chancellor senator sen. sen representative rep. rep governor gov. gov mayor sec. sec ag ' +
    'dr. dr mr. mr mrs. mrs ms. ms miss prof. prof professor judge justice chief general gen. gen colonel col. captain capt. ' +
    'lieutenant sergeant officer detective inspector director chairman chairwoman chair ceo spokesman spokeswoman spokesperson ' +
    'king queen prince princess pope bishop cardinal rev. reverend father sister brother lord lady sir dame speaker leader ' +
    'ambassador commissioner attorney deputy premier sheriff coach former acting interior foreign defense defence finance health ' +
    'scientist researcher author co-author developer co-developer superintendent assemblyman assemblywoman congressman ' +
    'congresswoman councilman councilwoman councillor councilor honorable hon. hon lawmaker activist analyst economist ' +
    'engineer doctor editor reporter journalist correspondent commander admiral marshal major founder co-founder adviser ' +
    'advisor aide chairperson manager executive head candidate nominee mp mep archbishop primate imam rabbi pastor ' +
    'voter protester student resident lawyer teacher nurse farmer survivor witness actress actor broadcaster ' +
    'democrat republican ecologist immunologist epidemiologist virologist biologist legislator longtime retired ' +
    'secretary-general fellow historian physicist chemist astronomer meteorologist geologist selectman ' +
    'anthropologist psychologist sociologist criminologist archaeologist paleontologist zoologist oceanographer ' +
    // Ranks as newspapers abbreviate them, and local offices ("Humboldt Supervisor Rex Bohn").
    'col lt lt. sgt sgt. maj. cpl cpl. pvt pvt. cmdr cmdr. adm adm. supervisor assemblymember councilmember alderman alderwoman trustee ' +
    // Shorthand for offices, as headlines and chat write them.
    'pm fm cm mla msp ' +
    // Religious and honorific titles before a name ("Swami Chakrapani", "Ayatollah Ali Khamenei").
    'swami ayatollah mullah mufti monsignor patriarch ' +
    // Offices of international bodies ("a UN rapporteur").
    'rapporteur envoy delegate')
    .split(' '),
);

// Titles that end an office and never a name ("Regents Professor", "Deputy Secretary"),
// unlike those that are surnames too ("TJ King", "John Major").
const NEVER_SURNAMES = /^(?:president|minister|secretary|chancellor|senator|governor|mayor|professor|director|chairman|chairwoman|chairperson|spokesman|spokeswoman|spokesperson|ceo|commissioner|ambassador|superintendent|councillor|councilor|congressman|congresswoman|assemblyman|assemblywoman|lawmaker|premier|secretary-general|researcher|scientist|economist|analyst)$/i;

// Words that make a capitalized run an organization or place, never a person.
const NOT_PERSON = /\b(?:University|College|School|Institute|Association|Party|Ministry|Department|Agency|Council|Conference|Committee|Commission|Company|Corporation|Corp|Inc|Ltd|Limited|Plc|PLC|LLC|GmbH|Holdings|Airlines|Airways|Group|Center|Centre|Foundation|Academy|Court|Government|Republic|Kingdom|States|Nations|Union|Office|Bank|Service|Services|Police|Army|Navy|Force|News|Times|Post|Press|Daily|Today|Journal|Index|Airport|Hospital|Church|Street|Road|House|Senate|Congress|Parliament|Assembly|Organization|Organisation|Laboratory|Society|Network|Magazine|Partners|Associates|Herald|Tribune|Administration|Authority|Board|Bureau|Tribunal|Directorate|Program|Programme|Project|Museum|Club|League|Federation|Alliance|Coalition|Movement|Station|Transport|Transit|Channel|Radio|Television|TV|International|Watch|Fund|Show|Festival|Award|Prize|Cup)s?\b/;

// Words that end the name of a place, which is not a speaker ("the Biobio Region").
const PLACE = /\b(?:Oblast|Region|Province|Prefecture|County|District|Krai|Governorate|Territory|Peninsula)$/;

export interface NamedRun {
  start: number;
  end: number;
  /** The run's words with titles removed, e.g. ["Woo", "Su-keun"]. */
  words: string[];
  person: boolean;
}

// "Abdel Fattah el-Sisi", "Bashar al-Assad": a particle joined to a capitalised name is part of it.
const JOINED_PARTICLE = "(?:al|el|ad|as|bin|ibn|abu|de|di|du|da|van|von|le|la)-\\p{Lu}[\\p{L}'’.-]*";
const JOINED = new RegExp(`^${JOINED_PARTICLE}$`, 'u');
const JOINED_ANY_CASE = new RegExp(`^${JOINED_PARTICLE}$`, 'iu');

/** A surname joined to its particle, in any case: "al-eryani", "el-Sisi". */
export function isJoinedName(word: string): boolean {
  return JOINED_ANY_CASE.test(word);
}
// "Arnel dela Vega", "João dos Santos": particles inside a name; "The Lost 52 Project": a
// number between capitalised words.
// A nickname in quote marks inside a name: "Kevin “Coach” Christie", "Pasquale "Pat" Di Cicco".
const NICKNAME = `[“"]\\p{Lu}\\p{Ll}+[”"](?=[ \\t]+\\p{Lu})`;
// ("PG&E", "AT&T": an ampersand between capitals is inside the name.)
const RUN = new RegExp(
  `(?:\\p{Lu}(?:[\\p{L}'’.-]|&(?=\\p{Lu}))*)(?:[ \\t]+(?:\\p{Lu}(?:[\\p{L}'’.-]|&(?=\\p{Lu}))*|${NICKNAME}|${JOINED_PARTICLE}|de|da|van|von|der|bin|al|el|la|le|dela|del|della|dos|das|ter|ten|\\d+(?=[ \\t]+\\p{Lu})))*`,
  'gu',
);
const PARTICLE = /^(?:de|da|van|von|der|bin|al|el|la|le|dela|del|della|dos|das|ter|ten)$/;
// Letters after a name ("Durham Hall QC", "Jo Cox MP") are not part of it.
const POSTNOMINAL = /^(?:QC|KC|MP|MEP|MSP|PhD|MD|OBE|MBE|CBE|KBE|Esq)\.?$/;
// A word ending in "." ends a sentence unless it is an initial or a short abbreviation.
// ("Surigao del Sur. Phivolcs reported": "Sur." ends a sentence.)
const ABBREVIATION = /^(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Mt|Ft|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Maj|Adm|Rev|Hon|Inc|Ltd|Co|Corp|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Capt|Cmdr|Prof|Supt|Cpl|Pvt|Fr|Pres|Mme|Mlle|Sra|Dra)\.)$/u;
const POSSESSIVE = /(?:'s|’s|s'|s’)$/u;

function clean(word: string): string {
  // An initial keeps its full stop: "John G. Roberts" as the article writes him.
  const bare = word.replace(/(?:'s|’s|'|’)$/u, '').replace(/,$/, '');
  return /^(?:\p{Lu}\.)+$/u.test(bare) ? bare : bare.replace(/\.$/, '');
}

// Capitalised at the start of a sentence, never the start of a name.
const OPENERS = /^(?:the|a|an|although|however|but|and|or|if|because|though|meanwhile|also|then|still|so|yet|after|before|when|while|as|since|on|in|at|by|for|with|from|during|without|within|despite|under|over|through|following|until|unlike|like|amid|against|to|of)$/i;

/**
 * The words of a capitalised run that can be a name: what follows a possessive
 * ("Hong Kong's Carrie Lam") or a title ("Prime Minister Boris Johnson"), up to a full
 * stop that ends a sentence ("Karen Alley. The Wooster professor"), without a trailing
 * particle ("Zapata al").
 */
function nameWords(raw: readonly string[]): string[] {
  let words = [...raw];
  const stop = words.findIndex((w) => w.endsWith('.') && !ABBREVIATION.test(w));
  if (stop >= 0) words = words.slice(0, stop + 1);
  const possessive = words.map((w) => POSSESSIVE.test(w)).lastIndexOf(true);
  if (possessive >= 0 && possessive < words.length - 1) words = words.slice(possessive + 1);
  words = words.map(clean).filter(Boolean);
  while (words.length > 1 && POSTNOMINAL.test(words.at(-1)!)) words.pop();
  // A title comes before a name: the last word of a run is a surname even when it could be
  // a title ("TJ King", "John Major"), unless every word is one ("Prime Minister").
  const titles = words.map((w) => TITLES.has(w.toLowerCase()) || misspeltTitle(w.toLowerCase()));
  // …but not a title no one bears as a surname: "Regents Professor" is an office.
  if (words.length > 0 && NEVER_SURNAMES.test(words.at(-1)!)) return [];
  const lastTitle = titles.every(Boolean) ? words.length - 1 : titles.slice(0, -1).lastIndexOf(true);
  if (lastTitle >= 0) words = words.slice(lastTitle + 1);
  while (words.length && PARTICLE.test(words.at(-1)!)) words.pop();
  while (words.length && (OPENERS.test(words[0]!) || NOT_NAMES.test(words[0]!) || DESCRIBING.test(words[0]!))) words.shift();
  while (words.length && NOT_NAMES.test(words.at(-1)!) && !(words.at(-1) === 'Today' && words.length > 1)) words.pop();
  return words;
}

// "Represenative Adam Schiff": a long title a letter off is still the title.
const LONG_TITLES = [...TITLES].filter((t) => t.length >= 10);
function misspeltTitle(word: string): boolean {
  return word.length >= 10 && LONG_TITLES.some((t) => withinOneEdit(word, t));
}

/** Capitalized runs of the text, cut to the words that can be a name (nameWords). */
export function findNamedRuns(text: string): NamedRun[] {
  const runs: NamedRun[] = [];
  for (const m of text.matchAll(RUN)) {
    // "Tom Reyes. Nora Quint runs …": a full stop ends one name and the next begins
    // (not the stop of an initial or an abbreviation: "John R. Bolton", "U.S. Attorney").
    const parts: Array<[offset: number, text: string]> = [];
    let from = 0;
    for (const w of m[0].matchAll(/[^ \t]+/g)) {
      const end = w.index! + w[0].length;
      if (w[0].endsWith('.') && !ABBREVIATION.test(w[0]) && end < m[0].length) {
        parts.push([from, m[0].slice(from, end)]);
        from = end + (m[0].slice(end).match(/^[ \t]*/)![0].length);
      }
    }
    parts.push([from, m[0].slice(from)]);
    for (const [offset, segment] of parts) {
      const start = m.index! + offset;
      let words = nameWords(segment.split(/[ \t]+/));
      // "Minister of Information Moammar al-Eryani": the office's object opens the run.
      const office = /(\p{L}+)\s+(?:of|for)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, start - 40), start));
      if (office && TITLES.has(office[1]!.toLowerCase()) && words.length >= 3 && words.join(' ') === segment.trim()) words = words.slice(1);
      if (words.length === 0) continue;
      runs.push({ start, end: start + segment.length, words, person: !NOT_PERSON.test(words.join(' ')) && !PLACE.test(words.join(' ')) });
      // "House Intelligence Committee Representative Adam Schiff": the person after the body
      // is a name of their own.
      const body = words.map((w) => NOT_PERSON.test(w)).lastIndexOf(true);
      const after = body >= 0 ? nameWords(words.slice(body + 1)) : [];
      if (after.length >= 2 && !NOT_PERSON.test(after.join(' '))) runs.push({ start, end: start + segment.length, words: after, person: true });
    }
  }
  return runs;
}

// Longer runs of capitals are headings or titles of works, not one person's name.
const MAX_NAME_WORDS = 4;

/**
 * The fullest person name among `runs` that contains `key` (a mention's capitalized
 * words) as consecutive words: "Woo" → "Woo Su-keun", "Day" → "Doris Day". A name ends
 * with the key ("Doris Day" out of "Doris Day Best Friends") unless it is short and
 * starts with it, as family-name-first names do ("Woo Su-keun"). Prefers more words, then
 * the earliest mention; undefined when no run has the key.
 */
export function fullestName(runs: readonly NamedRun[], key: readonly string[]): string | undefined {
  let best: string[] | undefined;
  for (const run of runs) {
    if (!run.person || run.words.length < key.length) continue;
    const at = run.words.findIndex((_, i) => key.every((k, j) => run.words[i + j] !== undefined && fold(run.words[i + j]!) === fold(k)));
    if (at < 0) continue;
    const end = at + key.length;
    // A surname alone grows to the full name; a full name stays itself ("State Mike
    // Pompeo" is "Secretary of State" running into the name).
    // ("de Blasio", a surname led by its particle, grows to "Bill de Blasio".)
    const surname = key.length === 1 || (key.length === 2 && PARTICLE.test(key[0]!) && at === 1);
    let words = !surname ? run.words.slice(at, end) : at === 0 && run.words.length <= 3 ? run.words : run.words.slice(0, end);
    // "Vázquez" of "Wanda Vázquez Garced": a second surname, a word the article writes
    // nowhere but after this name, stays.
    const second = run.words[end];
    if (key.length === 1 && at === 1 && run.words.length === 3 && /^\p{Lu}\p{Ll}+$/u.test(second ?? '') && !isOrganisation(run.words.join(' ')) && !runs.some((r) => r !== run && r.words[0] === second)) words = run.words;
    if (words.length > MAX_NAME_WORDS) continue;
    if (!best || words.length > best.length) best = words;
  }
  return best && withoutPlaces(best, runs, key).join(' ');
}

/**
 * A name without the place or outlet glued before it: "Iran Brian Hook" → "Brian Hook"
 * when the article also names "Iran" on its own. Leading words go only while they stand
 * alone elsewhere in the article and two words remain.
 */
export function withoutPlaces(words: readonly string[], runs: readonly NamedRun[], key: readonly string[] = []): string[] {
  const alone = new Set(runs.map((r) => r.words.join(' ')));
  let rest = [...words];
  for (let changed = true; changed && rest.length > 2; ) {
    changed = false;
    for (const n of [2, 1]) {
      const lead = rest.slice(0, n);
      // "John R. Bolton" keeps "John" even where "John" stands alone: a first name, not a
      // place, when the article also writes "John Bolton" or an initial follows it.
      const firstName = /^\p{Lu}\.$/u.test(rest[n] ?? '') || alone.has([...lead, rest.at(-1)].join(' '));
      // "University of California": a lead joined by "of" is part of the name, not a place.
      const joined = /^\p{Ll}/u.test(rest[n] ?? '');
      if (rest.length - n >= 2 && alone.has(lead.join(' ')) && !firstName && !joined && !lead.some((w) => key.includes(w))) {
        rest = rest.slice(n);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

// "Kurdish-led", "London-based": a word that says who leads or where, before a name.
const DESCRIBING = /-(?:led|based|backed|owned|run|funded|born|affiliated|aligned)$/i;

// Capitalized only because they open a sentence ("One user", "On Thursday"), or never a
// name at all: pronouns, days, plural groups. (Not months: "Theresa May", "April Ryan".)
const NOT_NAMES =
  /^(?:one|a|an|the|some|many|several|another|two|three|four|five|most|other|others|officials?|experts?|critics?|analysts?|sources?|residents?|witnesses?|police|people|reports?|authorities|activists?|protesters?|protestors?|researchers?|scientists?|doctors?|lawmakers?|investigators?|prosecutors?|scholars?|students?|workers?|locals?|villagers?|both|all|none|amongst|among|beginning|according|this|that|these|those|his|her|their|its|our|you|we|i|it|they|he|she|him|me|my|us|on|in|at|by|for|with|from|after|before|during|since|as|while|when|person|late|early|honour|honor|yesterday|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * The name in a mention: "President Lee's" → ["Lee"], "President Hassan Rouhani of Iran"
 * → ["Hassan", "Rouhani"], "Scotland's Nicola Sturgeon" → ["Nicola", "Sturgeon"]. The
 * first run of capitalised words after any possessive and title; what follows a
 * lower-case word ("of Iran", "on Twitter") describes the speaker and is not the name.
 */
export function nameKey(mention: string): string[] {
  const raw = mention.split(/\s+/).filter(Boolean);
  // "the governor of Louisiana", "the mayor of Yartsevo", "representatives from Iran": a
  // role of a place speaks, not the place; "officials at the Ministry of Health": the
  // organisation does.
  // ("The Health Minister for the Biobio Region" too; "Secretary of State Mike Pompeo", with
  // no article, is a title and a name.) A full name after the place is the speaker:
  // "director of Amnesty International Man-kei Tam".
  const start = /^(?:the|a|an)$/i.test(raw[0] ?? '') ? 1 : 0;
  const of = raw.findIndex((w, i) => i > start && /^(?:of|for|at|from|in)$/.test(w));
  const role = raw.slice(start, of).every((w) => /^\p{Ll}/u.test(w) || (start === 1 && TITLES.has(w.toLowerCase())));
  if (of > start && role) {
    const whose = nameKey(raw.slice(of + 1).join(' '));
    // "speaker of the parliament Ali Larijani": a body in lower case, then the person.
    const named = raw.slice(of + 1).findIndex((w) => /^\p{Lu}/u.test(w));
    const body = raw.slice(of + 1, of + 1 + Math.max(0, named)).some((w) => /^\p{Ll}/u.test(w) && !/^(?:the|a|an)$/.test(w));
    if (body && whose.length >= 2 && !isOrganisation(whose.join(' '))) return whose;
    // "Amnesty International Man-kei Tam": the organisation, then its person, who speaks.
    if (whose.length >= 4 && NOT_PERSON.test(whose.slice(0, -2).join(' ')) && !NOT_PERSON.test(whose.slice(-2).join(' '))) return whose.slice(-2);
    // "The government of American Samoa" speaks for American Samoa, as "Germany" does.
    const governs = raw.slice(start, of).every((w) => /^(?:government|administration)$/i.test(w));
    return whose.length > 2 || (whose.length > 0 && (governs || isOrganisation(whose.join(' ')))) ? whose : [];
  }
  // "Chinese officials", "Local authorities", "the NHC advisory": the head is lower-case,
  // the capitalised word only says which: a group or a thing, not a named speaker.
  // What follows "in", "on" or "with" says where or how ("Steve Winwood in a statement").
  const cut = raw.findIndex((w, i) => i > 0 && /^(?:in|on|with|during|via)$/.test(w));
  const core = cut > 0 ? raw.slice(0, cut) : raw;
  const head = clean(core.at(-1) ?? '');
  if (core.length > 1 && /^\p{Ll}/u.test(head) && !PARTICLE.test(head) && !JOINED.test(head) && !core.some((w) => /^(?:of|for|at|from)$/.test(w))) return [];
  // A possessive inside what describes the speaker ("Ted Scambos of CU Boulder's …") is
  // not the speaker's: only one before the first preposition counts.
  // ("The University of Washington's Institute …": an organisation's own name holds "of".)
  const described = raw.findIndex((w, i) => i > 0 && /^(?:of|at|from|in|on|with)$/.test(w) && !NOT_PERSON.test(raw[i - 1]!));
  const possessive = raw.slice(0, described > 0 ? described : raw.length).map((w) => POSSESSIVE.test(w)).lastIndexOf(true);
  // "Lee's post": the possessive is the name itself when nothing capitalised follows.
  const rest = possessive >= 0 && raw.slice(possessive + 1).some((w) => /^\p{Lu}/u.test(w)) ? raw.slice(possessive + 1) : raw;
  // "The Alachua Sheriff's Office": the possessive is inside an organisation's name.
  // ("The Catholic Bishops' Conference of the Philippines" the same; not "The University of
  // Washington's Institute for …", an organisation's own.)
  const owner = raw.slice(0, possessive + 1).join(' ');
  if (rest !== raw && NOT_PERSON.test(rest[0]!) && /^\p{Lu}/u.test(raw[possessive]!) && (rest.length === 1 || (!NOT_PERSON.test(owner) && rest.every((w) => /^\p{Lu}|^(?:of|the|for|and|on)$/u.test(w))))) {
    return raw.slice(raw.findIndex((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w))).map((w) => w.replace(/[,.]$/, ''));
  }
  const words = rest.map(clean).filter(Boolean);
  const capital = (i: number) => /^\p{Lu}/u.test(words[i] ?? '') || JOINED.test(words[i] ?? '') || (/^[“"]\p{Lu}\p{Ll}+[”"]$/u.test(words[i] ?? '') && /^\p{Lu}/u.test(words[i + 1] ?? ''));
  // "Longtime Imus in the Morning writer and performer Rob Bartlett": a full name that ends
  // the mention right after a lower-case role is the person; the single capitalised words
  // before the role describe them. (A full name before it is the person: "Peter Iseley of
  // victim group Ending Clergy Abuse".)
  let tail = words.length;
  while (tail > 0 && (capital(tail - 1) || (PARTICLE.test(words[tail - 1]!) && capital(tail)))) tail--;
  const named = (w: string) => !NOT_NAMES.test(w) && !TITLES.has(w.toLowerCase());
  const last = words.slice(tail).filter(named);
  const lead = words[tail - 1] ?? '';
  const before = words.slice(0, tail - 1).map((w, i) => (capital(i) && named(w)) || (PARTICLE.test(w) && capital(i + 1)));
  const fullNameBefore = before.some((c, i) => c && before[i + 1]);
  // ("State press agency PAP": so is an acronym, a body's whole name.)
  // ("ABHM president Chakrapani", "Hindu Mahasabha president Chakrapani": one name after
  // an office, whatever body's words come before it.)
  const afterOffice = last.length === 1 && TITLES.has(lead);
  if ((last.length >= 2 || (last.length === 1 && /^\p{Lu}{2,}$/u.test(last[0]!)) || afterOffice) && !NOT_PERSON.test(last.join(' ')) && /^\p{Ll}{3,}$/u.test(lead) && !/^(?:and|but|the|for|from|with|into|about|than)$/.test(lead) && before.includes(true) && (!fullNameBefore || afterOffice)) {
    return last;
  }
  // Each run of capitalised words in turn: "US Special Representative for Iran Brian Hook"
  // has only a title in its first run, so the name is in the second.
  for (let i = 0; i < words.length; ) {
    if (!capital(i)) {
      i++;
      continue;
    }
    let end = i;
    // "University of Essex": an organisation's name runs on over "of".
    const ofOrganisation = (k: number) => /^(?:of|for|to|on)$/.test(words[k]!) && capital(k + 1) && NOT_PERSON.test(words[k - 1] ?? '');
    // "the Search and Rescue Agency", "Institute for Health Metrics and Evaluation": over "and"
    // too, inside one organisation's name; not between two ("the University of Bristol and UC
    // Davis", "… of Washington and Stanford University").
    const andOrganisation = (k: number) => {
      if (words[k] !== 'and' || !capital(k + 1)) return false;
      let next = k + 1;
      while (capital(next)) next++;
      if (/^\p{Lu}{2,}$/u.test(words[k + 1]!)) return false;
      return NOT_PERSON.test(words[next - 1]!) !== NOT_PERSON.test(words.slice(i, k).join(' '));
    };
    // "Who Gives a Crap", "Catherine the Great": an article inside a name that ends the mention.
    const innerArticle = (k: number) => /^(?:a|the)$/.test(words[k]!) && k > i && words.slice(k + 1).every((_, j) => capital(k + 1 + j));
    // "the Department of the Interior": over "of the" too.
    const ofTheOrganisation = (k: number) => words[k + 1] === 'the' && /^(?:of|for|on)$/.test(words[k]!) && capital(k + 2) && NOT_PERSON.test(words[k - 1] ?? '');
    while (end < words.length) {
      if (capital(end) || ((PARTICLE.test(words[end]!) || ofOrganisation(end) || andOrganisation(end) || innerArticle(end) || /^\d+$/.test(words[end]!)) && capital(end + 1))) end++;
      else if (ofTheOrganisation(end)) end += 2;
      else break;
    }
    let run = words.slice(i, end);
    while (run.length && (NOT_NAMES.test(run[0]!) || DESCRIBING.test(run[0]!))) run.shift();
    // "Secretary of State Mike Pompeo", "Special Representative for Iran Brian Hook": what
    // follows "<title> of|for" starts with the office's object; the name is its last words.
    // "Ambassador to the United Nations Nikki Haley" the same way.
    const before = words.slice(0, i).filter((w) => w.toLowerCase() !== 'the');
    const office = before.length >= 2 && /^(?:of|for|to)$/.test(before.at(-1)!) && TITLES.has(before.at(-2)!.toLowerCase());
    if (office && run.length > 2 && !NOT_PERSON.test(run.slice(-2).join(' '))) run = run.slice(-2);
    while (run.length > 1 && POSTNOMINAL.test(run.at(-1)!)) run.pop();
    // ("John Major", "Martin Luther King": a surname that is also a title, after a name.)
    const surnamed = run.length >= 2 && SURNAME_TITLES.test(run.at(-1)!) && !TITLES.has(run.at(-2)!.toLowerCase());
    const lastTitle = run.map((w, k) => TITLES.has(w.toLowerCase()) && !(surnamed && k === run.length - 1)).lastIndexOf(true);
    // ("USA Today", "Psychology Today": a paper's name ends in "Today".)
    const key = run.slice(lastTitle + 1).filter((w, k, all) => !NOT_NAMES.test(w) || (k > 0 && (w === 'Today' || (/^(?:a|the)$/.test(w) && k < all.length - 1))));
    // "the Biobio Region", "Tyumen Oblast": a place, not who speaks; "a basic R0": a quantity.
    if (PLACE.test(key.join(' ')) || (key.length === 1 && /\d/.test(key[0]!))) return [];
    // "Chinese University political scientist Ma Ngok": an organisation, a role, then the
    // person. The person speaks; the organisation describes them.
    const joined = /^(?:of|for|to|at|from|in|on|and|with)$/i.test(words[end] ?? '');
    const later = joined ? [] : nameKey(words.slice(end).join(' '));
    const person = (k: string[]) => k.length >= 2 && !NOT_PERSON.test(k.join(' '));
    // An organisation's name may hold title words ("World Health Organization"): whole.
    // "SpaceX founder Elon Musk": a name, then a lower-case role, then the person it is.
    const roleFollows = /^\p{Ll}/u.test(words[end] ?? '') && TITLES.has((words[end] ?? '').toLowerCase());
    // "Republican state representative Terri Collins", "Pelosi spokesman Drew Hammill": one
    // word, then lower-case words, then a full name: the full name is who it is.
    const qualifies = key.length === 1 && /^\p{Ll}/u.test(words[end] ?? '');
    // "Iranian news agency Fars": a people's adjective, then what it qualifies.
    const demonym = qualifies && /^\p{Lu}\p{Ll}+(?:ian|ese|ish)$/u.test(key[0]!) && later.length > 0;
    // "Thames Valley Police": a name ending in an organisation's word is the organisation's.
    // (An organisation's name joined over "of" or "and" keeps its title words: "Institute
    // for Health Metrics and Evaluation".)
    const organisation = (run.length >= 2 && lastTitle < 0 && NOT_PERSON.test(run.at(-1)!)) || (key.some((w) => /^(?:of|for|to|and)$/.test(w)) && NOT_PERSON.test(run.join(' ')));
    if (key.length === 0 || organisation || NOT_PERSON.test(key.join(' ')) || roleFollows || (qualifies && person(later)) || demonym) {
      if (demonym) return later;
      if (person(later)) return later;
      if (run.length && NOT_PERSON.test(run.join(' '))) return run;
      if (key.length) return key;
    } else return key;
    i = end;
  }
  return [];
}

/** True for an organisation's name: "World Health Organization", "BBC", "Reuters News". */
export function isOrganisation(name: string): boolean {
  // ("Znak.com": a website.)
  return NOT_PERSON.test(name) || /^[\p{Lu}&.-]{2,}$/u.test(name) || /\.(?:com|org|net|gov)$/i.test(name);
}

/**
 * True when the article writes `name` as a place ("in Malawi", "to North Korea"): when a
 * place speaks ("Malawi confirmed …") its government does, an organisation.
 */
export function isPlaceIn(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\b(?:according|speaking|talking|spoke|wrote|said|replied)\\s)\\b(?:in|to|from|across|throughout|near|outside|inside|within|into)\\s+(?:the\\s+)?${escaped}(?![\\p{L}'’])`, 'iu').test(text);
}

/** "Time magazine", "the newspaper Politiken": a name the article gives a publication or a broadcaster. */
export function isPublicationIn(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\s+(?:magazine|newspaper|news agency|broadcaster|website|tabloid)\\b|\\b(?:magazine|newspaper|broadcaster|tabloid)\\s+${escaped}\\b`, 'u').test(text);
}

export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

/**
 * The title a word typed one slip off spells ("presidetn", "rapporetur", "diirector",
 * "captan": president, rapporteur, director, captain): two neighbouring letters swapped, a
 * letter typed twice or one left out, in a word of six letters or more, or one vowel for
 * another in a word of seven. Not a plural
 * ("governors") or "office", which are words of their own.
 */
export function titleSpelled(word: string): string | undefined {
  const typed = word.toLowerCase();
  if (typed.length < 6 || TITLES.has(typed) || typed === 'office') return undefined;
  for (const title of TITLES) {
    if (Math.abs(title.length - typed.length) > 1 || title.length < 6 || !withinOneEdit(typed, title)) continue;
    if (typed.length === title.length) {
      const at = [...typed].findIndex((ch, i) => ch !== title[i]);
      if (typed[at] === title[at + 1] && typed[at + 1] === title[at]) return title;
      // (…or, in a longer word, one vowel for another: "presidant", "rapporteor".)
      if (typed.length >= 7 && /[aeiou]/.test(typed[at]!) && /[aeiou]/.test(title[at]!) && typed.slice(at + 1) === title.slice(at + 1)) return title;
      // (Not at the word's end, where a slip makes other words: "princes", "retire", "marshall".)
    } else if (typed.length < title.length) {
      if ([...typed].findIndex((ch, i) => ch !== title[i]) >= 0) return title;
    } else if ([...typed].some((ch, i) => ch === typed[i + 1] && i + 2 < typed.length && typed.slice(0, i) + typed.slice(i + 1) === title)) return title;
  }
  return undefined;
}

/** A plural noun for a kind of people: "runners", "scientists", "governors", "families". */
export function isPeopleWord(word: string): boolean {
  return /(?:ers|ors|ists|ians|ents|ants|ees|people|fans|families|victims|kids|children|men|women|folks|crowds?)$/i.test(word);
}

/**
 * A party's or a movement's members as chat names them ("the tories", "democrats"), or one of
 * them ("the tory landslide"): whose words they are, never a name of the story, which its
 * articles may tell by the party's own name ("Conservative").
 */
export function isPartyWord(word: string): boolean {
  return /^(?:republicans?|democrats?|conservatives?|tory|tories|liberals?|socialists?|progressives?|greens|nationalists?|separatists?|loyalists?|unionists?)$/i.test(word);
}

/** A text without accents, its case kept: "Kīlauea" is "Kilauea". */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

// Titles that are also surnames, after a name: "John Major", "Martin Luther King".
const SURNAME_TITLES = /^(?:major|king)$/i;

/** A word without case or accents: "Erdogan" and "Erdoğan" are one spelling. */
export function fold(word: string): string {
  return withoutAccents(word).toLowerCase();
}

/**
 * One key per person across articles: "Lee Jae-myung", "Lee Jae Myung" and
 * "Jae-myung Lee" all give "jae lee myung" (lower case, no accents, words sorted).
 * Undefined for unnamed sources ("One user", "a senior official").
 */
export function speakerKey(name: string): string | undefined {
  // "de Blasio", "van Gogh": a surname's own particle may lead in lower case.
  const lead = name.split(/\s+/, 2);
  if (nameKey(name).length === 0 || !(/^\p{Lu}/u.test(name) || (PARTICLE.test(lead[0]!) && /^\p{Lu}/u.test(lead[1] ?? '')))) return undefined;
  const words = fold(name)
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .split(/[\s-]+/)
    // (Not a last "Major" or "King" after a name: "John Major" is no "John".)
    .filter((w, k, all) => w && (!TITLES.has(w) || (k > 0 && k === all.length - 1 && SURNAME_TITLES.test(w) && !TITLES.has(all[k - 1]!))));
  return words.length ? words.sort().join(' ') : undefined;
}

/**
 * One insertion, deletion, substitution or swap of neighbours at most: "abbot" and
 * "abbott", "zelensky" and "zelenskyy", "gdnask" and "gdansk".
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * True when a typed name's word is one slip from the articles' word: within one edit, or
 * with its double letters typed single, or the other way ("mcconel" for "McConnell").
 */
export function typedWithinOneEdit(typed: string, word: string): boolean {
  // (Read for every speaker's word a question's words are checked against: the cheap test first.)
  if (withinOneEdit(typed, word)) return true;
  if (Math.abs(typed.length - word.length) > 3 || typed[0] !== word[0]) return false;
  return withinOneEdit(singleLetters(typed), singleLetters(word));
}

/** True when a typed word is the articles' word with its double letters typed single: "abot" for "Abbott". */
export function doublesTypedSingle(typed: string, word: string): boolean {
  return typed !== word && typed[0] === word[0] && singleLetters(typed) === singleLetters(word);
}

/** A word with each run of one letter written once: "mcconnell" → "mconel". */
function singleLetters(word: string): string {
  let out = '';
  for (const ch of word) if (ch !== out.at(-1)) out += ch;
  return out;
}

