export { chunkArticle, type ChunkOptions } from './chunk.ts';
export { cleanBlocks, classifyBlock, type BlockKind, type CleanPage } from './clean.ts';
export { articleId, extractArticle } from './extract.ts';
export { isSupportedFile, listSources, loadFile, readDocument } from './load.ts';
export { parseByline, parseDate, parseFrontMatter, toIso } from './metadata.ts';
export { splitSentences, type Span } from './sentences.ts';
export type { Article, Passage, RawDocument } from './types.ts';
