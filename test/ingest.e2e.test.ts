import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_DIR } from './fixtures/shared.ts';
import { renderNewsPage } from './web/news-page.ts';
import { NewsServer } from './web/news-server.ts';

const run = promisify(execFile);

const BRIDGE = [
  'The harbour bridge reopened on Monday after eight months of repairs, the city council said in a statement.',
  '"We promised the ferry crews a safer crossing and we kept that promise," said Mayor Ines Duarte at the ribbon cutting.',
  'Traffic engineers expect about 40,000 vehicles a day, roughly the figure before the closure in March.',
  'Shop owners on the north bank said trade had fallen by a third while the bridge was shut, and welcomed the reopening.',
];
const FERRY = [
  'The ferry operator will cut its night sailings from January, its chief executive Tomas Berg announced on Tuesday.',
  '"Fewer people cross at night now that the bridge is open again," Berg said, adding that no jobs would be lost.',
  'Unions said they would study the timetable before responding to the plan in detail.',
];

describe('ingesting from the web and from folders, through the CLI', () => {
  const site = new NewsServer();
  let home: string;

  async function citewire(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [join(REPO_DIR, 'bin/citewire.js'), ...args], {
        cwd: home,
        env: { PATH: process.env.PATH, HOME: home, CITEWIRE_INDEX_DIR: join(home, 'index'), ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }
  // The override is set for the loopback server only, as an operator would for an intranet.
  const allowed = () => ({ CITEWIRE_ALLOW_PRIVATE_URLS: 'true' });
  const json = async (env: NodeJS.ProcessEnv, ...args: string[]) => {
    const result = await citewire(env, ...args, '--json');
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout);
  };

  const bridgePage = (over: Partial<Parameters<typeof renderNewsPage>[0]> = {}) =>
    renderNewsPage({
      title: 'Harbour bridge reopens after repairs',
      paragraphs: BRIDGE,
      url: site.url('/news/bridge'),
      byline: 'Ana Ruiz',
      publisher: 'Harbour Courier',
      publishedAt: '2026-11-30T08:15:00+01:00',
      ...over,
    });

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'citewire-ingest-'));
    await site.start();
    site
      .page('/news/bridge', bridgePage())
      .page('/amp/bridge', bridgePage()) // the same page at another address, canonical /news/bridge
      .page(
        '/partner/bridge',
        bridgePage({
          title: 'Bridge back in service',
          url: site.url('/partner/bridge'),
          paragraphs: ['This story first appeared in the Harbour Courier and is republished with permission.', ...BRIDGE.slice(0, 3)],
        }),
      )
      .redirect('/short/ferry', '/news/ferry')
      .page('/news/ferry', renderNewsPage({ title: 'Ferry cuts night sailings', paragraphs: FERRY, url: site.url('/news/ferry'), publisher: 'Harbour Courier', publishedAt: '2026-12-01', dateIn: 'meta' }))
      .page(
        '/feed.xml',
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Courier</title>
<item><title>Harbour bridge reopens</title><link>/news/bridge</link></item>
<item><title>Ferry cuts night sailings</title><link>/short/ferry</link></item>
<item><title>Gone</title><link>/news/deleted</link></item></channel></rss>`,
        { 'content-type': 'application/rss+xml' },
      );
  });
  afterAll(async () => {
    await site.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('refuses a link to a private address by default, without connecting, and changes nothing', async () => {
    const result = await citewire({}, '--library', 'web', 'ingest', `http://localhost:${site.port}/news/bridge`);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`\u2717 Cannot fetch 'http://localhost:${site.port}/news/bridge': it points to a private or local network address (127.0.0.1).`);
    expect(site.log).toEqual([]);
    expect(await json({}, '--library', 'web', 'articles')).toEqual([]);
  });

  it('stores a page with its metadata, and ask cites it with a jump link built from its URL', async () => {
    const added = await json(allowed(), '--library', 'web', 'ingest', site.url('/news/bridge'));
    expect(added.added).toHaveLength(1);
    const shown = await json(allowed(), '--library', 'web', 'show', added.added[0].id);
    expect(shown).toMatchObject({
      title: 'Harbour bridge reopens after repairs',
      byline: 'Ana Ruiz',
      publisher: 'Harbour Courier',
      publishedAt: '2026-11-30T08:15+01:00',
      url: site.url('/news/bridge'),
      text: BRIDGE.join('\n\n'),
    });
    const answer = await json(allowed(), '--library', 'web', 'ask', 'what did mayor duarte say about the bridge');
    const cited = answer.citations.find((c: { speaker: string }) => c.speaker === 'Ines Duarte');
    expect(cited.quote).toBe('"We promised the ferry crews a safer crossing and we kept that promise,"');
    expect(cited.url).toBe(site.url('/news/bridge'));
    expect(cited.link).toBe(`${site.url('/news/bridge')}#:~:text=We%20promised%20the%20ferry,we%20kept%20that%20promise%2C`);
    expect(shown.text.slice(cited.start, cited.end)).toBe(cited.quote);
  });

  it('knows the same story at another address, and a syndicated copy', async () => {
    const again = await json(allowed(), '--library', 'web', 'ingest', site.url('/amp/bridge'), site.url('/partner/bridge'));
    expect(again.added).toEqual([]);
    expect(again.unchanged).toHaveLength(1);
    expect(again.duplicates).toEqual([expect.objectContaining({ url: site.url('/partner/bridge'), of: expect.objectContaining({ title: 'Harbour bridge reopens after repairs' }) })]);
    const shown = await json(allowed(), '--library', 'web', 'show', site.url('/partner/bridge'));
    // The AMP link named the same canonical URL: it is recorded too, so it is known next time.
    expect(shown.alsoAt).toEqual([site.url('/partner/bridge'), site.url('/amp/bridge')]);
  });

  it('ingests a feed: new items fetched, known ones not fetched again, a broken one refused', async () => {
    site.log.length = 0;
    const first = await citewire(allowed(), '--library', 'web', 'ingest', '--feed', site.url('/feed.xml'));
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/^\+ [0-9a-f]{16} {2}Ferry cuts night sailings$/m);
    expect(first.stdout).toContain(`\u2717 Cannot fetch '${site.url('/news/deleted')}': the server answered 404 Not Found.`);
    expect(first.stdout.trimEnd().split('\n').at(-1)).toBe('1 added, 0 updated, 1 unchanged, 1 refused');
    expect(site.paths()).not.toContain('/news/bridge');
    expect(site.paths()).toContain('/short/ferry');

    // The redirecting link is now an address of the stored story: not fetched again.
    site.log.length = 0;
    const again = await citewire(allowed(), '--library', 'web', 'ingest', '--feed', site.url('/feed.xml'));
    expect(again.stdout.trimEnd().split('\n').at(-1)).toBe('0 added, 0 updated, 2 unchanged, 1 refused');
    expect(site.paths()).toEqual(['/robots.txt', '/feed.xml', '/news/deleted']);
  });

  it('stores a folder of text in every encoding with exact offsets, and refuses the binary file by name', async () => {
    const dir = join(home, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'crlf.txt'), 'Council passes budget\r\n\r\nThe council met on Tuesday and passed the budget.\r\n"The budget is balanced," the treasurer Mia Holt said after the vote.\r\n');
    writeFileSync(join(dir, 'emoji.md'), '# Fans celebrate title\n\nFans cheered 🎉 in the square as the team won the league.\n\n"This is the best day of my life 🏆," said captain Lena Fox after the match.\n');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 reopens in old town\n\nThe caf\xe9 on Rue Basse reopened on Friday after a fire.\n\x93We rebuilt every chair by hand,\x94 said owner Ren\xe9 Marchal.\n', 'latin1'));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë wins chess final\n\nZoë Laurent won the national chess final on Sunday.\n"I played for a draw and got lucky," Laurent said.\n', 'utf16le')]));
    writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0xff]));
    const result = await citewire(allowed(), '--library', 'files', 'ingest', dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("\u2717 Cannot ingest 'scan.txt': it is a PDF, not text.");
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('4 added, 0 updated, 0 unchanged, 1 refused');

    const expected: Record<string, [topic: string, quote: string]> = {
      'Mia Holt': ['the budget', '"The budget is balanced,"'],
      'Lena Fox': ['the match', '"This is the best day of my life 🏆,"'],
      'René Marchal': ['the café fire', '\u201cWe rebuilt every chair by hand,\u201d'],
      'Zoë Laurent': ['the chess final', '"I played for a draw and got lucky,"'],
    };
    const speakers = await json(allowed(), '--library', 'files', 'speakers');
    expect(speakers.map((s: { name: string }) => s.name).sort()).toEqual(Object.keys(expected).sort());
    for (const [speaker, [topic, quote]] of Object.entries(expected)) {
      const answer = await json(allowed(), '--library', 'files', 'cite', topic, '--speaker', speaker);
      const citation = answer.citations.find((c: { speaker: string }) => c.speaker === speaker);
      expect(citation?.quote, speaker).toBe(quote);
      const article = await json(allowed(), '--library', 'files', 'show', citation.articleId);
      expect(article.text.slice(citation.start, citation.end)).toBe(quote);
      expect(article.text).not.toMatch(/[\r\uFFFD]/);
    }
  });
});
