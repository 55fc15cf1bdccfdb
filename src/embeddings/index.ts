export { createEmbeddings } from './create-embeddings.ts';
export { LocalEmbeddings, type LocalEmbeddingsParams } from './local.ts';
export { OpenAIEmbeddingModel, type OpenAIEmbeddingModelParams } from './openai.ts';
export { UseTokenizer, type VocabEntry } from './tokenizer.ts';
export { defaultUseModelDir, USE_LITE_DIMENSIONS } from './use-model.ts';
export type { EmbeddingModel, ModelInfo } from './types.ts';
