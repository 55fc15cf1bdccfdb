import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * What an HTML page says about itself, read from its head before Readability rewrites
 * the document: the structured data a news site publishes for search engines is more
 * reliable than anything guessed from the visible page.
 */
export interface PageMetadata {
  title?: string;
  byline?: string;
  publisher?: string;
  publishedAt?: string;
  /** Absolute http(s) URL: <link rel=canonical>, else og:url. */
  canonicalUrl?: string;
}

/** A page's main text as blocks (one per paragraph), with what its head says. */
export interface HtmlPage extends PageMetadata {
  blocks: string[];
  captions: string[];
}

type Element = ReturnType<typeof parseHTML>['document']['documentElement'];

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;

// Elements whose text is a paragraph of its own. Anything else is inline and joins its
// neighbours (a link, <em>, a <span> around a name).
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL', 'BR',
]);
// Never text a reader sees.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME', 'OBJECT']);
// Subheadings are not the article's sentences; the Markdown and text paths drop them too.
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

// HTML's whitespace (not \s, which takes in the no-break spaces an article means to keep).
const HTML_SPACE = /[ \t\n\r\f]+/g;

function clean(text: string | null | undefined): string | undefined {
  const value = text?.replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
  return value ? value : undefined;
}

function httpUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** Every object in the page's JSON-LD blocks, @graph arrays flattened; broken blocks skipped. */
function jsonLdObjects(document: Element['ownerDocument']): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      found.push(object);
      if (object['@graph']) visit(object['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Sites ship broken JSON-LD often enough; the meta tags still answer.
    }
  }
  return found;
}

function typeOf(object: Record<string, unknown>): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { name?: unknown }).name : undefined))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return list.length ? clean(list.join(', ')) : undefined;
}

/** The article's title, byline, publisher, date and canonical URL from the page's head. */
export function readPageMetadata(document: Element['ownerDocument'], baseUrl?: string): PageMetadata {
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content'));
  const article = jsonLdObjects(document).find((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const ld = (key: string) => (article ? article[key] : undefined);
  const ldString = (key: string) => (typeof ld(key) === 'string' ? clean(ld(key) as string) : undefined);
  const time = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');

  const result: PageMetadata = {};
  const title = ldString('headline') ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? clean(document.querySelector('title')?.textContent);
  const byline = names(ld('author')) ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const publisher = meta('meta[property="og:site_name"]') ?? names(ld('publisher'));
  const publishedAt =
    ldString('datePublished') ?? meta('meta[property="article:published_time"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[name="date"]') ?? clean(time);
  const canonicalUrl =
    httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), baseUrl) ?? httpUrl(meta('meta[property="og:url"]'), baseUrl);
  if (title) result.title = title;
  // A URL as the author ("https://facebook.com/…") is a profile link, not a byline.
  if (byline && !/^https?:/i.test(byline)) result.byline = byline;
  if (publisher) result.publisher = publisher;
  if (publishedAt && !Number.isNaN(Date.parse(publishedAt))) result.publishedAt = publishedAt;
  if (canonicalUrl) result.canonicalUrl = canonicalUrl;
  return result;
}

// Page furniture, by tag or ARIA role: never the story.
const FURNITURE = 'nav, footer, aside, form, dialog, body > header, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
// Class and id words of page furniture ("cookie-banner", "share-bar", "related-articles",
// "comments", "site-footer"). A name that also says it is the story ("article-header",
// "story-share-note") is kept: those words win.
const FURNITURE_WORD = /^(?:cookies?|consent|gdpr|share|sharing|social|related|recommended|comments?|newsletter|promo|subscribe|subscription|paywall|advert|advertisement|ads?|banner|popup|modal|breadcrumbs?|sidebar|footer|header|masthead|nav|navbar|navigation|menu|outbrain|taboola)$/;
const STORY_WORD = /^(?:article|story|body|content|post|entry|text|main)$/;

function isFurnitureName(name: string): boolean {
  return name.split(/\s+/).some((token) => {
    const words = token.toLowerCase().split(/[-_]+/);
    return words.some((w) => FURNITURE_WORD.test(w)) && !words.some((w) => STORY_WORD.test(w));
  });
}

/**
 * Removes navigation, banners, share bars, comment threads and related-story lists before
 * Readability scores the page. On a long story Readability finds the body anyway; on a
 * short one (three paragraphs) its scores are close, and a cookie banner or a comment
 * thread can win.
 */
function removeFurniture(document: Element['ownerDocument']): void {
  for (const element of [...document.querySelectorAll(FURNITURE)]) element.remove();
  for (const element of [...document.querySelectorAll('[class], [id]')]) {
    if (!element.isConnected || element.tagName === 'BODY' || element.tagName === 'HTML' || element.tagName === 'MAIN' || element.tagName === 'ARTICLE') continue;
    if (isFurnitureName(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) element.remove();
  }
}

/** The text of an element as paragraphs: a block element ends one, inline elements join. */
function blocksOf(root: Element): { blocks: string[]; captions: string[] } {
  const blocks: string[] = [];
  const captions: string[] = [];
  let current = '';
  const flush = (into: string[] = blocks) => {
    const text = clean(current);
    if (text) into.push(text);
    current = '';
  };
  const walk = (node: Element) => {
    for (const child of node.childNodes as unknown as Element[]) {
      if (child.nodeType === 3) {
        current += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.tagName.toUpperCase();
      if (SKIPPED.has(tag) || child.getAttribute('hidden') !== null || child.getAttribute('aria-hidden') === 'true') continue;
      if (tag === 'FIGCAPTION') {
        flush();
        current = child.textContent ?? '';
        flush(captions);
      } else if (HEADINGS.has(tag)) {
        flush();
        current = '';
      } else if (BLOCKS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return { blocks, captions };
}

/**
 * Sniffs `<meta charset>` (or its http-equiv form) in the first 1,024 bytes, as browsers
 * do before they decode a page. ASCII-compatible bytes suffice to find it.
 */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1];
}

/**
 * The main text of an HTML page, by Mozilla's Readability (the engine of Firefox's
 * reader view) over linkedom's DOM. Readability drops navigation, share bars, comments
 * and related-article lists; the general text cleaning runs on its blocks afterwards.
 */
export function readHtml(html: string, baseUrl?: string): HtmlPage {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document, baseUrl);
  removeFurniture(document);
  // Readability reads the head itself too, but only metadata taken before it rewrites
  // the document is reliable: it removes what it judges to be clutter.
  const reader = new Readability<Element>(document as unknown as Document, { serializer: (node) => node as unknown as Element, disableJSONLD: true });
  const parsed = reader.parse();
  const page: HtmlPage = { ...metadata, blocks: [], captions: [] };
  if (!parsed?.content) return page;
  const { blocks, captions } = blocksOf(parsed.content);
  page.blocks = blocks;
  page.captions = captions;
  if (!page.title && parsed.title) page.title = clean(parsed.title)!;
  if (!page.byline && parsed.byline && !/^https?:/i.test(parsed.byline)) page.byline = clean(parsed.byline)!.replace(/^by\s+/i, '');
  if (!page.publisher && parsed.siteName) page.publisher = clean(parsed.siteName)!;
  return page;
}
