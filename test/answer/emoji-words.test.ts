import { describe, expect, it } from 'vitest';
import { emojiAsWords } from '../../src/answer/emoji-words.ts';
import { parseQuestion } from '../../src/answer/index.ts';

describe('emojiAsWords: emoji that stand for words', () => {
  it.each([
    // A flag for its country, by its short English name.
    ['what did the 🇯🇵 prime minister say about the storm', 'what did the japan prime minister say about the storm'],
    ['the 🇺🇸 president on tariffs', 'the us president on tariffs'],
    ['🏴󠁧󠁢󠁳󠁣󠁴󠁿 first minister on brexit', 'scotland first minister on brexit'],
    // A picture for a thing, where a word follows it or it ends after a word naming a thing to come.
    ['who said what about the ⛪💣 in the city', 'who said what about the church bomb in the city'],
    ['the 🌀 that hit the coast, who commented', 'the hurricane that hit the coast, who commented'],
    ['who claimed the double 💣💣', 'who claimed the double bomb'],
    ['✈️ crash in 🇪🇹 what did the airline say', 'plane crash in ethiopia what did the airline say'],
    // A picture of the word before it, or of how the asker feels, is left for the chat readings.
    ['what did the coast guard say about those at mass ⛪', 'what did the coast guard say about those at mass ⛪'],
    ['what did the mayor say 🔥🔥', 'what did the mayor say 🔥🔥'],
    ['the mayor on the pleas 🙏 bringing solace', 'the mayor on the pleas 🙏 bringing solace'],
    ['what did the mayor say about the flood', 'what did the mayor say about the flood'],
  ])('%s → %s', (typed, expected) => {
    expect(emojiAsWords(typed)).toBe(expected);
  });

  it('gives the question its speaker and story in words', () => {
    expect(parseQuestion('what did the 🇯🇵 prime minister say about 🌀 dorian')).toMatchObject({ speaker: 'japan prime minister', topic: 'hurricane dorian' });
    expect(parseQuestion('who said what about the ⛪💣 in jolo').topic).toBe('the church bomb in jolo');
  });
});
