import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { ask, cite, createChatWriter, summarize, type Answer, type ModelOptions } from './answer/index.ts';
import { fetchPolicy, loadConfig, withEnvFile, type Config } from './config.ts';
import { createEmbeddings } from './embeddings/index.ts';
import { CitewireError } from './errors.ts';
import { extractArticle, Fetcher, listSources, loadFile } from './articles/index.ts';
import {
  forgetArticle,
  ingestFeed,
  ingestSources,
  openLibrary,
  type ArticleFilter,
  type IngestProgress,
  type IngestResult,
  type Library,
} from './library/index.ts';
import { extractQuotes } from './quotes/index.ts';
import { createLogger, type Logger } from './log.ts';
import * as render from './terminal/render.ts';

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

const DEFAULT_LIBRARY = 'default';

/** Progress on stderr: one rewritten line on a terminal, a line per phase and quarter elsewhere. */
function progressReporter(io: CliIO): (p: IngestProgress) => void {
  let lastLine = '';
  let lastQuarter = -1;
  return (p) => {
    const verb = p.phase === 'read' ? 'Reading articles' : 'Embedding passages and quotes';
    const line = `${verb} ${p.done}/${p.total}`;
    if (io.stderr.isTTY) {
      io.stderr.write(`\r${line}${p.done === p.total ? '\n' : ''}`);
      return;
    }
    const quarter = Math.floor((4 * p.done) / Math.max(1, p.total));
    if (line !== lastLine && (quarter !== lastQuarter || p.done === p.total)) io.stderr.write(`${line}\n`);
    lastLine = line;
    lastQuarter = quarter;
  };
}

/** Several ingest results as one (sources and a feed in one command). */
function mergeResults(results: readonly IngestResult[]): IngestResult {
  return {
    added: results.flatMap((r) => r.added),
    updated: results.flatMap((r) => r.updated),
    unchanged: results.flatMap((r) => r.unchanged),
    duplicates: results.flatMap((r) => r.duplicates),
    refused: results.flatMap((r) => r.refused),
  };
}

/** Everything a command needs, opened on first use and closed once at the end. */
class Session {
  private library?: Library;
  private readonly embeddings;
  /** One per run, so robots.txt is read once per site. */
  readonly fetcher: Fetcher;
  /** The chat model that writes answers, when one is configured. */
  readonly model: ModelOptions;

  constructor(
    readonly config: Readonly<Config>,
    readonly io: CliIO,
    readonly log: Logger,
  ) {
    this.embeddings = createEmbeddings(config);
    this.fetcher = new Fetcher(fetchPolicy(config));
    const writer = createChatWriter(config, log);
    this.model = writer ? { writer } : {};
  }

  async open(name: string, { sample }: { sample: boolean }): Promise<Library> {
    this.library ??= await openLibrary(name, { indexDir: this.config.indexDir, embeddings: this.embeddings });
    // A fresh clone answers at once: the default library is built from the bundled
    // sample articles the first time a read command needs it.
    if (sample && name === DEFAULT_LIBRARY && this.library.size === 0 && existsSync(this.config.sampleDir)) {
      this.io.stderr.write(`Building library '${name}' from ${relative(this.io.cwd, this.config.sampleDir) || '.'} (first run)…\n`);
      await ingestSources(this.library, [this.config.sampleDir], { onProgress: progressReporter(this.io) });
    }
    return this.library;
  }

  async close(): Promise<void> {
    this.library?.close();
    await this.embeddings.close();
  }
}

function print(io: CliIO, json: boolean, value: unknown, text: string): void {
  io.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : text);
}

function printAnswer(io: CliIO, json: boolean, answer: Answer): void {
  print(io, json, render.answerJson(answer), render.renderAnswer(answer));
}

interface ReadOptions {
  json?: boolean;
  speaker?: string;
  publisher?: string;
  since?: string;
  until?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The --speaker/--publisher/--since/--until options as an ArticleFilter; dates must be ISO. */
function articleFilter(opts: ReadOptions): ArticleFilter {
  for (const date of [opts.since, opts.until]) {
    if (date !== undefined && (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date)))) throw new CitewireError('INVALID_DATE', { detail: date });
  }
  const filter: ArticleFilter = {};
  if (opts.speaker) filter.speaker = opts.speaker;
  if (opts.publisher) filter.publisher = opts.publisher;
  if (opts.since) filter.since = opts.since;
  if (opts.until) filter.until = opts.until;
  return filter;
}

/** `quotes --jsonl`: one {"id","text"} object a line in, one {"id","quotes"} line out (the bench's path). */
async function quotesJsonl(io: CliIO): Promise<void> {
  let n = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch (cause) {
      throw new CitewireError('INVALID_INPUT', { detail: String(n), reason: 'not JSON' }, cause);
    }
    if (typeof record.text !== 'string') throw new CitewireError('INVALID_INPUT', { detail: String(n), reason: 'no "text" string' });
    io.stdout.write(`${JSON.stringify({ id: record.id ?? null, quotes: extractQuotes({ text: record.text }).map(render.quoteJson) })}\n`);
  }
}

/** What a command reports besides its output: exit 1 for partial success (some sources refused). */
interface Outcome {
  exitCode: number;
}

function buildProgram(session: () => Session, io: CliIO, outcome: Outcome): Command {
  const program = new Command('citewire')
    .description('Answers questions about news articles with verified, quoted citations.')
    .option('--library <name>', 'which library to use', DEFAULT_LIBRARY)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run citewire --help for usage)');

  const libraryName = (cmd: Command) => (cmd.optsWithGlobals() as { library: string }).library;
  const reader = (name: string, description: string) =>
    program.command(name).description(description).option('--json', 'print one JSON document on stdout');
  const filtered = (cmd: Command) =>
    cmd
      .option('--speaker <name>', 'only articles and quotes of this speaker (any part of the name)')
      .option('--publisher <name>', 'only articles from this publisher (any part of the name)')
      .option('--since <date>', 'only articles published on or after this date (YYYY-MM-DD)')
      .option('--until <date>', 'only articles published on or before this date (YYYY-MM-DD)');

  program
    .command('ingest')
    .description('add articles to the library: files (.txt, .md, .html), folders of them, http(s) links, or a feed with --feed')
    .argument('[sources...]', 'files, folders or http(s) URLs')
    .option('--feed <url-or-file>', 'an RSS or Atom feed: add the stories it links to')
    .option('--json', 'print one JSON document on stdout')
    .action(async (sources: string[], opts: { feed?: string; json?: boolean }, cmd: Command) => {
      if (sources.length === 0 && !opts.feed) throw new CitewireError('NO_SOURCES_GIVEN');
      const current = session();
      const library = await current.open(libraryName(cmd), { sample: false });
      const options = { onProgress: progressReporter(io), fetcher: current.fetcher };
      const results: IngestResult[] = [];
      if (sources.length) results.push(await ingestSources(library, sources, options));
      if (opts.feed) {
        const followed = library.feeds.get(opts.feed);
        const result = await ingestFeed(library, opts.feed, { ...options, ...(followed ? { conditional: followed } : {}) });
        results.push(result);
      }
      const result = mergeResults(results);
      print(io, !!opts.json, render.ingestJson(result), render.renderIngest(result));
      // Scripts notice a refused file or link; the rest were added all the same.
      if (result.refused.length) outcome.exitCode = 1;
    });

  filtered(reader('ask', 'answer a question from the articles, with quoted citations'))
    .argument('<question...>')
    .action(async (words: string[], opts: ReadOptions, cmd: Command) => {
      const library = await session().open(libraryName(cmd), { sample: true });
      printAnswer(io, !!opts.json, await ask(library, words.join(' '), { filter: articleFilter(opts), ...session().model }));
    });

  filtered(reader('cite', 'list the quotations that bear on a topic'))
    .argument('<topic...>')
    .action(async (words: string[], opts: ReadOptions, cmd: Command) => {
      const library = await session().open(libraryName(cmd), { sample: true });
      printAnswer(io, !!opts.json, await cite(library, words.join(' '), { filter: articleFilter(opts), ...session().model }));
    });

  filtered(reader('speakers', 'list who is quoted, how often, and in which articles')).action(async (opts: ReadOptions, cmd: Command) => {
    const library = await session().open(libraryName(cmd), { sample: true });
    const list = library.speakers(articleFilter(opts));
    print(io, !!opts.json, render.speakersJson(list), render.renderSpeakers(list));
  });

  program
    .command('quotes')
    .description('print the quotes and speakers found in article files (no library needed)')
    .argument('[files...]')
    .option('--json', 'print one JSON document on stdout')
    .option('--jsonl', 'read {"id","text"} lines on stdin, write {"id","quotes"} lines')
    .action(async (files: string[], opts: { json?: boolean; jsonl?: boolean }) => {
      if (opts.jsonl) {
        await quotesJsonl(io);
        return;
      }
      if (files.length === 0) throw new CitewireError('NO_INPUT');
      const results = [];
      for (const file of await listSources(files)) {
        const article = extractArticle(await loadFile(file));
        results.push({ file, id: article.id, title: article.title, quotes: extractQuotes(article) });
      }
      print(
        io,
        !!opts.json,
        results.map((r) => ({ ...r, quotes: r.quotes.map(render.quoteJson) })),
        results.map((r) => render.renderQuotes(r.title, r.quotes)).join('\n'),
      );
    });

  reader('summarize', 'summarize one article (by id, id prefix, URL or part of its title)')
    .argument('<article...>')
    .action(async (words: string[], opts: { json?: boolean }, cmd: Command) => {
      const library = await session().open(libraryName(cmd), { sample: true });
      printAnswer(io, !!opts.json, await summarize(library, words.join(' '), session().model));
    });

  filtered(reader('articles', 'list the articles in the library')).action(async (opts: ReadOptions, cmd: Command) => {
    const library = await session().open(libraryName(cmd), { sample: true });
    const filter = articleFilter(opts);
    const list = library.listArticles(filter);
    print(io, !!opts.json, render.articlesJson(list), render.renderArticles(list, Object.keys(filter).length > 0));
  });

  reader('show', 'print one article as stored')
    .argument('<article>')
    .action(async (ref: string, opts: { json?: boolean }, cmd: Command) => {
      const library = await session().open(libraryName(cmd), { sample: true });
      const article = library.getArticle(ref);
      const alsoAt = library.aliasesOf(article.id);
      print(io, !!opts.json, render.articleJson(article, alsoAt), render.renderArticle(article, alsoAt));
    });

  program
    .command('forget')
    .description('remove an article and its passages from the library')
    .argument('<article>', 'article id')
    .option('--json', 'print one JSON document on stdout')
    .action(async (ref: string, opts: { json?: boolean }, cmd: Command) => {
      const library = await session().open(libraryName(cmd), { sample: false });
      const article = forgetArticle(library, ref);
      print(io, !!opts.json, { removed: article.id, title: article.title }, `Removed ${article.id}  ${article.title}\n`);
    });

  program
    .command('bot')
    .description('run the Discord bot (needs DISCORD_TOKEN; register the commands first with deploy-commands)')
    .action(async () => {
      const { config, log } = session();
      const { startBot } = await loadDiscord();
      const bot = await startBot(config, log);
      const servers = bot.client.guilds.cache.size;
      io.stderr.write(`Citewire is online as ${bot.client.user.tag} in ${servers} server${servers === 1 ? '' : 's'}; Ctrl-C stops it.\n`);
      const signal = await nextSignal();
      io.stderr.write(`${signal}: finishing the commands under way, then stopping…\n`);
      await bot.stop();
      io.stderr.write('Stopped.\n');
      // Whatever still holds the event loop (a keep-alive socket) gets two seconds, not forever.
      setTimeout(() => process.exit(), 2000).unref();
    });

  program
    .command('deploy-commands')
    .description("register the bot's slash commands with Discord: in one server with --guild (instant, for development), else globally")
    .option('--guild <id>', 'the server (guild) id to register in')
    .option('--json', 'print one JSON document on stdout')
    .action(async (opts: { guild?: string; json?: boolean }) => {
      const { deployCommands, loadCommands } = await loadDiscord();
      const result = await deployCommands(session().config, await loadCommands(), opts.guild === undefined ? {} : { guildId: opts.guild });
      print(io, !!opts.json, result, render.renderDeploy(result));
    });

  return program;
}

// discord.js takes ~0.4 s to import: only the two Discord commands pay for it, not every `ask`.
const loadDiscord = () => import('./discord/index.ts');

/** Resolves with the first SIGINT or SIGTERM the process receives. */
function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Runs the command line and returns the exit code. The one place that turns errors into
 * output: a CitewireError is its one line on stderr and exit 1; anything else is a
 * generic line with an incident id (the stack goes to the log) and exit 2.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let config: Readonly<Config>;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (error) {
    io.stderr.write(`\u2717 ${(error as Error).message}\n`);
    return 1;
  }
  const log = createLogger(config, io.stderr);
  let session: Session | undefined;
  const outcome: Outcome = { exitCode: 0 };
  const program = buildProgram(() => (session ??= new Session(config, io, log)), io, outcome);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (CitewireError.isInstance(error)) {
      io.stderr.write(`\u2717 ${error.message}\n`);
      log.debug({ err: error.cause ?? error }, 'command failed');
      return 1;
    }
    const incident = randomBytes(4).toString('hex');
    log.error({ err: error, incident }, 'unexpected error');
    io.stderr.write(`\u2717 Something went wrong (incident ${incident}); the log line above has the details.\n`);
    return 2;
  } finally {
    await session?.close();
  }
}

/** The process entry: real streams, environment and exit code. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: withEnvFile(process.env, process.cwd()),
    cwd: process.cwd(),
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
