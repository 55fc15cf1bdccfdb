import { extractArticle, listSources, loadFile, type Article, type RawDocument } from '../articles/index.ts';
import type { AddProgress, AddResult, Library } from './library.ts';

export type IngestProgress = { phase: 'read'; done: number; total: number } | ({ phase: 'embed' } & AddProgress);

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
}

/**
 * Reads, cleans and adds the articles at `paths` (files or directories). Every file is
 * read and cleaned before anything is written, so one bad file fails the whole ingest
 * and leaves the library as it was.
 */
export async function ingestPaths(library: Library, paths: readonly string[], options: IngestOptions = {}): Promise<AddResult> {
  const files = await listSources(paths);
  const articles: Article[] = [];
  for (const [i, file] of files.entries()) {
    articles.push(extractArticle(await loadFile(file)));
    options.onProgress?.({ phase: 'read', done: i + 1, total: files.length });
  }
  return library.addArticles(articles, {
    onProgress: (p) => options.onProgress?.({ phase: 'embed', ...p }),
  });
}

/** Cleans and adds one document already read (an upload); all or nothing, like ingestPaths. */
export function ingestDocument(library: Library, document: RawDocument): Promise<AddResult> {
  return library.addArticles([extractArticle(document)]);
}

/** Removes the article `ref` names (id, id prefix, URL or part of its title) and returns it. */
export function forgetArticle(library: Library, ref: string): Article {
  const article = library.getArticle(ref);
  library.removeArticle(article.id);
  return article;
}
