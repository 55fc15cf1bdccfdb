import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new CitewireError('INVALID_CONFIG', { detail: `${name} must be a whole number from 1 to 64, not '${value}'` });
  }
  return n;
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
  const config: Config = {
    indexDir: resolve(cwd, blank(env.CITEWIRE_INDEX_DIR) ?? resolve(PACKAGE_ROOT, 'data/index')),
    sampleDir: resolve(cwd, blank(env.CITEWIRE_SAMPLE_DIR) ?? resolve(PACKAGE_ROOT, 'data/articles')),
    embeddings: {
      provider,
      ...(modelDir ? { modelDir: resolve(cwd, modelDir) } : {}),
      // Two workers use both cores of the 2-core machines we run on; see bench/embed.bench.ts.
      workers: positiveInt('CITEWIRE_EMBED_WORKERS', blank(env.CITEWIRE_EMBED_WORKERS) ?? '2'),
      openaiModel: blank(env.CITEWIRE_OPENAI_EMBEDDING_MODEL) ?? 'text-embedding-3-small',
    },
    openai: {
      ...(apiKey ? { apiKey } : {}),
      ...(blank(env.OPENAI_BASE_URL) ? { baseURL: blank(env.OPENAI_BASE_URL) } : {}),
    },
    logLevel: oneOf('CITEWIRE_LOG_LEVEL', blank(env.CITEWIRE_LOG_LEVEL) ?? 'warn', LOG_LEVELS),
  };
  return Object.freeze(config);
}
