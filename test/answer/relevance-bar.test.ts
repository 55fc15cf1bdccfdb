import { describe, expect, it } from 'vitest';
import { thresholdFor } from '../../src/answer/relevance-bar.ts';
import { libraryOf } from '../fixtures/small-library.ts';

describe('the bar a named speaker must clear', () => {
  const libraryNow = libraryOf([
    { title: 'Virus named', text: '"The name had to be easy to say," said Ana Ruiz, the agency chief.' },
    { title: 'Tour opens', text: 'The band opened its tour in Lisbon on Friday.' },
  ]);

  it('is the lower one for a topic their articles hold every word of', () => {
    expect(thresholdFor(libraryNow(), 'the name', { speaker: 'ana ruiz' })).toBe(0.75);
  });

  it("stays the lower one for a verb's form no article writes: it says what was done, not which story", () => {
    expect(thresholdFor(libraryNow(), 'picking the name', { speaker: 'ana ruiz' })).toBe(0.75);
  });

  it('is the higher one for a word no article writes that is no verb, or a story of other articles', () => {
    expect(thresholdFor(libraryNow(), 'the cybertruck name', { speaker: 'ana ruiz' })).toBe(0.95);
    expect(thresholdFor(libraryNow(), 'the band tour in lisbon', { speaker: 'ana ruiz' })).toBe(0.95);
  });

  it("is the usual one for a word English has that no article writes, where their articles hold the topic's other words", () => {
    // ("the name buddy": how the asker puts it, not another story's name.)
    expect(thresholdFor(libraryNow(), 'the name fireball', { speaker: 'ana ruiz' })).toBe(0.8);
    // (…not where another word is missing from their articles too.)
    expect(thresholdFor(libraryNow(), 'the tour fireball', { speaker: 'ana ruiz' })).toBe(0.95);
  });
});

describe('a country no article names', () => {
  const libraryNow = libraryOf([
    { title: 'Cyclone reaches Fiji', text: '"The damage is severe," said Ana Ruiz, who runs the relief effort.' },
    { title: 'Minister tests positive', text: '"I will isolate for ten days," said Jan Novak, Prime Minister of the Slovak Republic.' },
  ]);

  it('bars the story as one the library lacks', () => {
    expect(thresholdFor(libraryNow(), 'the cyclone in samoa', {})).toBe(Infinity);
  });

  it("is a story the library holds where a headline names it, though the text does not", () => {
    expect(thresholdFor(libraryNow(), 'the cyclone in fiji', {})).toBeLessThan(Infinity);
  });

  it('is a story the library holds where the text names its people instead ("the Slovak Republic")', () => {
    expect(thresholdFor(libraryNow(), 'the prime minister of slovakia testing positive', { speaker: 'jan novak' })).toBeLessThan(Infinity);
  });
});
