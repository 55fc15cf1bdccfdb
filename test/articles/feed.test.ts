import { describe, expect, it } from 'vitest';
import { parseFeed, readFeed } from '../../src/articles/index.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Courier &amp; Gazette</title><link>https://courier.example/</link>
<item><title><![CDATA[Bridge <em>reopens</em>]]></title><link>https://courier.example/news/bridge</link>
<guid isPermaLink="false">c-1</guid><pubDate>Tue, 01 Dec 2026 09:30:00 +0100</pubDate><dc:creator>Ana Ruiz</dc:creator>
<content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>
<item><title>Relative link</title><link>/news/ferry</link></item>
<item><title>Permalink guid only</title><guid>https://courier.example/news/tram</guid></item>
<item><title>No link at all</title></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><title type="html">Storm &lt;b&gt;warning&lt;/b&gt;</title><link rel="edit" href="/edit/1"/><link rel="alternate" href="/wire/storm"/>
<id>urn:uuid:1</id><updated>2026-11-30T18:30:02Z</updated><published>2026-11-30T18:00:00Z</published></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0: links made absolute, permalink guids used, dates as ISO', () => {
    const feed = parseFeed(RSS, 'rss', 'https://courier.example/feed.xml');
    expect(feed.title).toBe('Harbour Courier & Gazette');
    expect(feed.items).toEqual([
      { url: 'https://courier.example/news/bridge', id: 'c-1', title: 'Bridge reopens', publishedAt: '2026-12-01T08:30:00.000Z' },
      { url: 'https://courier.example/news/ferry', title: 'Relative link' },
      { url: 'https://courier.example/news/tram', id: 'https://courier.example/news/tram', title: 'Permalink guid only' },
      { title: 'No link at all' },
    ]);
  });

  it('reads Atom: the alternate link, published date, HTML titles as text', () => {
    expect(parseFeed(ATOM, 'atom', 'https://wire.example/atom').items).toEqual([
      { url: 'https://wire.example/wire/storm', id: 'urn:uuid:1', title: 'Storm warning', publishedAt: '2026-11-30T18:00:00.000Z' },
    ]);
  });

  it('refuses what is not a feed, in one line', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', 'page.html')).toThrow("'page.html' is not an RSS or Atom feed: its root element is <html>.");
    expect(() => readFeed('x.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toThrow("'x.png' is not an RSS or Atom feed: it is a PNG image, not text.");
  });

  it('never resolves external entities', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title><link>https://a.example/x</link></item></channel></rss>`;
    const [item] = parseFeed(xxe, 'xxe').items;
    expect(item?.title ?? '').not.toContain('root:');
  });
});
