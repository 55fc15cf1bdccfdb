import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkArticle, extractArticle } from '../../src/articles/index.ts';
import { SEED_FILE } from '../fixtures/shared.ts';

/** mulberry32: a seeded PRNG, so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words chosen to stress offsets and boundaries: abbreviations, surrogate pairs (emoji,
// rare CJK), combining marks, both kinds of quote marks, and stray terminators.
const WORDS = ['the', 'Mr.', 'U.S.', 'said', '“quote', 'end.”', '"Yes,"', 'é', 'Lee–Xi', '😀', '𠜎', 'n\u0303', '...', '?', '!', '2.5', 'Dr.', '—', "it's", 'a'];

function randomText(rand: () => number): string {
  const paragraphs: string[] = [];
  const count = 1 + Math.floor(rand() * 8);
  for (let p = 0; p < count; p++) {
    const words: string[] = [];
    const length = Math.floor(rand() * 120);
    for (let w = 0; w < length; w++) {
      let word = WORDS[Math.floor(rand() * WORDS.length)]!;
      if (rand() < 0.12) word += '.';
      if (rand() < 0.05) word = word[0]!.toUpperCase() + word.slice(1);
      words.push(word);
    }
    paragraphs.push(words.join(rand() < 0.1 ? '  ' : ' '));
  }
  return paragraphs.join(rand() < 0.5 ? '\n\n' : '\n');
}

describe('chunkArticle', () => {
  it('gives offsets that slice out each passage exactly, over 500 random articles', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const text = randomText(random(seed));
      const passages = chunkArticle({ id: 'a', text }, { targetChars: 80 + (seed % 5) * 100 });
      let previousEnd = 0;
      for (const p of passages) {
        expect(text.slice(p.start, p.end), `seed ${seed}`).toBe(p.text);
        expect(p.start, `seed ${seed}: passages in order, not overlapping`).toBeGreaterThanOrEqual(previousEnd);
        expect(text.slice(previousEnd, p.start).trim(), `seed ${seed}: nothing between passages is lost`).toBe('');
        previousEnd = p.end;
      }
      expect(text.slice(previousEnd).trim(), `seed ${seed}: nothing after the last passage`).toBe('');
    }
  });

  it('never splits a UTF-16 surrogate pair', () => {
    const text = Array.from({ length: 60 }, (_, i) => `Sentence ${i} ends with 😀.`).join(' ');
    for (const p of chunkArticle({ id: 'a', text }, { targetChars: 50 })) {
      expect(p.text).toBe([...p.text].join(''));
      expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p.text)).toBe(false);
    }
  });

  it('keeps a quotation that runs over two paragraphs in one passage', () => {
    const text = [
      'Intro sentence about the summit that sets the scene for readers.',
      '“The first paragraph of the statement says we agree on trade and on the climate.',
      '“The second paragraph, reopened with a quote mark, says the talks will go on,” the minister said.',
    ].join('\n\n');
    const passages = chunkArticle({ id: 'a', text }, { targetChars: 60, maxChars: 1000 });
    const holder = passages.find((p) => p.text.includes('first paragraph'))!;
    expect(holder.text).toContain('the minister said');
  });

  it('cuts the seed article into passages of whole quotations', () => {
    const article = extractArticle({ source: 'seed.txt', format: 'text', content: readFileSync(SEED_FILE, 'utf8') });
    const passages = chunkArticle(article);
    expect(passages.length).toBeGreaterThan(4);
    for (const p of passages) {
      const marks = (p.text.match(/"/g) ?? []).length;
      expect(marks % 2, `balanced quotes in: ${p.text.slice(0, 60)}`).toBe(0);
      expect(p.text.length).toBeLessThanOrEqual(1000);
    }
  });

  it('gives the same ids for the same article', () => {
    const a = chunkArticle({ id: 'x', text: 'One sentence here. Another one there.' });
    const b = chunkArticle({ id: 'x', text: 'One sentence here. Another one there.' });
    expect(a.map((p) => p.id)).toEqual(b.map((p) => p.id));
  });
});
