import { DOMParser } from 'linkedom';
import { CitewireError } from '../errors.ts';

/** One entry of an RSS or Atom feed: where the story is, and what the feed says of it. */
export interface FeedItem {
  /** The story's page (RSS <link>, Atom <link rel="alternate">), absolute. */
  url?: string;
  /** The feed's id for the entry (RSS <guid>, Atom <id>). */
  id?: string;
  title?: string;
  publishedAt?: string;
}

export interface Feed {
  title?: string;
  items: FeedItem[];
}

type Node = ReturnType<DOMParser['parseFromString']>['documentElement'];

function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The element's children named `name` (namespace prefix ignored: dc:date is "date"). */
function children(node: Node, name: string): Node[] {
  return [...(node.children as unknown as Node[])].filter((c) => c.tagName.toLowerCase().replace(/^.*:/, '') === name.toLowerCase());
}

function text(node: Node, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = children(node, name)[0]?.textContent?.replace(/\s+/g, ' ').trim();
    if (value) return value.replace(/<[^>]*>/g, '');
  }
  return undefined;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function rssItem(item: Node, base: string | undefined): FeedItem {
  const guid = children(item, 'guid')[0];
  const guidText = guid?.textContent?.trim();
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? absolute(guidText, base) : undefined;
  return tidy({
    url: absolute(text(item, 'link'), base) ?? permalink,
    id: guidText,
    title: text(item, 'title'),
    publishedAt: isoDate(text(item, 'pubDate', 'date', 'published')),
  });
}

function atomEntry(entry: Node, base: string | undefined): FeedItem {
  const links = children(entry, 'link');
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return tidy({
    url: absolute(alternate?.getAttribute('href'), base),
    id: text(entry, 'id'),
    title: text(entry, 'title'),
    publishedAt: isoDate(text(entry, 'published', 'updated')),
  });
}

function tidy(item: { [K in keyof FeedItem]: FeedItem[K] | undefined }): FeedItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as FeedItem;
}

/**
 * Reads an RSS 2.0 (or RSS 1.0/RDF) or Atom feed. `baseUrl` is where it came from, for
 * relative links. Refuses anything else with NOT_A_FEED. External entities are never
 * resolved: the parser has no notion of them.
 */
export function parseFeed(xml: string, source: string, baseUrl?: string): Feed {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const root = document.documentElement as Node | null;
  const kind = root?.tagName.toLowerCase().replace(/^.*:/, '');
  if (!root || (kind !== 'rss' && kind !== 'feed' && kind !== 'rdf')) {
    throw new CitewireError('NOT_A_FEED', { detail: source, reason: kind ? `its root element is <${root!.tagName}>` : 'it is not XML' });
  }
  if (kind === 'feed') {
    const selfBase = absolute(root.getAttribute('xml:base'), baseUrl) ?? baseUrl;
    return tidyFeed(text(root, 'title'), children(root, 'entry').map((e) => atomEntry(e, selfBase)));
  }
  const channel = children(root, 'channel')[0] ?? root;
  // RSS 1.0 puts its items beside the channel; RSS 2.0 inside it.
  const items = [...children(channel, 'item'), ...(channel === root ? [] : children(root, 'item'))];
  return tidyFeed(text(channel, 'title'), items.map((i) => rssItem(i, baseUrl)));
}

function tidyFeed(title: string | undefined, items: FeedItem[]): Feed {
  return title ? { title, items } : { items };
}

/** True when text looks like a feed rather than a page: an XML root of rss, feed or rdf. */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2000));
}
