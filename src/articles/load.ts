import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { CitewireError } from '../errors.ts';
import type { RawDocument } from './types.ts';

const FORMATS: Record<string, RawDocument['format']> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown' };

// A folder's README or LICENSE describes the folder; it is not one of its articles.
const NOT_ARTICLES = /^(readme|license|licence|changelog)(\.|$)/i;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile() && FORMATS[extname(entry.name).toLowerCase()] && !NOT_ARTICLES.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

/**
 * The files named by `paths` (directories walked for .txt and .md files, in name
 * order). Fails on the first path that is missing or of another type, before anything
 * is read, so a bad argument never half-ingests a batch.
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
    } else if (FORMATS[extname(path).toLowerCase()]) {
      files.push(path);
    } else {
      throw new CitewireError('UNSUPPORTED_SOURCE', { detail: basename(path) });
    }
  }
  return [...new Set(files)];
}

/** True when a file of this name is one we read (.txt, .md). */
export function isSupportedFile(name: string): boolean {
  return FORMATS[extname(name).toLowerCase()] !== undefined;
}

/**
 * Bytes named `source` (a path, or an uploaded file's name) as a RawDocument; the
 * format comes from the extension. Shared by files on disk and uploads.
 */
export function readDocument(source: string, bytes: Uint8Array): RawDocument {
  const format = FORMATS[extname(source).toLowerCase()];
  if (!format) throw new CitewireError('UNSUPPORTED_SOURCE', { detail: basename(source) });
  const content = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (content.includes('\u0000')) throw new CitewireError('SOURCE_UNREADABLE', { detail: source, reason: 'it is a binary file' });
  return { source, format, content };
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
