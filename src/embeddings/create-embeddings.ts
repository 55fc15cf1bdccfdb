import type { Config } from '../config.ts';
import { LocalEmbeddings } from './local.ts';
import { OpenAIEmbeddingModel } from './openai.ts';
import type { EmbeddingModel } from './types.ts';

/** The embedding provider the config names. Nothing falls back: a model that cannot load is an error. */
export function createEmbeddings(config: Pick<Config, 'embeddings' | 'openai'>): EmbeddingModel {
  const { embeddings, openai } = config;
  if (embeddings.provider === 'openai') {
    return new OpenAIEmbeddingModel({
      apiKey: openai.apiKey ?? '',
      model: embeddings.openaiModel,
      ...(openai.baseURL ? { baseURL: openai.baseURL } : {}),
    });
  }
  return new LocalEmbeddings({
    workers: embeddings.workers,
    ...(embeddings.modelDir ? { modelDir: embeddings.modelDir } : {}),
  });
}
