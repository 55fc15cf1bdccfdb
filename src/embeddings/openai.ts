import { OpenAIEmbeddings, type OpenAIEmbeddingsParams } from '@langchain/openai';
import { CitewireError } from '../errors.ts';
import type { ModelInfo } from './types.ts';
import { lookupTable } from '../lookup-table.ts';

// Published output sizes; any other model is measured with one call in load().
const KNOWN_DIMENSIONS: Record<string, number> = lookupTable({
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
});

export interface OpenAIEmbeddingModelParams extends Partial<OpenAIEmbeddingsParams> {
  apiKey: string;
  baseURL?: string;
}

/** `OpenAIEmbeddings` from @langchain/openai, against api.openai.com or any compatible server. */
export class OpenAIEmbeddingModel extends OpenAIEmbeddings {
  private dimensionCount: number | undefined;

  constructor({ apiKey, baseURL, ...params }: OpenAIEmbeddingModelParams) {
    super({ ...params, apiKey, ...(baseURL ? { configuration: { baseURL } } : {}) });
    this.dimensionCount = params.dimensions ?? KNOWN_DIMENSIONS[this.model];
  }

  async describe(): Promise<ModelInfo> {
    if (this.dimensionCount === undefined) {
      try {
        this.dimensionCount = (await this.embedQuery('dimension probe')).length;
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message.split('\n')[0] : 'request failed';
        throw new CitewireError('EMBEDDING_FAILED', { reason }, cause);
      }
    }
    return { id: `openai/${this.model}`, dimensions: this.dimensionCount };
  }

  async close(): Promise<void> {}
}
