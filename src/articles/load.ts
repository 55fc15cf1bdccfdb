import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { CitewireError } from '../errors.ts';
import { decodeText } from './decode.ts';
import { looksLikeFeed, parseFeed, type Feed } from './feed.ts';
import type { FetchedPage } from './fetch.ts';
import { sniffMetaCharset } from './html.ts';
import type { RawDocument } from './types.ts';
import { lookupTable } from '../lookup-table.ts';

const FORMATS: Record<string, RawDocument['format']> = lookupTable({
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
});

// What a server may call a page we can read, by media type.
const PAGE_TYPES: Record<string, RawDocument['format']> = lookupTable({
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
});
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml']);

// A folder's README or LICENSE describes the folder; it is not one of its articles.
const NOT_ARTICLES = /^(readme|license|licence|changelog)(\.|$)/i;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile() && !NOT_ARTICLES.test(entry.name)) files.push(path);
  }
  return files;
}

/**
 * The files named by `paths`, directories walked in name order (hidden files and a
 * folder's README/LICENSE left out). Every other file is listed, article or not, so that
 * the ingest can say which it refused and why. A path that does not exist, or a folder
 * with nothing in it, fails before anything is read.
 */
export async function listSources(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new CitewireError('SOURCE_NOT_FOUND', { detail: path });
    if (info.isDirectory()) {
      const found = await listFiles(path);
      if (found.length === 0) throw new CitewireError('NO_SOURCES', { detail: path });
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return [...new Set(files)];
}

/** True when a file of this name is one we read as an article (.txt, .md, .html). */
export function isSupportedFile(name: string): boolean {
  return FORMATS[extname(name).toLowerCase()] !== undefined;
}

function decode(source: string, bytes: Uint8Array, format: RawDocument['format'], charset?: string): string {
  const decoded = decodeText(bytes, charset ?? (format === 'html' ? sniffMetaCharset(bytes) : undefined));
  if ('notText' in decoded) throw new CitewireError('NOT_TEXT', { detail: source, reason: decoded.notText });
  return decoded.text;
}

/**
 * Bytes named `source` (a path, or an uploaded file's name) as a RawDocument; the
 * format comes from the extension. Shared by files on disk and uploads.
 */
export function readDocument(source: string, bytes: Uint8Array): RawDocument {
  const format = FORMATS[extname(source).toLowerCase()];
  if (!format) throw new CitewireError('UNSUPPORTED_SOURCE', { detail: basename(source) });
  return { source, format, content: decode(basename(source), bytes, format) };
}

/** Reads one file as a RawDocument; its format comes from the extension. */
export async function loadFile(path: string): Promise<RawDocument> {
  if (!isSupportedFile(path)) throw new CitewireError('UNSUPPORTED_SOURCE', { detail: basename(path) });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new CitewireError('SOURCE_UNREADABLE', { detail: path, reason: (cause as NodeJS.ErrnoException).code ?? 'read failed' }, cause);
  }
  return readDocument(path, bytes);
}

/**
 * A fetched page as a RawDocument. The media type decides the format (the URL's
 * extension when the server sends none); the charset comes from the HTTP header, else
 * the page's <meta charset>. A feed, an image or a PDF is refused with what it is.
 */
export function readPage(page: FetchedPage): RawDocument {
  const byExtension = FORMATS[extname(new URL(page.url).pathname).toLowerCase()];
  // No media type at all: read it as a page; decoding still refuses what is not text.
  const format = page.mediaType ? PAGE_TYPES[page.mediaType] : (byExtension ?? 'html');
  if (!format) {
    const what = page.mediaType && FEED_TYPES.has(page.mediaType) ? 'a feed; add it with --feed (or /follow in Discord)' : `${page.mediaType}, not a web page`;
    throw new CitewireError('NOT_TEXT', { detail: page.url, reason: `it is ${what}` });
  }
  const content = decode(page.url, page.bytes, format, page.charset);
  if (format !== 'text' && looksLikeFeed(content)) {
    throw new CitewireError('NOT_TEXT', { detail: page.url, reason: 'it is a feed; add it with --feed (or /follow in Discord)' });
  }
  return { source: page.url, format, content, url: page.url };
}

/** A fetched feed (or a feed file's bytes) as a Feed, its links made absolute. */
export function readFeed(source: string, bytes: Uint8Array, options: { charset?: string; url?: string } = {}): Feed {
  const decoded = decodeText(bytes, options.charset ?? /<\?xml[^>]*encoding=["']([\w.:-]+)/i.exec(Buffer.from(bytes.subarray(0, 200)).toString('latin1'))?.[1]);
  if ('notText' in decoded) throw new CitewireError('NOT_A_FEED', { detail: source, reason: decoded.notText });
  return parseFeed(decoded.text, source, options.url);
}
