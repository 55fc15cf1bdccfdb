import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { EmbeddingModel } from '../embeddings/index.ts';
import { ingestSources, openLibrary, type Library } from '../library/index.ts';
import type { Logger } from '../log.ts';

/** The library of a guild: a folder of its own, so no guild ever reads another's articles. */
export function guildLibraryName(guildId: string): string {
  return `guild-${guildId}`;
}

// Written once a guild's library has been started (from the samples or empty), so that a
// server that forgets every sample article is not handed them again at the next restart.
const STARTED = 'started';

/**
 * Every guild's library, each opened once per process and shared by its commands. Writes
 * to one guild's library run one after another: the file lock keeps other processes out,
 * but two commands in this process hold the same pid and would both pass it.
 */
export class GuildLibraries {
  private readonly opened = new Map<string, Promise<Library>>();
  private readonly ready = new Set<string>();
  private readonly writes = new Map<string, Promise<unknown>>();

  constructor(
    private readonly config: Readonly<Config>,
    private readonly embeddings: EmbeddingModel,
    private readonly log: Logger,
  ) {}

  /** True once the guild's library is open: commands on it will not wait for a first start. */
  isReady(guildId: string): boolean {
    return this.ready.has(guildId);
  }

  library(guildId: string): Promise<Library> {
    let library = this.opened.get(guildId);
    if (!library) {
      library = this.open(guildId);
      this.opened.set(guildId, library);
      // A failed open (disk full, busy) is tried again by the next command.
      library.then(() => this.ready.add(guildId)).catch(() => this.opened.delete(guildId));
    }
    return library;
  }

  write<T>(guildId: string, change: (library: Library) => Promise<T> | T): Promise<T> {
    const previous = this.writes.get(guildId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(async () => change(await this.library(guildId)));
    const settled = next.catch(() => undefined);
    this.writes.set(guildId, settled);
    void settled.then(() => {
      if (this.writes.get(guildId) === settled) this.writes.delete(guildId);
    });
    return next;
  }

  /** Waits for the writes under way (and queued) to finish. */
  async settle(): Promise<void> {
    await Promise.all([...this.writes.values(), ...[...this.opened.values()].map((p) => p.catch(() => undefined))]);
  }

  /** Closes every open library; call after settle(). */
  async close(): Promise<void> {
    const opened = [...this.opened.values()];
    this.opened.clear();
    this.ready.clear();
    for (const library of opened) (await library.catch(() => undefined))?.close();
  }

  private async open(guildId: string): Promise<Library> {
    const library = await openLibrary(guildLibraryName(guildId), { indexDir: this.config.indexDir, embeddings: this.embeddings });
    const marker = join(library.dir, STARTED);
    if (!existsSync(marker)) {
      if (library.size === 0 && this.config.discord.guildStart === 'sample' && existsSync(this.config.sampleDir)) {
        const started = Date.now();
        const result = await ingestSources(library, [this.config.sampleDir]);
        this.log.info({ guildId, articles: result.added.length, ms: Date.now() - started }, 'guild library started from the samples');
      }
      writeFileSync(marker, `${new Date().toISOString()}\n`);
    }
    return library;
  }
}
