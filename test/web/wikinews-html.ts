import { parseFrontMatter } from '../../src/articles/index.ts';
import { escapeHtml, renderNewsPage } from './news-page.ts';

/**
 * A Wikinews Markdown article from ../shared/corpus as a news site would serve it: the
 * body's blocks as HTML (links, emphasis and subheadings marked up, the date line and
 * pull-quote credits left in, as the Markdown has them) inside the page furniture of
 * renderNewsPage. What extraction should recover is what the Markdown path stores.
 */
export function wikinewsAsHtml(markdown: string, dateIn: 'json-ld' | 'meta' | 'time' = 'json-ld'): { html: string; url: string } {
  const { fields, body } = parseFrontMatter(markdown);
  const inline = (text: string) =>
    escapeHtml(text)
      .replace(/\[([^\]]+)\]\(([^)]*)\)/g, '<a href="$2">$1</a>')
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?!\w)/g, '<em>$1</em>');
  const blocks = body
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((b) => {
      const heading = /^(#{1,6})\s+(.*)$/.exec(b);
      return heading ? `<h${Math.max(2, heading[1]!.length)}>${inline(heading[2]!)}</h${Math.max(2, heading[1]!.length)}>` : `<p>${inline(b)}</p>`;
    });
  const url = fields.url ?? 'https://en.wikinews.org/wiki/Untitled';
  return {
    url,
    html: renderNewsPage({
      title: fields.title ?? 'Untitled',
      bodyHtml: blocks.join('\n'),
      url,
      ...(fields.author ? { byline: fields.author } : {}),
      ...(fields.publisher ? { publisher: fields.publisher } : {}),
      ...(fields.published ? { publishedAt: fields.published } : {}),
      dateIn,
    }),
  };
}
