import type { Article } from '../articles/index.ts';
import { quoteLink, type Answer, type Citation } from '../answer/index.ts';
import type { DeployResult } from '../discord/index.ts';
import type { IngestResult, ArticleSummary, SpeakerSummary } from '../library/index.ts';
import type { Quote } from '../quotes/index.ts';

/** The `--json` shape of a citation: every field present, null where unknown. */
export function citationJson(c: Citation) {
  return {
    articleId: c.articleId,
    title: c.title,
    url: c.url ?? null,
    /** The article's URL with a text fragment that scrolls to the quote. */
    link: (c.url && quoteLink(c.url, c.quote)) ?? null,
    publisher: c.publisher ?? null,
    publishedAt: c.publishedAt ?? null,
    passageId: c.passageId ?? null,
    start: c.start,
    end: c.end,
    quote: c.quote,
    speaker: c.speaker ?? null,
    cue: c.cue ?? null,
  };
}

export function answerJson(answer: Answer) {
  return {
    question: answer.question,
    mode: answer.mode,
    text: answer.text,
    ...(answer.note ? { note: answer.note } : {}),
    ...(answer.checks ? { checks: answer.checks } : {}),
    citations: answer.citations.map(citationJson),
  };
}

export function articleJson(a: Article, alsoAt: readonly string[] = []) {
  return {
    id: a.id,
    title: a.title,
    byline: a.byline ?? null,
    publisher: a.publisher ?? null,
    dateline: a.dateline ?? null,
    publishedAt: a.publishedAt ?? null,
    url: a.url ?? null,
    /** Other URLs the same story was found under. */
    alsoAt,
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

export function ingestJson(result: IngestResult) {
  const brief = (list: readonly Article[]) => list.map((a) => ({ id: a.id, title: a.title, ...(a.url ? { url: a.url } : {}), ...(a.source ? { source: a.source } : {}) }));
  return {
    added: brief(result.added),
    updated: brief(result.updated),
    unchanged: brief(result.unchanged),
    duplicates: result.duplicates.map((d) => ({ ...brief([d.article])[0], of: d.of, similarity: d.similarity })),
    refused: result.refused,
  };
}

function sourceLine(c: Pick<Citation, 'cue' | 'title' | 'publisher' | 'publishedAt' | 'url' | 'quote'>): string {
  return [c.cue, c.title, c.publisher, c.publishedAt?.slice(0, 10), (c.url && quoteLink(c.url, c.quote)) ?? c.url].filter(Boolean).join(' · ');
}

/**
 * An answer for a terminal: the numbered quotes under their speakers, each with its
 * source. A model-written answer shows its text first; an extractive one is its quotes.
 */
export function renderAnswer(answer: Answer): string {
  const lines: string[] = [];
  if (answer.citations.length === 0) return `${answer.text}\n`;
  if (answer.note) lines.push(answer.note, '');
  if (answer.mode === 'llm') lines.push(answer.text, '');
  let speaker: string | undefined;
  answer.citations.forEach((c, i) => {
    if (c.speaker && c.speaker !== speaker) lines.push(`${c.speaker}:`);
    speaker = c.speaker;
    lines.push(`${c.speaker ? '  ' : ''}[${i + 1}] ${c.quote}`, `${c.speaker ? '  ' : ''}    \u2014 ${sourceLine(c)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** The `--json`/`--jsonl` shape of an extracted quote. */
export function quoteJson(q: Quote) {
  return {
    start: q.start,
    end: q.end,
    ...(q.fragments ? { fragments: q.fragments } : {}),
    text: q.text,
    kind: q.kind,
    cue: q.cue ?? null,
    speaker: q.speaker ? { name: q.speaker.name, kind: q.speaker.kind ?? null, mention: q.speaker.mention, description: q.speaker.description ?? null } : null,
  };
}

export function renderQuotes(title: string, quotes: readonly Quote[]): string {
  const lines = [title];
  for (const q of quotes) {
    const who = q.speaker ? `${q.speaker.name}${q.speaker.mention.text !== q.speaker.name ? ` ("${q.speaker.mention.text}")` : ''}` : '(no speaker)';
    lines.push(`  ${q.kind.padEnd(8)} ${who}${q.cue ? ` \u2014 ${q.cue.text}` : ''}`, `           ${q.text.replace(/\s*\n+\s*/g, ' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function speakersJson(list: readonly SpeakerSummary[]) {
  return list.map((s) => ({ name: s.name, quotes: s.quotes, articles: s.articles }));
}

export function renderSpeakers(list: readonly SpeakerSummary[]): string {
  if (list.length === 0) return 'Nobody is quoted by name yet.\n';
  return `${list.map((s) => `${String(s.quotes).padStart(4)} quote${s.quotes === 1 ? ' ' : 's'}  ${String(s.articles.length).padStart(3)} article${s.articles.length === 1 ? ' ' : 's'}  ${s.name}`).join('\n')}\n`;
}

export function renderArticles(list: readonly ArticleSummary[], filtered = false): string {
  if (list.length === 0) return filtered ? 'No articles match.\n' : 'No articles yet. Add some with: citewire ingest <file or folder>\n';
  return `${list.map((a) => `${a.id}  ${a.publishedAt?.slice(0, 10) ?? '          '}  ${a.title}${a.publisher ? ` (${a.publisher})` : ''}`).join('\n')}\n`;
}

export function renderArticle(a: Article, alsoAt: readonly string[] = []): string {
  const meta = [
    a.byline && `By ${a.byline}`,
    a.dateline,
    a.publisher,
    a.publishedAt,
  ].filter(Boolean);
  const urls = [a.url, ...alsoAt.map((u) => `also at ${u}`)].filter(Boolean).map((u) => `${u}\n`).join('');
  return `${a.title}\n${meta.join(' · ')}\n${urls}id ${a.id}\n\n${a.text}\n`;
}

/** One line per source that changed something or was refused, then the counts. */
export function renderIngest(result: IngestResult): string {
  const parts = [`${result.added.length} added`, `${result.updated.length} updated`, `${result.unchanged.length} unchanged`];
  if (result.duplicates.length) parts.push(`${result.duplicates.length} duplicate${result.duplicates.length === 1 ? '' : 's'}`);
  if (result.refused.length) parts.push(`${result.refused.length} refused`);
  const lines = [
    ...result.added.map((a) => `+ ${a.id}  ${a.title}`),
    ...result.updated.map((a) => `~ ${a.id}  ${a.title}  (new version)`),
    ...result.unchanged.map((a) => `= ${a.id}  ${a.title}  (already stored)`),
    ...result.duplicates.map((d) => `\u2248 ${d.of.id}  ${d.article.url ?? d.article.source ?? d.article.title}: the same story as '${d.of.title}' (${Math.round(d.similarity * 100)}% alike); its URL is recorded there`),
    ...result.refused.map((r) => `\u2717 ${r.message}`),
  ];
  return `${[...lines, parts.join(', ')].join('\n')}\n`;
}

export function renderDeploy(result: DeployResult): string {
  const where = result.guildId ? `server ${result.guildId}` : 'every server (global)';
  const count = result.added.length + result.changed.length + result.unchanged.length;
  const lines = [`Registered ${count} commands for application ${result.applicationId} in ${where}:`];
  const list = (mark: string, label: string, names: readonly string[]) => {
    if (names.length) lines.push(`  ${mark} ${label}: ${names.join(', ')}`);
  };
  list('+', 'added', result.added);
  list('~', 'changed', result.changed);
  list('-', 'removed', result.removed);
  list('=', 'unchanged', result.unchanged);
  return `${lines.join('\n')}\n`;
}
