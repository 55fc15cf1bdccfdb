import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { CitewireError } from '../errors.ts';
import { cleanBlocks } from './clean.ts';
import { readHtml } from './html.ts';
import { joinWrappedLines } from './wrapped-lines.ts';
import { parseByline, parseDate, parseFrontMatter, toIso } from './metadata.ts';
import type { Article, RawDocument } from './types.ts';

/** One block per non-blank line: scraped text pages put each paragraph on its own line (once wrapped lines are joined). */
function textBlocks(content: string): string[] {
  return joinWrappedLines(content).split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Blank-line-separated paragraphs, soft wraps joined, with inline Markdown reduced to its text. */
function markdownBlocks(content: string): { blocks: string[]; heading?: string } {
  let heading: string | undefined;
  const blocks: string[] = [];
  for (const raw of content.split(/\r?\n\s*\r?\n/)) {
    let block = raw.replace(/\s*\r?\n\s*/g, ' ').trim();
    if (!block) continue;
    const h = /^#{1,6}\s+(.*?)\s*#*$/.exec(block);
    if (h) {
      // The first top-level heading is the title; later ones are subheadings, not body.
      if (heading === undefined && block.startsWith('# ')) heading = h[1]!;
      continue;
    }
    block = block
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .trim();
    if (block) blocks.push(block);
  }
  return heading === undefined ? { blocks } : { blocks, heading };
}

function titleFromPath(source: string): string {
  return basename(source, extname(source)).replace(/^\d+[-_]/, '').replace(/[-_]+/g, ' ').trim() || 'Untitled';
}

/** The article's id: a hash of what a reader sees, so re-ingesting the same story is a no-op. */
export function articleId(title: string, text: string): string {
  return createHash('sha256').update(`${title}\n\n${text}`).digest('hex').slice(0, 16);
}

/**
 * Turns a raw text or Markdown page into an Article: front matter and the page's own
 * header give the metadata, the cleaned body paragraphs give `text`.
 */
export function extractArticle(raw: RawDocument): Article {
  if (raw.format === 'html') return extractHtmlArticle(raw);
  const { fields, body } = raw.format === 'markdown' ? parseFrontMatter(raw.content) : { fields: {}, body: raw.content };
  const { blocks, heading } = raw.format === 'markdown' ? markdownBlocks(body) : { blocks: textBlocks(body), heading: undefined };
  const title = fields.title ?? heading;
  const page = cleanBlocks(blocks, title === undefined ? {} : { heading: title });
  const text = page.paragraphs.join('\n\n');
  if (!text) throw new CitewireError('EMPTY_ARTICLE', { detail: basename(raw.source) });

  const byline = page.bylineLine ? parseByline(page.bylineLine) : {};
  const dateline = byline.dateline;
  const pageDate = byline.date ?? (page.dateLine ? parseDate(page.dateLine) : undefined);
  const published = fields.published ?? fields.date;
  const publishedAt = published ? (parseDate(published) ? toIso(parseDate(published)!, dateline) : published) : pageDate ? toIso(pageDate, dateline) : undefined;
  const finalTitle = page.title ?? titleFromPath(raw.source);

  const article: Article = { id: articleId(finalTitle, text), title: finalTitle, text, source: raw.source };
  const set = <K extends keyof Article>(key: K, value: Article[K] | undefined) => {
    if (value !== undefined && value !== '') article[key] = value;
  };
  set('byline', fields.author ?? byline.byline);
  set('publisher', fields.publisher ?? byline.publisher);
  set('dateline', dateline);
  set('publishedAt', publishedAt);
  set('url', fields.url);
  set('caption', page.captions.join('\n') || undefined);
  set('licence', fields.licence ?? fields.license);
  return article;
}

/** A date the page gives in any common shape, as ISO 8601 (see toIso); undefined if none. */
function isoDate(value: string | undefined, dateline?: string): string | undefined {
  if (!value) return undefined;
  const local = parseDate(value);
  if (local) return toIso(local, dateline);
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/\.000Z$/, '+00:00');
}

/**
 * An HTML page as an Article: Readability finds the main text, the page's structured
 * data gives the metadata, and the same cleaning as for text pages drops what is left of
 * bylines, captions, share rows and legal lines.
 */
function extractHtmlArticle(raw: RawDocument): Article {
  const html = readHtml(raw.content, raw.url);
  const page = cleanBlocks(html.blocks, html.title === undefined ? {} : { heading: html.title });
  const text = page.paragraphs.join('\n\n');
  if (!text) throw new CitewireError('EMPTY_ARTICLE', { detail: raw.url ?? basename(raw.source) });
  const byline = page.bylineLine ? parseByline(page.bylineLine) : {};
  const title = page.title ?? titleFromPath(raw.url ? new URL(raw.url).pathname : raw.source);
  const article: Article = { id: articleId(title, text), title, text, source: raw.source };
  const set = <K extends keyof Article>(key: K, value: Article[K] | undefined) => {
    if (value !== undefined && value !== '') article[key] = value;
  };
  set('byline', html.byline ?? byline.byline);
  set('publisher', html.publisher ?? byline.publisher);
  set('dateline', byline.dateline);
  set('publishedAt', isoDate(html.publishedAt, byline.dateline) ?? (byline.date ? toIso(byline.date, byline.dateline) : page.dateLine ? isoDate(page.dateLine) : undefined));
  set('url', html.canonicalUrl ?? raw.url);
  set('caption', [...html.captions, ...page.captions].join('\n') || undefined);
  return article;
}
