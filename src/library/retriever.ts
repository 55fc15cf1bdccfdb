import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import type { Library, SearchOptions } from './library.ts';

export interface LibraryRetrieverInput extends BaseRetrieverInput, SearchOptions {
  library: Library;
}

/**
 * The library's hybrid search as a LangChain retriever, for chains that take one. Each
 * Document carries the passage text and, in metadata, where it sits in which article.
 *
 * @example
 * const docs = await new LibraryRetriever({ library, k: 4 }).invoke('Lee–Xi meeting');
 */
export class LibraryRetriever extends BaseRetriever {
  lc_namespace = ['citewire', 'library'];
  private readonly library: Library;
  private readonly options: SearchOptions;

  constructor({ library, k, diversity, ...fields }: LibraryRetrieverInput) {
    super(fields);
    this.library = library;
    this.options = { ...(k === undefined ? {} : { k }), ...(diversity === undefined ? {} : { diversity }) };
  }

  override async _getRelevantDocuments(query: string): Promise<Document[]> {
    const hits = await this.library.search(query, this.options);
    return hits.map(
      (hit) =>
        new Document({
          pageContent: hit.passage.text,
          id: hit.passage.id,
          metadata: {
            articleId: hit.article.id,
            title: hit.article.title,
            url: hit.article.url,
            publisher: hit.article.publisher,
            publishedAt: hit.article.publishedAt,
            start: hit.passage.start,
            end: hit.passage.end,
            score: hit.score,
          },
        }),
    );
  }
}
