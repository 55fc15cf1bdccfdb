import { isEnglishWord, type ArticleFilter, type Library } from '../library/index.ts';
import { linkedArticle } from './linked-article.ts';
import { plain } from './plain-question.ts';
import { LINE_ASKED } from './remembered-line.ts';
import type { Answer } from './types.ts';
import { whenAsked } from './when-asked.ts';

// News is published from the day of what it tells to weeks after; a reader's date is a
// little off as often.
const DAYS_BEFORE = 7;
const DAYS_AFTER = 45;

/**
 * The question without what picks its articles instead of telling its topic: a link to one
 * article ("who was quoted in https://…"; a link alone asks who said what in it), then words
 * of time (dated).
 */
export function scoped(library: Library, typed: string, given: ArticleFilter = {}): { q: string; filter: ArticleFilter; said?: string } | { nothing: Answer } {
  const link = linkedArticle(library, typed);
  if (!link) return dated(library, typed, given);
  if ('nothing' in link) return link;
  return dated(library, link.rest || 'who said what', { ...given, articleId: link.articleId });
}

// Someone asked to have said something: a verb of saying, then a clause with its subject and
// a verb of its own before any word of time ("he wasn't running", "he'd run", "hagia sophia
// would become").
const TIME_AT = '(?:in|on|at|during|around|back|from|since|through|throughout|over|before|after)';
const CLAIM_ASKED = new RegExp(
  `\\b(?:say|said|says|claim|claimed|think|thought|predict|predicted|promise|promised|warn|warned|admit|admitted)\\s+(?:that\\s+)?(?:(?:he|she|they|it|we|i|there)(?:['’](?:d|ll|s|re|ve|m))?\\s+(?!${TIME_AT}\\b)\\S+|(?:[\\p{L}'’-]+\\s+){1,4}?(?:would|will|was|were|is|are|had|has|have|could|should|might|must|can|did|wasn't|weren't|isn't|aren't|wouldn't|won't|couldn't|didn't|hadn't|hasn't)\\s+(?!${TIME_AT}\\b)\\S+)`,
  'iu',
);

// A verb's "-ing" right after "about" or "on", with no article: "about running", "on not
// standing again".
const DEED_ASKED = /\b(?:about|on)\s+(?:(?:not|him|her|them|his|their)\s+)?(\p{L}{2,})ing\b/iu;

/** The "about running" of "what did X say about running in 2020", if its "-ing" is a verb's ("beijing" is not). */
function deedAsked(typed: string): RegExpExecArray | null {
  const deed = DEED_ASKED.exec(typed);
  const stem = deed?.[1]!.toLowerCase() ?? '';
  const verb = isEnglishWord(stem) || isEnglishWord(`${stem}e`) || (/(\p{L})\1$/u.test(stem) && isEnglishWord(stem.slice(0, -1)));
  return deed && verb ? deed : null;
}

/**
 * "what did the polish pm say on 14 jan 2019 about …": the question without its words of
 * time, which pick the articles instead (by when they were published; dates given as
 * options win). A time no article is from is answered so, with the times the library holds.
 */
function dated(library: Library, typed: string, given: ArticleFilter = {}): { q: string; filter: ArticleFilter; said?: string } | { nothing: Answer } {
  const when = whenAsked(typed);
  // Words of time that name no date, in a line someone said, are its words: "who said they
  // offered to resign last night".
  if (when && !when.dates && LINE_ASKED.test(plain(typed))) return { q: typed, filter: { ...given } };
  // …and a date in what someone is asked to have said is its words, not when they said it:
  // "did larry sharpe say he wasn't running in 2020" (said in 2019; "did she say it in march
  // 2020" asks when).
  // (…as is one after a deed asked about, which a year may be ahead of: "what did larry sharpe
  // say about running in 2020". "About the stabbing in 2019" is a thing that happened then.)
  const claim = CLAIM_ASKED.exec(typed) ?? deedAsked(typed);
  if (when?.dates && claim && typed.toLowerCase().indexOf(when.dates.said.split(', ')[0]!.toLowerCase(), claim.index + claim[0].length) >= 0) return { q: when.rest, filter: { ...given } };
  const q = when?.rest || typed;
  if (!when?.dates) return { q, filter: { ...given } };
  const { from, to, said } = when.dates;
  const shift = (day: string, days: number) => new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
  const since = given.since ?? shift(from, -DAYS_BEFORE);
  const until = given.until ?? (to ? shift(to, DAYS_AFTER) : undefined);
  if (library.filterArticles({ since, until })?.length === 0) {
    const span = publishedSpan(library.listArticles());
    return { nothing: { question: typed, text: `Nothing in this library from ${said}: ${span ? `its articles are from ${span}` : 'no article in it is dated'}.`, citations: [], mode: 'extractive' } };
  }
  return { q, filter: { ...given, since, ...(until ? { until } : {}) }, said };
}

/** "2019-01-04 to 2020-12-26": the first and last day these articles were published, if any is dated. */
export function publishedSpan(articles: ReadonlyArray<{ publishedAt?: string }>): string | undefined {
  const days = articles.map((a) => a.publishedAt?.slice(0, 10)).filter((day): day is string => !!day).sort();
  return days.length > 0 ? `${days[0]} to ${days.at(-1)}` : undefined;
}
