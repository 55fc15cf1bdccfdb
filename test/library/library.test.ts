import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId, type Article } from '../../src/articles/index.ts';
import { openLibrary, type Library } from '../../src/library/index.ts';
import { FakeEmbeddings } from '../fixtures/fake-embeddings.ts';

function article(title: string, text: string, url?: string): Article {
  return { id: articleId(title, text), title, text, ...(url ? { url } : {}) };
}

const trams = article(
  'Council backs tram expansion',
  'The city council voted to expand the tram network by twelve kilometres. "This is the biggest investment in a generation," the mayor said.',
  'https://example.org/trams',
);
const penguins = article('Penguins pine for partners', 'Male Magellanic penguins outnumber females at breeding sites in Argentina, a study found.');
/** Enough one-passage articles to make the library write its HNSW file (≥ 64 changes). */
const filler = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => article(`Filler ${from + i}`, `Filler story number ${from + i} about topic t${from + i} and nothing else.`));
const volcano = article('Volcano erupts in Iceland', 'Lava flowed from a fissure near Grindavik overnight, and the town was evacuated.');

describe('Library', () => {
  let dir: string;
  let embeddings: FakeEmbeddings;
  const open = (e = embeddings) => openLibrary('test', { indexDir: dir, embeddings: e });
  let opened: Library[] = [];
  const track = async (p: Promise<Library>) => {
    const lib = await p;
    opened.push(lib);
    return lib;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'citewire-lib-'));
    embeddings = new FakeEmbeddings();
    opened = [];
  });
  afterEach(() => {
    for (const lib of opened) lib.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds articles and finds them again', async () => {
    const lib = await track(open());
    const result = await lib.addArticles([trams, penguins]);
    expect(result.added.map((a) => a.id)).toEqual([trams.id, penguins.id]);
    expect(lib.listArticles().map((a) => a.title).sort()).toEqual([penguins.title, trams.title].sort());
    const hits = await lib.search('penguins breeding Argentina', { k: 1 });
    expect(hits[0]!.article.id).toBe(penguins.id);
    expect(penguins.text.slice(hits[0]!.passage.start, hits[0]!.passage.end)).toBe(hits[0]!.passage.text);
  });

  it('treats the same content twice as a no-op', async () => {
    const lib = await track(open());
    await lib.addArticles([trams]);
    const again = await lib.addArticles([{ ...trams }]);
    expect(again.unchanged).toHaveLength(1);
    expect(lib.listArticles()).toHaveLength(1);
  });

  it('replaces an article that comes back from the same URL with new text', async () => {
    const lib = await track(open());
    await lib.addArticles([trams]);
    const revised = article(trams.title, `${trams.text} The vote was 31 to 9.`, trams.url);
    const result = await lib.addArticles([revised]);
    expect(result.updated.map((a) => a.id)).toEqual([revised.id]);
    expect(lib.listArticles().map((a) => a.id)).toEqual([revised.id]);
    const hits = await lib.search('vote 31 to 9', { k: 3 });
    expect(hits.every((h) => h.article.id === revised.id)).toBe(true);
  });

  it('removes an article with its passages from both indexes', async () => {
    const lib = await track(open());
    await lib.addArticles([trams, penguins]);
    expect(lib.removeArticle(penguins.id)).toBe(true);
    expect(lib.removeArticle(penguins.id)).toBe(false);
    const hits = await lib.search('penguins breeding Argentina', { k: 5 });
    expect(hits.map((h) => h.article.id)).not.toContain(penguins.id);
  });

  it('keeps everything across close and reopen', async () => {
    const lib = await open();
    await lib.addArticles([trams, penguins]);
    lib.close();
    const again = await track(open());
    expect(again.listArticles()).toHaveLength(2);
    expect((await again.search('lava fissure', { k: 1 })).length).toBe(1);
    expect((await again.search('penguins Argentina', { k: 1 }))[0]!.article.id).toBe(penguins.id);
  });

  it('rebuilds the vector index from SQLite when its file is deleted', async () => {
    const lib = await open();
    await lib.addArticles([trams, penguins, volcano, ...filler(80)]);
    lib.close();
    expect(existsSync(join(dir, 'test', 'vectors.hnsw'))).toBe(true);
    rmSync(join(dir, 'test', 'vectors.hnsw'));
    const again = await track(open());
    expect((await again.search('lava fissure evacuated', { k: 1 }))[0]!.article.id).toBe(volcano.id);
    expect((await again.search('filler story t42', { k: 1 }))[0]!.article.title).toBe('Filler 42');
  });

  it('rebuilds when the index file is damaged', async () => {
    const lib = await open();
    await lib.addArticles([trams, penguins, ...filler(80)]);
    lib.close();
    writeFileSync(join(dir, 'test', 'vectors.hnsw'), 'not an index');
    const again = await track(open());
    expect((await again.search('penguins Argentina', { k: 1 }))[0]!.article.id).toBe(penguins.id);
  });

  it('does not rewrite the index file to add one article, and a new reader still finds it', async () => {
    const lib = await track(open());
    await lib.addArticles(filler(80));
    const file = join(dir, 'test', 'vectors.hnsw');
    const before = readFileSync(file);
    await lib.addArticles([volcano]);
    expect(readFileSync(file).equals(before)).toBe(true);
    const reader = await track(open(new FakeEmbeddings()));
    expect((await reader.search('lava fissure evacuated', { k: 1 }))[0]!.article.id).toBe(volcano.id);
  });

  it('catches up from an index file saved before later writes (a crash before the state file was renamed)', async () => {
    const lib = await open();
    await lib.addArticles([trams, ...filler(80)]);
    copyFileSync(join(dir, 'test', 'vectors.json'), join(dir, 'old-state.json'));
    await lib.addArticles([penguins, ...filler(80, 80)]);
    lib.close();
    // New index file, old state file: replaying the log over it must be harmless.
    copyFileSync(join(dir, 'old-state.json'), join(dir, 'test', 'vectors.json'));
    const again = await track(open());
    expect((await again.search('penguins Argentina', { k: 1 }))[0]!.article.id).toBe(penguins.id);
    expect((await again.search('tram council', { k: 1 }))[0]!.article.id).toBe(trams.id);
    expect((await again.search('filler story t150', { k: 1 }))[0]!.article.title).toBe('Filler 150');
  });

  it("sees another writer's changes without reopening", async () => {
    const reader = await track(open());
    const writer = await track(open(new FakeEmbeddings()));
    await writer.addArticles([volcano]);
    expect((await reader.search('lava fissure evacuated', { k: 1 }))[0]?.article.id).toBe(volcano.id);
    writer.removeArticle(volcano.id);
    expect(await reader.search('lava fissure evacuated', { k: 1 })).toEqual([]);
  });

  it('leaves the library as it was when embedding fails midway', async () => {
    const lib = await track(open());
    await lib.addArticles([trams]);
    embeddings.failOnCall = embeddings.calls + 1;
    const many = Array.from({ length: 3 }, (_, i) => article(`Story ${i}`, `Sentence number ${i} about something. `.repeat(80)));
    await expect(lib.addArticles([penguins, ...many])).rejects.toThrow('fake embedding failure');
    expect(lib.listArticles().map((a) => a.id)).toEqual([trams.id]);
    expect(readdirSync(join(dir, 'test'))).not.toContain('write.lock');
  });

  it('refuses to open a library built with another embedding model', async () => {
    const lib = await open();
    await lib.addArticles([trams]);
    lib.close();
    await expect(open(new FakeEmbeddings('fake/other-model', 32))).rejects.toMatchObject({
      code: 'MODEL_MISMATCH',
      message: expect.stringMatching(/^Library 'test' was built with fake\/hashed-words \(64-d\), not fake\/other-model \(32-d\)/),
    });
  });

  it('lets a second writer fail fast with INDEX_BUSY while one holds the lock', async () => {
    const lib = await track(open());
    // A live process holds the lock: this test's parent (the vitest main process) is alive.
    writeFileSync(join(dir, 'test', 'write.lock'), String(process.ppid));
    await expect(lib.addArticles([volcano])).rejects.toMatchObject({ code: 'INDEX_BUSY' });
    writeFileSync(join(dir, 'test', 'write.lock'), '999999999'); // a writer that died
    await expect(lib.addArticles([volcano])).resolves.toMatchObject({ added: [volcano] });
  });

  it('finds an article by id prefix, URL or title words, and says so when it cannot', async () => {
    const lib = await track(open());
    await lib.addArticles([trams, penguins]);
    expect(lib.getArticle(trams.id.slice(0, 6)).id).toBe(trams.id);
    expect(lib.getArticle('https://example.org/trams').id).toBe(trams.id);
    expect(lib.getArticle('pine for').id).toBe(penguins.id);
    expect(() => lib.getArticle('nothing like this')).toThrow("No article matches 'nothing like this'");
  });

  it('rejects a library name that could escape its folder', async () => {
    await expect(openLibrary('../evil', { indexDir: dir, embeddings })).rejects.toMatchObject({ code: 'INVALID_LIBRARY_NAME' });
  });
});

describe('Library with two versions of one URL in a batch', () => {
  it('keeps the later version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citewire-lib-'));
    const lib = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    try {
      const first = article('Draft', 'The first version of the story, filed early in the day.', 'https://example.org/s');
      const second = article('Final', 'The second version of the story, with the vote count added.', 'https://example.org/s');
      await lib.addArticles([first, second]);
      expect(lib.listArticles().map((a) => a.title)).toEqual(['Final']);
    } finally {
      lib.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
