import { dot, type ArticleFilter, type Library, type SearchHit, type StoredQuote } from '../library/index.ts';
import { toCitation } from './sentences.ts';
import type { Answer, Citation } from './types.ts';

export interface QuoteCandidate {
  quote: StoredQuote;
  hit: SearchHit;
  /** The passages of the quote's article, to name the one each fragment sits in. */
  passages: ReadonlyArray<{ id: string; start: number; end: number }>;
  similarity: number;
  score: number;
}

// A quote is judged by its likeness to the topic and by how well its article matched.
const ARTICLE_WEIGHT = 0.3;

/**
 * The attributed quotes of the articles that best match a topic, scored against it.
 * Only quotes with a speaker count: "who said what" needs the who.
 */
export async function findQuotes(
  library: Library,
  topic: string,
  hits: readonly SearchHit[],
  { articles, filter }: { articles: number; filter: ArticleFilter },
): Promise<QuoteCandidate[]> {
  const best = new Map<string, SearchHit>();
  for (const hit of hits) if (!best.has(hit.article.id) && best.size < articles) best.set(hit.article.id, hit);
  const keys = filter.speaker ? new Set(library.speakerKeys(filter.speaker)) : undefined;
  const quotes = library
    .quotesOf([...best.keys()])
    .filter((q) => q.speaker && (!keys || (q.speakerKey !== undefined && keys.has(q.speakerKey))));
  if (quotes.length === 0) return [];
  const [topicVector, vectors] = await Promise.all([
    library.embeddings.embedQuery(topic),
    library.embeddings.embedDocuments(quotes.map((q) => q.text)),
  ]);
  const passages = new Map([...best.keys()].map((id) => [id, library.passagesOf(id)]));
  return quotes.map((quote, i) => {
    const similarity = dot(vectors[i]!, topicVector);
    const hit = best.get(quote.articleId)!;
    return { quote, hit, passages: passages.get(quote.articleId)!, similarity, score: similarity + ARTICLE_WEIGHT * hit.score };
  });
}

/** One citation per fragment: an interrupted quote ("…," he said. "…") cites each part. */
function citationsOf(candidate: QuoteCandidate): Citation[] {
  const { quote, hit, passages } = candidate;
  const fragments = quote.fragments ?? [[quote.start, quote.end]];
  return fragments.map(([start, end]) => {
    const passageId = passages.find((p) => p.start <= start && start < p.end)?.id;
    const citation = toCitation(hit.article, passageId, start, end, quote.text.slice(start - quote.start, end - quote.start));
    citation.speaker = quote.speaker!.name;
    if (quote.cue) citation.cue = quote.cue.text;
    return citation;
  });
}

/**
 * A who-said-what answer: the best quotes grouped by speaker (speakers in order of their
 * best quote; each speaker's quotes by how well their article matched, then in the order
 * the article gives them), every fragment cited.
 */
export function composeWhoSaid(question: string, picked: readonly QuoteCandidate[]): Answer {
  const bySpeaker = new Map<string, QuoteCandidate[]>();
  for (const c of [...picked].sort((a, b) => b.score - a.score)) {
    const name = c.quote.speaker!.name;
    bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), c]);
  }
  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const [name, group] of bySpeaker) {
    const description = group.find((c) => c.quote.speaker!.description)?.quote.speaker!.description;
    lines.push(description ? `${name} (${description}):` : `${name}:`);
    group.sort((a, b) => b.hit.score - a.hit.score || a.quote.articleId.localeCompare(b.quote.articleId) || a.quote.start - b.quote.start);
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
