import { describe, expect, it } from 'vitest';
import { f1, normalizeFragment, score, type Item } from '../../bench/quotes/score.ts';

const text = '"We will win," Ana said. "Then we rest." Bo said the vote was close.';
const item = (fragments: Array<[number, number]>, kind: Item['kind'] = 'direct', source?: [number, number]): Item => ({ fragments, kind, ...(source ? { source } : {}) });

describe('quote scoring (GenderGapTracker protocol)', () => {
  const gold = [item([[0, 14], [25, 40]], 'direct', [15, 18]), item([[50, 67]], 'indirect', [41, 43])];

  it('matches exactly when the fragments have the same words, ignoring quote marks and final punctuation', () => {
    expect(normalizeFragment(' "We will win," ')).toBe('We will win');
    const c = score(text, gold, [item([[1, 12], [26, 38]], 'direct', [15, 18])], 'exact');
    expect(c).toMatchObject({ matched: 1, withSource: 1, speakerRight: 1 });
  });

  it('counts coverage of the gold characters, one prediction per gold item', () => {
    const half = item([[0, 14]], 'direct', [41, 43]); // covers the first fragment only, wrong speaker
    expect(score(text, gold, [half], 'coverage > 0.8').matched).toBe(0);
    const c = score(text, gold, [half, item([[0, 14]])], 'coverage > 0.3');
    expect(c).toMatchObject({ predicted: 2, matched: 1, withSource: 1, speakerRight: 0 });
  });

  it('computes precision, recall and F1', () => {
    expect(f1({ predicted: 4, gold: 5, matched: 2, withSource: 2, speakerRight: 1 })).toEqual({ precision: 0.5, recall: 0.4, f1: 0.4 / 0.9, speaker: 0.5 });
  });
});
