import type { Library, StoredQuote } from '../library/index.ts';
import { fold } from '../quotes/index.ts';

/**
 * "who said nothing sticks to the coated toilet", "who said "parts of abaco are decimated"",
 * "who called trump a bully boy", "who warned the euro would collapse": a line a reader
 * recalls, as it was said or in their own words, whose speaker is asked for (not "who said
 * what about …" or "who warned of …", which ask for a story's voices; but "who said over a
 * thousand protesters were arrested" is a line, a figure; nor "who told reporters what after
 * …", who said what to them).
 */
export const LINE_ASKED =
  /^\s*who\s+(?:said|says|wrote|tweeted|claimed|warned|admitted|insisted|argued|joked|promised|vowed|threatened|told|called|described|compared|likened|predicted|suggested|reported|estimated|stated|revealed|confirmed|pointed\s+out|thought)\s+(?!(?:the\s+)?(?:[\w'’.&-]+\s+){0,2}?[\w'’.&-]+\s+what\s+(?:about|after|on|regarding|over|when|during|following|before)\b)(?!(?:what|anything|something|stuff|things?|much|on|regarding|of|for|against|out|back|up|in|at|to|with)\b)(?!(?:about|over)\s+(?!(?:a\s+|an\s+)?(?:\d|hundreds?\b|thousands?\b|millions?\b|billions?\b|dozens?\b|half\b)))/i;

// A word that more than one passage in seven holds ("not", "way") tells no line from another.
const TELLING_IDF = 2;
// What the index splits off a contraction ("we're": "we", "re") is no word of the line.
const CONTRACTION_TAIL = /^(?:re|ll|ve|s|t|d|m)$/;

/**
 * Whether these quotes hold the line someone said. Said word for word (`verbatim`, the quotes
 * Library.quotesSaying found), one quote holds every telling word of it, or all but one
 * where the reader slipped ("anit-democratic"); not where the word it lacks was the one
 * word that told the line ("lukasz, we are with you" is not "Paweł, we are with you").
 * Recalled in other words, one holds two or more of them ("stitches and staples leave
 * scars": "staples and stitches often lead to scarring"), where a line no one in the library
 * said meets at most one, by chance ("i have a dream": "a comment on the American dream").
 */
export function holdsLine(library: Library, quotes: readonly StoredQuote[], line: string, verbatim: boolean): boolean {
  const ids = quotes.map((q) => q.id);
  const held = new Map<number, number>();
  // The line's own words, before where and of what it was said ("i have a dream" of "i have
  // a dream at the hong kong protests").
  const own = new Set(library.termWeights(line.replace(SETTING, '')).map(([word]) => word));
  const heldOwn = new Map<number, number>();
  let telling = 0;
  for (const [word, idf] of library.termWeights(line)) {
    if (idf < TELLING_IDF || CONTRACTION_TAIL.test(word)) continue;
    telling++;
    const name = library.writes(word) === 'capitalised';
    for (const id of library.quotesHolding(word, ids)) {
      held.set(id, (held.get(id) ?? 0) + 1);
      if (!name && own.has(word)) heldOwn.set(id, (heldOwn.get(id) ?? 0) + 1);
    }
  }
  // (A line of common words only, "i can do it if i want", is told by their order alone.)
  // (A slip is one word of three or more: of two, "the shot of a lifetime", one held is no line.)
  if (verbatim) return telling === 0 ? quotes.length > 0 : Math.max(0, ...held.values()) >= (telling >= 3 ? telling - 1 : telling);
  // …and not by names alone: "who told greta thunberg to go back to school" is not Time's
  // words naming Greta Thunberg; nor by the story it was said in alone ("at the hong kong
  // protests" of "i have a dream at the hong kong protests").
  return [...held].some(([id, count]) => count >= 2 && (heldOwn.get(id) ?? 0) >= 1);
}

/**
 * How much of a recalled line each quote holds: the share of the line's telling words, by
 * their weight, among its own words. "source for 10 million measles cases in 2018" is the
 * quote that gives that figure before the story's other voices.
 */
export function lineShares(library: Library, quotes: readonly StoredQuote[], line: string): Map<number, number> {
  const ids = quotes.map((q) => q.id);
  const shares = new Map<number, number>();
  const telling = library.termWeights(line).filter(([word, idf]) => idf >= TELLING_IDF && !CONTRACTION_TAIL.test(word));
  const total = telling.reduce((n, [, idf]) => n + idf, 0);
  if (total === 0) return shares;
  for (const [word, idf] of telling) for (const id of library.quotesHolding(word, ids)) shares.set(id, (shares.get(id) ?? 0) + idf / total);
  return shares;
}

/**
 * How much of a topic the words between a quote's cue and the quote hold, whom or where it
 * was told ("told the BBC after the verdict"): "what did spanton's lawyer tell the bbc" is
 * Howard Rubel's words to the BBC before those of her other lawyer, which hold no word of it.
 */
export function toldShares(library: Library, quotes: readonly StoredQuote[], topic: string): Map<number, number> {
  const shares = new Map<number, number>();
  const telling = library.termWeights(topic).filter(([word, idf]) => idf >= TELLING_IDF && !CONTRACTION_TAIL.test(word));
  const total = telling.reduce((n, [, idf]) => n + idf, 0);
  if (total === 0) return shares;
  const texts = new Map<string, string>();
  for (const quote of quotes) {
    const { cue } = quote;
    if (!cue || cue.end > quote.start || quote.start - cue.end > TOLD_GAP) continue;
    if (!texts.has(quote.articleId)) texts.set(quote.articleId, library.findArticleText(quote.articleId) ?? '');
    const between = fold(texts.get(quote.articleId)!.slice(cue.end, quote.start));
    const held = telling.filter(([word]) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(between));
    if (held.length > 0) shares.set(quote.id, held.reduce((n, [, idf]) => n + idf, 0) / total);
  }
  return shares;
}

// How far after its cue a quote may start for the words between to say whom it was told.
const TOLD_GAP = 60;

// Where and of what a line was said, after it: "… at the hong kong protests", "… about the amazon".
const SETTING = /\s+(?:at|about|during|over|after|on|in)\s+(?:(?!(?:at|about|during|over|after|on|in)\s)\S+\s*){1,5}$/i;
