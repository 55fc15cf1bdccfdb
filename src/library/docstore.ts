import Database from 'better-sqlite3';
import type { Article, Passage } from '../articles/index.ts';
import { CitewireError } from '../errors.ts';
import { FeedStore } from './feed-store.ts';
import { QUOTES_SCHEMA, QuoteStore } from './quote-store.ts';
import { signature, signatureFromBlob, signatureToBlob } from './near-duplicates.ts';
import { fromBlob, toBlob } from './vector-blob.ts';
import { prepared } from './prepared.ts';

/** A passage row: its SQLite rowid doubles as its label in the HNSW index. */
export interface StoredPassage extends Passage {
  rowid: number;
  ordinal: number;
}

/** The metadata of an article, without its text. */
export type ArticleSummary = Omit<Article, 'text'> & { passages: number };

/** One change to the vector set, in commit order; the HNSW file replays what it has not seen. */
export interface VectorChange {
  seq: number;
  op: 'add' | 'delete';
  label: number;
}

export type LabelledVector = [label: number, vector: Float32Array];

// 2 added the quotes table, 3 their vectors and lexical index (and better speaker names).
// An older library gains the tables on open, and its quotes are extracted and embedded
// again then (Library.open).
const SCHEMA_VERSION = '3';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  url TEXT UNIQUE,
  title TEXT NOT NULL,
  byline TEXT, publisher TEXT, dateline TEXT, published_at TEXT, caption TEXT, licence TEXT, source TEXT,
  text TEXT NOT NULL,
  added_at TEXT NOT NULL
);
-- AUTOINCREMENT: a rowid is never reused, so an HNSW label always means one passage.
CREATE TABLE IF NOT EXISTS passages (
  rowid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_by_article ON passages(article_id, ordinal);
CREATE TABLE IF NOT EXISTS vectors (
  passage_rowid INTEGER PRIMARY KEY REFERENCES passages(rowid) ON DELETE CASCADE,
  vector BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS vector_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  op TEXT NOT NULL CHECK (op IN ('add', 'delete')),
  label INTEGER NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
  text, content='passages', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
);
-- Other addresses of a stored article: the same text found under another URL.
CREATE TABLE IF NOT EXISTS article_urls (
  url TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
-- MinHash signatures of article texts, for near-duplicate detection (near-duplicates.ts).
CREATE TABLE IF NOT EXISTS article_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  signature BLOB NOT NULL
);
-- Feeds this library follows, with what the last poll learned (feeds.ts).
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY,
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  added_at TEXT NOT NULL,
  polled_at TEXT,
  next_poll_at TEXT NOT NULL,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
  INSERT INTO passages_fts(rowid, text) VALUES (new.rowid, new.text);
  INSERT INTO vector_log(op, label) VALUES ('add', new.rowid);
END;
CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
  INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO vector_log(op, label) VALUES ('delete', old.rowid);
END;
`;

interface ArticleRow {
  id: string;
  url: string | null;
  title: string;
  byline: string | null;
  publisher: string | null;
  dateline: string | null;
  published_at: string | null;
  caption: string | null;
  licence: string | null;
  source: string | null;
  text?: string;
  passages?: number;
}

function toArticle(row: ArticleRow): Article & { passages?: number } {
  const article: Article & { passages?: number } = { id: row.id, title: row.title, text: row.text ?? '' };
  const optional: Array<[keyof Article, string | null]> = [
    ['url', row.url], ['byline', row.byline], ['publisher', row.publisher], ['dateline', row.dateline],
    ['publishedAt', row.published_at], ['caption', row.caption], ['licence', row.licence], ['source', row.source],
  ];
  for (const [key, value] of optional) if (value !== null) (article as unknown as Record<string, string>)[key] = value;
  if (row.passages !== undefined) article.passages = row.passages;
  return article;
}

/**
 * The SQLite source of truth of one library: articles, passages, their vectors, an
 * FTS5 index over passages, and a log of vector changes for the HNSW cache to replay.
 */
export class Docstore {
  private readonly db: Database.Database;
  readonly quotes: QuoteStore;
  readonly feeds: FeedStore;
  /** True when this open upgraded the schema and the quotes of stored articles are still to be extracted. */
  readonly quotesPending: boolean;

  constructor(path: string, readonly name: string) {
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      // Readers wait for a writer's commit instead of failing at once.
      this.db.pragma('busy_timeout = 5000');
      this.db.pragma('foreign_keys = ON');
      this.db.exec(SCHEMA);
      this.db.exec(QUOTES_SCHEMA);
    } catch (cause) {
      throw new CitewireError('INDEX_CORRUPT', { detail: name, reason: (cause as Error).message }, cause);
    }
    this.quotes = new QuoteStore(this.db);
    this.feeds = new FeedStore(this.db);
    const version = this.getMeta('schema_version');
    const older = version === '1' || version === '2';
    this.quotesPending = older || this.getMeta('quotes_pending') === '1';
    if (version === undefined || older) {
      if (older) this.setMeta('quotes_pending', '1');
      this.setMeta('schema_version', SCHEMA_VERSION);
    } else if (version !== SCHEMA_VERSION) {
      throw new CitewireError('INDEX_CORRUPT', { detail: name, reason: `schema ${version} is not ${SCHEMA_VERSION}` });
    }
  }

  close(): void {
    this.db.close();
  }

  getMeta(key: string): string | undefined {
    const row = prepared(this.db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    prepared(this.db, 'INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** Runs `work` in one transaction: all of it lands, or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  getArticle(id: string): Article | undefined {
    const row = prepared(this.db, 'SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? toArticle(row) : undefined;
  }

  /** The article at `url`: its own URL, or another address its text was found under. */
  getArticleByUrl(url: string): Article | undefined {
    const row = (prepared(this.db, 'SELECT * FROM articles WHERE url = ?').get(url) ??
      prepared(this.db, 'SELECT a.* FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url = ?').get(url)) as ArticleRow | undefined;
    return row ? toArticle(row) : undefined;
  }

  /** The other URLs an article's text was found under, oldest first. */
  aliasesOf(articleId: string): string[] {
    return (prepared(this.db, 'SELECT url FROM article_urls WHERE article_id = ? ORDER BY rowid').all(articleId) as Array<{ url: string }>).map((r) => r.url);
  }

  /** Records another URL of a stored article (call inside a transaction); a URL already known is left alone. */
  addAlias(url: string, articleId: string): void {
    if (this.getArticleByUrl(url)) return;
    prepared(this.db, 'INSERT INTO article_urls (url, article_id) VALUES (?, ?)').run(url, articleId);
  }

  /** Every stored article's MinHash signature, computing those an older library lacks. */
  signatures(): Map<string, Uint32Array> {
    const missing = this.db
      .prepare('SELECT id, text FROM articles WHERE id NOT IN (SELECT article_id FROM article_signatures)')
      .all() as Array<{ id: string; text: string }>;
    if (missing.length) {
      const insert = prepared(this.db, 'INSERT OR IGNORE INTO article_signatures (article_id, signature) VALUES (?, ?)');
      this.transaction(() => missing.forEach((a) => insert.run(a.id, signatureToBlob(signature(a.text)))));
    }
    const rows = prepared(this.db, 'SELECT article_id AS id, signature FROM article_signatures').all() as Array<{ id: string; signature: Buffer }>;
    return new Map(rows.map((r) => [r.id, signatureFromBlob(r.signature)]));
  }

  /** Articles whose id starts with, or whose title contains, `query` (case-insensitive). */
  findArticles(query: string): ArticleSummary[] {
    const escaped = query.replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.summaries("WHERE a.id LIKE ? ESCAPE '\\' OR a.title LIKE ? ESCAPE '\\'", `${escaped}%`, `%${escaped}%`);
  }

  listArticles(): ArticleSummary[] {
    return this.summaries('');
  }

  private summaries(where: string, ...params: string[]): ArticleSummary[] {
    const rows = this.db
      .prepare(
        `SELECT a.id, a.url, a.title, a.byline, a.publisher, a.dateline, a.published_at, a.caption, a.licence, a.source,
                (SELECT count(*) FROM passages p WHERE p.article_id = a.id) AS passages
         FROM articles a ${where} ORDER BY a.published_at, a.title`,
      )
      .all(...params) as ArticleRow[];
    return rows.map((row) => {
      const { text: _text, ...summary } = toArticle(row);
      return summary as ArticleSummary;
    });
  }

  /** Ids of articles whose publisher contains `publisher` and whose date is within [since, until] (ISO dates, inclusive). */
  articleIdsWhere(filter: { publisher?: string; since?: string; until?: string }): string[] {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.publisher) {
      where.push("lower(publisher) LIKE ? ESCAPE '\\'");
      params.push(`%${filter.publisher.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    // Dates compare as text on their first ten characters (YYYY-MM-DD): ISO 8601 sorts.
    if (filter.since) {
      where.push('substr(published_at, 1, 10) >= ?');
      params.push(filter.since.slice(0, 10));
    }
    if (filter.until) {
      where.push('substr(published_at, 1, 10) <= ?');
      params.push(filter.until.slice(0, 10));
    }
    const rows = prepared(this.db, `SELECT id FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).all(...params) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  countArticles(): number {
    return (prepared(this.db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /** Inserts an article with its passages and their vectors (call inside a transaction). */
  insertArticle(article: Article, passages: readonly Passage[], vectors: readonly number[][]): void {
    this.db
      .prepare(
        `INSERT INTO articles (id, url, title, byline, publisher, dateline, published_at, caption, licence, source, text, added_at)
         VALUES (@id, @url, @title, @byline, @publisher, @dateline, @publishedAt, @caption, @licence, @source, @text, @addedAt)`,
      )
      .run({
        id: article.id, url: article.url ?? null, title: article.title, byline: article.byline ?? null,
        publisher: article.publisher ?? null, dateline: article.dateline ?? null, publishedAt: article.publishedAt ?? null,
        caption: article.caption ?? null, licence: article.licence ?? null, source: article.source ?? null,
        text: article.text, addedAt: new Date().toISOString(),
      });
    prepared(this.db, 'INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)').run(article.id, signatureToBlob(signature(article.text)));
    const insertPassage = prepared(this.db, 
      'INSERT INTO passages (id, article_id, ordinal, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertVector = prepared(this.db, 'INSERT INTO vectors (passage_rowid, vector) VALUES (?, ?)');
    passages.forEach((p, i) => {
      const { lastInsertRowid } = insertPassage.run(p.id, article.id, i, p.start, p.end, p.text);
      insertVector.run(lastInsertRowid, toBlob(vectors[i]!));
    });
  }

  /** Deletes an article, its passages and vectors (call inside a transaction). */
  deleteArticle(id: string): boolean {
    // Passages first, one by one, so that their delete trigger logs each label.
    prepared(this.db, 'DELETE FROM passages WHERE article_id = ?').run(id);
    return prepared(this.db, 'DELETE FROM articles WHERE id = ?').run(id).changes > 0;
  }

  /** The HNSW labels (passage rowids) of some articles, for filtered search. */
  labelsOf(articleIds: readonly string[]): Set<number> {
    const rows = this.db
      .prepare('SELECT rowid FROM passages WHERE article_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(articleIds)) as Array<{ rowid: number }>;
    return new Set(rows.map((r) => r.rowid));
  }

  passagesOf(articleId: string): StoredPassage[] {
    return this.db
      .prepare('SELECT rowid, id, article_id AS articleId, ordinal, start, end, text FROM passages WHERE article_id = ? ORDER BY ordinal')
      .all(articleId) as StoredPassage[];
  }

  passagesByRowid(rowids: readonly number[]): Map<number, StoredPassage> {
    const found = new Map<number, StoredPassage>();
    const get = prepared(this.db, 'SELECT rowid, id, article_id AS articleId, ordinal, start, end, text FROM passages WHERE rowid = ?');
    for (const rowid of rowids) {
      const row = get.get(rowid) as StoredPassage | undefined;
      if (row) found.set(rowid, row);
    }
    return found;
  }

  vector(label: number): Float32Array | undefined {
    const row = prepared(this.db, 'SELECT vector FROM vectors WHERE passage_rowid = ?').get(label) as { vector: Buffer } | undefined;
    return row ? fromBlob(row.vector) : undefined;
  }

  *allVectors(): Generator<LabelledVector> {
    for (const row of this.db.prepare('SELECT passage_rowid AS label, vector FROM vectors ORDER BY passage_rowid').iterate()) {
      const { label, vector } = row as { label: number; vector: Buffer };
      yield [label, fromBlob(vector)];
    }
  }

  countVectors(): number {
    return (prepared(this.db, 'SELECT count(*) AS n FROM vectors').get() as { n: number }).n;
  }

  lastChange(): number {
    const row = prepared(this.db, 'SELECT max(seq) AS seq FROM vector_log').get() as { seq: number | null };
    return row.seq ?? 0;
  }

  changesSince(seq: number): VectorChange[] {
    return prepared(this.db, 'SELECT seq, op, label FROM vector_log WHERE seq > ? ORDER BY seq').all(seq) as VectorChange[];
  }

  /** The index's terms (stemmed) that start with `prefix`, for typo-tolerant look-ups. */
  termsStartingWith(prefix: string): string[] {
    this.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_terms USING fts5vocab(main, 'passages_fts', 'row')");
    const rows = prepared(this.db, 'SELECT term FROM temp.passages_terms WHERE term >= ? AND term < ?').all(prefix, `${prefix}\uffff`) as Array<{ term: string }>;
    return rows.map((r) => r.term);
  }

  /** How many passages hold an FTS5 term (through FTS5, so it is stemmed as the index was). */
  countMatching(term: string): number {
    return (prepared(this.db, 'SELECT count(*) AS n FROM passages_fts WHERE passages_fts MATCH ?').get(term) as { n: number }).n;
  }

  /** Which of `labels` hold an FTS5 term. */
  labelsMatching(term: string, labels: readonly number[]): Set<number> {
    const rows = this.db
      .prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))')
      .all(term, JSON.stringify(labels)) as Array<{ rowid: number }>;
    return new Set(rows.map((r) => r.rowid));
  }


  countPassages(): number {
    return (prepared(this.db, 'SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  }

  /** BM25 over the passages' FTS5 index: best first, as [rowid, score] with higher = better. */
  searchText(ftsQuery: string, limit: number, labels?: ReadonlySet<number>): Array<[rowid: number, score: number]> {
    const rows = (
      labels
        ? this.db
            .prepare('SELECT rowid, bm25(passages_fts) AS rank FROM passages_fts WHERE passages_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?)) ORDER BY rank LIMIT ?')
            .all(ftsQuery, JSON.stringify([...labels]), limit)
        : prepared(this.db, 'SELECT rowid, bm25(passages_fts) AS rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?').all(ftsQuery, limit)
    ) as Array<{ rowid: number; rank: number }>;
    // FTS5's bm25() is lower-is-better and negative; flip it so every score here is higher-is-better.
    return rows.map((r) => [r.rowid, -r.rank]);
  }
}
