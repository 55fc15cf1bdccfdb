export { ask, cite, MIN_RELEVANCE, type AskOptions } from './ask.ts';
export { quoteLink } from './quote-link.ts';
export { parseQuestion, type ParsedQuestion } from './parse-question.ts';
export { summarize, type SummarizeOptions } from './summarize.ts';
export { verifyQuotes, type VerifiedCitations } from './verify-quotes.ts';
export { verifyAnswer } from './verify-answer.ts';
export type { Answer, ArticleTexts, Citation } from './types.ts';
