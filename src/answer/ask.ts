import { CitewireError } from '../errors.ts';
import type { Library } from '../library/index.ts';
import { composeText, pickDiverse, reportsSpeech, scoreCandidates, sentencesOfHits, widenToArticles } from './sentences.ts';
import type { Answer } from './types.ts';
import { verifyAnswer } from './verify-answer.ts';

// Questions about what people said: answered from quoted and reported speech.
const SPEECH_QUESTION =
  /\b(?:who said|said what|what did .{1,60}? (?:say|think|tell)|what (?:do|does) .{1,60}? (?:say|think)|reactions? (?:to|from|on)|react(?:ed)? to|quotes? (?:about|on|from|by)|comments? (?:on|about|from)|according to)\b/i;

/** True for "who said what about…", "what did Lee say…", "reactions to…". */
export function isSpeechQuestion(question: string): boolean {
  return SPEECH_QUESTION.test(question);
}

// The framing of a who-said-what question; what follows it is the topic.
const SPEECH_FRAME =
  /^\s*(?:who said what|what was said|who said|what did (?:people|experts|officials|they) say|(?:the )?reactions?|quotes?|comments?)\s+(?:about|on|to|regarding|over)\s+/i;

/** The topic of a who-said-what question ("the Lee–Xi meeting"), or the question itself. */
export function topicOf(question: string): string {
  const topic = question.replace(SPEECH_FRAME, '').replace(/[?.!]+\s*$/, '').trim();
  return topic || question;
}

export interface AskOptions {
  /** Sentences in the answer (default 3; up to 12 for who-said-what questions). */
  sentences?: number;
}

// Whether anything answers: the best sentence's cosine to the question plus the best
// passage's share of the question's words. On bench/questions.ts (sample corpus) the
// answerable questions score 0.87–1.37 and the unanswerable 0.52–0.76; USE lite's cosine
// alone overlaps (0.37–0.75 against 0.31–0.48), as does word coverage alone.
export const MIN_RELEVANCE = 0.8;
// Sentences further below the best than this are not worth showing.
const MAX_GAP = 0.25;
const PASSAGES = 8;
const SPEECH_ARTICLES = 3;

/** Answers a question with verbatim sentences of the best-matching passages, each cited. */
export function ask(library: Library, question: string, options: AskOptions = {}): Promise<Answer> {
  const q = question.trim();
  if (!q) throw new CitewireError('EMPTY_QUESTION');
  const speech = isSpeechQuestion(q);
  return answerFromSentences(library, q, { speech, k: options.sentences ?? (speech ? 12 : 3) });
}

/** The quotations and reported speech that bear on a topic, each cited. */
export function cite(library: Library, topic: string, options: AskOptions = {}): Promise<Answer> {
  const q = topic.trim();
  if (!q) throw new CitewireError('EMPTY_QUESTION');
  return answerFromSentences(library, q, { speech: true, k: options.sentences ?? 8 });
}

async function answerFromSentences(library: Library, question: string, { speech, k }: { speech: boolean; k: number }): Promise<Answer> {
  // "Who said what about X" is matched on X: the framing words are in every quote.
  const query = speech ? topicOf(question) : question;
  const hits = await library.search(query, { k: PASSAGES });
  let candidates = sentencesOfHits(hits);
  if (speech) {
    // Quotes about a story sit all over its article, in passages that need not name the
    // story again: take the speech of the best articles whole.
    const spoken = sentencesOfHits(widenToArticles(library, hits, SPEECH_ARTICLES)).filter((c) => reportsSpeech(c.citation.quote));
    if (spoken.length > 0) candidates = spoken;
  }
  const scored = await scoreCandidates(library, query, candidates);
  const relevance = Math.max(-1, ...scored.map((c) => c.similarity)) + Math.max(0, ...hits.map((h) => h.coverage));
  if (relevance < MIN_RELEVANCE) return noAnswer(library, question);

  // Who-said-what wants every voice, not the three most on-topic lines of one: until
  // quotes carry their speakers, that means most of the speech in the best articles,
  // with MMR leaning further towards variety.
  const bestScore = Math.max(...scored.map((c) => c.score));
  const gap = speech ? MAX_GAP * 1.5 : MAX_GAP;
  const picked = pickDiverse(scored.filter((c) => c.score >= bestScore - gap), k, speech ? 0.5 : 0.7);
  // Read in article order: the sentences of one article keep their own sequence.
  const articleRank = new Map(hits.map((h, i) => [h.article.id, i] as const).reverse());
  picked.sort(
    (a, b) =>
      articleRank.get(a.citation.articleId)! - articleRank.get(b.citation.articleId)! || a.citation.start - b.citation.start,
  );
  const citations = picked.map((c) => c.citation);
  return verifyAnswer(library, { question, text: composeText(citations), citations, mode: 'extractive' });
}

function noAnswer(library: Library, question: string): Answer {
  return {
    question,
    text: `Nothing in library '${library.name}' answers that closely enough. Try other words, or list the articles with 'citewire articles'.`,
    citations: [],
    mode: 'extractive',
  };
}
