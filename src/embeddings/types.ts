import type { Embeddings } from '@langchain/core/embeddings';

/** Which model made a library's vectors; a library refuses vectors from any other. */
export interface ModelInfo {
  id: string;
  dimensions: number;
}

/** A LangChain `Embeddings` provider that can say what it is and be shut down. */
export type EmbeddingModel = Embeddings & {
  /** The model's id and vector size; may ask the provider once. */
  describe(): Promise<ModelInfo>;
  /** Stops worker threads or connections; the provider may not be used after. */
  close(): Promise<void>;
};
