import type { ArticleFilter, Library } from '../library/index.ts';
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
