import type { EmbeddingModel } from '../embeddings/index.ts';

// A question is searched for passages and for quotes, and a question that joins stories
// story by story: each text is embedded once. The last few are kept.
const KEPT = 8;

/** The vectors of recent queries, embedded on first use, several at once when asked. */
export class QueryVectors {
  private readonly vectors = new Map<string, Promise<number[]>>();

  constructor(private readonly embeddings: Pick<EmbeddingModel, 'embedQuery' | 'embedDocuments'>) {}

  /** The vector of `text`, embedding it unless it is kept. */
  of(text: string): Promise<number[]> {
    return this.vectors.get(text) ?? this.keep(text, this.embeddings.embedQuery(text));
  }

  /** Embeds the texts not kept yet in one batch (one model call, not one each). */
  async embed(texts: readonly string[]): Promise<void> {
    const missing = [...new Set(texts)].filter((t) => !this.vectors.has(t));
    if (missing.length === 0) return;
    const batch = this.embeddings.embedDocuments(missing);
    missing.forEach((text, i) => void this.keep(text, batch.then((vectors) => vectors[i]!)));
    await batch;
  }

  private keep(text: string, vector: Promise<number[]>): Promise<number[]> {
    this.vectors.set(text, vector);
    // A failed embedding is not kept: the next search tries again.
    vector.catch(() => this.vectors.delete(text));
    while (this.vectors.size > KEPT) this.vectors.delete(this.vectors.keys().next().value!);
    return vector;
  }
}
