import type { Library } from '../library/index.ts';
import type { Answer } from './types.ts';
import { verifyQuotes } from './verify-quotes.ts';

/**
 * Runs an answer's citations through verifyQuotes against the library's stored text and
 * renumbers the [n] markers to match what survived. Every answerer returns through here.
 */
export function verifyAnswer(library: Library, answer: Answer): Answer {
  const texts = new Map<string, string | undefined>();
  const { citations, rejected } = verifyQuotes(answer.citations, {
    textOf: (id) => {
      if (!texts.has(id)) texts.set(id, library.findArticleText(id));
      return texts.get(id);
    },
  });
  if (rejected.length === 0) return { ...answer, citations };
  const renumber = new Map<number, number>();
  answer.citations.forEach((c, i) => {
    if (!rejected.includes(c)) renumber.set(i + 1, renumber.size + 1);
  });
  const text = answer.text.replace(/\s?\[(\d+)\]/g, (marker, num: string) => {
    const to = renumber.get(Number(num));
    return to === undefined ? '' : marker.replace(num, String(to));
  });
  return { ...answer, text, citations };
}
