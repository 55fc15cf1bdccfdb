import { describe, expect, it } from 'vitest';
import { actAsked, cueIsAct } from '../../src/answer/act-asked.ts';
import { ask } from '../../src/answer/index.ts';
import { libraryOf } from '../fixtures/small-library.ts';

describe('actAsked: the act of speech a question asks about by its verb', () => {
  it.each([
    ['what did minnis urge bahamians to do', 'urge'],
    ['what did greta promise to keep doing', 'promise'],
    ['who warned about the storm', 'warn'],
    ['did the minister deny it', 'deny'],
    ['what was kaczynski demanding', 'demand'],
  ])('%s → %s', (question, act) => {
    expect(actAsked(question)).toBe(act);
  });

  it.each(['what did pelosi say about the wall', 'how did boris react', 'an urgent message from the mayor', 'the thread about the dense denim factory'])('finds none in "%s"', (question) => {
    expect(actAsked(question)).toBeUndefined();
  });
});

describe('cueIsAct', () => {
  it('reads a cue of the act in any of its forms, and no other', () => {
    expect(cueIsAct('urged', 'urge')).toBe(true);
    expect(cueIsAct('has promised', 'promise')).toBe(true);
    expect(cueIsAct('denied', 'deny')).toBe(true);
    expect(cueIsAct('said', 'urge')).toBe(false);
    expect(cueIsAct(undefined, 'warn')).toBe(false);
  });
});

describe('an act of speech asked about, in an answer', () => {
  const libraryNow = libraryOf([
    { title: 'Floods close roads across the county', text: 'Floods closed roads across the county on Monday. Mayor Ann Lee said the weather had been the worst she could remember. Lee promised to rebuild every bridge within a year.' },
  ]);

  it('puts first the words whose cue is the act the question asks about', async () => {
    const answer = await ask(libraryNow(), 'what did the mayor promise after the floods');
    expect(answer.citations[0]).toMatchObject({ speaker: 'Ann Lee', cue: 'promised' });
  });
});
