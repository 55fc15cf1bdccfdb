import { expect, it } from 'vitest';
import type { EmbeddingModel } from '../../src/embeddings/index.ts';

const norm = (v: number[]) => Math.hypot(...v);
const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0) / (norm(a) * norm(b));

/**
 * What every embedding provider promises, run against each one (as LangChain runs
 * internal/standard-tests against every chat model).
 */
export function embeddingsContract(make: () => EmbeddingModel, options: { semantic: boolean }): void {
  it('describes its model with an id and a dimension', async () => {
    const info = await make().describe();
    expect(info.id).toMatch(/\S/);
    expect(info.dimensions).toBeGreaterThan(0);
  });

  it('embeds a query into a vector of that dimension', async () => {
    const model = make();
    const vector = await model.embedQuery('Lee met Xi in Beijing.');
    expect(vector).toHaveLength((await model.describe()).dimensions);
    expect(vector.every(Number.isFinite)).toBe(true);
  });

  it('returns one vector per document, in order', async () => {
    const model = make();
    const texts = ['First text about trams.', 'Second text about penguins.', 'Third text about lava.'];
    const all = await model.embedDocuments(texts);
    expect(all).toHaveLength(3);
    for (const [i, text] of texts.entries()) {
      const [single] = await model.embedDocuments([text]);
      expect(cosine(all[i]!, single!)).toBeCloseTo(1, 4);
    }
  });

  it('returns nothing for no documents', async () => {
    expect(await make().embedDocuments([])).toEqual([]);
  });

  if (options.semantic) {
    it('puts a paraphrase nearer than an unrelated sentence', async () => {
      const [a, b, c] = await make().embedDocuments([
        'The president visited China to improve relations.',
        'The head of state travelled to Beijing to mend ties.',
        'Penguins breed on the coast of Argentina.',
      ]);
      expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!) + 0.2);
    });
  }
}
