import type Database from 'better-sqlite3';
import { speakerKey, type Quote } from '../quotes/index.ts';

/** A quote as stored: the Quote, the article it belongs to, and its speaker's cross-article key. */
export interface StoredQuote extends Quote {
  articleId: string;
  speakerKey?: string;
}

/** A person quoted in the library, with how often and where. */
export interface SpeakerSummary {
  key: string;
  name: string;
  quotes: number;
  articles: string[];
}

export const QUOTES_SCHEMA = `
CREATE TABLE IF NOT EXISTS quotes (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  fragments TEXT,
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
  cue_start INTEGER, cue_end INTEGER, cue TEXT,
  speaker_name TEXT, speaker_key TEXT, mention_start INTEGER, mention_end INTEGER, mention TEXT, description TEXT
);
CREATE INDEX IF NOT EXISTS quotes_by_article ON quotes(article_id, start);
CREATE INDEX IF NOT EXISTS quotes_by_speaker ON quotes(speaker_key);
`;

interface QuoteRow {
  article_id: string;
  start: number;
  end: number;
  fragments: string | null;
  text: string;
  kind: Quote['kind'];
  cue_start: number | null;
  cue_end: number | null;
  cue: string | null;
  speaker_name: string | null;
  speaker_key: string | null;
  mention_start: number | null;
  mention_end: number | null;
  mention: string | null;
  description: string | null;
}

/** Only people and organisations are speakers to look up; "Neighbors" or "One user" are nobody's name. */
function named(speaker: NonNullable<Quote['speaker']>): boolean {
  return speaker.kind === undefined || speaker.kind === 'person' || speaker.kind === 'organisation';
}

function toQuote(row: QuoteRow): StoredQuote {
  const quote: StoredQuote = { articleId: row.article_id, start: row.start, end: row.end, text: row.text, kind: row.kind };
  if (row.fragments) quote.fragments = JSON.parse(row.fragments) as Array<[number, number]>;
  if (row.cue !== null) quote.cue = { start: row.cue_start!, end: row.cue_end!, text: row.cue };
  if (row.speaker_name !== null) {
    quote.speaker = { name: row.speaker_name, mention: { start: row.mention_start!, end: row.mention_end!, text: row.mention! } };
    if (row.description) quote.speaker.description = row.description;
  }
  if (row.speaker_key) quote.speakerKey = row.speaker_key;
  return quote;
}

/** The quotes table: written with an article, read by article or by speaker. */
export class QuoteStore {
  constructor(private readonly db: Database.Database) {}

  /** Stores an article's quotes (call inside the transaction that stores the article). */
  insert(articleId: string, quotes: readonly Quote[]): void {
    const insert = this.db.prepare(
      `INSERT INTO quotes (article_id, start, end, fragments, text, kind, cue_start, cue_end, cue,
         speaker_name, speaker_key, mention_start, mention_end, mention, description)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const q of quotes) {
      insert.run(
        articleId, q.start, q.end, q.fragments ? JSON.stringify(q.fragments) : null, q.text, q.kind,
        q.cue?.start ?? null, q.cue?.end ?? null, q.cue?.text ?? null,
        q.speaker?.name ?? null, q.speaker && named(q.speaker) ? (speakerKey(q.speaker.name) ?? null) : null,
        q.speaker?.mention.start ?? null, q.speaker?.mention.end ?? null, q.speaker?.mention.text ?? null,
        q.speaker?.description ?? null,
      );
    }
  }

  of(articleIds: readonly string[]): StoredQuote[] {
    const rows = this.db
      .prepare('SELECT * FROM quotes WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, start')
      .all(JSON.stringify(articleIds)) as QuoteRow[];
    return rows.map(toQuote);
  }

  /** Speaker keys whose names contain `name` (case-insensitive): "Woo" finds Woo Su-keun. */
  keysMatching(name: string): string[] {
    const key = name.trim().toLowerCase();
    const rows = this.db.prepare('SELECT DISTINCT speaker_key AS key, speaker_name AS name FROM quotes WHERE speaker_key IS NOT NULL').all() as Array<{ key: string; name: string }>;
    // Whole words only: "Woo" is Woo Su-keun, not Choo Jae-woo.
    const wanted = key.split(/\s+/);
    const matches = rows.filter((r) => r.name.toLowerCase().split(/\s+/).some((w) => wanted.includes(w)) || r.key === speakerKey(name));
    return [...new Set(matches.map((r) => r.key))];
  }

  articlesQuoting(keys: readonly string[]): string[] {
    const rows = this.db
      .prepare('SELECT DISTINCT article_id AS id FROM quotes WHERE speaker_key IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(keys)) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** Everyone quoted by name, most quoted first; the display name is the longest form used. */
  speakers(articleIds?: readonly string[]): SpeakerSummary[] {
    const rows = this.db
      .prepare(
        `SELECT speaker_key AS key, speaker_name AS name, article_id AS articleId FROM quotes
         WHERE speaker_key IS NOT NULL ${articleIds ? 'AND article_id IN (SELECT value FROM json_each(?))' : ''}`,
      )
      .all(...(articleIds ? [JSON.stringify(articleIds)] : [])) as Array<{ key: string; name: string; articleId: string }>;
    const byKey = new Map<string, SpeakerSummary>();
    for (const row of rows) {
      const s = byKey.get(row.key) ?? { key: row.key, name: row.name, quotes: 0, articles: [] };
      s.quotes++;
      if (row.name.length > s.name.length) s.name = row.name;
      if (!s.articles.includes(row.articleId)) s.articles.push(row.articleId);
      byKey.set(row.key, s);
    }
    return [...byKey.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  }
}
