/** Bytes read from a source, before any cleaning. */
export interface RawDocument {
  /** Where it came from: a file path, an upload's name, or the URL it was fetched from. */
  source: string;
  format: 'text' | 'markdown' | 'html';
  content: string;
  /** The address the content was fetched from, after redirects: relative links resolve against it. */
  url?: string;
}

/** A cleaned article. `text` holds the body paragraphs only, separated by blank lines. */
export interface Article {
  /** Content hash of title and text: the same article ingested twice has one id. */
  id: string;
  title: string;
  byline?: string;
  publisher?: string;
  /** Where the story was filed from ("Hong Kong"). */
  dateline?: string;
  /** ISO 8601: date and time with offset where the page gives a time, else a date. */
  publishedAt?: string;
  url?: string;
  /** Photo captions, kept apart from the body. */
  caption?: string;
  licence?: string;
  source?: string;
  text: string;
}

/** A run of whole sentences of one article: `article.text.slice(start, end) === text`. */
export interface Passage {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
}
