import { splitSentences } from '../articles/index.ts';
import { dot, selectDiverse, type Library, type SearchHit } from '../library/index.ts';
import type { Citation } from './types.ts';

/** A sentence of a retrieved passage, as a span of its article. */
export interface Candidate {
  citation: Citation;
  /** The retrieval score of the passage it came from, in [0, 1]. */
  passageScore: number;
  /** The share of the question's content words in that passage, in [0, 1]. */
  passageCoverage: number;
}

export interface ScoredCandidate extends Candidate {
  /** Cosine similarity of sentence and question. */
  similarity: number;
  score: number;
  vector: number[];
}

const MIN_WORDS = 4;

/** Speech verbs and phrases that mark reported or quoted words in news prose. */
const SPEECH = /["\u201c\u201d]|\b(?:said|says|say|told|tells|according to|added|adds|noted|noting|stated|argued|warned|explained|commented|wrote|called it|calling it)\b/i;

/** True when a sentence reports what someone said. */
export function reportsSpeech(sentence: string): boolean {
  return SPEECH.test(sentence);
}

/**
 * Hits for every passage of the articles the best hits come from (up to `articles` of
 * them), each carrying its article's best hit's scores: for questions whose answer is
 * spread over an article, such as who said what about its story.
 */
export function widenToArticles(library: Library, hits: readonly SearchHit[], articles: number): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const hit of hits) if (!best.has(hit.article.id) && best.size < articles) best.set(hit.article.id, hit);
  return [...best.values()].flatMap((top) =>
    library.passagesOf(top.article.id).map(({ rowid: _r, ordinal: _o, ...passage }) => ({ ...top, passage })),
  );
}

/** Every sentence of the hit passages, once each, as citations of their articles. */
export function sentencesOfHits(hits: readonly SearchHit[]): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const hit of hits) {
    const { passage, article } = hit;
    for (const span of splitSentences(passage.text)) {
      const start = passage.start + span.start;
      const end = passage.start + span.end;
      const key = `${article.id}:${start}`;
      const quote = passage.text.slice(span.start, span.end);
      if (seen.has(key) || quote.split(/\s+/).length < MIN_WORDS) continue;
      seen.add(key);
      candidates.push({
        citation: toCitation(article, passage.id, start, end, quote),
        passageScore: hit.score,
        passageCoverage: hit.coverage,
      });
    }
  }
  return candidates;
}

export function toCitation(
  article: SearchHit['article'],
  passageId: string | undefined,
  start: number,
  end: number,
  quote: string,
): Citation {
  const citation: Citation = { articleId: article.id, title: article.title, start, end, quote };
  if (passageId) citation.passageId = passageId;
  if (article.url) citation.url = article.url;
  if (article.publisher) citation.publisher = article.publisher;
  if (article.publishedAt) citation.publishedAt = article.publishedAt;
  return citation;
}

// A sentence is judged on its own likeness to the question and on its passage: USE lite
// alone ranks a fluent sentence from the wrong article first for 3 of the 16 questions
// in bench/questions.ts; adding the passage's word coverage and fused rank fixes that.
const COVERAGE_WEIGHT = 0.3;
const PASSAGE_WEIGHT = 0.15;

/** Embeds the candidates and scores each against the question. */
export async function scoreCandidates(library: Library, question: string, candidates: readonly Candidate[]): Promise<ScoredCandidate[]> {
  if (candidates.length === 0) return [];
  const [questionVector, vectors] = await Promise.all([
    library.embeddings.embedQuery(question),
    library.embeddings.embedDocuments(candidates.map((c) => c.citation.quote)),
  ]);
  return candidates.map((candidate, i) => {
    const vector = vectors[i]!;
    const similarity = dot(vector, questionVector);
    return { ...candidate, vector, similarity, score: similarity + COVERAGE_WEIGHT * candidate.passageCoverage + PASSAGE_WEIGHT * candidate.passageScore };
  });
}

/** MMR over scored sentences: `k` of the best that do not repeat each other. */
export function pickDiverse(scored: readonly ScoredCandidate[], k: number, lambda = 0.7): ScoredCandidate[] {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const picked = selectDiverse(
    sorted.map((c, i) => [i, c.score] as [number, number]),
    (i) => sorted[i]!.vector,
    k,
    lambda,
  );
  return picked.map(([i]) => sorted[i]!);
}

/** The answer text: each cited sentence verbatim, followed by its [n] marker. */
export function composeText(citations: readonly Citation[]): string {
  return citations.map((c, i) => `${c.quote} [${i + 1}]`).join('\n');
}
