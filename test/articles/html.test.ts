import { describe, expect, it } from 'vitest';
import { extractArticle, readDocument } from '../../src/articles/index.ts';
import { renderNewsPage } from '../web/news-page.ts';

const PARAGRAPHS = [
  'The harbour bridge reopened on Monday after eight months of repairs, the city council said.',
  '"We promised the ferry crews a safer crossing and we kept that promise," said Mayor Ines Duarte at the ribbon cutting.',
  'Traffic engineers expect about 40,000 vehicles a day, roughly the figure before the closure.',
];

const story = (over: Partial<Parameters<typeof renderNewsPage>[0]> = {}) =>
  renderNewsPage({
    title: 'Harbour bridge reopens after repairs',
    paragraphs: PARAGRAPHS,
    url: 'https://courier.example/news/harbour-bridge',
    byline: 'Ana Ruiz',
    publisher: 'Harbour Courier',
    publishedAt: '2026-11-30T08:15:00+01:00',
    ...over,
  });

const extract = (html: string, url?: string) => extractArticle({ source: url ?? 'page.html', format: 'html', content: html, ...(url ? { url } : {}) });

describe('HTML pages', () => {
  it('keep the body paragraphs only: no cookie banner, menu, share bar, newsletter box, related list, comments or footer', () => {
    const article = extract(story(), 'https://courier.example/news/harbour-bridge?utm_source=x');
    expect(article.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('take title, byline, publisher, date and canonical URL from the page head', () => {
    expect(extract(story(), 'https://courier.example/amp/harbour-bridge')).toMatchObject({
      title: 'Harbour bridge reopens after repairs',
      byline: 'Ana Ruiz',
      publisher: 'Harbour Courier',
      publishedAt: '2026-11-30T08:15+01:00',
      url: 'https://courier.example/news/harbour-bridge',
    });
  });

  it.each(['meta', 'time'] as const)('find the date in %s when JSON-LD has none', (dateIn) => {
    expect(extract(story({ dateIn, publishedAt: '2026-11-29' })).publishedAt).toBe('2026-11-29');
  });

  it('survive broken JSON-LD and fall back to the fetched URL', () => {
    const html = story().replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '<script type="application/ld+json">{ not json</script>').replace(/<link rel="canonical"[^>]*>/, '').replace(/<meta property="og:url"[^>]*>/, '');
    const article = extract(html, 'https://courier.example/news/harbour-bridge');
    expect(article.url).toBe('https://courier.example/news/harbour-bridge');
    expect(article.title).toBe('Harbour bridge reopens after repairs');
    expect(article.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('resolve a relative canonical link against the page URL, and refuse a non-http one', () => {
    const relative = story().replace('href="https://courier.example/news/harbour-bridge"', 'href="/news/canonical-bridge"');
    expect(extract(relative, 'https://courier.example/amp/x').url).toBe('https://courier.example/news/canonical-bridge');
    const script = story().replace('href="https://courier.example/news/harbour-bridge"', 'href="javascript:alert(1)"').replace(/<meta property="og:url"[^>]*>/, '');
    expect(extract(script, 'https://courier.example/amp/x').url).toBe('https://courier.example/amp/x');
  });

  it('read <meta charset> in a file that is not UTF-8', () => {
    const html = story({ charset: 'windows-1252', paragraphs: ['The caf\u00e9 owner said \u201cwe are open again\u201d on Monday, to cheers from the queue outside.'] });
    const bytes = Buffer.from(html.replace(/[\u201c\u201d]/g, (q) => (q === '\u201c' ? '\x93' : '\x94')), 'latin1');
    expect(extractArticle(readDocument('bridge.html', bytes)).text).toBe('The caf\u00e9 owner said \u201cwe are open again\u201d on Monday, to cheers from the queue outside.');
  });

  it('keep quotes with exact offsets, and no-break spaces as the page has them', () => {
    const article = extract(story({ paragraphs: ['The span is 75\u00a0m long, and the engineer said "it will last a century" yesterday.'] }));
    const quote = 'it will last a century';
    expect(article.text.slice(article.text.indexOf(quote), article.text.indexOf(quote) + quote.length)).toBe(quote);
    expect(article.text).toContain('75\u00a0m');
  });

  it('refuse a page with no article text', () => {
    expect(() => extract('<html><body><nav><a href="/">Home</a></nav></body></html>', 'https://x.example/empty')).toThrow(
      "'https://x.example/empty' has no article text after cleaning; nothing was added.",
    );
  });
});
