import type { ScoredLabel } from './search-lexical.ts';

// RRF's k: 60, from Cormack, Clarke & Büttcher (SIGIR 2009), where it was robust across
// collections; it damps the gap between the first few ranks of each list.
const RRF_K = 60;

/** Reciprocal rank fusion of ranked lists: a label's score is Σ 1 / (k + rank). Best first. */
export function fuseRankings(lists: ReadonlyArray<readonly ScoredLabel[]>, k = RRF_K): ScoredLabel[] {
  const scores = new Map<number, number>();
  for (const list of lists) {
    list.forEach(([label], rank) => scores.set(label, (scores.get(label) ?? 0) + 1 / (k + rank + 1)));
  }
  return [...scores].sort((a, b) => b[1] - a[1]);
}

/**
 * The nearest neighbours' ranking over every candidate: a label only the words found is
 * ranked by its own cosine among them (`cosineOf`; undefined leaves it out), not as if it
 * had none. Fused by rank alone, "what did desantis do before dorian hit florida" lost the
 * one passage naming him, BM25's first by twice the second, below passages both lists held.
 */
export function rankedByVector(nearest: readonly ScoredLabel[], byText: readonly ScoredLabel[], cosineOf: (label: number) => number | undefined): ScoredLabel[] {
  const found = new Set(nearest.map(([label]) => label));
  const added = byText.flatMap(([label]): ScoredLabel[] => {
    const cosine = found.has(label) ? undefined : cosineOf(label);
    return cosine === undefined ? [] : [[label, cosine]];
  });
  return [...nearest, ...added].sort((a, b) => b[1] - a[1]);
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998): picks `k` labels, each time the
 * one whose relevance, less its similarity to what is already picked, is highest.
 * `relevance` is in [0, 1]; vectors are unit length, so a dot product is a cosine.
 */
export function selectDiverse(
  candidates: readonly ScoredLabel[],
  vectorOf: (label: number) => ArrayLike<number> | undefined,
  k: number,
  lambda = 0.7,
): ScoredLabel[] {
  const pool = candidates.flatMap(([label, relevance]) => {
    const vector = vectorOf(label);
    return vector ? [{ label, relevance, vector, redundancy: 0 }] : [];
  });
  // Each candidate's redundancy is its highest similarity to anything picked, kept up to
  // date with each pick: one dot product per candidate per pick, not one per pair picked
  // (that was a sixth of a warm ask's time).
  const picked: ScoredLabel[] = [];
  while (picked.length < k && pool.length > 0) {
    let bestIndex = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const score = lambda * pool[i]!.relevance - (1 - lambda) * pool[i]!.redundancy;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = i;
      }
    }
    const best = pool.splice(bestIndex, 1)[0]!;
    picked.push([best.label, best.relevance]);
    for (const c of pool) c.redundancy = Math.max(c.redundancy, dot(c.vector, best.vector));
  }
  return picked;
}

/** Min-max scales scores to [0, 1], best = 1. */
export function normalizeScores(list: readonly ScoredLabel[]): ScoredLabel[] {
  if (list.length === 0) return [];
  const max = list[0]![1];
  const min = list.at(-1)![1];
  return list.map(([label, score]) => [label, max === min ? 1 : (score - min) / (max - min)]);
}
