import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId, type Article } from '../../src/articles/index.ts';
import { openLibrary, type Library } from '../../src/library/index.ts';
import { FakeEmbeddings } from '../fixtures/fake-embeddings.ts';

function article(fields: Omit<Article, 'id'>): Article {
  return { id: articleId(fields.title, fields.text), ...fields };
}

const trams = article({
  title: 'Council backs trams',
  url: 'https://example.org/trams',
  publisher: 'The Courier',
  publishedAt: '2026-03-03',
  text: 'Mayor Ana Ruiz backed the plan.\n\n"This is the biggest investment in a generation," Ruiz said.',
});
const budget = article({
  title: 'Budget passes',
  publisher: 'Daily Ledger',
  publishedAt: '2026-04-10',
  text: 'The budget passed on Friday.\n\n"We kept every promise," said Ana Ruiz, the mayor.\n\nCritics said the plan was too costly.',
});

describe('quotes in the library', () => {
  let dir: string;
  let library: Library;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citewire-quotes-'));
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    await library.addArticles([trams, budget]);
  });
  afterEach(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the quotes of each article at ingest, with exact spans', () => {
    const quotes = library.quotesOf([trams.id]);
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['direct', 'Ana Ruiz', '"This is the biggest investment in a generation,"'],
    ]);
    expect(trams.text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]!.text);
  });

  it('indexes one speaker across articles, whatever form of the name each uses', () => {
    expect(library.speakers()).toEqual([{ key: 'ana ruiz', name: 'Ana Ruiz', quotes: 2, articles: [trams.id, budget.id] }]);
    expect(library.speakerKeys('Ruiz')).toEqual(['ana ruiz']);
  });

  it('re-extracts the quotes when an article is updated', async () => {
    const { id: _old, ...fields } = trams;
    const revised = article({ ...fields, text: `${trams.text}\n\n"Work starts in May," Ruiz added.` });
    await library.addArticles([revised]);
    expect(library.quotesOf([trams.id])).toEqual([]);
    expect(library.quotesOf([revised.id]).map((q) => q.text)).toEqual([
      '"This is the biggest investment in a generation,"',
      '"Work starts in May,"',
    ]);
  });

  it('filters articles by speaker, publisher and date', () => {
    expect(library.filterArticles({})).toBeUndefined();
    expect(library.filterArticles({ publisher: 'courier' })).toEqual([trams.id]);
    expect(library.filterArticles({ since: '2026-04-01' })).toEqual([budget.id]);
    expect(library.filterArticles({ until: '2026-03-31', speaker: 'Ruiz' })).toEqual([trams.id]);
    expect(library.filterArticles({ speaker: 'Nobody' })).toEqual([]);
  });

  it('searches only the allowed articles', async () => {
    const hits = await library.search('budget promise mayor trams investment', { k: 5, articleIds: [budget.id] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.article.id === budget.id)).toBe(true);
  });

  it('extracts the quotes of a library made before quotes were stored, on open', async () => {
    library.close();
    const db = new Database(join(dir, 'test', 'library.sqlite'));
    db.exec("DELETE FROM quotes; UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    db.close();
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    expect(library.speakers()[0]).toMatchObject({ name: 'Ana Ruiz', quotes: 2 });
  });
});
