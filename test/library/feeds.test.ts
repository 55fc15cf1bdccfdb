import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../../src/articles/index.ts';
import { addFetched, fetchFeed, openLibrary, type Library } from '../../src/library/index.ts';
import { FakeEmbeddings } from '../fixtures/fake-embeddings.ts';
import { renderNewsPage } from '../web/news-page.ts';
import { NewsServer } from '../web/news-server.ts';

describe('feeds, polled in parts', () => {
  const site = new NewsServer();
  let dir: string;
  let library: Library;
  const fetcher = new Fetcher({ allowPrivate: true, connectTimeoutMs: 2000, totalTimeoutMs: 5000, maxBytes: 1024 * 1024, respectRobots: false });

  beforeAll(async () => {
    await site.start();
    for (const n of [1, 2, 3]) {
      site.page(`/news/${n}`, renderNewsPage({ title: `Story number ${n}`, paragraphs: [`Story ${n} says something happened on day ${n} of the council's session, officials said.`], url: site.url(`/news/${n}`) }));
    }
    site.route('/feed.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"same"' });
      res.end(`<rss version="2.0"><channel><title>T</title>${[1, 2, 3].map((n) => `<item><link>/news/${n}</link></item>`).join('')}</channel></rss>`);
    });
    dir = mkdtempSync(join(tmpdir(), 'citewire-feeds-'));
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
  });
  afterAll(async () => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
    await site.stop();
  });

  it('fetches at most maxItems new stories, and keeps no validators until the feed is caught up', async () => {
    const first = await addFetched(library, await fetchFeed(library, site.url('/feed.xml'), { fetcher, maxItems: 2 }));
    expect(first.added.map((a) => a.title)).toEqual(['Story number 1', 'Story number 2']);
    expect(first.feed.etag).toBeUndefined(); // the next poll must not get a 304 with story 3 unread
    const second = await addFetched(library, await fetchFeed(library, site.url('/feed.xml'), { fetcher, maxItems: 2 }));
    expect(second.added.map((a) => a.title)).toEqual(['Story number 3']);
    expect(second.unchanged).toHaveLength(2);
    expect(second.feed.etag).toBe('"same"');
  });
});
