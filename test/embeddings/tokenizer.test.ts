import { describe, expect, it } from 'vitest';
import { UseTokenizer, type VocabEntry } from '../../src/embeddings/index.ts';

// A toy vocabulary in vocab.json's shape: six reserved entries, then scored pieces.
const vocab: VocabEntry[] = [
  ['<unk>', 0], ['<s>', 0], ['</s>', 0], ['r1', 0], ['r2', 0], ['r3', 0],
  ['▁', -2], ['▁the', -1], ['▁t', -3], ['h', -3], ['e', -3], ['▁cat', -1.5], ['▁ca', -2], ['t', -2.5], ['s', -2], ['▁cats', -4],
];
const tokenizer = new UseTokenizer(vocab);
const pieces = (text: string) => tokenizer.encode(text).map((id) => vocab[id]![0]);

describe('UseTokenizer', () => {
  it('picks the highest-scoring segmentation', () => {
    expect(pieces('the cat')).toEqual(['▁the', '▁cat']);
  });
  it('prefers two likely pieces over one unlikely whole word', () => {
    // ▁cat + s = -3.5 beats ▁cats = -4
    expect(pieces('cats')).toEqual(['▁cat', 's']);
  });
  it('maps uncovered characters to one <unk> per run', () => {
    expect(tokenizer.encode('the 😀😀 cat')).toEqual([7, 6, 0, 11]);
  });
  it('normalizes to NFKC first', () => {
    expect(pieces('\uFF54he')).toEqual(['▁the']); // full-width t
  });
});
