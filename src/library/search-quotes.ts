import type { QuoteStore } from './quote-store.ts';
import { dot, fuseRankings, normalizeScores } from './search-hybrid.ts';
import { toFtsQuery, type ScoredLabel } from './search-lexical.ts';

export interface ScoredQuote {
  id: number;
  /** Fused rank score in [0, 1], best = 1. */
  score: number;
  /** Cosine similarity of the quote's vector (its story, speaker and words) and the query's. */
  similarity: number;
}

// Each list feeds RRF this many candidates, as for passages.
const CANDIDATES = 60;

/**
 * The quote vectors in memory, searched exhaustively: a dot product per quote costs
 * ~1 µs at 512 dimensions, so even 100,000 quotes take a tenth of a second, and no second
 * HNSW file has to be kept in step. Reloaded whenever any process has written quotes.
 */
export class QuoteIndex {
  private generation = -1;
  private vectors = new Map<number, Float32Array>();

  constructor(private readonly store: QuoteStore) {}

  get size(): number {
    return this.current().size;
  }

  private current(): Map<number, Float32Array> {
    const generation = this.store.generation();
    if (generation !== this.generation) {
      this.vectors = new Map(this.store.vectors());
      this.generation = generation;
    }
    return this.vectors;
  }

  /**
   * Quotes for a query: nearest by vector and best by BM25 over their words and speaker,
   * fused by reciprocal rank. `allowed` narrows to some quote ids (articles, speakers).
   */
  search(queryVector: readonly number[], query: string, k: number, allowed?: ReadonlySet<number>): ScoredQuote[] {
    const vectors = this.current();
    const byVector: ScoredLabel[] = [];
    for (const [id, vector] of vectors) if (!allowed || allowed.has(id)) byVector.push([id, dot(queryVector, vector)]);
    byVector.sort((a, b) => b[1] - a[1]);
    const fts = toFtsQuery(query);
    const byText = fts ? this.store.searchText(fts, CANDIDATES, allowed) : [];
    const fused = normalizeScores(fuseRankings([byVector.slice(0, CANDIDATES), byText])).slice(0, k);
    return fused.map(([id, score]) => {
      const vector = vectors.get(id);
      return { id, score, similarity: vector ? dot(queryVector, vector) : 0 };
    });
  }
}
