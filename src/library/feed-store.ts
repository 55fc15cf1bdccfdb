import type Database from 'better-sqlite3';

/** A feed a library follows, and what its last poll learned. */
export interface FollowedFeed {
  url: string;
  title?: string;
  etag?: string;
  lastModified?: string;
  addedAt: string;
  polledAt?: string;
  /** When it is next due (ISO 8601). */
  nextPollAt: string;
  /** Polls failed in a row: the wait before the next one doubles with each. */
  failures: number;
  lastError?: string;
}

interface FeedRow {
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  added_at: string;
  polled_at: string | null;
  next_poll_at: string;
  failures: number;
  last_error: string | null;
}

function toFeed(row: FeedRow): FollowedFeed {
  const feed: FollowedFeed = { url: row.url, addedAt: row.added_at, nextPollAt: row.next_poll_at, failures: row.failures };
  if (row.title !== null) feed.title = row.title;
  if (row.etag !== null) feed.etag = row.etag;
  if (row.last_modified !== null) feed.lastModified = row.last_modified;
  if (row.polled_at !== null) feed.polledAt = row.polled_at;
  if (row.last_error !== null) feed.lastError = row.last_error;
  return feed;
}

/** The feeds table of a library (schema in docstore.ts). */
export class FeedStore {
  constructor(private readonly db: Database.Database) {}

  list(): FollowedFeed[] {
    return (this.db.prepare('SELECT * FROM feeds ORDER BY added_at, url').all() as FeedRow[]).map(toFeed);
  }

  get(url: string): FollowedFeed | undefined {
    const row = this.db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
    return row ? toFeed(row) : undefined;
  }

  /** Starts following `url`; false when it was followed already. */
  follow(url: string, now: Date): boolean {
    const at = now.toISOString();
    return this.db.prepare('INSERT OR IGNORE INTO feeds (url, added_at, next_poll_at) VALUES (?, ?, ?)').run(url, at, at).changes > 0;
  }

  unfollow(url: string): boolean {
    return this.db.prepare('DELETE FROM feeds WHERE url = ?').run(url).changes > 0;
  }

  /**
   * Records a poll: on success the validators to send next time (none: the next poll asks
   * unconditionally) and the title; otherwise the error and one more failure.
   */
  recordPoll(url: string, poll: { at: Date; next: Date; title?: string; etag?: string; lastModified?: string; error?: string }): void {
    if (poll.error === undefined) {
      this.db
        .prepare(
          `UPDATE feeds SET polled_at = ?, next_poll_at = ?, failures = 0, last_error = NULL,
             title = coalesce(?, title), etag = ?, last_modified = ? WHERE url = ?`,
        )
        .run(poll.at.toISOString(), poll.next.toISOString(), poll.title ?? null, poll.etag ?? null, poll.lastModified ?? null, url);
    } else {
      this.db
        .prepare('UPDATE feeds SET polled_at = ?, next_poll_at = ?, failures = failures + 1, last_error = ? WHERE url = ?')
        .run(poll.at.toISOString(), poll.next.toISOString(), poll.error, url);
    }
  }
}
