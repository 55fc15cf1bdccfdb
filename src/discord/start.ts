import { Client, Events, GatewayIntentBits } from 'discord.js';
import { createChatWriter } from '../answer/index.ts';
import { Fetcher } from '../articles/index.ts';
import { fetchPolicy, type Config } from '../config.ts';
import { createEmbeddings } from '../embeddings/index.ts';
import { CitewireError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { Cooldowns } from './cooldowns.ts';
import { explainDiscordError } from './discord-errors.ts';
import { FeedPoller } from './feed-poller.ts';
import { GuildLibraries } from './guild-libraries.ts';
import { loadCommands } from './load-commands.ts';
import { Router } from './router.ts';

export interface StartBotOptions {
  /** Where the command modules are; default: the repository's `commands/`. */
  commandsDir?: string;
  /** How often followed feeds are checked for being due (default: a minute); tests go faster. */
  feedTickMs?: number;
}

export interface Bot {
  client: Client<true>;
  /** Stops taking interactions, lets those under way finish (up to `graceMs`), logs out, closes every library. */
  stop(graceMs?: number): Promise<void>;
}

// Long enough for an /ask under way to finish (about a second warm), short enough for a
// service manager's stop timeout (systemd's default is 90 s, Docker's 10 s).
const GRACE_MS = 5000;

/**
 * Logs the bot in and routes interactions to the commands. The embedding model and the
 * command list load once, here; each guild's library opens on its first command.
 */
export async function startBot(config: Readonly<Config>, log: Logger, options: StartBotOptions = {}): Promise<Bot> {
  const token = config.discord.token;
  if (!token) throw new CitewireError('MISSING_TOKEN');
  const commands = await loadCommands(options.commandsDir);
  const embeddings = createEmbeddings(config);
  // Load the model now, so the first /ask does not pay for it inside Discord's 3 s.
  await embeddings.embedQuery('warm up');
  const libraries = new GuildLibraries(config, embeddings, log);
  const fetcher = new Fetcher(fetchPolicy(config));
  const writer = createChatWriter(config, log);
  const router = new Router({ config, commands, libraries, fetcher, ...(writer ? { writer } : {}), cooldowns: new Cooldowns(config.discord.cooldownSeconds), log });

  const client = new Client({
    // Slash commands need no privileged intent; Guilds brings the guild list.
    intents: [GatewayIntentBits.Guilds],
    // Belt and braces: every reply sets this too (render.ts), and the client default
    // covers anything sent another way.
    allowedMentions: { parse: [] },
    rest: { api: config.discord.apiURL },
  });
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.rest.on('rateLimited', (info) => log.info({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord; waiting'));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(token);
  } catch (error) {
    await client.destroy();
    await embeddings.close();
    throw explainDiscordError(error, config.discord.apiURL);
  }
  const online = await ready;
  const poller = new FeedPoller({
    libraries,
    fetcher,
    indexDir: config.indexDir,
    intervalMs: config.feedPollMs,
    tickMs: options.feedTickMs ?? 60_000,
    log,
  });
  poller.start();
  log.info({ user: online.user.tag, guilds: online.guilds.cache.size, commands: commands.size }, 'online');

  return {
    client: online,
    async stop(graceMs = GRACE_MS) {
      await poller.stop();
      const drained = await router.drain(graceMs);
      // A write not committed by now is abandoned: SQLite keeps the library as it was.
      if (!drained) log.warn({ graceMs }, 'stopping with commands still running');
      await client.destroy();
      if (drained) await libraries.settle();
      await libraries.close();
      await embeddings.close();
    },
  };
}
