import { readFile } from 'node:fs/promises';
import {
  extractArticle,
  listSources,
  loadFile,
  readFeed,
  readPage,
  type Article,
  type Conditional,
  type Fetcher,
  type RawDocument,
} from '../articles/index.ts';
import { CitewireError } from '../errors.ts';
import type { AddProgress, AddResult, Library } from './library.ts';

export type IngestProgress =
  | { phase: 'read'; done: number; total: number; source: string }
  | ({ phase: 'embed' } & AddProgress);

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
  /** Needed for http(s) sources; without one a URL is refused. */
  fetcher?: Fetcher;
}

/** A source that was not added, and the one-line reason. */
export interface Refusal {
  source: string;
  message: string;
}

export interface IngestResult extends AddResult {
  refused: Refusal[];
}

export interface FeedResult extends IngestResult {
  feed: { url: string; title?: string; items: number; notModified: boolean } & Conditional;
}

const isUrl = (source: string) => /^https?:\/\//i.test(source.trim());

/**
 * Reads one source into an Article. A CitewireError (a binary file, a refused URL, an
 * empty page) becomes a refusal; anything else is a bug and propagates.
 */
async function readSource(source: string, fetcher: Fetcher | undefined): Promise<Article | Refusal> {
  try {
    if (!isUrl(source)) return extractArticle(await loadFile(source));
    if (!fetcher) throw new CitewireError('URL_REFUSED', { detail: source, reason: 'fetching links is not set up here' });
    return await readUrl(fetcher, source);
  } catch (error) {
    if (!CitewireError.isInstance(error)) throw error;
    return { source, message: error.message };
  }
}

/** Reads every source in turn; refusals are collected, not thrown. */
async function readAll(sources: readonly string[], options: IngestOptions): Promise<{ articles: Article[]; refused: Refusal[] }> {
  const articles: Article[] = [];
  const refused: Refusal[] = [];
  for (const [i, source] of sources.entries()) {
    const read = await readSource(source, options.fetcher);
    if ('message' in read) refused.push(read);
    else articles.push(read);
    options.onProgress?.({ phase: 'read', done: i + 1, total: sources.length, source });
  }
  return { articles, refused };
}

/**
 * Adds articles already read, reporting embedding progress; nothing to add writes
 * nothing. A link that redirected, or whose page names another canonical URL, is recorded
 * as an address of the stored story, so a feed item's link is known at the next poll.
 */
async function add(library: Library, articles: readonly Article[], options: IngestOptions): Promise<AddResult> {
  if (articles.length === 0) return { added: [], updated: [], unchanged: [], duplicates: [] };
  const result = await library.addArticles(articles, { onProgress: (p) => options.onProgress?.({ phase: 'embed', ...p }) });
  for (const article of articles) {
    const link = article.source;
    if (link && isUrl(link) && article.url && link !== article.url && library.hasUrl(article.url)) library.addAlias(link, library.getArticle(article.url).id);
  }
  return result;
}

/**
 * Reads, cleans and adds articles from files, folders and http(s) URLs. Each source
 * stands alone: one that cannot be read (a binary file, a refused URL, an empty page) is
 * listed in `refused` with its reason, and the others are added. The write itself is all
 * or nothing. A path that does not exist fails the whole call before anything is read.
 */
export async function ingestSources(library: Library, sources: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const files = await listSources(sources.filter((s) => !isUrl(s)));
  const links = sources.flatMap((s) => (isUrl(s) ? [s.trim()] : []));
  const { articles, refused } = await readAll([...files, ...links], options);
  return { ...(await add(library, articles, options)), refused };
}

/** Cleans and adds one document already read (an upload); all or nothing. */
export function ingestDocument(library: Library, document: RawDocument): Promise<AddResult> {
  return library.addArticles([extractArticle(document)]);
}

export interface FeedOptions extends IngestOptions {
  /** Validators from the last poll: an unchanged feed answers 304. */
  conditional?: Conditional;
  /**
   * New items fetched at most, in the feed's order (newest first in practice); the rest
   * wait for the next poll. The bot sets it, so a first poll fits in an interaction's
   * 15 minutes whatever the feed holds.
   */
  maxItems?: number;
}

/** A feed read and its new items fetched, not yet written (see ingestFeed and addFetched). */
export interface FetchedFeed {
  feed: FeedResult['feed'];
  articles: Article[];
  /** Items the library already holds, by URL: not fetched again. */
  unchanged: Article[];
  refused: Refusal[];
}

/**
 * Reads an RSS or Atom feed (a URL or a file) and fetches the pages of its items the
 * library does not hold yet. Writes nothing, so a bot can fetch without holding up the
 * library's writers. A followed feed is asked for conditionally (ETag, Last-Modified):
 * unchanged, it costs one 304.
 */
export async function fetchFeed(library: Library, source: string, options: FeedOptions = {}): Promise<FetchedFeed> {
  let feedUrl = source.trim();
  let bytes: Uint8Array;
  let validators: Conditional = {};
  let charset: string | undefined;
  if (isUrl(feedUrl)) {
    if (!options.fetcher) throw new CitewireError('URL_REFUSED', { detail: source, reason: 'fetching links is not set up here' });
    const page = await options.fetcher.fetch(feedUrl, options.conditional);
    if (page.status === 304) {
      return { feed: { url: feedUrl, items: 0, notModified: true, ...options.conditional }, articles: [], unchanged: [], refused: [] };
    }
    feedUrl = page.url;
    bytes = page.bytes;
    charset = page.charset;
    validators = { ...(page.etag ? { etag: page.etag } : {}), ...(page.lastModified ? { lastModified: page.lastModified } : {}) };
  } else {
    try {
      bytes = await readFile(feedUrl);
    } catch (cause) {
      throw new CitewireError('SOURCE_NOT_FOUND', { detail: source }, cause);
    }
  }
  const feed = readFeed(source, bytes, { ...(charset ? { charset } : {}), ...(isUrl(feedUrl) ? { url: feedUrl } : {}) });
  const unchanged: Article[] = [];
  const refused: Refusal[] = [];
  const links: string[] = [];
  for (const [i, item] of feed.items.entries()) {
    if (!item.url) refused.push({ source: item.title ?? item.id ?? `item ${i + 1}`, message: `Feed item ${i + 1} has no link to its story.` });
    else if (library.hasUrl(item.url)) unchanged.push(library.getArticle(item.url));
    else if (!links.includes(item.url)) links.push(item.url);
  }
  const now = links.slice(0, options.maxItems ?? links.length);
  const read = await readAll(now, options);
  // Items left for later: without validators the next poll reads the feed again, even unchanged.
  const keep = now.length === links.length ? validators : {};
  return {
    feed: { url: feedUrl, items: feed.items.length, notModified: false, ...(feed.title ? { title: feed.title } : {}), ...keep },
    articles: read.articles,
    unchanged,
    refused: [...refused, ...read.refused],
  };
}

/** Writes what fetchFeed found: the new articles, all or nothing. */
export async function addFetched(library: Library, fetched: FetchedFeed, options: IngestOptions = {}): Promise<FeedResult> {
  const added = await add(library, fetched.articles, options);
  return { ...added, unchanged: [...fetched.unchanged, ...added.unchanged], refused: fetched.refused, feed: fetched.feed };
}

/** Ingests the new items of a feed: fetchFeed, then addFetched. */
export async function ingestFeed(library: Library, source: string, options: FeedOptions = {}): Promise<FeedResult> {
  return addFetched(library, await fetchFeed(library, source, options), options);
}

/**
 * Fetches one page and reads it as an Article whose `source` is the link given (its `url`
 * is the canonical one). Refusals throw, as CitewireErrors.
 */
export async function readUrl(fetcher: Fetcher, url: string): Promise<Article> {
  return { ...extractArticle(readPage(await fetcher.fetch(url))), source: url.trim() };
}

/** Removes the article `ref` names (id, id prefix, URL or part of its title) and returns it. */
export function forgetArticle(library: Library, ref: string): Article {
  const article = library.getArticle(ref);
  library.removeArticle(article.id);
  return article;
}
