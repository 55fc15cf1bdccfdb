/** A quotation shown to a user: `article.text.slice(start, end) === quote`, always. */
export interface Citation {
  articleId: string;
  title: string;
  url?: string;
  publisher?: string;
  publishedAt?: string;
  passageId?: string;
  start: number;
  end: number;
  quote: string;
  /** Who spoke the words, once quote attribution names them. */
  speaker?: string;
  /** The words that attribute the quote ("said", "told reporters"), as the article has them. */
  cue?: string;
}

export interface Answer {
  question: string;
  /** The answer, with [n] markers pointing into `citations` (1-based). */
  text: string;
  citations: Citation[];
  mode: 'extractive' | 'llm';
  /** Why an answer meant to be model-written is extractive: one line for the reader. */
  note?: string;
  /** How the model's quotations fared against the articles (mode llm). */
  checks?: { accepted: number; repaired: number; reattributed: number; rejected: number };
}

/** Reads stored article text, for checking citations against it. */
export interface ArticleTexts {
  textOf(articleId: string): string | undefined;
}
