import { describe, expect, it } from 'vitest';
import { plain } from '../../src/answer/plain-question.ts';
import { LINE_ASKED } from '../../src/answer/remembered-line.ts';

describe('LINE_ASKED', () => {
  it.each([
    ['who said the dam would hold', true],
    // A figure after "over" or "about" is the line's own.
    ['who said over a thousand people were evacuated', true],
    ['who said about 40 homes burned', true],
    ['who estimated the repairs would take a year', true],
    // "about", "over" before a topic ask for a story's voices.
    ['who said what about the dam', false],
    ['who said anything about the dam', false],
    ['who said about the dam failing', false],
    ['who warned over the weekend', false],
    // Who told an audience what, about or after a story, asks for its voices too.
    ['who told reporters what after the dam broke', false],
    ['who told the local paper what about the dam', false],
    ['who told reporters the dam would hold', true],
  ])('%s → %s', (question, line) => {
    expect(LINE_ASKED.test(question)).toBe(line);
  });

  // "had something to say" is said something: when it was said is no line of theirs.
  it.each([
    ['who had something to say when the queen signed off on it', false],
    ['who had something to say after the verdict', false],
    ['who had something to say about the dam', false],
  ])('plain(%s) → %s', (question, line) => {
    expect(LINE_ASKED.test(plain(question))).toBe(line);
  });
});
