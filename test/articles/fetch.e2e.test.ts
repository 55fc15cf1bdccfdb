import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher, readPage, type FetchPolicy } from '../../src/articles/index.ts';
import { CitewireError } from '../../src/errors.ts';
import { NewsServer } from '../web/news-server.ts';

const POLICY: FetchPolicy = { allowPrivate: false, connectTimeoutMs: 2000, totalTimeoutMs: 3000, maxBytes: 1024 * 1024, respectRobots: true };

async function refusal(fetcher: Fetcher, url: string): Promise<string> {
  try {
    await fetcher.fetch(url);
  } catch (error) {
    if (CitewireError.isInstance(error)) return error.message;
    throw error;
  }
  throw new Error(`${url} was fetched`);
}

describe('fetching links from users', () => {
  const site = new NewsServer();
  const other = new NewsServer();

  beforeAll(async () => {
    await site.start();
    await other.start();
    other.page('/secret', 'internal admin page');
    site
      .page('/robots.txt', 'User-agent: *\nDisallow: /private/\n\nUser-agent: Citewire\nDisallow: /no-citewire\n', { 'content-type': 'text/plain' })
      .page('/story', '<html><body><p>Hello</p></body></html>')
      .redirect('/to-localhost', `http://localhost:${other.port}/secret`)
      .redirect('/to-other', `http://127.0.0.1:${other.port}/secret`)
      .redirect('/to-mapped', `http://[::ffff:127.0.0.1]:${other.port}/secret`)
      .redirect('/to-numeric', `http://2130706433:${other.port}/secret`)
      .redirect('/to-metadata', 'http://169.254.169.254/latest/meta-data/')
      .redirect('/to-file', 'file:///etc/passwd')
      .route('/loop', (req, res) => {
        const n = Number(new URL(req.url!, 'http://x').searchParams.get('n') ?? 0);
        res.writeHead(302, { location: `/loop?n=${n + 1}` });
        res.end();
      })
      .redirect('/hop', '/story', 301)
      .route('/slow', () => {
        // Never answers: the total time-out must end the fetch.
      })
      .route('/stalls', (_req, res) => {
        // Half a gzip body, then nothing: the time-out must end the read, not leave it waiting.
        const body = gzipSync(Buffer.alloc(200_000, 'story text '));
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.write(body.subarray(0, body.length >> 1));
      })
      .page('/huge', Buffer.alloc(2 * 1024 * 1024, 'a'), { 'content-type': 'text/plain', 'content-length': String(2 * 1024 * 1024) })
      .page('/huge-chunked', Buffer.alloc(2 * 1024 * 1024, 'a'), { 'content-type': 'text/plain' })
      .page('/bomb', gzipSync(Buffer.alloc(20 * 1024 * 1024, ' ')), { 'content-type': 'text/html', 'content-encoding': 'gzip' })
      .page('/gzip', gzipSync('<p>Compressed with gzip, a café.</p>'), { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
      .page('/brotli', brotliCompressSync('<p>Compressed with brotli.</p>'), { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' })
      .page('/image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), { 'content-type': 'image/png' })
      .page('/octets', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x11, 0x00, 0x00, 0x05, 0x06, 0x07, 0x08, 0x0e, 0x0f, 0x00, 0x1a, 0x1b, 0x00]), {})
      .page('/latin1-said-utf8', Buffer.from('<p>Le caf\xe9 a ferm\xe9.</p>', 'latin1'), { 'content-type': 'text/html; charset=utf-8' })
      .page('/utf8-said-latin1', Buffer.from('<p>Le café a fermé.</p>', 'utf8'), { 'content-type': 'text/html; charset=iso-8859-1' })
      .page('/meta-charset', Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>\x93Quoted\x94 \x97 na\xefve</p></body></html>', 'latin1'), { 'content-type': 'text/html' })
      .page('/feed', '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', { 'content-type': 'application/rss+xml' })
      .route('/etag', (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304);
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT' });
        res.end('<p>Versioned</p>');
      });
  });
  afterAll(async () => {
    await site.stop();
    await other.stop();
  });

  describe('by default, every private or local address is refused before any connection', () => {
    const fetcher = new Fetcher(POLICY);
    const forms = () => [
      `http://127.0.0.1:${site.port}/story`,
      `http://localhost:${site.port}/story`, // a host name that resolves to 127.0.0.1
      `http://2130706433:${site.port}/story`, // 127.0.0.1 as one number
      `http://0x7f000001:${site.port}/story`, // … in hexadecimal
      `http://0177.0.0.1:${site.port}/story`, // … with an octal first byte
      `http://127.1:${site.port}/story`, // … shortened
      `http://[::ffff:127.0.0.1]:${site.port}/story`, // IPv4-mapped IPv6
      `http://[::1]:${site.port}/story`,
      `http://0.0.0.0:${site.port}/story`,
      'http://169.254.169.254/latest/meta-data/', // cloud metadata
      'http://[fd00:ec2::254]/latest/meta-data/', // AWS metadata over IPv6
      'http://10.0.0.1/',
      'http://172.16.5.4/',
      'http://192.168.1.1/',
      'http://100.100.100.200/', // Alibaba metadata, carrier-grade NAT range
      'http://[fe80::1]/',
      'http://224.0.0.1/',
    ];

    it.each(Array.from({ length: 17 }, (_, i) => i))('form %i', async (i) => {
      const url = forms()[i]!;
      expect(await refusal(fetcher, url)).toMatch(/^Cannot fetch '.+': it points to a private or local network address \(.+\)\.$/);
      expect(site.log).toEqual([]);
    });

    it('also through a redirect from an allowed site, to any form of a private address', async () => {
      const allowSite = new Fetcher({ ...POLICY, allowPrivate: [`127.0.0.1:${site.port}`] });
      for (const path of ['/to-localhost', '/to-other', '/to-mapped', '/to-numeric', '/to-metadata']) {
        expect(await refusal(allowSite, site.url(path))).toMatch(/: it redirects to a private or local network address \(.+\)\.$/);
      }
      expect(other.log).toEqual([]);
      expect(site.paths()).toEqual(['/robots.txt', '/to-localhost', '/to-other', '/to-mapped', '/to-numeric', '/to-metadata']);
      site.log.length = 0;
    });

    it('refuses links that are not http(s), and redirects to them', async () => {
      expect(await refusal(fetcher, 'file:///etc/passwd')).toBe("Cannot fetch 'file:///etc/passwd': only http and https links can be fetched.");
      expect(await refusal(fetcher, 'ftp://example.org/a')).toBe("Cannot fetch 'ftp://example.org/a': only http and https links can be fetched.");
      expect(await refusal(fetcher, 'not a link')).toBe("Cannot fetch 'not a link': it is not a link.");
      expect(await refusal(fetcher, 'http://user:hunter2@example.org/')).toBe("Cannot fetch 'http://example.org/': links with a user name or password are not fetched.");
      const allowSite = new Fetcher({ ...POLICY, allowPrivate: [`127.0.0.1:${site.port}`] });
      expect(await refusal(allowSite, site.url('/to-file'))).toMatch(/: it redirects to something that is not an http\(s\) link\.$/);
      site.log.length = 0;
    });
  });

  describe('with CITEWIRE_ALLOW_PRIVATE_URLS (the operator allows this server)', () => {
    const fetcher = new Fetcher({ ...POLICY, allowPrivate: true });

    it('follows redirects, sends a clear User-Agent and reads robots.txt once per site', async () => {
      site.log.length = 0;
      const page = await fetcher.fetch(site.url('/hop'));
      expect(page.url).toBe(site.url('/story'));
      expect(page.mediaType).toBe('text/html');
      expect(page.bytes.toString()).toContain('Hello');
      await fetcher.fetch(site.url('/story'));
      expect(site.paths()).toEqual(['/robots.txt', '/hop', '/story', '/story']);
      expect(site.log.every((l) => /^Citewire\/\d/.test(l.headers['user-agent'] ?? ''))).toBe(true);
    });

    it('stops after five redirects', async () => {
      expect(await refusal(fetcher, site.url('/loop'))).toBe(`Cannot fetch '${site.url('/loop')}': it redirects more than 5 times.`);
    });

    it('honours robots.txt: its own group for Citewire, else the * group', async () => {
      expect(await refusal(fetcher, site.url('/no-citewire'))).toMatch(/robots\.txt does not allow Citewire to read it\.$/);
      // Citewire's own group replaces the * group: /private/ is not disallowed for it.
      await expect(fetcher.fetch(site.url('/private/x'))).rejects.toThrow(/answered 404 Not Found/);
      const ignoring = new Fetcher({ ...POLICY, allowPrivate: true, respectRobots: false });
      await expect(ignoring.fetch(site.url('/no-citewire'))).rejects.toThrow(/answered 404 Not Found/);
    });

    it('gives up on a server that does not answer in time', async () => {
      const quick = new Fetcher({ ...POLICY, allowPrivate: true, totalTimeoutMs: 300, respectRobots: false });
      expect(await refusal(quick, site.url('/slow'))).toBe(`Cannot fetch '${site.url('/slow')}': the download took longer than 0.3 s.`);
      expect(await refusal(quick, site.url('/stalls'))).toBe(`Cannot fetch '${site.url('/stalls')}': the download took longer than 0.3 s.`);
    });

    it('refuses bodies over the size cap, compressed or not', async () => {
      expect(await refusal(fetcher, site.url('/huge'))).toBe(`Cannot fetch '${site.url('/huge')}': it is 2.0 MB, over the 1.0 MB limit.`);
      expect(await refusal(fetcher, site.url('/huge-chunked'))).toBe(`Cannot fetch '${site.url('/huge-chunked')}': it is over the 1.0 MB limit.`);
      expect(await refusal(fetcher, site.url('/bomb'))).toBe(`Cannot fetch '${site.url('/bomb')}': it is over the 1.0 MB limit.`);
    });

    it('decompresses gzip and brotli', async () => {
      expect(readPage(await fetcher.fetch(site.url('/gzip'))).content).toBe('<p>Compressed with gzip, a café.</p>');
      expect(readPage(await fetcher.fetch(site.url('/brotli'))).content).toBe('<p>Compressed with brotli.</p>');
    });

    it('refuses what is not a page, saying what it is', async () => {
      expect(() => readPage({ url: site.url('/image'), status: 200, mediaType: 'image/png', bytes: Buffer.alloc(4) })).toThrow(
        `Cannot ingest '${site.url('/image')}': it is image/png, not a web page.`,
      );
      const octets = await fetcher.fetch(site.url('/octets'));
      expect(() => readPage(octets)).toThrow(`Cannot ingest '${site.url('/octets')}': it is a binary file, not text.`);
      expect(() => readPage({ url: site.url('/feed'), status: 200, mediaType: 'application/rss+xml', bytes: Buffer.from('<rss/>') })).toThrow(
        /it is a feed; add it with --feed/,
      );
    });

    it('reads the charset from the header or <meta charset>, and survives a wrong one', async () => {
      expect(readPage(await fetcher.fetch(site.url('/latin1-said-utf8'))).content).toBe('<p>Le café a fermé.</p>');
      expect(readPage(await fetcher.fetch(site.url('/utf8-said-latin1'))).content).toBe('<p>Le café a fermé.</p>');
      expect(readPage(await fetcher.fetch(site.url('/meta-charset'))).content).toContain('<p>\u201cQuoted\u201d \u2014 naïve</p>');
    });

    it('asks conditionally: an unchanged page is a 304 with its validators', async () => {
      const first = await fetcher.fetch(site.url('/etag'));
      expect(first).toMatchObject({ status: 200, etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' });
      const again = await fetcher.fetch(site.url('/etag'), { etag: first.etag! });
      expect(again.status).toBe(304);
      expect(again.bytes.length).toBe(0);
    });

    it('names the status of a failed page', async () => {
      expect(await refusal(fetcher, site.url('/gone'))).toBe(`Cannot fetch '${site.url('/gone')}': the server answered 404 Not Found.`);
    });
  });

  describe('robots.txt that cannot be read', () => {
    const broken = new NewsServer();
    beforeAll(async () => {
      await broken.start();
      broken.route('/robots.txt', (_req, res) => {
        res.writeHead(503);
        res.end();
      });
      broken.page('/story', '<p>x</p>');
    });
    afterAll(() => broken.stop());

    it('allows nothing while the server errs (RFC 9309)', async () => {
      const fetcher = new Fetcher({ ...POLICY, allowPrivate: true });
      expect(await refusal(fetcher, broken.url('/story'))).toMatch(/robots\.txt could not be read, so it may not be fetched\.$/);
      expect(broken.paths()).toEqual(['/robots.txt']);
    });
  });
});
