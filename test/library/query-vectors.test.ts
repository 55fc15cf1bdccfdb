import { describe, expect, it } from 'vitest';
import { QueryVectors } from '../../src/library/query-vectors.ts';

/** Counts what the model is asked to embed. */
function countingModel({ failFirst = false } = {}) {
  const asked: string[][] = [];
  let failed = false;
  return {
    asked,
    embedQuery: async (text: string) => {
      asked.push([text]);
      if (failFirst && !failed) {
        failed = true;
        throw new Error('model down');
      }
      return [text.length];
    },
    embedDocuments: async (texts: string[]) => {
      asked.push(texts);
      return texts.map((t) => [t.length]);
    },
  };
}

describe('QueryVectors', () => {
  it('embeds a text once, and several in one batch', async () => {
    const model = countingModel();
    const vectors = new QueryVectors(model);
    await vectors.of('the fire');
    await vectors.of('the fire');
    await vectors.embed(['the fire', 'the gulf', 'the plane']);
    expect(await vectors.of('the plane')).toEqual([9]);
    expect(model.asked).toEqual([['the fire'], ['the gulf', 'the plane']]);
  });

  it('keeps the last eight, and forgets a failed embedding', async () => {
    const model = countingModel({ failFirst: true });
    const vectors = new QueryVectors(model);
    await expect(vectors.of('q0')).rejects.toThrow('model down');
    await vectors.of('q0');
    for (let i = 1; i <= 8; i++) await vectors.of(`q${i}`);
    await vectors.of('q0'); // the oldest, gone after eight newer ones
    await vectors.of('q8'); // still kept
    expect(model.asked.flat()).toEqual(['q0', 'q0', 'q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q0']);
  });
});
