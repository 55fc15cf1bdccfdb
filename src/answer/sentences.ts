import { splitSentences } from '../articles/index.ts';
import { selectDiverse, type Library, type SearchHit } from '../library/index.ts';
import type { Citation } from './types.ts';

/** A sentence of a retrieved passage, as a span of its article. */
export interface Candidate {
  citation: Citation;
  /** The retrieval score of the passage it came from, in [0, 1]. */
  passageScore: number;
  /** The share of the question's content words in that passage, in [0, 1]. */
  passageCoverage: number;
  /** Cosine similarity of that passage's stored vector and the question's. */
  passageSimilarity: number;
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
        passageSimilarity: hit.similarity,
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

// A sentence is judged by its passage as well as itself: USE lite alone ranked a fluent
// sentence from the wrong article first for 3 of the 16 questions in bench/questions.ts;
// the passage's word coverage and fused rank fix that.
const COVERAGE_WEIGHT = 0.3;
const PASSAGE_WEIGHT = 0.15;

// A sentence is ranked by its passage (vector likeness, word coverage, fused rank: all
// stored or computed at search) and by the question's words it holds itself, weighted
// by rarity. Nothing is embedded: the passage vector stands for the sentence's meaning.
const SENTENCE_COVERAGE_WEIGHT = 0.5;
const WORD_DIMENSIONS = 256;

/** A light stem, so that "killed" meets "kill" and "fires" meets "fire" (FTS5 uses Porter). */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, '') : word;
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
}

/** Words hashed into a unit vector: its dot product with another is their word overlap, for MMR. */
export function wordVector(text: string): number[] {
  const v = new Array<number>(WORD_DIMENSIONS).fill(0);
  for (const word of wordsOf(text)) {
    let h = 2166136261;
    for (const ch of word) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    v[(h >>> 0) % WORD_DIMENSIONS]! += 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

/** Scores the candidates against the question from their passages and their own words; embeds nothing. */
export function rankCandidates(library: Library, question: string, candidates: readonly Candidate[]): ScoredCandidate[] {
  const weights = library.termWeights(question).map(([term, idf]) => [stem(term), idf] as const);
  const total = weights.reduce((n, [, idf]) => n + idf, 0);
  return candidates.map((candidate) => {
    const words = new Set(wordsOf(candidate.citation.quote));
    const own = total > 0 ? weights.reduce((n, [term, idf]) => n + (words.has(term) ? idf : 0), 0) / total : 0;
    const similarity = candidate.passageSimilarity;
    const score = similarity + COVERAGE_WEIGHT * candidate.passageCoverage + PASSAGE_WEIGHT * candidate.passageScore + SENTENCE_COVERAGE_WEIGHT * own;
    return { ...candidate, similarity, score, vector: wordVector(candidate.citation.quote) };
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
