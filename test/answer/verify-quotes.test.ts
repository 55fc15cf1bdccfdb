import { describe, expect, it } from 'vitest';
import { verifyQuotes, type Citation } from '../../src/answer/index.ts';

const text = 'Lee said the visit had achieved more progress. "Trust between leaders matters," Woo said. Trust again.';
const articles = { textOf: (id: string) => (id === 'a1' ? text : undefined) };
const cite = (quote: string, start: number, end = start + quote.length, articleId = 'a1'): Citation => ({ articleId, title: 'T', quote, start, end });

describe('verifyQuotes', () => {
  it('keeps a citation that is an exact span', () => {
    const c = cite('Lee said the visit', 0);
    expect(verifyQuotes([c], articles)).toEqual({ citations: [c], rejected: [] });
  });

  it('re-anchors a quote whose offsets are off but whose words occur once', () => {
    const c = cite('"Trust between leaders matters,"', 3);
    const { citations } = verifyQuotes([c], articles);
    expect(citations[0]!.start).toBe(text.indexOf('"Trust'));
    expect(text.slice(citations[0]!.start, citations[0]!.end)).toBe(c.quote);
  });

  it('rejects words that occur twice when the offsets are wrong: it cannot tell which', () => {
    expect(verifyQuotes([cite('Trust', 0)], articles).rejected).toHaveLength(1);
  });

  it('rejects a paraphrase', () => {
    expect(verifyQuotes([cite('Lee said the trip achieved more progress', 0)], articles).rejected).toHaveLength(1);
  });

  it('rejects a quote from an article that is not stored', () => {
    expect(verifyQuotes([cite('Lee said', 0, 8, 'gone')], articles).rejected).toHaveLength(1);
  });

  it('rejects an empty quote', () => {
    expect(verifyQuotes([cite('', 0, 0)], articles).rejected).toHaveLength(1);
  });
});
