import { readdirSync } from 'node:fs';
import { displayUrl, loggedUrl, type Fetcher } from '../articles/index.ts';
import { CitewireError } from '../errors.ts';
import { addFetched, fetchFeed, type FollowedFeed } from '../library/index.ts';
import type { Logger } from '../log.ts';
import type { GuildLibraries } from './guild-libraries.ts';

// A feed that keeps failing is asked at most once a day.
const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;
/**
 * New stories fetched per poll at most: 20 pages at the 30 s fetch time-out still fit in
 * the 15 minutes Discord gives /follow to answer. A busier feed is caught up at the next polls.
 */
export const FEED_ITEMS_PER_POLL = 20;

export interface FeedPollerOptions {
  libraries: GuildLibraries;
  fetcher: Fetcher;
  indexDir: string;
  /** The wait between two polls of a feed that answers. */
  intervalMs: number;
  /** How often the poller looks for feeds that are due. */
  tickMs: number;
  log: Logger;
}

/** When a feed is next due: the interval after a success, doubled per failure in a row after an error. */
export function nextPoll(now: Date, intervalMs: number, failures: number): Date {
  return new Date(now.getTime() + Math.min(intervalMs * 2 ** failures, MAX_BACKOFF_MS));
}

/**
 * Polls the feeds every guild follows: each when due, asking conditionally (ETag,
 * Last-Modified), one feed at a time so the bot never floods a site or its own cores.
 * New stories are added like /ingest url:; a failing feed waits longer each time.
 */
export class FeedPoller {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly options: FeedPollerOptions) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.pollDue().finally(() => (this.running = undefined));
    }, this.options.tickMs);
    this.timer.unref();
  }

  /** Stops polling and waits for a poll under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** The guilds with a library on disk: a feed can only be followed from one. */
  private guildIds(): string[] {
    try {
      return readdirSync(this.options.indexDir).flatMap((name) => /^guild-(\d{17,20})$/.exec(name)?.[1] ?? []);
    } catch {
      return [];
    }
  }

  /** One round: every due feed of every guild, polled once. */
  async pollDue(now = () => new Date()): Promise<void> {
    for (const guildId of this.guildIds()) {
      if (this.stopped) return;
      const library = await this.options.libraries.library(guildId);
      for (const feed of library.feeds.list()) {
        if (this.stopped) return;
        if (new Date(feed.nextPollAt) > now()) continue;
        await this.poll(guildId, feed, now);
      }
    }
  }

  private async poll(guildId: string, feed: FollowedFeed, now: () => Date): Promise<void> {
    const { libraries, fetcher, intervalMs, log } = this.options;
    const conditional = { ...(feed.etag ? { etag: feed.etag } : {}), ...(feed.lastModified ? { lastModified: feed.lastModified } : {}) };
    try {
      const fetched = await fetchFeed(await libraries.library(guildId), feed.url, { fetcher, conditional, maxItems: FEED_ITEMS_PER_POLL });
      const result = await libraries.write(guildId, async (library) => {
        const added = await addFetched(library, fetched);
        const { title, etag, lastModified } = added.feed;
        const at = now();
        library.feeds.recordPoll(feed.url, { at, next: nextPoll(at, intervalMs, 0), title, etag, lastModified });
        return added;
      });
      log.info(
        { guildId, feed: loggedUrl(feed.url), notModified: result.feed.notModified, added: result.added.length, updated: result.updated.length, refused: result.refused.length },
        'polled a feed',
      );
    } catch (error) {
      const reason = CitewireError.isInstance(error) ? error.message : 'unexpected error';
      if (!CitewireError.isInstance(error)) log.error({ err: error, guildId, feed: loggedUrl(feed.url) }, 'feed poll failed');
      const at = now();
      await libraries.write(guildId, (library) => library.feeds.recordPoll(feed.url, { at, next: nextPoll(at, intervalMs, feed.failures + 1), error: reason }));
      log.warn({ guildId, feed: loggedUrl(feed.url), failures: feed.failures + 1, reason: reason.split(displayUrl(feed.url)).join(loggedUrl(feed.url)) }, 'feed poll failed; backing off');
    }
  }
}
