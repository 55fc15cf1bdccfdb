import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId, extractArticle, type Article } from '../../src/articles/index.ts';
import { openLibrary, type Library } from '../../src/library/index.ts';
import { NEAR_DUPLICATE_THRESHOLD, signature, similarity } from '../../src/library/near-duplicates.ts';
import { FakeEmbeddings } from '../fixtures/fake-embeddings.ts';
import { SEED_FILE } from '../fixtures/shared.ts';

const seed = extractArticle({ source: SEED_FILE, format: 'text', content: readFileSync(SEED_FILE, 'utf8') });
const paragraphs = seed.text.split('\n\n');

function copy(title: string, body: readonly string[], url: string): Article {
  const text = body.join('\n\n');
  return { id: articleId(title, text), title, text, url };
}

const original = copy(seed.title, paragraphs, 'https://chinadaily.example/lee-visit');
// The same wire story on another site: its own headline, an editor's line on top, a
// republishing note below, the last paragraph trimmed.
const syndicated = copy(
  'South Korean leader’s China trip seen as boost to ties',
  ['Editor’s note: this story is republished from our partner China Daily.', ...paragraphs.slice(0, -1), 'This article first appeared on China Daily and is republished here under licence.'],
  'https://partner.example/world/lee-china-trip',
);
const followUp = copy(
  'Seoul and Beijing sign trade pact after summit',
  [
    'South Korea and China signed a trade pact on Friday, two days after President Lee Jae-myung met President Xi Jinping in Beijing.',
    'The agreement lowers tariffs on semiconductors and farm goods, officials in Seoul said, and sets up a joint committee on supply chains.',
    '"This is a first step, not the last," a trade ministry spokesperson told reporters, adding that talks on services would continue next year.',
  ],
  'https://chinadaily.example/trade-pact',
);

describe('duplicates and updates', () => {
  let dir: string;
  let library: Library;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citewire-dup-'));
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
  });
  afterEach(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the same text found under a second URL once, with both URLs', async () => {
    await library.addArticles([original]);
    const again = await library.addArticles([{ ...original, url: 'https://mirror.example/lee-visit' }]);
    expect(again.unchanged.map((a) => a.id)).toEqual([original.id]);
    expect(library.listArticles()).toHaveLength(1);
    expect(library.getArticle('https://mirror.example/lee-visit').id).toBe(original.id);
    expect(library.aliasesOf(original.id)).toEqual(['https://mirror.example/lee-visit']);
  });

  it('recognises a syndicated copy with other boilerplate as the same story, and records its URL there', async () => {
    expect(similarity(signature(original.text), signature(syndicated.text))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    await library.addArticles([original]);
    const result = await library.addArticles([syndicated]);
    expect(result.added).toEqual([]);
    expect(result.duplicates).toEqual([{ article: syndicated, of: { id: original.id, title: original.title }, similarity: expect.any(Number) }]);
    expect(library.listArticles()).toHaveLength(1);
    expect(library.getArticle(syndicated.url!).id).toBe(original.id);
  });

  it('catches the copy within one batch too', async () => {
    const result = await library.addArticles([original, syndicated]);
    expect(result.added.map((a) => a.id)).toEqual([original.id]);
    expect(result.duplicates.map((d) => d.of.id)).toEqual([original.id]);
  });

  it('keeps a follow-up on the same event as a story of its own', async () => {
    expect(similarity(signature(original.text), signature(followUp.text))).toBeLessThan(0.1);
    const result = await library.addArticles([original, followUp]);
    expect(result.added).toHaveLength(2);
  });

  it('never takes two short notices that differ in a detail for one story', async () => {
    const notice = (n: number) => copy(`Notice ${n}`, [`The ferry timetable changes on the ${n}th, the operator said on Friday. "Check before you travel," said Ana Silva.`], `https://ferry.example/notice-${n}`);
    expect(similarity(signature(notice(1).text), signature(notice(2).text))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    const result = await library.addArticles([notice(1), notice(2)]);
    expect(result.added).toHaveLength(2);
  });

  it('replaces a story updated at its URL, and unchanged content is a no-op', async () => {
    await library.addArticles([original, { ...original, url: 'https://mirror.example/lee-visit' }]);
    const corrected = copy(original.title, [...paragraphs.slice(0, -1), `${paragraphs.at(-1)} (Corrected on Jan 9.)`], original.url!);
    const result = await library.addArticles([corrected]);
    expect(result.updated.map((a) => a.id)).toEqual([corrected.id]);
    expect(library.listArticles().map((a) => a.id)).toEqual([corrected.id]);
    expect(library.quotesOf([original.id])).toEqual([]);
    expect(library.quotesOf([corrected.id]).length).toBeGreaterThan(0);
    // The other address the old version was found under now leads to the new one.
    expect(library.getArticle('https://mirror.example/lee-visit').id).toBe(corrected.id);
    expect((await library.addArticles([{ ...corrected }])).unchanged).toHaveLength(1);
  });
});
