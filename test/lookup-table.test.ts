import { describe, expect, it } from 'vitest';
import { lookupTable } from '../src/lookup-table.ts';
import { parseQuestion } from '../src/answer/index.ts';
import { newsWords, spellings } from '../src/library/word-forms.ts';

describe('lookupTable', () => {
  it("holds its own keys and no key of Object's", () => {
    const table = lookupTable({ pm: 'prime minister' });
    expect(table.pm).toBe('prime minister');
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) expect(table[key]).toBeUndefined();
  });

  it("lets a question hold a word Object has, as any other word", () => {
    // SPELT["constructor"] once threw ("is not iterable") from every ask holding the word.
    expect(spellings('constructor')).toEqual(['constructor']);
    expect(newsWords('constructor')).toEqual([]);
    // ROLE_WORDS["constructor"] once gave Object's constructor, written into the office.
    expect(parseQuestion('what did the constructor say about the wall')).toMatchObject({ speech: true, topic: 'the wall' });
  });
});
