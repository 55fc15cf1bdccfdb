import { describe, expect, it } from 'vitest';
import { extractArticle, joinWrappedLines } from '../../src/articles/index.ts';
import { extractQuotes } from '../../src/quotes/index.ts';

// A plain-text article wrapped at 72 columns, its paragraphs parted by blank lines.
const WRAPPED = [
  'Mayor Lena Ortiz said on Tuesday that the city would reopen the bridge by',
  'the end of the month, after engineers found the cracks less deep than feared.',
  '',
  '"We owe the people who cross this river every morning an honest date, and',
  'the end of March is that date," Ortiz said at a briefing outside City Hall.',
  '',
  'Engineers from the state transport department will inspect it again before',
  'traffic returns, the department said in a statement late on Tuesday.',
  '',
].join('\r\n');

describe('joinWrappedLines: a paragraph wrapped over lines is one paragraph', () => {
  it('joins the lines of a wrapped paragraph and keeps every offset', () => {
    const joined = joinWrappedLines(WRAPPED);
    expect(joined).toHaveLength(WRAPPED.length);
    expect(joined.split('\r\n\r\n')).toHaveLength(3);
    expect(joined).toContain('bridge by  the end of the month');
  });

  it('lets a quotation run on over a line break, as a span of the text as given', () => {
    const quote = extractQuotes({ text: WRAPPED }).find((q) => q.kind === 'direct');
    expect(quote?.speaker?.name).toBe('Lena Ortiz');
    expect(quote?.text).toBe(WRAPPED.slice(quote!.start, quote!.end));
    expect(quote?.text).toContain('the end of March is that date');
  });

  it('joins a line that ends a sentence at the width when its paragraph goes on, over a line that ran long', () => {
    const text = [
      'Mayor Lena Ortiz said on Tuesday that the city would reopen the bridge by',
      'the end of the month, after engineers found the cracks less deep than feared.',
      '',
      '"We owe the people who cross this river every morning an honest date here.',
      'The end of March is that date, and we will keep it," Ortiz said at a briefing',
      'outside City Hall, where a crowd of commuters had gathered in the cold rain.',
      '',
      'Engineers from the state transport department will inspect it again before',
      'traffic returns: https://example.org/state-transport/bridges/inspection-reports/2026',
      'the department said in a statement late on Tuesday, without giving a date.',
      '',
    ].join('\r\n');
    expect(joinWrappedLines(text)).toContain('an honest date here.  The end of March');
    const quote = extractQuotes({ text }).find((q) => q.kind === 'direct');
    expect(quote?.speaker?.name).toBe('Lena Ortiz');
    expect(quote?.text).toContain('The end of March is that date');
  });

  it('joins a line that stops mid-sentence and goes on in lower case, in any text', () => {
    const text = 'Susan Li, the chief financial officer, said in an earnings call\nthis year that ads grew.\nA new paragraph starts here, on its own line.';
    expect(joinWrappedLines(text)).toBe(text.replace('call\nthis', 'call this'));
  });

  it('leaves a line per paragraph, a byline over a "Share" button and a list of quotations alone', () => {
    const paragraphs = 'Officials said the storm had passed by the early hours of Monday.\nRescue teams reached the coast by noon and began searching the harbour.\n\nNext.\n\nLast.';
    expect(joinWrappedLines(paragraphs)).toBe(paragraphs);
    const byline = 'Headline\n\nBy YANG HAN in Hong Kong | China Daily | Updated: 2026-01-08 09:53\nShare\nShare - WeChat\n\nBody.';
    expect(joinWrappedLines(byline)).toBe(byline);
    const quotes = '"It is our greatest shame." ― Sonya Herridge, a voter in the suburbs of Miami\n"During the debate he said it twice," said another voter in the same room.\n\nEnd.\n\nEnd.';
    expect(joinWrappedLines(quotes)).toBe(quotes);
  });

  it('reads a wrapped .txt article as paragraphs, not a paragraph a line', () => {
    const article = extractArticle({ source: 'bridge.txt', format: 'text', content: `Bridge to reopen in March\r\n\r\n${WRAPPED}` });
    expect(article.text.split('\n\n')).toHaveLength(3);
  });
});
