import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { guildLibraryName, startBot, type Bot } from '../../src/discord/index.ts';
import { createLogger } from '../../src/log.ts';
import { checkMessage } from '../fixtures/discord-rules.ts';
import { FakeDiscord, MANAGE_GUILD, TOKEN, type Sent } from '../fixtures/fake-discord.ts';
import { REPO_DIR } from '../fixtures/shared.ts';
import { renderNewsPage } from '../web/news-page.ts';
import { NewsServer } from '../web/news-server.ts';

const EPHEMERAL = 64;
const README_QUESTION = 'Who said what about the Lee–Xi meeting?';

/** An article a server admin might upload: front matter, quotes, and text that tries to ping. */
const HARBOUR = `---
title: Harbour bridge to close for six months of repairs
url: https://news.example/2026/01/harbour-bridge-closure
publisher: Example Gazette
published: 2026-01-12
---

The harbour bridge will close to traffic from March for six months of repairs, the port authority announced on Monday.

"@everyone who drives to work will need another route, and we are sorry for that," said Jane Roe, the harbour master. "The steel under the deck has rusted faster than anyone expected."

Roe said ferries would run every ten minutes during the closure. Shop owners on the quay were less pleased. "Nobody asked us, <@123456789012345678> included," said Mark Bell, who runs a cafe by the north pier.
`;

/** Twelve people, each with a long quote about one story: an answer far over 6,000 characters. */
function longArticle(): string {
  const names = ['Alice Moreau', 'Bram Keller', 'Chloe Dupont', 'Daniel Ortiz', 'Elena Petrova', 'Farid Haddad', 'Grace Okafor', 'Hiro Tanaka', 'Ingrid Larsen', 'Jonas Weber', 'Kira Novak', 'Liam Byrne'];
  const paragraphs = names.map((name, i) => {
    const clauses = Array.from({ length: 9 }, (_, j) => `the tunnel flooding on the ring road cost district ${i + 1} another ${j + 2} days of detours and lost trade`);
    return `"${clauses.join(', and ')}," said ${name}, a council member for district ${i + 1}.`;
  });
  return `---
title: Council members speak out on the ring road tunnel flooding
url: https://news.example/2026/02/ring-road-tunnel-flooding
publisher: Example Gazette
published: 2026-02-03
---

The ring road tunnel flooded again on Sunday, the third time this winter.

${paragraphs.join('\n\n')}
`;
}

const question = (value: string) => [{ name: 'question', type: 3, value }];
const messagesOf = (sent: readonly Sent[]) => sent.filter((s) => s.kind !== 'delete' && !(s.kind === 'callback' && s.type === 5));
const embedsOf = (sent: readonly Sent[]) => messagesOf(sent).flatMap((s) => s.body.embeds ?? []);
const textOf = (sent: readonly Sent[]) => JSON.stringify(messagesOf(sent).map((s) => s.body));

/** The quoted words of each block, as a reader sees them (escapes and zero-width spaces undone). */
function quotesOf(sent: readonly Sent[]): string[] {
  return embedsOf(sent)
    .flatMap((e) => (e.description ?? '').split('\n'))
    .filter((l) => l.startsWith('> '))
    .map((l) => l.slice(2).replace(/ `\[\d+\]`$/, ''))
    .map((q) => (/^\*.*[^\\]\*$/.test(q) ? q.slice(1, -1) : q))
    .map((q) => q.replace(/\u200b/g, '').replace(/\\([\\*_~`|[\]<>])/g, '$1'))
    .map((q) => (q.startsWith('“') && q.endsWith('”') ? q.slice(1, -1) : q));
}

describe('the Discord bot against a local Discord, with the real discord.js and model', () => {
  const fake = new FakeDiscord();
  const guildA = fake.addGuild('Newsroom A');
  const guildB = fake.addGuild('Newsroom B');
  const admin = { permissions: MANAGE_GUILD };
  const logs: string[] = [];
  let home: string;
  let bot: Bot;
  let users = 0;
  /** A fresh member for each test, so the per-user cooldown only meets the test about it. */
  const member = () => ({ userId: String(1_250_000_000_000_000_000n + BigInt(++users)) });

  const storedTexts = (guildId: string): string[] => {
    const db = new Database(join(home, 'index', guildLibraryName(guildId), 'library.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT text FROM articles').all() as Array<{ text: string }>).map((r) => r.text);
    } finally {
      db.close();
    }
  };

  const feedsOf = (guildId: string) => {
    const db = new Database(join(home, 'index', guildLibraryName(guildId), 'library.sqlite'), { readonly: true });
    try {
      return db.prepare('SELECT * FROM feeds').all() as Array<{ url: string; failures: number; last_error: string | null; polled_at: string; next_poll_at: string }>;
    } finally {
      db.close();
    }
  };
  const waitUntil = async (condition: () => boolean, ms = 15_000) => {
    const until = Date.now() + ms;
    while (!condition()) {
      if (Date.now() > until) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const ingest = async (guildId: string, filename: string, content: string) => {
    const attachment = fake.attach(filename, content);
    const run = fake.slash('ingest', [{ name: 'file', type: 11, value: attachment.id }], { guildId, ...admin, ...member(), attachments: [attachment] });
    return fake.settled(run);
  };

  // A news site on loopback; the operator allows this one address, and nothing else private.
  const site = new NewsServer();
  let feedVersion = 1;
  const story = (n: number) =>
    renderNewsPage({
      title: `Ferry timetable update ${n}`,
      paragraphs: [`The ferry operator changed its timetable for the ${n}th time this year on Monday, adding two morning crossings.`, `"Passengers asked for earlier boats and we listened," said operations chief Maria Lindqvist, speaking at the pier in update ${n}.`],
      url: site.url(`/news/ferry-${n}`),
      publisher: 'Harbour Courier',
    });
  const feedXml = () =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Courier: ferries</title>${Array.from({ length: feedVersion }, (_, i) => `<item><title>Update ${i + 1}</title><link>/news/ferry-${i + 1}</link></item>`).join('')}<item><title>Broken</title><link>/news/missing</link></item></channel></rss>`;
  const feedRequests = () => site.log.filter((l) => l.path === '/feed.xml');

  beforeAll(async () => {
    await fake.start();
    await site.start();
    site.page('/news/ferry-1', story(1)).page('/news/ferry-2', story(2)).page('/news/bridge', renderNewsPage({ title: 'Bridge reopens to traffic', paragraphs: ['The bridge reopened on Monday after repairs lasting eight months, the council said.', '"It is stronger than ever," said engineer Tom Okoro at the opening.'], url: site.url('/news/bridge'), publisher: 'Harbour Courier' }));
    site.route('/feed.xml', (req, res) => {
      const etag = `"v${feedVersion}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
      res.end(feedXml());
    });
    // The feed's broken story answers late, so that the first story's progress is shown
    // while it waits, whatever the machine's pace: a preview edit goes at its timer, and a
    // reply sent before that replaces it unseen.
    site.route('/news/missing', (_req, res) => {
      setTimeout(() => {
        res.writeHead(404);
        res.end();
      }, 400);
    });
    site.route('/flaky.xml', (_req, res) => {
      res.writeHead(503);
      res.end();
    });
    home = mkdtempSync(join(tmpdir(), 'citewire-bot-'));
    const config = loadConfig(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiURL,
        CITEWIRE_INDEX_DIR: join(home, 'index'),
        CITEWIRE_COOLDOWN_SECONDS: '30',
        CITEWIRE_ALLOW_PRIVATE_URLS: `127.0.0.1:${site.port}`,
      },
      REPO_DIR,
    );
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    });
    // Feeds polled every 400 ms, not every half hour: the test cannot wait.
    bot = await startBot({ ...config, feedPollMs: 400 }, createLogger({ logLevel: 'debug' }, sink), { feedTickMs: 100 });
  });

  afterAll(async () => {
    await bot?.stop();
    await fake.stop();
    await site.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('logs in through DISCORD_API_URL with the Guilds intent alone', () => {
    expect(fake.identified).toBe(1);
    expect(bot.client.guilds.cache.size).toBe(2);
    expect(bot.client.options.intents.toArray()).toEqual(['Guilds']);
  });

  it('answers /ask at once in a new server, quoting exact spans of its stored articles under their speakers', async () => {
    const id = fake.slash('ask', question(README_QUESTION), { guildId: guildA, ...member() });
    const sent = await fake.settled(id);
    const [first] = sent;
    expect(first).toMatchObject({ kind: 'callback', type: 5 });
    const speakers = embedsOf(sent).map((e) => e.author?.name);
    for (const name of ['Woo Su-keun', 'Lee Jae-myung', 'Choo Jae-woo']) expect(speakers).toContain(name);
    const quotes = quotesOf(sent);
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    const texts = storedTexts(guildA);
    for (const quote of quotes) expect(texts.some((t) => t.includes(quote)), quote).toBe(true);
    expect(quotes).toContain('"the shot of a lifetime"');
    expect(quotes.some((q) => q.startsWith('"Trust between leaders'))).toBe(true);
    const final = sent.find((s) => s.kind === 'edit')!;
    console.log(`/ask in a new server: first response ${first!.at - fake.sentAt(id)} ms, answer ${final.at - fake.sentAt(id)} ms (library started from the samples)`);
  });

  it('answers /ask in a warm server: deferral first, then the answer (timings printed)', async () => {
    const id = fake.slash('ask', question(README_QUESTION), { guildId: guildA, ...member() });
    const sent = await fake.settled(id);
    const deferred = sent.find((s) => s.kind === 'callback')!;
    const final = sent.find((s) => s.kind === 'edit')!;
    expect(deferred.type).toBe(5);
    console.log(`/ask warm: first response ${deferred.at - fake.sentAt(id)} ms, answer ${final.at - fake.sentAt(id)} ms`);
  });

  it('/ingest from a server manager adds the uploaded article; its @everyone and <@id> are shown inert', async () => {
    const sent = await ingest(guildA, 'harbour-bridge.md', HARBOUR);
    expect(sent.at(-1)!.body.content).toMatch(/^Added “Harbour bridge to close for six months of repairs” \(`[0-9a-f]{16}`\)\.$/);
    expect(storedTexts(guildA).some((t) => t.includes('@everyone who drives to work'))).toBe(true);

    const id = fake.slash('ask', question('what did jane roe say about the harbour bridge?'), { guildId: guildA, ...member() });
    const answer = await fake.settled(id);
    const shown = textOf(answer);
    expect(shown).toContain('@\u200beveryone who drives to work');
    expect(shown).not.toContain('@everyone');
    expect(shown).not.toMatch(/<@\d/);
    expect(embedsOf(answer).map((e) => e.author?.name)).toContain('Jane Roe');
    // Linked at the quote itself.
    expect(shown).toContain('(https://news.example/2026/01/harbour-bridge-closure#:~:text=');
    for (const message of messagesOf(answer)) expect(message.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('refuses /ingest without Manage Server in one ephemeral line, changing nothing', async () => {
    const before = storedTexts(guildA).length;
    const attachment = fake.attach('sneaky.md', HARBOUR.replace('Harbour bridge', 'Sneaky bridge'));
    const id = fake.slash('ingest', [{ name: 'file', type: 11, value: attachment.id }], { guildId: guildA, ...member(), attachments: [attachment] });
    const [reply] = await fake.settled(id);
    expect(reply).toMatchObject({ kind: 'callback', type: 4, body: { content: 'You need the Manage Server permission to do that here.', flags: EPHEMERAL } });
    expect(storedTexts(guildA).length).toBe(before);
    expect(fake.requests.some((r) => r.path.includes(attachment.id as string))).toBe(false);
  });

  it('/ingest url: adds the page; a private address, or both or neither option, is one ephemeral line', async () => {
    const url = (value: string) => [{ name: 'url', type: 3, value }];
    const added = await fake.settled(fake.slash('ingest', url(site.url('/news/bridge')), { guildId: guildA, ...admin, ...member() }));
    expect(added.at(-1)!.body).toMatchObject({ content: expect.stringMatching(/^Added “Bridge reopens to traffic” \(`[0-9a-f]{16}`\)\.$/) });
    expect(storedTexts(guildA).some((t) => t.includes('stronger than ever'))).toBe(true);

    const before = site.log.length;
    const refused = await fake.settled(fake.slash('ingest', url(`http://localhost:${site.port}/news/bridge`), { guildId: guildA, ...admin, ...member() }));
    expect(refused[0]).toMatchObject({ kind: 'callback', type: 5, body: { flags: EPHEMERAL } });
    expect(refused.at(-1)!.body.content).toBe(`Cannot fetch 'http://localhost:${site.port}/news/bridge': it points to a private or local network address (127.0.0.1).`);
    expect(site.log.length).toBe(before);
    const attachment = fake.attach('x.md', HARBOUR);
    const both = await fake.settled(fake.slash('ingest', [...url(site.url('/news/bridge')), { name: 'file', type: 11, value: attachment.id }], { guildId: guildA, ...admin, ...member(), attachments: [attachment] }));
    expect(both.at(-1)!.body.content).toBe('Give /ingest a file or a url, one of the two.');
    const neither = await fake.settled(fake.slash('ingest', [], { guildId: guildA, ...admin, ...member() }));
    expect(neither.at(-1)!.body.content).toBe('Give /ingest a file or a url, one of the two.');
  });

  it('/follow adds the feed\'s stories item by item; the poller then asks conditionally and adds new ones; /unfollow stops it', async () => {
    const url = site.url('/feed.xml');
    const run = fake.slash('follow', [{ name: 'url', type: 3, value: url }], { guildId: guildB, ...admin, ...member() });
    const followed = await fake.waitFor(run, (sent) => sent.some((s) => s.body.content?.startsWith('Following')));
    // Progress while the stories are read, then the result in its place.
    expect(followed.filter((s) => s.kind === 'edit').map((s) => s.body.content)).toContain('*Reading stories 1/2…*');
    const content = followed.at(-1)!.body.content!;
    expect(content.split('\n')).toEqual([
      'Following **Harbour Courier: ferries** (2 items); new stories are added as it publishes them.',
      expect.stringMatching(/^Added “Ferry timetable update 1” \(`[0-9a-f]{16}`\)\.$/),
      `Refused: Cannot fetch '${site.url('/news/missing')}': the server answered 404 Not Found.`,
    ]);

    // Unchanged: the next polls are answered 304.
    await waitUntil(() => feedRequests().some((r) => r.headers['if-none-match'] === '"v1"'));
    feedVersion = 2;
    await waitUntil(() => storedTexts(guildB).some((t) => t.includes('update 2')));
    expect(site.log.filter((l) => l.path === '/news/ferry-1')).toHaveLength(1); // known items are not fetched again

    const names = fake.autocomplete('unfollow', [{ name: 'url', type: 3, value: 'ferries', focused: true }], { guildId: guildB, ...admin, ...member() });
    const [choices] = await fake.settled(names);
    expect(choices!.body.choices).toEqual([{ name: `Harbour Courier: ferries — ${url}`, value: url }]);
    const stopped = await fake.settled(fake.slash('unfollow', [{ name: 'url', type: 3, value: url }], { guildId: guildB, ...admin, ...member() }));
    expect(stopped.at(-1)!.body.content).toBe('Stopped following **Harbour Courier: ferries**; the stories already added stay in the library.');
    const polls = feedRequests().length;
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(feedRequests().length).toBe(polls);
    const again = await fake.settled(fake.slash('unfollow', [{ name: 'url', type: 3, value: url }], { guildId: guildB, ...admin, ...member() }));
    expect(again.at(-1)!.body.content).toBe(`This server does not follow '${url}'; /unfollow lists the feeds it follows.`);
  });

  it('/follow refuses what is not a feed and follows nothing', async () => {
    const sent = await fake.settled(fake.slash('follow', [{ name: 'url', type: 3, value: site.url('/news/bridge') }], { guildId: guildB, ...admin, ...member() }));
    expect(sent.at(-1)!.body.content).toBe(`'${site.url('/news/bridge')}' is not an RSS or Atom feed: its root element is \\<html\\>.`); // Markdown-escaped: shown as <html>
    expect(feedsOf(guildB)).toEqual([]);
  });

  it('backs off a followed feed that keeps failing', async () => {
    const url = site.url('/flaky.xml');
    // Followed while it worked: written the way /follow does, then the site breaks.
    const db = new Database(join(home, 'index', guildLibraryName(guildB), 'library.sqlite'));
    db.prepare('INSERT INTO feeds (url, added_at, next_poll_at) VALUES (?, ?, ?)').run(url, new Date().toISOString(), new Date().toISOString());
    db.close();
    await waitUntil(() => (feedsOf(guildB).find((f) => f.url === url)?.failures ?? 0) >= 2);
    const feed = feedsOf(guildB).find((f) => f.url === url)!;
    expect(feed.last_error).toBe(`Cannot fetch '${url}': the server answered 503 Service Unavailable.`);
    // The wait doubles: after two failures the next poll is 4 × 400 ms after the last.
    expect(Date.parse(feed.next_poll_at) - Date.parse(feed.polled_at)).toBe(400 * 2 ** feed.failures);
    const db2 = new Database(join(home, 'index', guildLibraryName(guildB), 'library.sqlite'));
    db2.prepare('DELETE FROM feeds WHERE url = ?').run(url);
    db2.close();
  });

  it("keeps guilds apart: guild B's answers never cite guild A's articles", async () => {
    const id = fake.slash('ask', question('what did jane roe say about the harbour bridge?'), { guildId: guildB, ...member() });
    const sent = await fake.settled(id);
    expect(textOf(sent)).not.toMatch(/Jane Roe|Harbour bridge|drives to work/);
    expect(storedTexts(guildB).some((t) => t.includes('harbour master'))).toBe(false);
  });

  it('splits a 10,000-character answer into messages within every Discord limit', async () => {
    const added = await ingest(guildB, 'tunnel.md', longArticle());
    expect(added.at(-1)!.body.content).toMatch(/^Added/);
    const id = fake.slash('ask', question('who said what about the ring road tunnel flooding?'), { guildId: guildB, ...member() });
    const sent = await fake.settled(id);
    await new Promise((resolve) => setTimeout(resolve, 500)); // follow-ups come after the edit
    const messages = messagesOf(fake.sent(id));
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(3);
    for (const m of messages) expect(checkMessage(m.body)).toEqual([]);
    const quotes = quotesOf(fake.sent(id));
    expect(quotes.join('').length).toBeGreaterThan(6000);
    const footer = embedsOf(fake.sent(id)).at(-1)!.footer?.text ?? '';
    const more = Number(/…and (\d+) more quote/.exec(footer)?.[1] ?? 0);
    // Twelve council members, each quoted at length: all of them are in the answer,
    // shown or counted in the footer (the unit tests cover the footer itself).
    expect(quotes.length + more).toBeGreaterThanOrEqual(12);
    expect(sent.length).toBeGreaterThan(0);
    expect(fake.rejected).toEqual([]);
  });

  it('pages /speakers with buttons that update the message in place', async () => {
    const id = fake.slash('speakers', [], { guildId: guildB, ...member() });
    const [reply] = await fake.settled(id);
    expect(reply!.body.embeds![0]!.footer!.text).toMatch(/^\d+ in all · page 1 of 2$/);
    const next = reply!.body.components![0]!.components!.find((c) => c.label === 'Next')!;
    const click = fake.button(next.custom_id!, { guildId: guildB, ...member() });
    const [update] = await fake.settled(click);
    expect(update).toMatchObject({ kind: 'callback', type: 7 });
    expect(update!.body.embeds![0]!.footer!.text).toMatch(/page 2 of 2$/);
  });

  it('autocompletes titles and speakers within limits', async () => {
    const titles = fake.autocomplete('summarize', [{ name: 'article', type: 3, value: 'harbour', focused: true }], { guildId: guildA, ...member() });
    const [titleChoices] = await fake.settled(titles);
    expect(titleChoices).toMatchObject({ kind: 'callback', type: 8 });
    expect(titleChoices!.body.choices).toEqual([{ name: 'Harbour bridge to close for six months of repairs', value: expect.stringMatching(/^[0-9a-f]{16}$/) }]);

    const names = fake.autocomplete('cite', [{ name: 'topic', type: 3, value: 'x' }, { name: 'speaker', type: 3, value: '', focused: true }], { guildId: guildB, ...member() });
    const [nameChoices] = await fake.settled(names);
    expect(nameChoices!.body.choices!.length).toBeGreaterThan(10);
    expect(nameChoices!.body.choices!.length).toBeLessThanOrEqual(25);
    expect(fake.rejected).toEqual([]);

    const summary = fake.slash('summarize', [{ name: 'article', type: 3, value: titleChoices!.body.choices![0]!.value as string }], { guildId: guildA, ...member() });
    const summarySent = await fake.settled(summary);
    const texts = storedTexts(guildA);
    expect(quotesOf(summarySent).length).toBeGreaterThan(0);
    for (const q of quotesOf(summarySent)) expect(texts.some((t) => t.includes(q)), q).toBe(true);
  });

  it('takes a message\'s text as the question for "Find sources", answering the member alone', async () => {
    const id = fake.messageCommand('Find sources', 'is it true the harbour bridge closes for six months?', { guildId: guildA, ...member() });
    const sent = await fake.settled(id);
    expect(sent[0]).toMatchObject({ kind: 'callback', type: 5, body: { flags: EPHEMERAL } });
    expect(textOf(sent)).toContain('Harbour bridge to close');
  });

  it('waits out a 429 on the interaction callback and still answers', async () => {
    fake.rateLimit('POST', /\/callback$/, 1, 0.3);
    const id = fake.slash('articles', [], { guildId: guildA, ...member() });
    const [reply] = await fake.settled(id);
    expect(reply!.body.embeds![0]!.title).toBe('Articles in this server’s library');
    const callbacks = fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`)).map((r) => r.status);
    expect(callbacks).toEqual([429, 204]);
  });

  it('refuses DMs with a one-line reason', async () => {
    const id = fake.slash('ask', question(README_QUESTION), { guildId: null, ...member() });
    const [reply] = await fake.settled(id);
    expect(reply).toMatchObject({ kind: 'callback', type: 4, body: { content: 'Citewire answers inside a server only; each server has its own library.', flags: EPHEMERAL } });
  });

  it('holds one member to the cooldown on expensive commands, without holding up anyone else', async () => {
    const user = member();
    await fake.settled(fake.slash('cite', [{ name: 'topic', type: 3, value: 'the harbour bridge' }], { guildId: guildA, ...user }));
    const [again] = await fake.settled(fake.slash('cite', [{ name: 'topic', type: 3, value: 'the harbour bridge' }], { guildId: guildA, ...user }));
    expect(again!.body).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/^Slow down: you can use \/cite again in \d+ s\.$/) });
    const other = await fake.settled(fake.slash('cite', [{ name: 'topic', type: 3, value: 'the harbour bridge' }], { guildId: guildA, ...member() }));
    expect(other[0]).toMatchObject({ kind: 'callback', type: 5 });
  });

  it('runs concurrent writes in one guild one after another: both land and the library stays whole', async () => {
    const before = storedTexts(guildB).length;
    const file = (n: number) => fake.attach(`notice-${n}.txt`, `Notice ${n}: the ferry timetable changes\n\nThe ferry timetable changes on the ${n}th, the operator said on Friday. "Check before you travel," said Ana Silva, a spokeswoman.\n`);
    const uploads = [1, 2].map((n) => file(n));
    const ids = uploads.map((a) => fake.slash('ingest', [{ name: 'file', type: 11, value: a.id }], { guildId: guildB, ...admin, ...member(), attachments: [a] }));
    const forget = fake.slash('forget', [{ name: 'article', type: 3, value: 'ring road tunnel' }], { guildId: guildB, ...admin, ...member() });
    const ask = fake.slash('ask', question('what did ana silva say about the ferry timetable?'), { guildId: guildB, ...member() });
    const results = await Promise.all([...ids, forget, ask].map((id) => fake.settled(id)));
    expect(results[0]!.at(-1)!.body.content).toMatch(/^Added “Notice 1/);
    expect(results[1]!.at(-1)!.body.content).toMatch(/^Added “Notice 2/);
    expect(results[2]!.at(-1)!.body.content).toMatch(/^Removed “Council members speak out/);
    expect(storedTexts(guildB).length).toBe(before + 1);
  });

  it('answers an unknown article with one ephemeral line in place of the public deferral', async () => {
    const id = fake.slash('summarize', [{ name: 'article', type: 3, value: 'no-such-article-anywhere' }], { guildId: guildA, ...member() });
    await fake.waitFor(id, (sent) => sent.some((s) => s.kind === 'followup'));
    const sent = fake.sent(id);
    expect(sent.map((s) => s.kind)).toEqual(['callback', 'delete', 'followup']);
    expect(sent[2]!.body).toMatchObject({ flags: EPHEMERAL, content: "No article matches 'no-such-article-anywhere'; list the articles to find its title or id." });
  });

  it('never lets a reply ping: every message sent carries allowed_mentions with nothing to parse', () => {
    const messages = fake.requests.filter((r) => /\/(callback|webhooks\/)/.test(r.path) && r.method !== 'DELETE' && r.status < 300);
    expect(messages.length).toBeGreaterThan(0);
    for (const { body } of messages) {
      const message = (body as { data?: Record<string, unknown> }).data ?? (body as Record<string, unknown>);
      // A deferral and an autocomplete result carry no message text.
      if ('content' in message || 'embeds' in message) expect(message.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('kept one gateway session the whole time, its heartbeats acknowledged', () => {
    expect(fake.heartbeats).toBeGreaterThan(3);
    expect(fake.identified).toBe(1);
  });

  it('never writes the token to the log', () => {
    expect(logs.join('')).not.toContain(TOKEN);
    expect(logs.join('')).toContain('"msg":"online"');
  });

  it("sent nothing that Discord's rules would have rejected", () => {
    expect(fake.rejected).toEqual([]);
  });
});
