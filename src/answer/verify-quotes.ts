import type { ArticleTexts, Citation } from './types.ts';

export interface VerifiedCitations {
  citations: Citation[];
  /** Citations whose words are not in their article: never shown. */
  rejected: Citation[];
}

/**
 * The one gate every answer passes before it leaves src/answer: a citation is kept only
 * if its quote is a character-exact span of the stored article. One whose offsets are
 * off but whose words occur in the article exactly once is re-anchored there; any other
 * is rejected.
 */
export function verifyQuotes(citations: readonly Citation[], articles: ArticleTexts): VerifiedCitations {
  const result: VerifiedCitations = { citations: [], rejected: [] };
  for (const citation of citations) {
    const text = articles.textOf(citation.articleId);
    if (text === undefined || citation.quote.length === 0) {
      result.rejected.push(citation);
      continue;
    }
    if (text.slice(citation.start, citation.end) === citation.quote) {
      result.citations.push(citation);
      continue;
    }
    const at = text.indexOf(citation.quote);
    if (at >= 0 && text.indexOf(citation.quote, at + 1) < 0) {
      result.citations.push({ ...citation, start: at, end: at + citation.quote.length });
    } else {
      result.rejected.push(citation);
    }
  }
  return result;
}
