import type { ScoredLabel } from './search-lexical.ts';
import type { VectorIndex } from './vectors.ts';

/** HNSW nearest neighbours: up to `k` passage labels with cosine similarity, best first. */
export function searchVector(vectors: VectorIndex, queryVector: readonly number[], k: number, allowed?: ReadonlySet<number>): ScoredLabel[] {
  return vectors.search(queryVector, k, allowed);
}
