import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chunkArticle, type Article, type Passage } from '../articles/index.ts';
import type { EmbeddingModel, ModelInfo } from '../embeddings/index.ts';
import { CitewireError } from '../errors.ts';
import { Docstore, type ArticleSummary, type StoredPassage } from './docstore.ts';
import { acronym, bodyOfInitials } from './initials.ts';
import type { FeedStore } from './feed-store.ts';
import type { People } from './people.ts';
import { quoteSearchText, type SpeakerSummary, type StoredQuote } from './quote-store.ts';
import { extractQuotes, type Quote } from '../quotes/index.ts';
import { acquireWriteLock } from './lock.ts';
import { comparable, NEAR_DUPLICATE_THRESHOLD, signature, similarity } from './near-duplicates.ts';
import { dot, fuseRankings, normalizeScores, rankedByVector, selectDiverse } from './search-hybrid.ts';
import { matchTerm, searchLexical, termCoverage, termWeights } from './search-lexical.ts';
import { wordForms } from './word-forms.ts';
import { searchVector } from './search-vector.ts';
import type { AddOptions, AddProgress, AddResult, ArticleFilter, OpenLibraryOptions, QuoteHit, QuoteSearchOptions, SearchHit, SearchOptions } from './types.ts';
import { VectorIndex } from './vectors.ts';
import { asWritten, inTitle, isPlace, isSurname, mentions, respelled, type Slips, unknownWords, wordsMissingFrom, writes } from './vocabulary.ts';
import { QuoteIndex } from './search-quotes.ts';
import { QueryVectors } from './query-vectors.ts';

export type {
  AddOptions,
  AddProgress,
  AddResult,
  ArticleFilter,
  OpenLibraryOptions,
  QuoteHit,
  QuoteSearchOptions,
  SearchHit,
  SearchOptions,
} from './types.ts';

const NAME = /^[A-Za-z0-9_-]{1,64}$/;
// Each list feeds RRF this many candidates; MMR then picks k from the fused list.
const CANDIDATES = 40;
const DEFAULT_K = 6;
// The best BM25 matches whose words count for coverage().
const COVERAGE_CANDIDATES = 5;
const DEFAULT_LAMBDA = 0.7;

/**
 * One named collection of articles: SQLite holds them, their passages and vectors; an
 * HNSW file beside it is a cache of the vectors. Nothing outside this folder touches either.
 */
export class Library {
  private constructor(
    readonly name: string,
    readonly dir: string,
    readonly embeddings: EmbeddingModel,
    readonly model: ModelInfo,
    private readonly docstore: Docstore,
    private vectors: VectorIndex,
  ) {
    this.quoteIndex = new QuoteIndex(docstore.quotes);
    this.queryVectors = new QueryVectors(embeddings);
  }

  private readonly quoteIndex: QuoteIndex;
  private readonly queryVectors: QueryVectors;

  private embedQuery(text: string): Promise<number[]> {
    return this.queryVectors.of(text);
  }

  /** Embeds several queries in one batch, for the searches that follow (one model call, not one each). */
  embedQueries(texts: readonly string[]): Promise<void> {
    return this.queryVectors.embed(texts);
  }

  /** Opens (creating if new) the library `name`; refuses one built with another embedding model. */
  static async open(name: string, options: OpenLibraryOptions): Promise<Library> {
    if (!NAME.test(name)) throw new CitewireError('INVALID_LIBRARY_NAME', { detail: name });
    const dir = join(options.indexDir, name);
    mkdirSync(dir, { recursive: true });
    const model = await options.embeddings.describe();
    const docstore = new Docstore(join(dir, 'library.sqlite'), name);
    try {
      const recorded = docstore.getMeta('model');
      if (recorded && recorded !== `${model.id}:${model.dimensions}` && docstore.countVectors() > 0) {
        throw new CitewireError('MODEL_MISMATCH', { detail: name, reason: `${recorded.replace(/:(\d+)$/, ' ($1-d)')}, not ${model.id} (${model.dimensions}-d)` });
      }
      if (recorded !== `${model.id}:${model.dimensions}`) {
        docstore.setMeta('model', `${model.id}:${model.dimensions}`);
        VectorIndex.discard(dir);
      }
      const vectors = VectorIndex.open(dir, docstore, model.dimensions);
      const library = new Library(name, dir, options.embeddings, model, docstore, vectors);
      if (docstore.quotesPending) await library.indexPendingQuotes();
      return library;
    } catch (error) {
      docstore.close();
      throw error;
    }
  }

  close(): void {
    this.docstore.close();
  }

  /** Every article (or those `filter` allows), oldest first, with its passage count. */
  listArticles(filter: ArticleFilter = {}): ArticleSummary[] {
    const ids = this.filterArticles(filter);
    const all = this.docstore.listArticles();
    if (!ids) return all;
    const allowed = new Set(ids);
    return all.filter((a) => allowed.has(a.id));
  }

  /** The ids of the articles `filter` allows, or undefined when it allows all. */
  filterArticles(filter: ArticleFilter): string[] | undefined {
    let ids: string[] | undefined;
    if (filter.publisher || filter.since || filter.until) ids = this.docstore.articleIdsWhere(filter);
    if (filter.articleId) ids = (ids ?? [filter.articleId]).filter((id) => id === filter.articleId);
    if (filter.speaker) {
      const quoting = new Set(this.docstore.quotes.articlesQuoting(this.speakerKeys(filter.speaker)));
      ids = (ids ?? [...quoting]).filter((id) => quoting.has(id));
    }
    return ids;
  }

  /**
   * The cross-article keys of speakers whose names contain `name`; for "pelosi and schumer",
   * where no one is named so, each one's.
   */
  speakerKeys(name: string): string[] {
    const keys = this.docstore.quotes.keysMatching(name, (word) => this.writes(word));
    const each = name.split(/\s*(?:,|\band\b|&)\s*/i).filter(Boolean);
    if (keys.length > 0 || each.length < 2) return keys;
    const found = each.map((one) => this.speakerKeys(one));
    return found.every((k) => k.length > 0) ? [...new Set(found.flat())] : [];
  }

  /** The keys of speakers whose name or description holds every word of `words`, however named. */
  speakersDescribedAs(words: string): string[] {
    return this.docstore.quotes.keysDescribedAs(words);
  }

  /** True when a speaker the articles give no name is described by every word of `words` (QuoteStore.describesUnnamed). */
  describesUnnamed(words: string): boolean {
    return this.docstore.quotes.describesUnnamed(words);
  }

  /**
   * The one body the articles' speakers or titles name whose initials `initials` are ("fdot",
   * "doj"), if one (QuoteStore.initials); failing that, the one quoted person whose they are
   * ("mbs", Mohammad bin Salman). The index of initials is kept until the library
   * changes, as writes() is: reading every speaker and title took ~9 ms a word on the
   * corpus, half a query embedding, and a question may ask it of several words.
   */
  spelledOut(initials: string): string | undefined {
    const version = `${this.docstore.quotes.generation()}:${this.docstore.countPassages()}`;
    if (this.initials?.version !== version) this.initials = { version, index: this.docstore.quotes.initials(this.docstore.listArticles().map((a) => a.title)) };
    const body = bodyOfInitials(initials, this.initials.index);
    if (body || !/^[a-z]{3,6}$/i.test(initials)) return body;
    const { nameOf } = this.people();
    const persons = new Set(this.speakerKeys(initials).map((key) => nameOf.get(key)).filter((name) => name && acronym(name) === initials.toLowerCase()));
    return persons.size === 1 ? [...persons][0] : undefined;
  }

  private initials?: { version: string; index: Map<string, Set<string>> };

  /** True when some quoted speaker's name has `word` or one a typo from it (QuoteStore.isNameWord). */
  isNameWord(word: string): boolean {
    return this.docstore.quotes.isNameWord(word);
  }

  /** Who each speaker key is, across articles that name them more or less fully, and their name to show. */
  people(): People {
    return this.docstore.quotes.people();
  }

  /** The quotes of some articles, in article order. */
  quotesOf(articleIds: readonly string[]): StoredQuote[] {
    return this.docstore.quotes.of(articleIds);
  }

  /** Who is quoted by name, how often, in which articles. */
  speakers(filter: ArticleFilter = {}): SpeakerSummary[] {
    const all = this.docstore.quotes.speakers(this.filterArticles({ ...filter, speaker: undefined }));
    if (!filter.speaker) return all;
    const keys = new Set(this.speakerKeys(filter.speaker));
    return all.filter((s) => keys.has(s.key));
  }

  /**
   * Extracts and embeds again the quotes of articles stored by an older schema, once.
   * All or nothing, like an ingest; left for the next open when another process writes.
   */
  private async indexPendingQuotes(): Promise<void> {
    let release: () => void;
    try {
      release = acquireWriteLock(this.dir, this.name);
    } catch {
      return; // another process writes now; the next open does this
    }
    try {
      const articles = this.docstore.listArticles().map(({ id }) => this.docstore.getArticle(id)!);
      const quotes = articles.map((article) => extractQuotes(article));
      const vectors = await this.embedAll(articles.flatMap((article, i) => quotes[i]!.map((q) => quoteSearchText(q, article.title))));
      this.docstore.transaction(() => {
        let offset = 0;
        articles.forEach((article, i) => {
          const own = quotes[i]!;
          this.docstore.quotes.deleteOf(article.id);
          this.docstore.quotes.insert(article.id, own, vectors.slice(offset, offset + own.length));
          offset += own.length;
        });
        this.docstore.setMeta('quotes_pending', '0');
      });
    } finally {
      release();
    }
  }

  /**
   * Embeds texts in slices, reporting progress. A slice must be big enough for the
   * embedder to spread it over its worker threads (LocalEmbeddings: from 128 texts).
   */
  private async embedAll(texts: readonly string[], onProgress?: (progress: AddProgress) => void): Promise<number[][]> {
    const vectors: number[][] = [];
    const slice = 256;
    for (let i = 0; i < texts.length; i += slice) {
      vectors.push(...(await this.embeddings.embedDocuments(texts.slice(i, i + slice))));
      onProgress?.({ done: Math.min(i + slice, texts.length), total: texts.length });
    }
    return vectors;
  }

  get size(): number {
    return this.docstore.countArticles();
  }

  /**
   * The article with this id, id prefix (≥ 4 characters), URL, or a title containing
   * this text; ARTICLE_NOT_FOUND when none or more than one matches.
   */
  getArticle(ref: string): Article {
    const query = ref.trim();
    const exact = this.docstore.getArticle(query) ?? this.docstore.getArticleByUrl(query);
    if (exact) return exact;
    const matches = query.length >= 4 ? this.docstore.findArticles(query) : [];
    if (matches.length !== 1) throw new CitewireError('ARTICLE_NOT_FOUND', { detail: ref });
    return this.docstore.getArticle(matches[0]!.id)!;
  }

  /** True when an article is stored under `url`, as its own URL or another address of it. */
  hasUrl(url: string): boolean {
    return this.docstore.getArticleByUrl(url) !== undefined;
  }

  /** The stored text of an article, for checking quotes against; undefined if absent. */
  findArticleText(articleId: string): string | undefined {
    return this.docstore.getArticle(articleId)?.text;
  }

  passagesOf(articleId: string): StoredPassage[] {
    return this.docstore.passagesOf(articleId);
  }

  /**
   * Adds articles. One with the URL of a stored article replaces it (an update); one
   * already stored (same id) is left alone, its URL recorded as another address of the
   * stored one; one that is a near-duplicate of a stored article (the same story
   * syndicated: see near-duplicates.ts) is not stored twice, and its URL is recorded too.
   * All or nothing: vectors are computed first, then everything is written in one SQLite
   * transaction, so a failure leaves the library as it was.
   */
  async addArticles(articles: readonly Article[], options: AddOptions = {}): Promise<AddResult> {
    const release = acquireWriteLock(this.dir, this.name);
    try {
      const result: AddResult = { added: [], updated: [], unchanged: [], duplicates: [] };
      const todo: Array<{ article: Article; replaces?: string; passages: Passage[]; quotes: Quote[] }> = [];
      const aliases: Array<[url: string, articleId: string]> = [];
      const signatures = this.docstore.signatures();
      const seen = new Set<string>();
      // Two versions of one URL in a batch: the later one is the update.
      const lastForUrl = new Map(articles.flatMap((a) => (a.url ? [[a.url, a] as const] : [])));
      for (const article of articles) {
        if (article.url && lastForUrl.get(article.url) !== article) continue;
        if (seen.has(article.id) || this.docstore.getArticle(article.id)) {
          if (article.url) aliases.push([article.url, article.id]);
          result.unchanged.push(article);
          continue;
        }
        const previous = article.url ? this.docstore.getArticleByUrl(article.url) : undefined;
        if (!previous && comparable(article.text)) {
          const sig = signature(article.text);
          const twin = nearestDuplicate(sig, signatures);
          const of = twin && (this.docstore.getArticle(twin.id) ?? todo.find((t) => t.article.id === twin.id)!.article);
          if (twin && of && comparable(of.text)) {
            if (article.url) aliases.push([article.url, of.id]);
            result.duplicates.push({ article, of: { id: of.id, title: of.title }, similarity: twin.similarity });
            continue;
          }
          signatures.set(article.id, sig);
        }
        seen.add(article.id);
        todo.push({ article, passages: chunkArticle(article), quotes: extractQuotes(article), ...(previous ? { replaces: previous.id } : {}) });
        (previous ? result.updated : result.added).push(article);
      }

      // Passages and quotes are embedded together, so the worker pool stays full.
      const texts = todo.flatMap((t) => [...t.passages.map((p) => p.text), ...t.quotes.map((q) => quoteSearchText(q, t.article.title))]);
      const vectors = await this.embedAll(texts, options.onProgress);

      this.docstore.transaction(() => {
        let offset = 0;
        for (const { article, replaces, passages, quotes } of todo) {
          // A new version keeps the other addresses the old one was found under.
          const kept = replaces ? this.docstore.aliasesOf(replaces) : [];
          if (replaces) this.docstore.deleteArticle(replaces);
          this.docstore.insertArticle(article, passages, vectors.slice(offset, offset + passages.length));
          offset += passages.length;
          this.docstore.quotes.insert(article.id, quotes, vectors.slice(offset, offset + quotes.length));
          offset += quotes.length;
          for (const url of kept) this.docstore.addAlias(url, article.id);
        }
        for (const [url, articleId] of aliases) this.docstore.addAlias(url, articleId);
      });
      this.syncVectors();
      return result;
    } finally {
      release();
    }
  }

  /** The feeds this library follows (see ingestFeed and the bot's feed poller). */
  get feeds(): FeedStore {
    return this.docstore.feeds;
  }

  /** Records `url` as another address of a stored article; a URL already known is left alone. */
  addAlias(url: string, articleId: string): void {
    this.docstore.transaction(() => this.docstore.addAlias(url, articleId));
  }

  /** The other URLs an article was found under (same text, or a near-duplicate). */
  aliasesOf(articleId: string): string[] {
    return this.docstore.aliasesOf(articleId);
  }

  /** Removes an article and its passages; false when no article has that id. */
  removeArticle(id: string): boolean {
    const release = acquireWriteLock(this.dir, this.name);
    try {
      const removed = this.docstore.transaction(() => this.docstore.deleteArticle(id));
      this.syncVectors();
      return removed;
    } finally {
      release();
    }
  }

  private syncVectors(): void {
    this.vectors.catchUp(this.docstore);
    if (this.vectors.saveDue) this.vectors.save();
  }

  /** An article's metadata by id, each read once per call of the function it returns (one search). */
  private articleMetadata(): (id: string) => Omit<Article, 'text'> {
    const seen = new Map<string, Omit<Article, 'text'>>();
    return (id) => {
      if (!seen.has(id)) {
        const { text: _text, ...meta } = this.docstore.getArticle(id)!;
        seen.set(id, meta);
      }
      return seen.get(id)!;
    };
  }

  /** True when some passage holds every word of `name`: the library mentions them. */
  mentions(name: string): boolean {
    return mentions(this.docstore, name);
  }

  /** True when some passage writes `name` as a place: "in Iran" (vocabulary.ts). */
  isPlace(name: string): boolean {
    return isPlace(this.docstore, name);
  }

  /** True when some passage writes `word` after a first name: a person's surname (vocabulary.ts). */
  isSurname(word: string): boolean {
    return isSurname(this.docstore, word);
  }

  /** True when the library writes `word` in lower case only: a common noun, not a name (vocabulary.ts). */
  isCommonWord(word: string): boolean {
    return this.writes(word) === 'lower';
  }

  /**
   * How the library writes a phrase: 'capitalised', 'lower', or undefined when no passage
   * has it (vocabulary.ts). Remembered until the library changes, here or in another
   * process: a question asks it of each of its words, several times over.
   */
  writes(phrase: string): 'lower' | 'capitalised' | undefined {
    const { phrases } = this.remembered();
    if (!phrases.has(phrase)) phrases.set(phrase, writes(this.docstore, phrase));
    return phrases.get(phrase);
  }

  /** What the library has read of its own words, for as long as they stay the same. */
  private remembered(): { phrases: Map<string, 'lower' | 'capitalised' | undefined>; slips: Slips } {
    const version = `${this.docstore.quotes.generation()}:${this.docstore.countPassages()}`;
    if (this.written?.version !== version) this.written = { version, phrases: new Map(), slips: new Map() };
    return this.written;
  }

  private written?: { version: string; phrases: Map<string, 'lower' | 'capitalised' | undefined>; slips: Slips };

  /** The content words of `text` that none of these articles holds in any form (wordsMissingFrom). */
  wordsMissingFrom(text: string, articleIds: readonly string[]): string[] {
    return wordsMissingFrom(this.docstore, text, articleIds);
  }

  /** True when some article's title holds `word` (vocabulary.ts). */
  inTitle(word: string): boolean {
    return inTitle(this.docstore, word);
  }

  /** The content words of `text` that no passage holds in any form (vocabulary.ts). */
  unknownWords(text: string): string[] {
    return unknownWords(this.docstore, text);
  }

  /** `text` with each word typed one slip off a word the library holds spelled as held ("minisrty" → "ministry"). */
  respelled(text: string): string {
    return respelled(this.docstore, text, this.remembered().slips);
  }

  /** `text` with each word the library writes apart spelled so ("dsouza" → "d souza"). */
  asWritten(text: string): string {
    return asWritten(this.docstore, text, this.remembered().slips);
  }

  /** The query's content words, each with its idf over this library's passages. */
  termWeights(query: string): Array<[term: string, idf: number]> {
    return termWeights(this.docstore, query);
  }

  /** Of these quotes, those whose own words (not their speaker's name) hold `word`, in any form the index joins. */
  quotesHolding(word: string, quoteIds: readonly number[]): Set<number> {
    return quoteIds.length > 0 ? this.docstore.quotes.holding(matchTerm(`"${word.toLowerCase()}"`), quoteIds) : new Set();
  }

  /**
   * The quotes that say `phrase` word for word ("who said toilet paper is a bulky item", "who
   * said enough is enough"), up to case and punctuation; none for fewer than three words,
   * which too many quotes say.
   */
  quotesSaying(phrase: string): StoredQuote[] {
    const words = phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.length >= 3 ? this.docstore.quotes.saying(words) : [];
  }

  /**
   * Quotes across the whole library that bear on `query`, by their vectors (words,
   * speaker and story, stored at ingest) and BM25, fused; best first. Embeds only the query.
   */
  async searchQuotes(query: string, options: QuoteSearchOptions = {}): Promise<QuoteHit[]> {
    const narrowed = options.articleIds !== undefined || options.speakerKeys !== undefined;
    const allowed = narrowed ? this.docstore.quotes.idsWhere(options) : undefined;
    if (allowed?.size === 0) return [];
    const found = this.quoteIndex.search(await this.embedQuery(query), query, options.k ?? 40, allowed);
    const quotes = this.docstore.quotes.byIds(found.map((f) => f.id));
    const articleOf = this.articleMetadata();
    const hits: QuoteHit[] = [];
    for (const { id, score, similarity } of found) {
      const quote = quotes.get(id);
      if (quote) hits.push({ quote, article: articleOf(quote.articleId), score, similarity });
    }
    return hits;
  }

  /**
   * The largest IDF-weighted share of the query's words that one passage holds, among its
   * best BM25 matches: whether the library holds the story, whichever passages MMR picked
   * (it may leave out the one passage that holds it all for being like another picked).
   */
  coverage(query: string, options: { articleIds?: readonly string[] } = {}): number {
    const allowed = options.articleIds ? this.docstore.labelsOf(options.articleIds) : undefined;
    const labels = searchLexical(this.docstore, query, COVERAGE_CANDIDATES, allowed).map(([label]) => label);
    return Math.max(0, ...termCoverage(this.docstore, termWeights(this.docstore, query), labels).values());
  }

  /**
   * Hybrid retrieval: HNSW nearest neighbours and FTS5 BM25, fused by reciprocal rank,
   * then diversified by MMR. Best first.
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const k = options.k ?? DEFAULT_K;
    // Another process may have written since we opened: replay its changes first.
    this.vectors.catchUp(this.docstore);
    const allowed = options.articleIds ? this.docstore.labelsOf(options.articleIds) : undefined;
    const queryVector = await this.embedQuery(query);
    const vectorCache = new Map<number, Float32Array | undefined>();
    const vectorOf = (label: number) => {
      if (!vectorCache.has(label)) vectorCache.set(label, this.docstore.vector(label));
      return vectorCache.get(label);
    };
    const byText = searchLexical(this.docstore, query, CANDIDATES, allowed);
    // (MMR reads every candidate's vector below anyway.)
    const cosineOf = (label: number) => {
      const vector = vectorOf(label);
      return vector && dot(queryVector, vector);
    };
    const byVector = rankedByVector(searchVector(this.vectors, queryVector, CANDIDATES, allowed), byText, cosineOf);
    const fused = normalizeScores(fuseRankings([byVector, byText]));

    const picked = selectDiverse(fused, vectorOf, k, options.diversity ?? DEFAULT_LAMBDA);
    const labels = picked.map(([label]) => label);
    const passages = this.docstore.passagesByRowid(labels);
    // The query's words weighed once: for the passages' coverage and for their titles'.
    const weights = termWeights(this.docstore, query);
    const total = weights.reduce((n, [, idf]) => n + idf, 0);
    const coverage = termCoverage(this.docstore, weights, labels);
    const articleOf = this.articleMetadata();
    const hits: SearchHit[] = [];
    for (const [label, score] of picked) {
      const stored = passages.get(label);
      if (!stored) continue;
      const { rowid: _rowid, ordinal: _ordinal, ...passage } = stored;
      const article = articleOf(stored.articleId);
      hits.push({ passage, article, score, similarity: dot(queryVector, vectorOf(label)!), coverage: Math.max(coverage.get(label) ?? 0, titleCoverage(article.title, weights, total)) });
    }
    return hits;
  }
}

/** The stored article most like `sig`, when it is alike enough to be the same story. */
function nearestDuplicate(sig: Uint32Array, signatures: ReadonlyMap<string, Uint32Array>): { id: string; similarity: number } | undefined {
  let best: { id: string; similarity: number } | undefined;
  for (const [id, other] of signatures) {
    const s = similarity(sig, other);
    if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { id, similarity: s };
  }
  return best;
}

/** Opens the library `name` under `options.indexDir`. */
export function openLibrary(name: string, options: OpenLibraryOptions): Promise<Library> {
  return Library.open(name, options);
}

/** The share of the query's term weight its article's title holds ("Kurds announce deal …" for "the kurds"). */
function titleCoverage(title: string, weights: ReadonlyArray<[term: string, idf: number]>, total: number): number {
  if (total === 0) return 0;
  const words = title.toLowerCase();
  let held = 0;
  const holds = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(words);
  for (const [term, idf] of weights) if (wordForms(term).some(holds)) held += idf;
  return held / total;
}
