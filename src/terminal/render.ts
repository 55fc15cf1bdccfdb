import type { Article } from '../articles/index.ts';
import type { Answer, Citation } from '../answer/index.ts';
import type { AddResult, ArticleSummary } from '../library/index.ts';

/** The `--json` shape of a citation: every field present, null where unknown. */
export function citationJson(c: Citation) {
  return {
    articleId: c.articleId,
    title: c.title,
    url: c.url ?? null,
    publisher: c.publisher ?? null,
    publishedAt: c.publishedAt ?? null,
    passageId: c.passageId ?? null,
    start: c.start,
    end: c.end,
    quote: c.quote,
    speaker: c.speaker ?? null,
  };
}

export function answerJson(answer: Answer) {
  return { question: answer.question, mode: answer.mode, text: answer.text, citations: answer.citations.map(citationJson) };
}

export function articleJson(a: Article) {
  return {
    id: a.id,
    title: a.title,
    byline: a.byline ?? null,
    publisher: a.publisher ?? null,
    dateline: a.dateline ?? null,
    publishedAt: a.publishedAt ?? null,
    url: a.url ?? null,
    text: a.text,
  };
}

export function articlesJson(list: readonly ArticleSummary[]) {
  return list.map((a) => ({
    id: a.id,
    title: a.title,
    publisher: a.publisher ?? null,
    publishedAt: a.publishedAt ?? null,
    url: a.url ?? null,
    passages: a.passages,
  }));
}

export function ingestJson(result: AddResult) {
  const brief = (list: readonly Article[]) => list.map((a) => ({ id: a.id, title: a.title }));
  return { added: brief(result.added), updated: brief(result.updated), unchanged: brief(result.unchanged) };
}

function sourceLine(c: Pick<Citation, 'title' | 'publisher' | 'publishedAt' | 'url'>): string {
  return [c.title, c.publisher, c.publishedAt?.slice(0, 10), c.url].filter(Boolean).join(' · ');
}

/**
 * An answer for a terminal: the numbered quotes, each with its speaker and source. A
 * model-written answer shows its text first; an extractive one is its quotes.
 */
export function renderAnswer(answer: Answer): string {
  const lines: string[] = [];
  if (answer.citations.length === 0) return `${answer.text}\n`;
  if (answer.mode === 'llm') lines.push(answer.text, '');
  answer.citations.forEach((c, i) => {
    const who = c.speaker ? `${c.speaker}: ` : '';
    lines.push(`[${i + 1}] ${who}${c.quote}`, `    \u2014 ${sourceLine(c)}`);
  });
  return `${lines.join('\n')}\n`;
}

export function renderArticles(list: readonly ArticleSummary[]): string {
  if (list.length === 0) return 'No articles yet. Add some with: citewire ingest <file or folder>\n';
  return `${list.map((a) => `${a.id}  ${a.publishedAt?.slice(0, 10) ?? '          '}  ${a.title}${a.publisher ? ` (${a.publisher})` : ''}`).join('\n')}\n`;
}

export function renderArticle(a: Article): string {
  const meta = [
    a.byline && `By ${a.byline}`,
    a.dateline,
    a.publisher,
    a.publishedAt,
  ].filter(Boolean);
  return `${a.title}\n${meta.join(' · ')}\n${a.url ? `${a.url}\n` : ''}id ${a.id}\n\n${a.text}\n`;
}

export function renderIngest(result: AddResult): string {
  const parts = [`${result.added.length} added`, `${result.updated.length} updated`, `${result.unchanged.length} unchanged`];
  const lines = [...result.added.map((a) => `+ ${a.id}  ${a.title}`), ...result.updated.map((a) => `~ ${a.id}  ${a.title}`)];
  return `${[...lines, parts.join(', ')].join('\n')}\n`;
}
