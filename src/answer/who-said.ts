import { spellings, type ArticleFilter, type Library, type QuoteHit, type SearchHit, type StoredQuote } from '../library/index.ts';
import { isTitle } from '../quotes/index.ts';
import { toCitation } from './sentences.ts';
import { countriesIn, namesHeld, topicNames } from './topic-names.ts';
import { holdsWordsHad } from './words-had.ts';
import type { Answer, Citation } from './types.ts';

export interface QuoteCandidate {
  quote: StoredQuote;
  article: QuoteHit['article'];
  /** The passages of the quote's article, to name the one each fragment sits in. */
  passages: ReadonlyArray<{ id: string; start: number; end: number }>;
  /** Cosine of the quote (with speaker and story) and the topic. */
  similarity: number;
  score: number;
  /** Words the asker already has ("apart from X, what else did Y say"): shown after the speaker's others. */
  had?: boolean;
}

// A quote is judged by its likeness to the topic, its fused rank among quotes, and how
// well its article's passages matched: a quote that names neither the story nor its
// words still belongs when its article is the story.
const QUOTE_RANK_WEIGHT = 0.2;
const ARTICLE_WEIGHT = 0.3;
// Who-said-what asks for people's words: a person's quote goes a little before the same
// words from an organisation, a country or "data". (0.05 → 0.1 on bench:whosaid dev, batches
// 1–95: across @5 +2, story @10 +1, named @10 −1, "russian investigators", whose words are a
// body's.) Not among the words of one speaker asked for: "pg&e's apology" is the company's,
// before its vice president's; nor for whose a line is: "who said 200 people went to the
// party" is the news agency's figure, before the people at the party.
const PERSON_WEIGHT = 0.1;
// …and words in quotation marks before words reported: "what did people say" asks for
// what they said, more than for the facts an agency reported. (An interview's answers,
// verbatim but in no quotation marks, go with the reported: the lines an article quotes
// are those it chose, and a transcript's long answers would crowd them out.)
const DIRECT_WEIGHT = 0.2;
const QUOTATION_MARK = /["\u201c\u201d]/;
// "What did the polish president say": a speaker the article calls so goes before others.
// (0.15 → 0.25 on bench:whosaid dev, batches 1–146: named @5 +2 on batches 1–144, the rest
// the same; "what did activists say about the delhi hotel fire" from 8th to 3rd. At 0.35 a
// third named question, but across @5 −3: a group's voices crowded one story's out.)
const ROLE_WEIGHT = 0.25;
// "reactions to de blasio quitting the race": a quote whose article holds the story's names
// goes before one from another race (topic-names.ts), in proportion to the names it holds.
const NAMES_WEIGHT = 0.15;
// A quote that says the words asked about, word for word, is whose words they are: first.
const SAYING_WEIGHT = 1;
// Of the several people an office names, the one whose article tells the story goes first.
const HOLDER_WEIGHT = 0.3;

function holds(quote: StoredQuote, role: RegExp): boolean {
  return role.test(`${quote.speaker?.description ?? ''} ${quote.speaker?.mention.text ?? ''}`.toLowerCase());
}

/**
 * Whether a quote's speaker is an official of the place its article is about, described by
 * office alone ("Interior Minister Joachim Brudziński", in "Arrest made as mayor of Gdańsk,
 * Poland stabbed on stage"): the title names the place or its people (`people`, a pattern),
 * and the description names no country at all (the Samoan prime minister is no Australian's
 * voice, in an article telling of an Australian mission).
 */
export function officialOfPlace(quote: StoredQuote, people: string, title: string): boolean {
  const described = `${quote.speaker?.name ?? ''} ${quote.speaker?.description ?? ''}`;
  const official = described.split(/[^\p{L}-]+/u).some((word) => isTitle(word.toLowerCase())) || OFFICIAL_BODY.test(described);
  return official && countriesIn(quote.speaker?.description ?? '').size === 0 && new RegExp(`(?<!\\p{L})${people}(?!\\p{L})`, 'iu').test(title);
}

// Where an appositive ends and what its speaker did begins: "…, told Agence France-Presse".
const SPOKE_TO = /\b(?:told|tells|said|says|added|wrote|writes|tweeted|stated|explained|announced|warned|confirmed)\b/i;

// Bodies that speak for a state.
const OFFICIAL_BODY = /\b(?:ministry|government|police|army|military|agency)\b/i;

/**
 * True when the article calls the quote's speaker by an office (and its portfolio words, if
 * any: "defence" of a "defence commissioner"): where it quotes them ("Polish President
 * Andrzej Duda"), or beside their name anywhere in its text ("an interview with Gáspár
 * Maróth, the Hungarian Government commissioner responsible for defence", quoted as "Maróth").
 */
export function holdsOffice(quote: StoredQuote, role: string, articleText: string, portfolio: readonly string[] = []): boolean {
  const office = officePattern(role);
  // Its portfolio, where one was typed, with it: a prime minister is no tourism minister.
  // (Either side of the Atlantic's spelling: "the defense secretary" is the "Defence Secretary".)
  const words = portfolio.map((word) => new RegExp(`\\b(?:${spellings(word).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`));
  const fits = (text: string) => office.test(text) && words.every((word) => word.test(text));
  if (fits(`${quote.speaker?.description ?? ''} ${quote.speaker?.mention.text ?? ''}`.toLowerCase())) return true;
  const name = quote.speaker?.name;
  if (!name) return false;
  // Only as their own: in the words of their sentence before the name, outside a quotation,
  // or in an appositive after it (not "…pray for Mayor Adamowicz." Tusk …).
  // (…and in the words of their own clause: "candidate for prime minister in response to a
  // statement from her younger brother, King Maha Vajiralongkorn" makes him no prime minister;
  // "the country's prime minister, Hubert Minnis" does.)
  for (let at = articleText.indexOf(name); at >= 0; at = articleText.indexOf(name, at + name.length)) {
    const clauses = articleText.slice(Math.max(0, at - OFFICE_NEAR), at).split(/[.!?"\u201c\u201d]\s*/).at(-1)!.split(',');
    const before = [...clauses].reverse().find((clause) => /\p{L}/u.test(clause)) ?? '';
    const rest = articleText.slice(at + name.length, at + name.length + OFFICE_NEAR);
    // (The appositive only, not whom they spoke to: "Tomasz Kubiak, a fire service spokesman,
    // told Agence France-Presse" is no French office.)
    const after = /^\s*,/.test(rest) ? rest.split(/[.!?"\u201c\u201d]/)[0]!.split(SPOKE_TO)[0]! : '';
    if (fits(`${before} ${after}`.toLowerCase())) return true;
  }
  return false;
}

// How near its name an article may give someone's office: an appositive's length.
const OFFICE_NEAR = 80;

// "the taliban spokesman" is whom an article calls its spokesperson (and "the prosecutor"
// its "U.S. Attorney", "the hindu leader" whoever heads a Hindu body, below).
const GENDERED = /\b(spokes|chair|congress|council|business|anchor)(?:man|woman|person)\b/g;

/** An office as the articles may write it: "spokesman" as "spokesperson", "prosecutor" as "attorney", "envoy" as "special representative", "doctor" as "physician" or "Dr.", "leader" as "president", "criminologist" as "criminology". */
function officePattern(role: string): RegExp {
  const written = role
    .replace(/\p{L}{5,}/gu, (word) => {
      const forms = spellings(word);
      return forms.length > 1 ? `(?:${forms.join('|')})` : word;
    })
    .replace(GENDERED, (_, stem: string) => `${stem}(?:man|woman|person)`)
    .replace(/\bprosecutor\b/, '(?:prosecutor|attorney)')
    .replace(/\benvoy\b/, '(?:envoy|special representative)')
    .replace(/\bdoctor\b/, '(?:doctor|physician|dr)')
    // A scholar by their discipline: "the criminologist" is a "criminology professor".
    .replace(/\b(\p{L}+olog)ist\b/gu, '$1(?:ist|y)')
    .replace(/\bleader\b/, '(?:leader|president|chair(?:man|woman|person)?|head|chief)');
  // (…and its plural, a group's name: "Activists", "Neighbors" for "activist", "neighbor".)
  return new RegExp(`\\b${written}(?:s|es)?\\b`);
}

const PRONOUN = /^(?:he|she|they|we|i|you|it)$/i;

// Quotes searched across the library before scoring, and in the best articles.
const QUOTE_CANDIDATES = 60;
const STORY_ARTICLES = 2;
const STORY_QUOTES = 24;
// How much of a topic's words a passage holds for its article to be the story its names name.
const STORY_COVERAGE = 0.5;

/**
 * The attributed quotes that bear on a topic, found across the whole library from their
 * stored vectors and lexical index (nothing is embedded but the topic), scored. Only
 * quotes with a speaker count: "who said what" needs the who.
 */
export async function findQuotes(
  library: Library,
  topic: string,
  hits: readonly SearchHit[],
  { filter, articleIds, role, whose, names, saying = [], line = false }: { filter: ArticleFilter; articleIds?: readonly string[]; role?: string; whose?: string; names?: readonly string[]; saying?: readonly StoredQuote[]; line?: boolean },
): Promise<QuoteCandidate[]> {
  const speakerKeys = filter.speaker ? library.speakerKeys(filter.speaker) : undefined;
  // Every word of whose office it is, anywhere in how the speaker is described: "hungarian
  // defence" in "the Hungarian Government commissioner responsible for defence".
  const whosePattern = role && whose ? new RegExp(whose.split(/\s+/).map((w) => `(?=.*\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`).join(''), 's') : undefined;
  // "the fema official": anyone of FEMA's is its official ("deputy administrator at FEMA").
  const rolePattern = role === 'official' && whosePattern ? whosePattern : role ? officePattern(role) : undefined;
  const found = await library.searchQuotes(topic, {
    k: QUOTE_CANDIDATES,
    ...(articleIds ? { articleIds } : {}),
    ...(speakerKeys ? { speakerKeys } : {}),
  });
  // Every voice of the story's own articles is a candidate too, however few of the topic's
  // words it uses ("It is never an easy decision to suspend search efforts").
  // (Those that hold the story's names and most of its words first: "harry dunn's death" is
  // the article on him, though other deaths' articles come nearer by vector.)
  const held = namesHeld(library, names ?? topicNames(library, topic), { topic });
  const hitArticles = [...new Set(hits.map((h) => h.article.id))];
  const told = (id: string) => held(id) === 1 && hits.some((h) => h.article.id === id && h.coverage >= STORY_COVERAGE);
  const story = [...hitArticles.filter(told), ...hitArticles.filter((id) => !told(id))].slice(0, STORY_ARTICLES);
  if (story.length > 0) {
    const seen = new Set(found.map((h) => h.quote.id));
    const more = await library.searchQuotes(topic, { k: STORY_QUOTES, articleIds: story, ...(speakerKeys ? { speakerKeys } : {}) });
    found.push(...more.filter((h) => !seen.has(h.quote.id)));
  }
  // "who said toilet paper is a bulky item": the quotes that say it are candidates, whatever
  // else their articles' search finds.
  const sayingIds = new Set(saying.map((q) => q.id));
  if (sayingIds.size > 0) {
    const seen = new Set(found.map((h) => h.quote.id));
    const theirs = await library.searchQuotes(topic, { k: STORY_QUOTES, articleIds: [...new Set(saying.map((q) => q.articleId))], ...(speakerKeys ? { speakerKeys } : {}) });
    found.push(...theirs.filter((h) => !seen.has(h.quote.id)));
  }
  const articleScore = new Map<string, number>();
  for (const hit of hits) articleScore.set(hit.article.id, Math.max(articleScore.get(hit.article.id) ?? 0, (hit.score + hit.coverage) / 2));
  const passages = new Map<string, ReturnType<Library['passagesOf']>>();
  const { keyOf, nameOf } = library.people();
  // ("the sheriff on storm area 51": of the several the office names, the one the story's
  // articles quote, not another sheriff's closer words on another story.)
  const several = (speakerKeys?.length ?? 0) > 1 && isTitle(filter.speaker!.split(/\s+/).at(-1)!);
  return found
    // ("They" whom the article never names is no who.)
    .filter((h) => h.quote.speaker && !(h.quote.speaker.kind === 'unnamed' && PRONOUN.test(h.quote.speaker.name)))
    .map((hit) => {
      // One person, one name across articles: "Wanda Vázquez" shows as "Wanda Vázquez Garced".
      // A name as full, spelt otherwise elsewhere ("Zelenskyy"), stays as this article spells it.
      const person = hit.quote.speakerKey && (keyOf.get(hit.quote.speakerKey) ?? hit.quote.speakerKey);
      const own = hit.quote.speaker!.name;
      const fullest = person ? nameOf.get(person) : undefined;
      const name = fullest && fullest.split(/\s+/).length > own.split(/\s+/).length ? fullest : own;
      if (person) hit.quote = { ...hit.quote, speakerKey: person, speaker: { ...hit.quote.speaker!, name } };
      return hit;
    })
    .map(({ quote, article, score, similarity }) => {
      return {
        quote,
        article,
        // Read only for the quotes an answer cites: most candidates are never picked.
        get passages() {
          if (!passages.has(quote.articleId)) passages.set(quote.articleId, library.passagesOf(quote.articleId));
          return passages.get(quote.articleId)!;
        },
        similarity,
        score:
          similarity +
          QUOTE_RANK_WEIGHT * score +
          ARTICLE_WEIGHT * (articleScore.get(quote.articleId) ?? 0) +
          (quote.speaker?.kind === 'person' && !speakerKeys && !line ? PERSON_WEIGHT : 0) +
          (quote.kind !== 'indirect' && QUOTATION_MARK.test(quote.text) ? DIRECT_WEIGHT : 0) +
          (rolePattern && holds(quote, rolePattern) ? ROLE_WEIGHT * (whosePattern && holds(quote, whosePattern) ? 2 : 1) : 0) +
          NAMES_WEIGHT * held(quote.articleId) +
          (several && told(quote.articleId) ? HOLDER_WEIGHT : 0) +
          (sayingIds.has(quote.id) ? SAYING_WEIGHT : 0),
      };
    });
}

// One voice does not crowd out the rest: at most this many quotes of one speaker, and
// fewer when a question joins several stories, so that each story's voices fit. Four let
// one voice fill most of a story's first five (bench:whosaid dev: across @10 97 → 100 % at
// three); the seed's two main voices have three each.
const PER_SPEAKER = 3;
const PER_SPEAKER_ACROSS = 2;

// Quotes further below the best than this are about something else: the answer ends
// before them rather than filling up with the next story's voices.
const MAX_GAP = 0.3;

/**
 * The best `k` quotes: unless they are all one asked-for speaker's (`oneSpeaker`), at most
 * PER_SPEAKER of any one speaker and none far below the best but from the best one's
 * article (unless they are several asked-for speakers' (`several`): "did pelosi and schumer
 * agree" asks for each, however far one's best is below the other's); and the best quote of
 * each story a question joins (`leads`, see ask), whatever it scores.
 */
export function pickQuotes(
  candidates: readonly QuoteCandidate[],
  k: number,
  { oneSpeaker = false, several = false, leads = [] }: { oneSpeaker?: boolean; several?: boolean; leads?: readonly QuoteCandidate[] } = {},
): QuoteCandidate[] {
  const count = new Map<string, number>();
  const picked: QuoteCandidate[] = [];
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  const floor = oneSpeaker || several ? -Infinity : (sorted[0]?.score ?? 0) - MAX_GAP;
  // The best quote's article is the story: its other voices belong however their words
  // score ("It is never an easy decision to suspend search efforts" on the boat fire).
  const story = sorted[0]?.quote.articleId;
  for (const c of sorted) {
    if (c.score < floor && c.quote.articleId !== story) continue;
    const who = c.quote.speakerKey ?? c.quote.speaker!.name;
    if (!oneSpeaker && (count.get(who) ?? 0) >= (leads.length > 1 ? PER_SPEAKER_ACROSS : PER_SPEAKER)) continue;
    count.set(who, (count.get(who) ?? 0) + 1);
    picked.push(c);
    if (picked.length === k) break;
  }
  // The best quote of each story a question joins is in, however it ranks overall: it
  // takes the place of the weakest quote that is no lead.
  const isLead = (c: QuoteCandidate) => leads.some((l) => l.quote.id === c.quote.id);
  for (const lead of leads) {
    if (picked.some((c) => c.quote.id === lead.quote.id)) continue;
    if (picked.length === k) {
      let weakest = picked.length - 1;
      while (weakest >= 0 && isLead(picked[weakest]!)) weakest--;
      if (weakest < 0) break;
      picked.splice(weakest, 1);
    }
    picked.push(lead);
  }
  return picked;
}

/** Candidates found by several searches, each quote once with its best score. */
export function mergeQuotes(a: readonly QuoteCandidate[], b: readonly QuoteCandidate[]): QuoteCandidate[] {
  const best = new Map<number, QuoteCandidate>();
  for (const c of [...a, ...b]) if ((best.get(c.quote.id)?.score ?? -Infinity) < c.score) best.set(c.quote.id, c);
  return [...best.values()];
}

/** One citation per fragment: an interrupted quote ("…," he said. "…") cites each part. */
function citationsOf(candidate: QuoteCandidate): Citation[] {
  const { quote, article, passages } = candidate;
  const fragments = quote.fragments ?? [[quote.start, quote.end]];
  return fragments.map(([start, end]) => {
    const passageId = passages.find((p) => p.start <= start && start < p.end)?.id;
    const citation = toCitation(article, passageId, start, end, quote.text.slice(start - quote.start, end - quote.start));
    citation.speaker = quote.speaker!.name;
    if (quote.cue) citation.cue = quote.cue.text;
    return citation;
  });
}

/**
 * Quotes asked for by when ("the latest from pelosi on impeachment"): of those nearly as good
 * as the best, the newest (or first) article's lead; the rest follow as they were. Undated
 * articles keep their place after the dated.
 */
export function inOrderAsked(library: Library, picked: readonly QuoteCandidate[], order: 'latest' | 'earliest'): QuoteCandidate[] {
  const best = Math.max(...picked.map((c) => c.score));
  const near = picked.filter((c) => c.score >= best * NEAR_BEST);
  const days = [...new Set(near.map((c) => library.getArticle(c.quote.articleId).publishedAt?.slice(0, 10) ?? ''))].filter(Boolean).sort();
  if (order === 'latest') days.reverse();
  const lead = (c: QuoteCandidate) => {
    const day = days.indexOf(library.getArticle(c.quote.articleId).publishedAt?.slice(0, 10) ?? '');
    return near.includes(c) && day >= 0 ? ORDER_FIRST * (days.length - day) : 0;
  };
  return picked.map((c) => ({ ...c, score: c.score + lead(c) }));
}

/**
 * Quotes asked for by where they stand in their article ("who gets the last word in …", "the
 * opening quote of …"): the best quote's article's picks lead, its last (or first) first; the
 * rest follow as they were. (Every pick of that article, not only those near the best: the
 * closing words of a story are seldom the ones that match its name best.)
 */
export function inArticleOrder(picked: readonly QuoteCandidate[], standing: 'opening' | 'closing'): QuoteCandidate[] {
  const best = picked.reduce((a, b) => (b.score > a.score ? b : a));
  const inIt = picked.filter((c) => c.quote.articleId === best.quote.articleId).sort((a, b) => (standing === 'opening' ? a.quote.start - b.quote.start : b.quote.start - a.quote.start));
  return picked.map((c) => (inIt.includes(c) ? { ...c, score: c.score + ORDER_FIRST * (inIt.length - inIt.indexOf(c)) } : c));
}

/**
 * Quotes asked for past the words the asker has ("apart from X, what else did Y say"): those
 * that hold them are marked, to follow their speaker's others.
 */
export function wordsHadLast(picked: readonly QuoteCandidate[], had: string): QuoteCandidate[] {
  return picked.map((c) => (holdsWordsHad(c.quote.text, had) ? { ...c, had: true } : c));
}

/**
 * A place's own people first ("what did the saudis say", "what did iran say"): of the picks,
 * those the place's people's name describes ("Saudi officials", "The Russian government")
 * lead, in their order. A country speaks mostly through bodies and in reported words, which
 * score behind another side's spokesman quoted in full on the same story. (A weight in the
 * score instead was tried and undone: it raised the floor pickQuotes keeps above, and Iran's
 * Supreme Leader, whom no description calls Iranian, fell out of "has anybody from iran
 * responded to soleimani being killed".)
 */
export function ownPeopleFirst(picked: readonly QuoteCandidate[], people: string): QuoteCandidate[] {
  const theirs = officePattern(people);
  return leading(picked, (c) => holds(c.quote, theirs));
}

// A news outlet, or someone who reports for one, by name or description: "Sky News", "The
// Jakarta Post", "Tasnim News Agency", "NBC News reporter …". (Not a press secretary.)
const OUTLET = /\b(?:news|times|post|herald|press(?!\s+secretar)|tv|radio|journal|gazette|tribune|guardian|telegraph|bbc|cnn|reuters|afp|al\s+jazeera|bloomberg|politico|sputnik|tasnim|fars|xinhua|irna|newspapers?|broadcaster|magazine|media)\b/i;

/** True when the quote's speaker is a news outlet or reports for one (not one who spoke to it: "the artist, in an e-mail to The New York Times"). */
export function byOutlet(quote: StoredQuote): boolean {
  const own = (quote.speaker?.description ?? '').replace(/\b(?:to|with|told|tells|on|via)\b.*$/is, '');
  return OUTLET.test(`${quote.speaker?.name ?? ''} ${own}`);
}

/** The news media first ("how did the press cover …"): of the picks, the outlets' lead, in their order. */
export function outletsFirst(picked: readonly QuoteCandidate[]): QuoteCandidate[] {
  return leading(picked, (c) => byOutlet(c.quote));
}

/** The picks `first` holds for ahead of the rest, each part in its order (composeWhoSaid orders speakers by score). */
function leading(picked: readonly QuoteCandidate[], first: (c: QuoteCandidate) => boolean): QuoteCandidate[] {
  return picked.map((c) => (first(c) ? { ...c, score: c.score + ORDER_FIRST } : c));
}

// Of the picks, those whose score is this share of the best or more are put in the order asked.
const NEAR_BEST = 0.6;
const ORDER_FIRST = 10;

/**
 * A who-said-what answer: the best quotes grouped by speaker (speakers in order of their
 * best quote; each speaker's quotes by how well their article matched, then in the order
 * the article gives them; one speaker's alone best first), every fragment cited. A
 * question joining several stories opens with each story's best quote (`leads`), its
 * speaker's and its article's first:
 * "reactions to mugabe dying and to chirac dying" shows Chirac's voices before the
 * fourth on Mugabe.
 */
export function composeWhoSaid(question: string, picked: readonly QuoteCandidate[], leads: readonly QuoteCandidate[] = []): Answer {
  const rank = (c: QuoteCandidate) => {
    const lead = leads.findIndex((l) => l.quote.id === c.quote.id);
    return lead >= 0 ? leads.length - lead : 0;
  };
  // One person is one group, however each article spells them ("Zelensky", "Zelenskyy"):
  // headed by the name of their best quote, each citation with its own article's spelling.
  const bySpeaker = new Map<string, QuoteCandidate[]>();
  for (const c of [...picked].sort((a, b) => rank(b) - rank(a) || b.score - a.score)) {
    const who = c.quote.speakerKey ?? c.quote.speaker!.name;
    bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), c]);
  }
  // (An article that leads a story leads each speaker's quotes too: "pelosi and schumer on
  // the shutdown and then on impeachment" opens Pelosi's with her words on the shutdown.)
  const storyArticles = new Set(leads.map((l) => l.quote.articleId));
  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const group of bySpeaker.values()) {
    const name = group[0]!.quote.speaker!.name;
    const description = group.find((c) => c.quote.speaker!.description)?.quote.speaker!.description;
    lines.push(description ? `${name} (${description}):` : `${name}:`);
    // A speaker's quotes: best article first, then in the order the article gives them. One
    // speaker alone, quoted across articles, best quote first: on bench:whosaid dev, grouped
    // by article the asked-for words stood first 255 times of 413, so 301 ("boris johnson on
    // leaving the eu with no deal": his fourth article's). Several speakers keep theirs by
    // article, in which their story reads better (and scored no worse).
    const had = (c: QuoteCandidate) => Number(c.had ?? false);
    if (bySpeaker.size === 1) {
      group.sort((a, b) => had(a) - had(b) || rank(b) - rank(a) || b.score - a.score);
    } else {
      const best = new Map<string, number>();
      for (const c of group) best.set(c.quote.articleId, Math.max(best.get(c.quote.articleId) ?? -Infinity, rank(c) > 0 || storyArticles.has(c.quote.articleId) ? Infinity : c.score));
      group.sort((a, b) => had(a) - had(b) || best.get(b.quote.articleId)! - best.get(a.quote.articleId)! || a.quote.articleId.localeCompare(b.quote.articleId) || a.quote.start - b.quote.start);
    }
    for (const c of group) {
      const parts = citationsOf(c);
      const markers = parts.map((p) => {
        citations.push(p);
        return `[${citations.length}]`;
      });
      const cue = c.quote.cue ? ` (${c.quote.cue.text})` : '';
      lines.push(`  ${parts.map((p) => p.quote).join(' … ')}${cue} ${markers.join('')}`);
    }
  }
  return { question, text: lines.join('\n'), citations, mode: 'extractive' };
}
