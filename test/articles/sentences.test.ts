import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/articles/index.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const _ = (text: string, expected: string[]) => () => expect(split(text)).toEqual(expected);

describe('splitSentences', () => {
  it('two plain sentences', _('The bus crashed. Seven died.', ['The bus crashed.', 'Seven died.']));
  it('keeps titles and initials', _('Mr. Lee met Dr. J. Smith. They talked.', ['Mr. Lee met Dr. J. Smith.', 'They talked.']));
  it('keeps U.S. and decimals', _('The U.S. economy grew 2.5 percent in 2019.', ['The U.S. economy grew 2.5 percent in 2019.']));
  it('reads "No." as an abbreviation only before a number', _('He lives at No. 10 Downing Street. She shook her head no. "But we will see," she said.', ['He lives at No. 10 Downing Street.', 'She shook her head no.', '"But we will see," she said.']));
  it('ends at an abbreviation that can end one when a word that opens sentences follows', _('Polls close at 7 p.m. He says it is close. Stocks fell in the U.S. The euro rose at 9 a.m. Monday.', ['Polls close at 7 p.m.', 'He says it is close.', 'Stocks fell in the U.S.', 'The euro rose at 9 a.m. Monday.']));
  it('ends after a closing quote', _('He said "stop." Then he left.', ['He said "stop."', 'Then he left.']));
  it(
    'keeps a quotation of several sentences whole with its speaker',
    _('"We are ready. We will win," she said. The vote is Friday.', ['"We are ready. We will win," she said.', 'The vote is Friday.']),
  );
  it('ends at a line break', _('Headline without stop\nBody starts here.', ['Headline without stop', 'Body starts here.']));
  it('does not end before a lower-case word', _('It cost $5 vs. $7 a year ago.', ['It cost $5 vs. $7 a year ago.']));
  it('handles curly quotes', _('\u201cNo,\u201d he said. \u201cNever.\u201d', ['\u201cNo,\u201d he said.', '\u201cNever.\u201d']));
  it('ignores blank text', _('  \n\n ', []));
});
