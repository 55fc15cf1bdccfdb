import { createHash } from 'node:crypto';
import { splitSentences, type Span } from './sentences.ts';
import type { Article, Passage } from './types.ts';

export interface ChunkOptions {
  /** A passage closes at the first sentence or paragraph end past this many characters. */
  targetChars?: number;
  /** A passage never grows past this, even to keep a quotation whole. */
  maxChars?: number;
}

// USE lite was trained on sentences and short paragraphs: 2–4 news sentences
// (~300–600 characters) embed well; past ~1,000 the vector blurs into the topic.
const TARGET_CHARS = 450;
const MAX_CHARS = 1000;

/**
 * For each sentence, whether a double quotation is still open after it. A quote that
 * runs over paragraphs leaves each paragraph open and reopens the next with a quote
 * mark (news style), so a paragraph that ends open and is followed by one starting
 * with a quote mark continues the quotation.
 */
function quoteOpenAfter(text: string, sentences: readonly Span[]): boolean[] {
  const openAfter: boolean[] = [];
  let open = false;
  let cursor = 0;
  for (const sentence of sentences) {
    const gap = text.slice(cursor, sentence.start);
    let i = sentence.start;
    if (gap.includes('\n')) {
      const reopens = /["\u201c]/.test(text[i] ?? '');
      if (open && reopens) i++; // the reopening mark of a continued quotation
      else open = false;
    }
    for (; i < sentence.end; i++) {
      const ch = text[i];
      if (ch === '\u201c') open = true;
      else if (ch === '\u201d') open = false;
      else if (ch === '"') open = !open;
    }
    openAfter.push(open);
    cursor = sentence.end;
  }
  return openAfter;
}

/**
 * Splits an article into passages of whole sentences, with offsets into `article.text`
 * so that `article.text.slice(p.start, p.end) === p.text` always. A passage is not
 * ended inside a quotation while it can still grow.
 */
export function chunkArticle(article: Pick<Article, 'id' | 'text'>, options: ChunkOptions = {}): Passage[] {
  const target = options.targetChars ?? TARGET_CHARS;
  const max = Math.max(options.maxChars ?? MAX_CHARS, target);
  const { text } = article;
  const sentences = splitSentences(text);
  const openAfter = quoteOpenAfter(text, sentences);
  const passages: Passage[] = [];
  let first = 0;

  const emit = (fromIndex: number, toIndex: number) => {
    const start = sentences[fromIndex]!.start;
    const end = sentences[toIndex]!.end;
    passages.push({
      id: createHash('sha256').update(`${article.id}:${start}:${end}`).digest('hex').slice(0, 16),
      articleId: article.id,
      start,
      end,
      text: text.slice(start, end),
    });
  };

  for (let i = 0; i < sentences.length; i++) {
    const current = sentences[i]!;
    const next = sentences[i + 1];
    if (!next) {
      emit(first, i);
      break;
    }
    const size = current.end - sentences[first]!.start;
    const withNext = next.end - sentences[first]!.start;
    const quoteOpen = openAfter[i]!;
    const paragraphEnds = text.slice(current.end, next.start).includes('\n');
    // Close at the target, preferring a paragraph end; keep a quotation whole unless
    // that would pass the hard maximum.
    const full = withNext > max || (size >= target && !quoteOpen) || (paragraphEnds && size >= target * 0.6 && !quoteOpen);
    if (full) {
      emit(first, i);
      first = i + 1;
    }
  }
  return passages;
}
