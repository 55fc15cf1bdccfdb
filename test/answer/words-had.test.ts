import { describe, expect, it } from 'vitest';
import { holdsWordsHad, wordsHad } from '../../src/answer/words-had.ts';
import { parseQuestion } from '../../src/answer/index.ts';

describe('wordsHad', () => {
  it.each([
    ['apart from the part about the wall, what else did pelosi say', 'what else did pelosi say', 'the part about the wall'],
    ['other than calling it a hoax, anything else from trump on impeachment', 'anything else from trump on impeachment', 'calling it a hoax'],
    ['anything more from ardern besides the gun ban', 'anything more from ardern', 'the gun ban'],
    ['what else did the mayor say about the fire, not the bit about the victims', 'what else did the mayor say about the fire', 'the victims'],
    ['duda said may god protect their parents, what else did he say', 'what did duda say about may god protect their parents', 'may god protect their parents'],
    ['macron tweeted our house is burning. did he say anything else?', 'what did macron say about our house is burning', 'our house is burning'],
  ])('reads %j as more of someone\'s words', (question, asked, had) => {
    expect(wordsHad(question)).toEqual({ asked, had });
  });

  it.each([
    // Other voices, not more of one's words.
    'besides the pope, who else commented on the abuse law',
    'apart from the police, what else was said about the fire',
    'what did pelosi say about the wall',
    'someone said the fire was arson, what else did he say',
    'that hk voter who called it a protest vote, what else did she say',
  ])('reads %j as no ask past words had', (question) => {
    expect(wordsHad(question)).toBeUndefined();
  });

  it('parses the ask and keeps the words had', () => {
    expect(parseQuestion('apart from the gun ban, what else did ardern say about the mosque attacks')).toMatchObject({ speech: true, speaker: 'ardern', topic: 'the mosque attacks', had: 'the gun ban' });
    expect(parseQuestion('besides the pope, who else commented on the abuse law')).toMatchObject({ except: 'the pope' });
  });
});

describe('holdsWordsHad', () => {
  it('tells the quote the asker recalls, in their own words, from the rest', () => {
    const recalled = 'foreign forces to get out';
    expect(holdsWordsHad('if the goal is peace and security, then foreign powers should "get out of the region"', recalled)).toBe(true);
    expect(holdsWordsHad('"Your presence has always been a calamity for this region"', recalled)).toBe(false);
    expect(holdsWordsHad('anything', 'the stuff about it')).toBe(false);
  });
});
