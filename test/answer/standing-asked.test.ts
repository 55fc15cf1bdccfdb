import { describe, expect, it } from 'vitest';
import { standingAsked, withoutStanding } from '../../src/answer/standing-asked.ts';
import { parseQuestion } from '../../src/answer/index.ts';

describe('standingAsked', () => {
  it.each([
    ['who has the last word in the brexit deal article', 'closing'],
    ['who got the final word on the notre dame fire', 'closing'],
    ['the last person quoted in the magnitogorsk story, what did he say', 'closing'],
    ['what did pelosi say at the end of the article about impeachment', 'closing'],
    ['which quote does the notre dame article end with, the macron one?', 'closing'],
    ['the opening quote of the notre dame fire article, from macron', 'opening'],
    ['what does the hurricane dorian story open with', 'opening'],
    ["who's quoted at the top of the greta thunberg article", 'opening'],
    ['everyone quoted in order in the brexit story', 'opening'],
  ])('reads where the words of %j stand', (question, standing) => {
    expect(standingAsked(question)).toBe(standing);
  });

  it.each([
    // A time in an event is no place in an article; "first" alone asks by date (when-asked.ts).
    'what did trump say at the end of the summit',
    'the first quote from trump on the coronavirus',
    'who is quoted first and who last in the notre dame fire story',
    'what did pelosi say about the wall',
  ])('asks for no place in %j', (question) => {
    expect(standingAsked(question)).toBeUndefined();
  });
});

describe('withoutStanding', () => {
  it.each([
    ['who has the last word in the brexit deal article', 'who was quoted in the brexit deal article'],
    ['the last person quoted about the magnitogorsk collapse, what did he say', 'who was quoted about the magnitogorsk collapse'],
    ['the opening quote of the notre dame fire article, from macron', 'the quote from macron in the notre dame fire article'],
    ['which quote does the notre dame article end with, the macron one?', 'the quote from macron in the notre dame article'],
    ['what did pelosi say near the end of the article about impeachment', 'what did pelosi say in the article about impeachment'],
    ['who is quoted first and who last in the notre dame fire story', 'who was quoted in the notre dame fire story'],
    ['what did trump say at the end of the summit', 'what did trump say at the end of the summit'],
  ])('reads %j as the words it asks for', (question, asked) => {
    expect(withoutStanding(question)).toBe(asked);
  });

  it.each([
    ['who gets the final word in the hurricane dorian story', { speech: true, topic: 'hurricane dorian' }],
    ['the closing quote of the notre dame article, from macron', { speech: true, speaker: 'macron', topic: 'the notre dame article' }],
    ['which quote does the brexit story end with, the johnson one?', { speech: true, speaker: 'johnson', topic: 'the brexit story' }],
  ])('parses %j as a question for voices', (question, parsed) => {
    expect(parseQuestion(question)).toMatchObject(parsed);
  });
});
