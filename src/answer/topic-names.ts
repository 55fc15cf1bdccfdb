import { newsWords, spellings, type Library } from '../library/index.ts';
// ("gdansk" for "Gdańsk": names are compared without accents.)
import { isCountry, isPartyWord, isUsState, withoutAccents as fold, type Quote } from '../quotes/index.ts';
import type { QuoteCandidate } from './who-said.ts';
import { lookupTable } from '../lookup-table.ts';

/**
 * The names a topic tells its story by ("queen elizabeth", "de blasio", "gdansk"): its
 * words the library writes capitalised, and its years. An article that holds none of them
 * tells another story, however near its words come.
 */
export function topicNames(library: Library, topic: string): string[] {
  const words = topic.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // "ethiopian" where the library has only "Ethiopians"; "trumps" typed for "Trump's" is
  // "trump", which the pattern finds with its endings (namesHeld).
  // ("fish defence of coral": a plain word, which the articles capitalise only in "Defence
  // Secretary" and write "defense" in lower case.)
  const capitalised = (w: string) => (library.writes(w) ?? library.writes(`${w}s`)) === 'capitalised' && !spellings(w).slice(1).some((other) => library.writes(other) === 'lower');
  // ("the new law": "new" is a name's only before another, as in "new zealand".)
  // ("turkey in northern syria": a part of a place, which articles tell their own way,
  // "north-eastern Syria"; "Northern Ireland" holds "ireland".)
  // ("his golden toilet": a plain word for the articles' "gold toilet", though they write
  // "Golden" only as a surname; not "the golden state killer", which no article tells.)
  const plainWord = (w: string, i: number) => !!words[i + 1] && newsWords(w).some((news) => library.writes(`${news} ${words[i + 1]}`) !== undefined);
  // ("the court shouldn't judge his motives": a verb after a subject's modal, which articles
  // capitalise only as a title. Not "why would trump …", whose modal asks.)
  const verb = (i: number) => i > 1 && MODAL.test(words[i - 1]!) && !ASKING.test(words[i - 2]!);
  const partOnly = (w: string, i: number) => REGION.test(w) || plainWord(w, i) || verb(i) || (NAME_PARTS.test(w) && !(words[i + 1] && capitalised(words[i + 1]!.replace(/['’]s$/, ''))));
  // ("what did the democrats say about the wall": a party's members are who speaks, not a
  // name of the story, which its articles may tell without them.)
  // (A possessive either way: "conyers' time in congress" names Conyers.)
  const names = [...new Set(words.filter((w, i) => !partOnly(w, i) && !isPartyWord(w)).map((w) => w.replace(/['’]s?$/, '')))].filter((w) => w.length > 2 && capitalised(w));
  // A year names a story's when as its names do its who and where: "the 2020 us election"
  // is no article on 2019's.
  const years = words.filter((w) => YEAR.test(w));
  return [...new Set([...names.map((w) => (/[^s]s$/.test(w) && capitalised(w.slice(0, -1)) ? w.slice(0, -1) : w)), ...years])];
}

// Words after which a verb's plain form comes, and those that ask before one.
const MODAL = /^(?:can|could|should|would|must|might|shall|cannot|can['’]t|couldn['’]t|shouldn['’]t|wouldn['’]t|won['’]t|mustn['’]t|don['’]t|doesn['’]t|didn['’]t)$/;
const ASKING = /^(?:what|why|how|when|where|who|whom|which|whether|if|and|or|but|that|did|does|do)$/;

// A year, which names a story's when.
const YEAR = /^(?:18|19|20)\d\d$/;
// A month's name, likewise ("what did the who declare about covid-19 in march").
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

// Words the articles capitalise mostly inside longer names ("New Zealand", "United Nations",
// "North Korea"), and otherwise write as any adjective.
const NAME_PARTS = /^(?:new|north|south|east|west|united|great)$/;
// Which part of a place: never a name of the story on its own.
const REGION = /^(?:north|south)?(?:north|south|east|west)ern$/;

// Abbreviations people type for names the articles often write out: "the eu council
// spokesperson" is the spokesperson of the "European Council".
const WRITTEN_OUT: Record<string, readonly string[]> = lookupTable({
  eu: ['european'],
  un: ['united nations'],
  uk: ['british', 'united kingdom', 'britain'],
  us: ['american', 'united states', 'u.s.'],
  // (…and a country's other names: "britain" of an article that writes "United Kingdom".)
  britain: ['british', 'united kingdom', 'uk', 'u.k.'],
  america: ['american', 'united states', 'u.s.'],
  usa: ['american', 'united states', 'u.s.'],
  hk: ['hong kong'],
  nz: ['new zealand'],
  nyc: ['new york'],
  ny: ['new york'],
  nh: ['new hampshire'],
  dc: ['washington'],
  // (…and a body by its building: "the pentagon strike on soleimani" of an article that
  // names the "Department of Defense".)
  pentagon: ['department of defense', 'defense department'],
  // (A day people name, which articles date: "the halloween brexit deadline".)
  halloween: ['october 31', '31 october'],
});

// A people's name that is not its country's name plus "-n": "english public transport" is a
// story of an article that says "England", where it holds the rest of the story (namesHeld).
const COUNTRY_OF: Record<string, readonly string[]> = lookupTable({
  english: ['england'], british: ['britain'], scottish: ['scotland'], irish: ['ireland'], welsh: ['wales'],
  french: ['france'], dutch: ['netherlands', 'holland'], spanish: ['spain'], portuguese: ['portugal'],
  polish: ['poland'], swedish: ['sweden'], danish: ['denmark'], finnish: ['finland'], turkish: ['turkey'],
  greek: ['greece'], swiss: ['switzerland'], chinese: ['china'], japanese: ['japan'], vietnamese: ['vietnam'],
  taiwanese: ['taiwan'], lebanese: ['lebanon'], sudanese: ['sudan'], congolese: ['congo'], thai: ['thailand'],
  filipino: ['philippines'], pakistani: ['pakistan'], bangladeshi: ['bangladesh'], iraqi: ['iraq'],
  israeli: ['israel'], saudi: ['saudi arabia'], nepalese: ['nepal'], icelandic: ['iceland'],
  // A continent's too: "the antarctic ice shelves" are Antarctica's.
  antarctic: ['antarctica'],
  // …and those whose country's name their own does not end ("mexican", "bahamian").
  mexican: ['mexico'], german: ['germany'], italian: ['italy'], hungarian: ['hungary'], norwegian: ['norway'],
  belgian: ['belgium'], ukrainian: ['ukraine'], afghan: ['afghanistan'], argentine: ['argentina'], argentinian: ['argentina'],
  bahamian: ['bahamas'], canadian: ['canada'], philippine: ['philippines'], moroccan: ['morocco'], chilean: ['chile'],
  zimbabwean: ['zimbabwe'], qatari: ['qatar'], yemeni: ['yemen'], somali: ['somalia'], ghanaian: ['ghana'], kiwi: ['new zealand'],
  // ("the Slovak Republic": Slovakia.)
  slovak: ['slovakia'], czech: ['czechia', 'czech republic'], peruvian: ['peru'], haitian: ['haiti'], paraguayan: ['paraguay'],
  uruguayan: ['uruguay'], honduran: ['honduras'], salvadoran: ['el salvador'], panamanian: ['panama'], burmese: ['myanmar'],
  senegalese: ['senegal'], maltese: ['malta'], cypriot: ['cyprus'], emirati: ['united arab emirates'], malian: ['mali'],
  mozambican: ['mozambique'], uzbek: ['uzbekistan'], kazakh: ['kazakhstan'],
  // …and a region's whose officials speak for it as a country's do ("the catalan president").
  catalan: ['catalonia'], basque: ['basque country'], bavarian: ['bavaria'], flemish: ['flanders'], corsican: ['corsica'],
  sicilian: ['sicily'], tibetan: ['tibet'], texan: ['texas'], quebecois: ['quebec'], tasmanian: ['tasmania'],
});

// An article's title and text without accents, for the last articles read: a question
// reads the same few for each of its names, and an article's id is the hash of its text.
const FOLDED = new Map<string, string>();
const FOLDED_ARTICLES = 256;

function foldedText(library: Library, articleId: string): string {
  let text = FOLDED.get(articleId);
  if (text === undefined) {
    const article = library.getArticle(articleId);
    text = fold(`${article.title}\n${article.text}`);
    FOLDED.set(articleId, text);
    if (FOLDED.size > FOLDED_ARTICLES) FOLDED.delete(FOLDED.keys().next().value!);
  }
  return text;
}

/**
 * How the articles may call a place's own people or bodies: its name and its people's name
 * ("iran" → iranian, "germany" → german, "russia" → russian), for "what did iran say".
 */
export function peopleNames(place: string): string[] {
  const lower = place.toLowerCase();
  const irregular = Object.keys(COUNTRY_OF).filter((people) => COUNTRY_OF[people]!.includes(lower));
  // ("ukraine": "ukrainian"; "zimbabwe": "zimbabwean".)
  const regular = /a$/.test(lower) ? [`${lower}n`] : /e$/.test(lower) ? [`${lower.slice(0, -1)}ian`, `${lower}an`] : /[^aeiouy]$/.test(lower) ? [`${lower}ian`, `${lower}i`] : [];
  return [lower, ...(irregular.length > 0 ? irregular : regular)];
}

// A people by a name of its own, not its country's "-ans" or "-is": "the scots", "the poles".
const PEOPLE_CALLED: Record<string, string> = lookupTable({
  scots: 'scotland', british: 'the uk', brits: 'the uk', poles: 'poland', turks: 'turkey', swedes: 'sweden', danes: 'denmark', finns: 'finland',
  kiwis: 'new zealand', aussies: 'australia', americans: 'the us', 'hong kongers': 'hong kong',
});

/**
 * The country a people asked for as a side stands for: "the germans" → germany, "the french" →
 * france, "the scots" → scotland; none for other words, nor for a people's adjective alone
 * ("the german" is one person, no side).
 */
export function countryOfPeople(people: string): string | undefined {
  const lower = people.toLowerCase().replace(/\s+/g, ' ');
  if (PEOPLE_CALLED[lower]) return PEOPLE_CALLED[lower];
  // ("french", "chinese": a people's name that is its own plural; "germans": one with "-s".)
  const one = /(?:ch|sh|ese|ss)$/.test(lower) ? lower : /s$/.test(lower) ? lower.slice(0, -1) : undefined;
  return one ? [...(COUNTRY_OF[one] ?? []), ...countryNames(one)].find((country) => isCountry(country)) : undefined;
}

/** A people's name as its country is written ("russian" → russia, "french" → france); none for other words. */
export function countryNames(name: string): string[] {
  const lower = name.toLowerCase();
  if (COUNTRY_OF[lower]) return [...COUNTRY_OF[lower]];
  if (/[aeiy]an$/.test(lower)) return [lower.slice(0, -1), ...(/ian$/.test(lower) ? [lower.slice(0, -3)] : [])];
  // ("cuban", "samoan", "tongan": a country ending in "a", and its "n".)
  return /an$/.test(lower) && isCountry(lower.slice(0, -1)) ? [lower.slice(0, -1)] : [];
}

/**
 * The share of `names` each article holds (title or text), read once per article. With
 * `countries`, a people's name stands for its country too ("the russian health minister"
 * is Russia's), where the country's name ends in "a" ("russian", "korean", "kenyan") or
 * lacks the "-ian" ("iranian", "brazilian"). For a story's names, a people's name stands
 * for its country only in an article that holds most of the rest of `topic` too: "the polish
 * escape room fire" is the fire in Poland, "the russian school bus crash" the bus that
 * overturned in Russia, but "the irish abortion referendum" no Brexit article that names
 * Ireland, and "north korean missile tests" no article on South Korea's trade.
 */
export function namesHeld(library: Library, names: readonly string[], { countries = false, topic }: { countries?: boolean; topic?: string } = {}): (articleId: string) => number {
  const patterns = names.map((name) => {
    // ("iranian" is Iran's, "brazilian" Brazil's, "polish" Poland's.)
    const country = countries ? countryNames(name) : [];
    // "uss" is also "U.S.S." ("U.S.S. Grayback").
    const dotted = /^\p{L}{2,4}$/u.test(name) ? [[...name].join('.')] : [];
    const its = COUNTRY_OF[name.toLowerCase()] ?? countryNames(name).filter((c) => isCountry(c));
    return {
      name: namePattern([name, ...country, ...dotted, ...(WRITTEN_OUT[name.toLowerCase()] ?? [])]),
      country: !countries && topic && its.length > 0 ? namePattern(its) : undefined,
    };
  });
  const rest = topic && topic.toLowerCase().split(/\s+/).filter((w) => !COUNTRY_OF[w]).join(' ');
  const shares = new Map<string, number>();
  return (articleId) => {
    if (patterns.length === 0) return 1;
    if (!shares.has(articleId)) {
      const text = foldedText(library, articleId);
      let restHeld: boolean | undefined;
      const holds = ({ name, country }: (typeof patterns)[number]) =>
        name.test(text) || (!!country && country.test(text) && (restHeld ??= mostlyHeld(library, rest || '', articleId)));
      shares.set(articleId, patterns.filter(holds).length / patterns.length);
    }
    return shares.get(articleId)!;
  };
}

/** True when the article holds most of the topic's words: "the school bus crash" of the one on a bus that overturned with children. */
function mostlyHeld(library: Library, topic: string, articleId: string): boolean {
  const words = library.termWeights(topic).length;
  return library.wordsMissingFrom(topic, [articleId]).length <= Math.max(0, Math.floor((words - 1) / 2));
}

/**
 * "reactions to the notre dame fire": once the best quote's article holds every name,
 * quotes from articles that hold none of them are another fire's, and are left out. So too
 * when a lesser quote's articles hold every name and every other word of the topic: "the
 * uss grayback" is not the trade talks the vectors liked better. (Not an article holding
 * the names alone: "the tonga tsunami" is no story of the one article on Tonga's politics.)
 */
export function ofNamedStory(library: Library, topic: string, names: readonly string[], quotes: QuoteCandidate[]): QuoteCandidate[] {
  const best = quotes.reduce<QuoteCandidate | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  const held = namesHeld(library, names, { topic });
  const keep = () => quotes.filter((c) => held(c.quote.articleId) > 0);
  if (!best || held(best.quote.articleId) === 1) return best ? keep() : quotes;
  const story = [...new Set(quotes.map((c) => c.quote.articleId))].filter((id) => held(id) === 1);
  // (Each word held, if in no one passage, where a name is more than a year: "the aleppo
  // building collapse" is the Aleppo article's, not Magnitogorsk's, whose collapse came
  // nearer; "the 2020 election results" are not those of the one 2020 primary.)
  const whole = library.coverage(topic, { articleIds: story }) >= WHOLE_TOPIC || (names.some((name) => !YEAR.test(name)) && library.wordsMissingFrom(topic, story).length === 0);
  // Theirs alone, not those of articles holding some of the names: "john conyers dying" is
  // no story of the articles on other Johns that came nearer.
  return story.length > 0 && whole ? quotes.filter((c) => held(c.quote.articleId) === 1) : quotes;
}

// The share of a topic's words (IDF-weighted) one passage of the named articles must hold.
const WHOLE_TOPIC = 0.95;

/**
 * True when each name is held by one of these articles. "who commented on the ethiopian
 * airlines crash" answered from other crashes' articles (they hold "airlines", never
 * "Ethiopian") is not answered at all.
 */
export function holdsEveryName(library: Library, names: readonly string[], articleIds: readonly string[], topic?: string): boolean {
  return names.every((name) => {
    const held = namesHeld(library, [name], topic === undefined ? {} : { topic });
    return articleIds.some((id) => held(id) > 0);
  });
}

/**
 * True when each of a story's names, or another of the same typed name ("carrie" of "carrie
 * lam"), is one the quote's article tells its story by: in its title, in the quote's own
 * paragraph or the one before it, its lead, or more than once. A name met once in passing
 * elsewhere is another story's: the El Paso article's one line on "a shooting in Dayton"
 * tells no one's words on Dayton.
 */
export function namedInEarnest(library: Library, names: readonly string[], topic: string, quote: Quote & { articleId: string }): boolean {
  const article = library.getArticle(quote.articleId);
  // (The paragraph before sets up whose words follow: "The cast of the sitcom Kim's
  // Convenience had a panel …", then its lead's.)
  const paragraphStart = article.text.lastIndexOf('\n', quote.start) + 1;
  const before = article.text.slice(0, paragraphStart).trimEnd();
  const setUpStart = before.lastIndexOf('\n') + 1;
  const paragraphEnd = article.text.indexOf('\n', quote.end);
  return toldEarnestly(library, names, topic, quote.articleId, fold(article.text.slice(setUpStart, paragraphEnd < 0 ? undefined : paragraphEnd)));
}

/**
 * True when an article tells the story of each of these names: in its title, its lead, or
 * more than once (namedInEarnest, wherever a quote stands). The El Paso article, naming the
 * Gilroy shooting once among the week's others, tells no one's words on Gilroy.
 */
export function toldInEarnest(library: Library, names: readonly string[], topic: string, articleId: string): boolean {
  return toldEarnestly(library, names, topic, articleId, '');
}

function toldEarnestly(library: Library, names: readonly string[], topic: string, articleId: string, paragraph: string): boolean {
  const article = library.getArticle(articleId);
  // (The lead tells where and who as much as the title: "kipchoge on vienna" of the article
  // that says once, in its second paragraph, that he ran there.)
  const lead = fold(article.text.trim().split(/\n\s*\n/).slice(0, LEAD_PARAGRAPHS).join('\n'));
  const title = fold(article.title);
  const text = foldedText(library, articleId);
  const earnest = (name: string) => {
    // (A country by its people's name too: "ukraine" of the title's "Ukrainian jet".)
    const forms = [name, ...(WRITTEN_OUT[name] ?? []), ...(COUNTRY_OF[name] ?? []), ...countryNames(name).filter((c) => isCountry(c)), ...(isCountry(name) ? peopleNames(name) : [])];
    const pattern = namePattern(forms);
    return pattern.test(title) || pattern.test(lead) || pattern.test(paragraph) || (text.match(namePattern(forms, 'g')) ?? []).length > 1;
  };
  const typed = topic.toLowerCase();
  const sameName = (a: string, b: string) => typed.includes(`${a} ${b}`) || typed.includes(`${b} ${a}`);
  // (A year or a month is a date, which articles give once; "new" is a name only with the word after it.)
  const told = names.filter((name) => !YEAR.test(name) && !MONTH.test(name) && !NAME_PARTS.test(name));
  return told.every((name) => earnest(name) || told.some((other) => other !== name && sameName(name, other) && earnest(other)));
}

/**
 * Any of a name's forms as a whole word, with a plural ending, in text folded as foldedText
 * folds it; each as either side of the Atlantic spells it ("the defense group" of the
 * "Hirtenberger Defence Group", "honour" of an article's "honor").
 */
function namePattern(forms: readonly string[], flags = ''): RegExp {
  const escape = (form: string) => fold(form).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const spelt = [...new Set(forms.flatMap((form) => (/\s/.test(form) ? [form] : spellings(form))))];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${spelt.map(escape).join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, `iu${flags}`);
}

// The paragraphs that open an article: its lead.
const LEAD_PARAGRAPHS = 2;

// Regions whose governments and officials are asked for as a country's: "the catalan
// president" is Catalonia's, no president of another story.
const REGIONS = new Set(['catalonia', 'basque country', 'bavaria', 'flanders', 'corsica', 'sicily', 'tibet', 'quebec', 'tasmania']);

// The United Kingdom's and the United States' names, as one each.
const SAME_COUNTRY: Record<string, string> = lookupTable({
  england: 'uk', scotland: 'uk', wales: 'uk', britain: 'uk', 'great britain': 'uk', 'northern ireland': 'uk', 'united kingdom': 'uk', 'u.k.': 'uk',
  'u.s.': 'us', usa: 'us', 'united states': 'us', america: 'us',
});

/** True when the article describes a quote's speaker by a country, none of `countries` ("British Prime Minister" for "japanese"). */
export function ofAnotherCountry(quote: Quote, countries: ReadonlySet<string>): boolean {
  if (countries.size === 0) return false;
  const described = countriesIn(quote.speaker?.description ?? '');
  return described.size > 0 && ![...described].some((c) => countries.has(c));
}

/**
 * The countries a text names, by name or by their people's ("British Prime Minister" → uk),
 * and the US states it names ("California Attorney General" → california).
 */
export function countriesIn(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}.]+/u).map((w) => w.replace(/\.$/, (dot) => (/^\p{L}\.\p{L}$/u.test(w.slice(0, -1)) ? dot : ''))).filter(Boolean);
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const gram = words.slice(i, i + n).join(' ');
      const names = [gram, ...(n === 1 ? countryNames(gram) : [])].filter((c) => isCountry(c) || isUsState(c) || REGIONS.has(c) || SAME_COUNTRY[c]);
      for (const name of names) found.add(SAME_COUNTRY[name] ?? name);
    }
  }
  return found;
}
