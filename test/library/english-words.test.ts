import { describe, expect, it } from 'vitest';
import { englishSpelling } from '../../src/library/english-words.ts';

describe('englishSpelling', () => {
  it('is the one English word typed with a letter left out, two letters swapped or one doubled', () => {
    expect(englishSpelling('druming')).toBe('drumming');
    expect(englishSpelling('tempels')).toBe('temples');
    expect(englishSpelling('needding')).toBe('needing');
  });

  it('is nothing for an English word, a short word, a word several could be, or one letter for another', () => {
    expect(englishSpelling('drumming')).toBeUndefined();
    expect(englishSpelling('firn')).toBeUndefined();
    // "waiting", "wailing", "waiving": which, English cannot say.
    expect(englishSpelling('waiing')).toBeUndefined();
    expect(englishSpelling('farage')).toBeUndefined();
    // A name typed as the articles write it, capitalised, is no English slip.
    expect(englishSpelling('Druming')).toBeUndefined();
  });
});
