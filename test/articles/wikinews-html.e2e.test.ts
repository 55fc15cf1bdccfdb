import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, Fetcher, readPage, type Article } from '../../src/articles/index.ts';
import { CORPUS_DIR, SKIP_CORPUS } from '../fixtures/shared.ts';
import { NewsServer } from '../web/news-server.ts';
import { wikinewsAsHtml } from '../web/wikinews-html.ts';

const files = SKIP_CORPUS ? [] : readdirSync(CORPUS_DIR).filter((f) => /^\d{3}-.*\.md$/.test(f));

// HTML collapses runs of spaces; the Markdown keeps the double spaces some editors type.
const spaces = (text: string) => text.replace(/[ \t]+/g, ' ');
const DATE_PLACES = ['json-ld', 'meta', 'time'] as const;

describe.skipIf(SKIP_CORPUS)(`the Wikinews corpus served as news-site HTML${SKIP_CORPUS ? ` (skipped: ${SKIP_CORPUS})` : ''}`, () => {
  const server = new NewsServer();
  const fetcher = new Fetcher({ allowPrivate: true, connectTimeoutMs: 2000, totalTimeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, respectRobots: true });
  const expected = new Map<string, Article>();

  beforeAll(async () => {
    await server.start();
    files.forEach((file, i) => {
      const markdown = readFileSync(join(CORPUS_DIR, file), 'utf8');
      expected.set(file, extractArticle({ source: file, format: 'markdown', content: markdown }));
      server.page(`/wiki/${i}`, wikinewsAsHtml(markdown, DATE_PLACES[i % 3]).html);
    });
  });
  afterAll(() => server.stop());

  it('yields the Markdown body and metadata for every article, fetched over HTTP', async () => {
    let sameText = 0;
    let sameBytes = 0;
    let sameMetadata = 0;
    for (const [i, file] of files.entries()) {
      const want = expected.get(file)!;
      const got = extractArticle(readPage(await fetcher.fetch(server.url(`/wiki/${i}`))));
      if (spaces(got.text) === spaces(want.text)) sameText++;
      if (got.text === want.text) sameBytes++;
      const meta = (a: Article) => [a.title, a.url, a.publisher, a.byline, a.publishedAt?.slice(0, 10)];
      if (JSON.stringify(meta(got)) === JSON.stringify(meta(want))) sameMetadata++;
    }
    console.log(`Wikinews as HTML: text ${sameText}/${files.length} (byte-identical ${sameBytes}), metadata ${sameMetadata}/${files.length}`);
    expect(sameText).toBe(files.length);
    expect(sameMetadata).toBe(files.length);
  });
});
