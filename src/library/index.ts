export {
  Library,
  openLibrary,
  type AddOptions,
  type AddProgress,
  type AddResult,
  type ArticleFilter,
  type OpenLibraryOptions,
  type QuoteHit,
  type QuoteSearchOptions,
  type SearchHit,
  type SearchOptions,
} from './library.ts';
export { LibraryRetriever, type LibraryRetrieverInput } from './retriever.ts';
export { dot, fuseRankings, rankedByVector, selectDiverse, normalizeScores } from './search-hybrid.ts';
export { toFtsQuery } from './search-lexical.ts';
export { newsWords, spellings } from './word-forms.ts';
export { isEnglishWord } from './english-words.ts';
export type { ArticleSummary, StoredPassage } from './docstore.ts';
export type { SpeakerSummary, StoredQuote } from './quote-store.ts';
export {
  addFetched,
  fetchFeed,
  forgetArticle,
  ingestDocument,
  ingestFeed,
  ingestSources,
  readUrl,
  type FeedOptions,
  type FetchedFeed,
  type FeedResult,
  type IngestOptions,
  type IngestProgress,
  type IngestResult,
  type Refusal,
} from './ingest.ts';
export type { FeedStore, FollowedFeed } from './feed-store.ts';
