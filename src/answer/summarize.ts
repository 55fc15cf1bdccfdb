import { splitSentences } from '../articles/index.ts';
import { dot, type Library } from '../library/index.ts';
import { composeText, pickDiverse, toCitation, type ScoredCandidate } from './sentences.ts';
import type { Answer } from './types.ts';
import type { ModelOptions } from './ask.ts';
import { verifyAnswer } from './verify-answer.ts';
import { evidenceFromPassages, writeWithModel } from './write-with-model.ts';

export interface SummarizeOptions extends ModelOptions {
  /** Sentences in the summary (default 3, or 5 for articles of 25 sentences or more). */
  sentences?: number;
}

const MIN_WORDS = 6;
// News puts the point first (the inverted pyramid): the lead sentence gets up to this much
// on top of its centrality, fading linearly to nothing at the end.
const LEAD_BONUS = 0.1;

/**
 * An extractive summary: the sentences most like the rest of the article (centrality
 * over sentence embeddings, as in LexRank) with a lead bias, diversified by MMR and
 * given in article order. `ref` is an article id, id prefix, URL or part of a title.
 */
export async function summarize(library: Library, ref: string, options: SummarizeOptions = {}): Promise<Answer> {
  const article = library.getArticle(ref);
  const spans = splitSentences(article.text).filter((s) => article.text.slice(s.start, s.end).split(/\s+/).length >= MIN_WORDS);
  const k = options.sentences ?? (spans.length >= 25 ? 5 : 3);
  const quotes = spans.map((s) => article.text.slice(s.start, s.end));
  const vectors = quotes.length ? await library.embeddings.embedDocuments(quotes) : [];
  const scored: ScoredCandidate[] = spans.map((span, i) => {
    const vector = vectors[i]!;
    let centrality = 0;
    for (let j = 0; j < vectors.length; j++) if (j !== i) centrality += dot(vector, vectors[j]!);
    centrality /= Math.max(1, vectors.length - 1);
    const lead = LEAD_BONUS * (1 - i / Math.max(1, spans.length));
    return {
      citation: toCitation(article, undefined, span.start, span.end, quotes[i]!),
      passageScore: 0,
      passageCoverage: 0,
      passageSimilarity: 0,
      similarity: centrality,
      score: centrality + lead,
      vector,
    };
  });
  const passages = library.passagesOf(article.id);
  const picked = pickDiverse(scored, k).sort((a, b) => a.citation.start - b.citation.start);
  for (const { citation } of picked) {
    const home = passages.find((p) => p.start <= citation.start && citation.end <= p.end);
    if (home) citation.passageId = home.id;
  }
  const citations = picked.map((c) => c.citation);
  const question = `Summary of "${article.title}"`;
  const extractive = verifyAnswer(library, { question, text: composeText(citations), citations, mode: 'extractive' });
  if (!options.writer) return extractive;
  const { text: _text, ...meta } = article;
  const evidence = evidenceFromPassages(passages.map((passage) => ({ passage, article: meta })));
  return writeWithModel(library, { question: `Summarize the article "${article.title}" in three to five sentences.`, evidence, fallback: extractive, whoSaid: false }, options.writer, options).then((a) => ({ ...a, question }));
}
