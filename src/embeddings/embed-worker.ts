// A worker thread that holds its own copy of USE lite: tfjs's WASM backend cannot use
// threads under Node, so a second core is only reached through a second thread.
import { parentPort, workerData } from 'node:worker_threads';
import { loadUseModel } from './use-model.ts';

interface Request {
  id: number;
  texts: string[];
}

const port = parentPort!;
const ready = loadUseModel((workerData as { modelDir: string }).modelDir);

port.on('message', async ({ id, texts }: Request) => {
  try {
    const model = await ready;
    port.postMessage({ id, vectors: await model.embed(texts) });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
