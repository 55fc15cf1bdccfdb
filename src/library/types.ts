import type { Article, Passage } from '../articles/index.ts';
import type { EmbeddingModel } from '../embeddings/index.ts';
import type { StoredQuote } from './quote-store.ts';

export interface OpenLibraryOptions {
  /** The directory holding every library, one subdirectory each. */
  indexDir: string;
  embeddings: EmbeddingModel;
}

export interface SearchOptions {
  /** Passages to return. */
  k?: number;
  /** Search only these articles (see Library.filterArticles). */
  articleIds?: readonly string[];
  /** 1 ranks by relevance alone; lower trades relevance for variety (MMR's λ). */
  diversity?: number;
}

export interface QuoteSearchOptions {
  /** Quotes to return (default 40). */
  k?: number;
  /** Only quotes of these articles. */
  articleIds?: readonly string[];
  /** Only quotes of these speakers (keys from speakerKeys). */
  speakerKeys?: readonly string[];
}

export interface QuoteHit {
  quote: StoredQuote;
  article: Omit<Article, 'text'>;
  /** Fused rank score in [0, 1], best = 1. */
  score: number;
  /** Cosine similarity of the quote (with its speaker and story) and the query. */
  similarity: number;
}

export interface SearchHit {
  passage: Passage;
  article: Omit<Article, 'text'>;
  /** Fused rank score in [0, 1], best = 1. */
  score: number;
  /** Cosine similarity of passage and query vectors. */
  similarity: number;
  /** IDF-weighted share of the query's content words found in the passage, or in its article's title if that holds more; in [0, 1]. */
  coverage: number;
}

/** Which articles a read command looks at. Every field narrows; none means all. */
export interface ArticleFilter {
  /** Only articles quoting someone whose name contains this ("Woo"). */
  speaker?: string;
  /** Only articles whose publisher contains this (case-insensitive). */
  publisher?: string;
  /** Only articles published on or after this ISO date. */
  since?: string;
  /** Only articles published on or before this ISO date. */
  until?: string;
  /** Only the article with this id (the one a question links to). */
  articleId?: string;
}

export interface AddProgress {
  done: number;
  total: number;
}

export interface AddOptions {
  /** Called as passages are embedded. */
  onProgress?: (progress: AddProgress) => void;
}

export interface AddResult {
  added: Article[];
  /** Stored under a URL the library held: the new version replaced the old. */
  updated: Article[];
  /** Already stored, word for word. */
  unchanged: Article[];
  /** Not stored: the library holds the same story under another URL (its URL is recorded there). */
  duplicates: Array<{ article: Article; of: { id: string; title: string }; similarity: number }>;
}
