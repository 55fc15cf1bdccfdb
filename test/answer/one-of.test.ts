import { describe, expect, it } from 'vitest';
import { joinAnswers } from '../../src/answer/ask-among.ts';
import { oneOf } from '../../src/answer/one-of.ts';
import type { Answer } from '../../src/answer/types.ts';

describe('oneOf', () => {
  it.each([
    ['was it warholm or kipchoge who said he felt his heart would stop', ['warholm', 'kipchoge'], 'who said he felt his heart would stop'],
    ['kosgei or radcliffe, who said the record would go?', ['kosgei', 'radcliffe'], 'who said the record would go'],
    ['duda or tusk - which one prayed for the mayor', ['duda', 'tusk'], 'who prayed for the mayor'],
    ['did pelosi or collins say nobody is conducting a formal inquiry', ['pelosi', 'collins'], 'who said nobody is conducting a formal inquiry'],
    ['which one called the gunman a terrorist - ebrard or the us attorney?', ['ebrard', 'the us attorney'], 'who called the gunman a terrorist'],
    ['who commented on the pandemic declaration, tedros or fauci or both?', ['tedros', 'fauci'], 'who commented on the pandemic declaration'],
    ['trump, bolton or pompeo - what did each of them say about bolton leaving', ['trump', 'bolton', 'pompeo'], 'what did each of them say about bolton leaving'],
    ['who said the bill would be withdrawn? was it lam or wong', ['lam', 'wong'], 'who said the bill would be withdrawn'],
    ['which of pelosi and schumer said the shutdown was a tantrum', ['pelosi', 'schumer'], 'who said the shutdown was a tantrum'],
    ['between kosgei and radcliffe, who said the record would go', ['kosgei', 'radcliffe'], 'who said the record would go'],
  ])('%s', (question, voices, asked) => {
    expect(oneOf(question)).toEqual({ voices, asked, orAnyone: false });
  });

  it('keeps "or someone else" as leave to answer with anyone', () => {
    expect(oneOf('seth john or one of the other researchers, who said lava has no nitrate')).toEqual({ voices: ['seth john'], asked: 'who said lava has no nitrate', orAnyone: true });
  });

  it.each([
    'boris on leaving the eu on halloween deal or no deal',
    'is hutchinson for or against the flapping dinosaur study',
    'who said it could be a power supply issue or a faulty transponder',
    'does julian marshall think pollution is more about race or income',
    'what did pelosi and schumer say about the shutdown',
  ])('reads no voices asked among in "%s"', (question) => {
    expect(oneOf(question)).toBeUndefined();
  });
});

describe('joinAnswers', () => {
  const answer = (text: string, quotes: string[]): Answer => ({
    question: 'q',
    text,
    citations: quotes.map((quote, i) => ({ articleId: 'a', title: 'A', start: i * 10, end: i * 10 + quote.length, quote })),
    mode: 'extractive',
  });

  it("renumbers each later answer's markers after the citations before it", () => {
    const joined = joinAnswers('who?', [answer('Lam:\n  [1] "one"\n  [2] "two"', ['one', 'two']), answer('Wong:\n  [1] "three" [W]e [12]', ['three'])]);
    expect(joined.text).toBe('Lam:\n  [1] "one"\n  [2] "two"\n\nWong:\n  [3] "three" [W]e [12]');
    expect(joined.citations.map((c) => c.quote)).toEqual(['one', 'two', 'three']);
    expect(joined.question).toBe('who?');
  });
});
