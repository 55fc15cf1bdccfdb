import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { FetchPolicy } from './articles/index.ts';
import { CitewireError } from './errors.ts';

export type EmbeddingProvider = 'local' | 'openai';

export interface Config {
  /** Where libraries live, one directory each. */
  indexDir: string;
  /** Where the sample articles are; the default library is built from them on first use. */
  sampleDir: string;
  embeddings: {
    provider: EmbeddingProvider;
    /** Directory with USE lite's model.json, weight shards and vocab.json; undefined = the npm package's. */
    modelDir?: string;
    /** Worker threads for embedding many passages at once (ingest). */
    workers: number;
    /** Model name for the openai provider. */
    openaiModel: string;
  };
  openai: {
    apiKey?: string;
    baseURL?: string;
  };
  /** The model that writes answers when OPENAI_BASE_URL or OPENAI_API_KEY is set (answer/chat-writer.ts). */
  chat: {
    model: string;
    timeoutMs: number;
    /** Characters of evidence in one prompt at most. */
    maxPromptChars: number;
  };
  discord: {
    /** The bot token; only `citewire bot` and `deploy-commands` need it. */
    token?: string;
    /** Unset: asked of Discord (GET /applications/@me). */
    applicationId?: string;
    /** REST base, without the version: Discord's, a REST proxy, or a local Discord in tests. */
    apiURL: string;
    /** What a guild's library starts from on first use: the bundled sample articles, or nothing. */
    guildStart: 'sample' | 'empty';
    /** Seconds a user waits between two expensive commands (0: no cooldown). */
    cooldownSeconds: number;
  };
  /** The most bytes read from one download: a Discord attachment, a page, a feed. */
  maxDownloadBytes: number;
  /** How links from users are fetched (src/articles/fetch.ts). */
  fetch: {
    /** true: any address; a list of host:port: those private ones too; false: public addresses only. */
    allowPrivate: boolean | string[];
    connectTimeoutMs: number;
    totalTimeoutMs: number;
    respectRobots: boolean;
  };
  /** Milliseconds between two polls of a followed feed (doubled after each failure, up to a day). */
  feedPollMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

type Env = Readonly<Record<string, string | undefined>>;

/** The repository root: defaults live here, so the CLI works from any directory. */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CitewireError('INVALID_CONFIG', { detail: `${name} must be one of ${allowed.join(', ')}, not '${value}'` });
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CitewireError('INVALID_CONFIG', { detail: `${name} must be a whole number from ${min} to ${max}, not '${value}'` });
  }
  return n;
}

function httpURL(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CitewireError('INVALID_CONFIG', { detail: `${name} must be an http(s) URL, not '${value}'` });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CitewireError('INVALID_CONFIG', { detail: `${name} must be an http(s) URL, not '${value}'` });
  }
  return value.replace(/\/+$/, '');
}

const SNOWFLAKE = /^\d{17,20}$/;

/** CITEWIRE_ALLOW_PRIVATE_URLS: "true", "false", or host:port entries separated by commas. */
function allowPrivate(value: string | undefined): boolean | string[] {
  if (value === undefined || /^(?:false|0|no)$/i.test(value)) return false;
  if (/^(?:true|1|yes)$/i.test(value)) return true;
  const hosts = value.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  const bad = hosts.find((h) => !/^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/.test(h));
  if (bad !== undefined) {
    throw new CitewireError('INVALID_CONFIG', { detail: `CITEWIRE_ALLOW_PRIVATE_URLS must be true, false or host:port entries separated by commas, not '${bad}'` });
  }
  return hosts;
}

/**
 * The one place that reads settings. Pure: takes the environment, returns a frozen
 * config, so tests build one from a literal and nothing reads `process.env` behind it.
 */
export function loadConfig(env: Env, cwd: string): Readonly<Config> {
  const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
  const provider = oneOf('CITEWIRE_EMBEDDINGS', blank(env.CITEWIRE_EMBEDDINGS) ?? 'local', ['local', 'openai'] as const);
  const apiKey = blank(env.OPENAI_API_KEY);
  if (provider === 'openai' && !apiKey) {
    throw new CitewireError('INVALID_CONFIG', { detail: 'CITEWIRE_EMBEDDINGS=openai needs OPENAI_API_KEY' });
  }
  const modelDir = blank(env.CITEWIRE_MODEL_DIR);
  const token = blank(env.DISCORD_TOKEN);
  const applicationId = blank(env.DISCORD_APPLICATION_ID);
  if (applicationId && !SNOWFLAKE.test(applicationId)) {
    throw new CitewireError('INVALID_CONFIG', { detail: `DISCORD_APPLICATION_ID must be a Discord id (17–20 digits), not '${applicationId}'` });
  }
  const config: Config = {
    indexDir: resolve(cwd, blank(env.CITEWIRE_INDEX_DIR) ?? resolve(PACKAGE_ROOT, 'data/index')),
    sampleDir: resolve(cwd, blank(env.CITEWIRE_SAMPLE_DIR) ?? resolve(PACKAGE_ROOT, 'data/articles')),
    embeddings: {
      provider,
      ...(modelDir ? { modelDir: resolve(cwd, modelDir) } : {}),
      // Two workers use both cores of the 2-core machines we run on; see bench/embed.bench.ts.
      workers: wholeNumber('CITEWIRE_EMBED_WORKERS', blank(env.CITEWIRE_EMBED_WORKERS) ?? '2', 1, 64),
      openaiModel: blank(env.CITEWIRE_OPENAI_EMBEDDING_MODEL) ?? 'text-embedding-3-small',
    },
    openai: {
      ...(apiKey ? { apiKey } : {}),
      ...(blank(env.OPENAI_BASE_URL) ? { baseURL: blank(env.OPENAI_BASE_URL) } : {}),
    },
    chat: {
      model: blank(env.CITEWIRE_CHAT_MODEL) ?? 'gpt-4o-mini',
      // Long enough for a small local model to write a paragraph; a Discord reply waits for it.
      timeoutMs: 1000 * wholeNumber('CITEWIRE_CHAT_TIMEOUT_SECONDS', blank(env.CITEWIRE_CHAT_TIMEOUT_SECONDS) ?? '45', 1, 600),
      // 24,000 characters (~6,000 tokens) hold the eight passages or sixteen quotes an answer uses, with room to spare in an 8k context.
      maxPromptChars: wholeNumber('CITEWIRE_CHAT_MAX_PROMPT_CHARS', blank(env.CITEWIRE_CHAT_MAX_PROMPT_CHARS) ?? '24000', 2000, 1_000_000),
    },
    discord: {
      ...(token ? { token } : {}),
      ...(applicationId ? { applicationId } : {}),
      apiURL: httpURL('DISCORD_API_URL', blank(env.DISCORD_API_URL) ?? 'https://discord.com/api'),
      guildStart: oneOf('CITEWIRE_GUILD_START', blank(env.CITEWIRE_GUILD_START) ?? 'sample', ['sample', 'empty'] as const),
      // Five seconds lets a member ask again as soon as they have read an answer, while one
      // member cannot keep both cores embedding for everyone else.
      cooldownSeconds: wholeNumber('CITEWIRE_COOLDOWN_SECONDS', blank(env.CITEWIRE_COOLDOWN_SECONDS) ?? '5', 0, 3600),
    },
    // 5 MB: a long article is ~100 KB of text; anything near this is not an article.
    maxDownloadBytes: wholeNumber('CITEWIRE_MAX_DOWNLOAD_BYTES', blank(env.CITEWIRE_MAX_DOWNLOAD_BYTES) ?? String(5 * 1024 * 1024), 1024, 100 * 1024 * 1024),
    fetch: {
      allowPrivate: allowPrivate(blank(env.CITEWIRE_ALLOW_PRIVATE_URLS)),
      // A news site that has not connected in 10 s, or sent a page in 30, is down for our purpose.
      connectTimeoutMs: 1000 * wholeNumber('CITEWIRE_CONNECT_TIMEOUT_SECONDS', blank(env.CITEWIRE_CONNECT_TIMEOUT_SECONDS) ?? '10', 1, 300),
      totalTimeoutMs: 1000 * wholeNumber('CITEWIRE_FETCH_TIMEOUT_SECONDS', blank(env.CITEWIRE_FETCH_TIMEOUT_SECONDS) ?? '30', 1, 600),
      respectRobots: oneOf('CITEWIRE_ROBOTS_TXT', blank(env.CITEWIRE_ROBOTS_TXT) ?? 'respect', ['respect', 'ignore'] as const) === 'respect',
    },
    // Half an hour: news sites publish a few stories an hour, and most ask feed readers not to poll more often.
    feedPollMs: 60_000 * wholeNumber('CITEWIRE_FEED_POLL_MINUTES', blank(env.CITEWIRE_FEED_POLL_MINUTES) ?? '30', 1, 24 * 60),
    logLevel: oneOf('CITEWIRE_LOG_LEVEL', blank(env.CITEWIRE_LOG_LEVEL) ?? 'warn', LOG_LEVELS),
  };
  return Object.freeze(config);
}

/** The rules links are fetched by, from the configuration. */
export function fetchPolicy(config: Pick<Config, 'fetch' | 'maxDownloadBytes'>): FetchPolicy {
  return { ...config.fetch, maxBytes: config.maxDownloadBytes };
}

/**
 * The environment with `.env` in `cwd` underneath it: a variable set in the environment
 * wins over the file, as with `node --env-file`. For the process entry only.
 */
export function withEnvFile(env: Env, cwd: string): Env {
  const path = join(cwd, '.env');
  if (!existsSync(path)) return env;
  return { ...parseEnv(readFileSync(path, 'utf8')), ...env };
}
