import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { CitewireError } from '../errors.ts';
import { isPrivateAddress } from './address.ts';
import { isAllowedByRobots, parseRobots, type RobotsRules } from './robots.ts';

/** How links are fetched; the operator's settings (see config.ts), passed in whole. */
export interface FetchPolicy {
  /**
   * true: any address may be fetched (a bot on a private news intranet, tests).
   * A list of "host:port": those may, though private; every other private address may not.
   */
  allowPrivate: boolean | readonly string[];
  connectTimeoutMs: number;
  /** For the whole fetch: redirects, headers and body. */
  totalTimeoutMs: number;
  maxBytes: number;
  respectRobots: boolean;
}

/** A page or feed as the server sent it, after redirects and decompression. */
export interface FetchedPage {
  /** The address the content came from, after redirects. */
  url: string;
  status: number;
  /** Lower-case media type without parameters ("text/html"); undefined when the server sent none. */
  mediaType?: string;
  charset?: string;
  bytes: Buffer;
  etag?: string;
  lastModified?: string;
}

export interface Conditional {
  etag?: string;
  lastModified?: string;
}

export const USER_AGENT = 'Citewire/0.1 (Discord bot quoting news articles; honours robots.txt)';
// What robots.txt groups we read: the product token of USER_AGENT.
const ROBOTS_AGENT = 'citewire';
const MAX_REDIRECTS = 5;
// robots.txt rules are kept this long per origin, as RFC 9309 suggests (at most a day).
const ROBOTS_TTL_MS = 60 * 60 * 1000;
// RFC 9309 §2.5: a crawler parses at least the first 500 KiB of a robots.txt.
const ROBOTS_PARSED_BYTES = 500 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function refused(url: string, reason: string, cause?: unknown): CitewireError {
  return new CitewireError('URL_REFUSED', { detail: displayUrl(url), reason }, cause);
}

/** A URL as shown in messages and logs: never its user name or password. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url.length > 200 ? `${url.slice(0, 200)}…` : url;
  }
}

/**
 * A URL as written to the log: origin and path only. A query can hold a private feed's
 * access token, and logs travel further than the library does.
 */
export function loggedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search ? '?…' : ''}`;
  } catch {
    return '(not a URL)';
  }
}

/** Parses and checks a link a user gave: http(s) only, no credentials. */
export function parseHttpUrl(link: string): URL {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch (cause) {
    throw refused(link, 'it is not a link', cause);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(link, 'only http and https links can be fetched');
  if (url.username || url.password) throw refused(link, 'links with a user name or password are not fetched');
  url.hash = '';
  return url;
}

class PrivateAddressError extends Error {
  constructor(readonly address: string) {
    super(`private address ${address}`);
  }
}

function allowedPrivate(policy: FetchPolicy, url: URL): boolean {
  if (policy.allowPrivate === true) return true;
  if (policy.allowPrivate === false) return false;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return policy.allowPrivate.includes(`${url.hostname}:${port}`);
}

/**
 * A DNS lookup that refuses to hand back a private address. The connection is made to the
 * address checked here, so a name that resolves differently the second time (DNS
 * rebinding) cannot slip through.
 */
function guardedLookup(): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const blocked = addresses.find((a) => isPrivateAddress(a.address));
      if (blocked) return callback(new PrivateAddressError(blocked.address) as NodeJS.ErrnoException, '', 4);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Readable;
}

function requestOnce(url: URL, policy: FetchPolicy, signal: AbortSignal, headers: Record<string, string>): Promise<Response> {
  const checkAddress = !allowedPrivate(policy, url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (checkAddress && isIP(host) && isPrivateAddress(host)) return Promise.reject(new PrivateAddressError(host));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'GET',
      headers: { 'user-agent': USER_AGENT, 'accept-encoding': 'gzip, deflate, br', ...headers },
      signal,
      ...(checkAddress ? { lookup: guardedLookup() } : {}),
      // A fresh connection each time: a pooled socket could belong to a host checked under other rules.
      agent: false,
    });
    const connectTimer = setTimeout(() => request.destroy(new ConnectTimeout()), policy.connectTimeoutMs);
    request.once('socket', (socket) => {
      const connected = () => clearTimeout(connectTimer);
      if (!socket.connecting) connected();
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
    });
    request.once('response', (response) => {
      clearTimeout(connectTimer);
      resolve({ status: response.statusCode ?? 0, headers: response.headers, body: response });
    });
    request.once('error', (error) => {
      clearTimeout(connectTimer);
      reject(error);
    });
    request.end();
  });
}

class ConnectTimeout extends Error {}

function decompressed(response: Response): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'br' ? createBrotliDecompress() : encoding === 'deflate' ? createInflate() : undefined;
  if (!decoder) return response.body;
  // pipeline, not pipe: a connection that dies (or times out) mid-body ends the decoder
  // with its error, where pipe would leave the reader waiting.
  pipeline(response.body, decoder, () => undefined);
  return decoder;
}

/** The body, decompressed, refused once it passes `maxBytes` (a small gzip can hold gigabytes). */
async function readBody(response: Response, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes && !response.headers['content-encoding']) {
    response.body.destroy();
    throw refused(url, `it is ${megabytes(declared)}, over the ${megabytes(maxBytes)} limit`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = decompressed(response);
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).byteLength;
      if (size > maxBytes) throw refused(url, `it is over the ${megabytes(maxBytes)} limit`);
      chunks.push(chunk as Buffer);
    }
  } finally {
    response.body.destroy();
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

function header(headers: http.IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The one-line reason for a failed connection, without the stack or the host's internals. */
function explain(error: unknown, url: string, policy: FetchPolicy, redirected: boolean): CitewireError {
  if (CitewireError.isInstance(error)) return error;
  if (error instanceof PrivateAddressError) {
    return refused(url, `${redirected ? 'it redirects to' : 'it points to'} a private or local network address (${error.address})`, error);
  }
  if (error instanceof ConnectTimeout) return refused(url, `the server did not answer within ${policy.connectTimeoutMs / 1000} s`);
  const { name, code } = error as NodeJS.ErrnoException;
  if (name === 'AbortError' || name === 'TimeoutError' || code === 'ABORT_ERR') {
    return refused(url, `the download took longer than ${policy.totalTimeoutMs / 1000} s`, error);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return refused(url, 'its host name does not resolve', error);
  if (code === 'ECONNREFUSED') return refused(url, 'the server refused the connection', error);
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return refused(url, `its TLS certificate is not valid (${code})`, error);
  if (code === 'Z_DATA_ERROR' || code === 'ERR_PADDING_1' || code?.startsWith('Z_')) return refused(url, 'its compressed body is damaged', error);
  return refused(url, `the connection failed (${code ?? (error as Error).message})`, error);
}

/**
 * Fetches links that come from anyone: only http(s), never a private address (checked on
 * the first request and on every redirect), bounded in time and size, polite (a clear
 * User-Agent, robots.txt). Every refusal is a CitewireError with a one-line reason.
 */
export class Fetcher {
  private readonly robots = new Map<string, { rules: RobotsRules | 'unreachable'; until: number }>();

  constructor(readonly policy: FetchPolicy) {}

  /**
   * GETs `link`, following up to five redirects. With `conditional`, a 304 comes back as
   * status 304 with no bytes. Refuses statuses other than 2xx and 304.
   */
  async fetch(link: string, conditional: Conditional = {}): Promise<FetchedPage> {
    const signal = AbortSignal.timeout(this.policy.totalTimeoutMs);
    const page = await this.get(parseHttpUrl(link), conditional, signal, this.policy.respectRobots);
    if (page.status !== 304 && (page.status < 200 || page.status > 299)) {
      const text = http.STATUS_CODES[page.status];
      throw refused(page.url, `the server answered ${page.status}${text ? ` ${text}` : ''}`);
    }
    return page;
  }

  /** One GET with its redirects, whatever the final status. */
  private async get(start: URL, conditional: Conditional, signal: AbortSignal, robots: boolean): Promise<FetchedPage> {
    let url = start;
    if (robots) await this.checkRobots(url, signal).catch((error) => Promise.reject(explain(error, start.href, this.policy, false)));
    for (let redirects = 0; ; redirects++) {
      const headers: Record<string, string> = {
        accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.1',
      };
      if (conditional.etag) headers['if-none-match'] = conditional.etag;
      if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
      let response: Response;
      try {
        response = await requestOnce(url, this.policy, signal, headers);
      } catch (error) {
        throw explain(signal.aborted ? signal.reason : error, start.href, this.policy, redirects > 0);
      }
      const location = header(response.headers, 'location');
      if ([301, 302, 303, 307, 308].includes(response.status) && location) {
        response.body.resume();
        if (redirects === MAX_REDIRECTS) throw refused(start.href, `it redirects more than ${MAX_REDIRECTS} times`);
        let next: URL;
        try {
          next = parseHttpUrl(new URL(location, url).href);
        } catch (error) {
          throw refused(start.href, 'it redirects to something that is not an http(s) link', error);
        }
        if (robots && next.origin !== url.origin) {
          await this.checkRobots(next, signal).catch((error) => Promise.reject(explain(error, start.href, this.policy, true)));
        }
        url = next;
        continue;
      }
      const etag = header(response.headers, 'etag');
      const lastModified = header(response.headers, 'last-modified');
      const page: FetchedPage = { url: url.href, status: response.status, bytes: Buffer.alloc(0) };
      if (etag) page.etag = etag;
      if (lastModified) page.lastModified = lastModified;
      if (response.status < 200 || response.status > 299) {
        response.body.resume();
        return page;
      }
      try {
        page.bytes = await readBody(response, this.policy.maxBytes, start.href);
      } catch (error) {
        // Time running out shows up as a reset connection: say which it was.
        throw explain(signal.aborted ? signal.reason : error, start.href, this.policy, redirects > 0);
      }
      const [mediaType, ...params] = (header(response.headers, 'content-type') ?? '').split(';').map((s) => s.trim());
      const charset = params.map((p) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(p)?.[1]).find(Boolean);
      if (mediaType) page.mediaType = mediaType.toLowerCase();
      if (charset) page.charset = charset;
      return page;
    }
  }

  /** Refuses `url` when its site's robots.txt disallows it for Citewire (RFC 9309). */
  private async checkRobots(url: URL, signal: AbortSignal): Promise<void> {
    let entry = this.robots.get(url.origin);
    if (!entry || entry.until < Date.now()) {
      entry = { rules: await this.loadRobots(url, signal), until: Date.now() + ROBOTS_TTL_MS };
      this.robots.set(url.origin, entry);
    }
    if (entry.rules === 'unreachable') throw refused(url.href, "its site's robots.txt could not be read, so it may not be fetched");
    if (!isAllowedByRobots(entry.rules, url.pathname + url.search)) throw refused(url.href, "its site's robots.txt does not allow Citewire to read it");
  }

  private async loadRobots(url: URL, signal: AbortSignal): Promise<RobotsRules | 'unreachable'> {
    // robots.txt itself is fetched by the same rules, bar robots.txt.
    try {
      const page = await this.get(new URL('/robots.txt', url), {}, signal, false);
      // RFC 9309 §2.3.1: no robots.txt (4xx) allows everything; a server error allows nothing.
      if (page.status >= 200 && page.status <= 299) return parseRobots(page.bytes.subarray(0, ROBOTS_PARSED_BYTES).toString('utf8'), ROBOTS_AGENT);
      return page.status >= 400 && page.status <= 499 ? parseRobots('', ROBOTS_AGENT) : 'unreachable';
    } catch (error) {
      // A private address or the time running out is the link's own refusal, not robots.txt's.
      const cause = CitewireError.isInstance(error) ? error.cause : error;
      if (cause instanceof PrivateAddressError) throw cause;
      if (signal.aborted) throw signal.reason;
      return 'unreachable';
    }
  }
}
