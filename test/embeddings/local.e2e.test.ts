import { afterAll, describe, expect, it } from 'vitest';
import { LocalEmbeddings } from '../../src/embeddings/index.ts';
import { embeddingsContract } from './contract.ts';

describe('LocalEmbeddings (USE lite, the real model)', () => {
  const shared = new LocalEmbeddings();
  afterAll(() => shared.close());

  embeddingsContract(() => shared, { semantic: true });

  it('returns unit-length 512-d vectors', async () => {
    const v = await shared.embedQuery('Who said what about the meeting?');
    expect(v).toHaveLength(512);
    expect(Math.hypot(...v)).toBeCloseTo(1, 3);
  });

  it('gives the same vectors from two worker threads as from one thread', async () => {
    const texts = Array.from({ length: 140 }, (_, i) => `Passage ${i}: the council met on day ${i} to discuss the ${i % 7}th budget line.`);
    const pooled = new LocalEmbeddings({ workers: 2 });
    try {
      const [inThread, inWorkers] = [await shared.embedDocuments(texts), await pooled.embedDocuments(texts)];
      expect(inWorkers).toHaveLength(texts.length);
      for (let i = 0; i < texts.length; i += 13) {
        const dot = inThread[i]!.reduce((s, x, d) => s + x * inWorkers[i]![d]!, 0);
        expect(dot, `row ${i}`).toBeCloseTo(1, 4);
      }
    } finally {
      await pooled.close();
    }
  });

  it('refuses an empty text rather than shift every vector after it', async () => {
    await expect(shared.embedDocuments(['one', '  ', 'three'])).rejects.toMatchObject({ code: 'EMBEDDING_FAILED' });
  });

  it('fails with one line when the model directory is wrong', async () => {
    const broken = new LocalEmbeddings({ modelDir: '/nonexistent/model' });
    await expect(broken.embedQuery('x')).rejects.toThrow(
      "The local embedding model could not be loaded from '/nonexistent/model'; reinstall with 'npm ci'.",
    );
  });
});
