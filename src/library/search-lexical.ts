import type { Docstore } from './docstore.ts';
import { wordForms } from './word-forms.ts';

export type ScoredLabel = [label: number, score: number];

// Words that carry no topic; leaving them out keeps BM25 from rewarding passages for "the",
// and a question's share of words found ("who could remove him") from counting "him".
const STOPWORDS = new Set(
  ('a an and are as at be but by did do does for from had has have he her his how i in is it its of on or ' +
    'she so that the their them they this to was were what when where which who whom why will with would you ' +
    'about after said say says tell me any all can could there been into than then these those our we us ' +
    'him himself hers herself my mine myself your yours yourself itself theirs themselves ours ourselves ' +
    'am being should shall may might must if whether because while just also very too only again get gets got gotten getting ' +
    // "how many bodies they found" asks about bodies: "many" and "much" only ask how many;
    // "his own results" are his results.
    'many much own ' +
    // "lindsey graham said isis wasn't really beaten": how sure or how plainly, not what about.
    'really actually exactly literally basically honestly truly totally ' +
    // "what did gillibrand say about endorsing someone": who or what is not known, not asked.
    'someone somebody anyone anybody something anything smth sth ' +
    // Negations as a chat types them, with or without the apostrophe ("didn't" is "didn" and
    // "t"); "won" and "don" stay words ("won the vote", Don Lemon).
    'didn didnt doesn doesnt dont isn isnt wasn wasnt weren werent aren arent hasn hasnt haven havent hadn hadnt ' +
    'wouldn wouldnt couldn couldnt shouldn shouldnt cant')
    .split(' '),
);

// Initials that news writes with stops as often as without.
const DOTTED = new Set(['uk', 'un', 'eu', 'dc', 'uss', 'usa', 'ussr', 'nyc']);

/** The content words of free text, each once, as quoted FTS5 terms. */
export function contentTerms(text: string): string[] {
  const lower = text.toLowerCase();
  // "b-17", "covid-19", "k2-18b": a name of letters and digits is one term, searched as a
  // phrase, not "b" (dropped) and "17" (any date).
  const compounds = lower.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)?.filter((c) => /\d/.test(c) && /\p{L}/u.test(c)) ?? [];
  const rest = compounds.reduce((t, c) => t.replace(c, ' '), lower);
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  const phrases = compounds.map((c) => c.replace(/-/g, ' '));
  return [...new Set([...phrases, ...words.filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w)))])].map((t) => `"${t}"`);
}

/**
 * A quoted content term as FTS5 matches it: with an irregular verb's other forms ("break"
 * OR "broke" OR "broken"), a name of letters and digits typed as one word also as the
 * article hyphenates it ("b17" OR "b 17", for "B-17"), and a short word also as initials.
 */
export function matchTerm(quoted: string): string {
  const word = quoted.slice(1, -1);
  // "uss", "dc": also as an article writes them with stops ("U.S.S. Grayback", "D.C."),
  // which the index holds as single letters.
  // ("ar15s": a plural's "s" is no part of the name.)
  const named = /^\p{L}+\d+s?$/u.test(word) ? word.replace(/(?<=\d)s$/, '') : undefined;
  // ("the i-75 pileup": the road as the article names it too, "Interstate 75".)
  const road = /^i ?(\d+)$/.exec(named ?? word);
  const forms = named ? [named, named.replace(/^(\p{L}+)/u, '$1 '), ...(road ? [`interstate ${road[1]}`] : [])] : road ? [word, `interstate ${road[1]}`] : DOTTED.has(word) ? [word, [...word].join(' ')] : wordForms(word);
  return forms.length > 1 ? `(${forms.map((f) => `"${f}"`).join(' OR ')})` : quoted;
}

/** The FTS5 query for free text: any of its content words. */
export function toFtsQuery(text: string): string | undefined {
  const terms = contentTerms(text);
  return terms.length ? terms.map(matchTerm).join(' OR ') : undefined;
}

/**
 * For each label, the IDF-weighted share of the query's content words (termWeights) its passage holds:
 * 1 when it has them all, near 0 when it has only common ones. A word no passage holds
 * weighs most, so a question about something absent scores low everywhere.
 */
export function termCoverage(docstore: Docstore, weights: ReadonlyArray<[term: string, idf: number]>, labels: readonly number[]): Map<number, number> {
  const coverage = new Map(labels.map((label) => [label, 0]));
  let weightSum = 0;
  for (const [term, idf] of weights) {
    weightSum += idf;
    for (const label of docstore.labelsMatching(matchTerm(`"${term}"`), labels)) coverage.set(label, coverage.get(label)! + idf);
  }
  if (weightSum > 0) for (const [label, sum] of coverage) coverage.set(label, sum / weightSum);
  return coverage;
}

/** BM25 over the library's FTS5 index: up to `k` passage labels, best first. */
export function searchLexical(docstore: Docstore, query: string, k: number, allowed?: ReadonlySet<number>): ScoredLabel[] {
  const fts = toFtsQuery(query);
  return fts ? docstore.searchText(fts, k, allowed) : [];
}

/** The query's content words with their BM25 idf over the library's passages: rare words weigh most. */
export function termWeights(docstore: Docstore, query: string): Array<[term: string, idf: number]> {
  const total = docstore.countPassages();
  return contentTerms(query).map((quoted) => {
    const documents = docstore.countMatching(matchTerm(quoted));
    return [quoted.slice(1, -1), Math.log(1 + (total - documents + 0.5) / (documents + 0.5))]; // BM25's idf
  });
}
