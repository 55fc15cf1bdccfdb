import { randomBytes } from 'node:crypto';
import {
  MessageFlags,
  PermissionsBitField,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Fetcher } from '../articles/index.ts';
import type { Config } from '../config.ts';
import { CitewireError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Command, CommandContext } from './command.ts';
import type { Cooldowns } from './cooldowns.ts';
import type { GuildLibraries } from './guild-libraries.ts';
import { line, type Reply } from './render.ts';

export interface RouterOptions {
  config: Readonly<Config>;
  commands: ReadonlyMap<string, Command>;
  libraries: GuildLibraries;
  fetcher: Fetcher;
  cooldowns: Cooldowns;
  log: Logger;
}

type Replyable = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction;

// What Discord calls the permissions a command can require, for the refusal line.
const PERMISSION_NAMES: Record<string, string> = { ManageGuild: 'Manage Server', Administrator: 'Administrator' };

/**
 * The one place interactions meet commands, and the only try/catch between them: it
 * refuses DMs, checks permissions and cooldowns, defers slow work, and turns every error
 * into one ephemeral line — a CitewireError's own message, or an apology with an
 * incident id whose details go to the log.
 */
export class Router {
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;

  constructor(private readonly options: RouterOptions) {}

  /** Handles one interaction; never throws. */
  handle(interaction: Interaction): Promise<void> {
    const work = this.route(interaction);
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return work;
  }

  /** Refuses new interactions and waits (up to `ms`) for those under way. */
  async drain(ms: number): Promise<boolean> {
    this.stopping = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    const done = Promise.all(this.inFlight).then(() => true);
    const drained = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return drained;
  }

  private async route(interaction: Interaction): Promise<void> {
    const name = this.commandName(interaction);
    const log = this.options.log.child({ interactionId: interaction.id, guildId: interaction.guildId, command: name });
    const command = name === undefined ? undefined : this.options.commands.get(name);
    if (!command) {
      // Registered once, removed since: Discord still offers it until deploy-commands runs.
      log.warn({ type: interaction.type }, 'interaction for no known command');
      await this.fail(interaction, new CitewireError('UNKNOWN_COMMAND', { detail: name ?? '?' }), log, true);
      return;
    }
    let ephemeral = command.ephemeral ?? (interaction.isChatInputCommand() && interaction.options.getBoolean('private') === true);
    try {
      if (this.stopping) throw new CitewireError('SHUTTING_DOWN');
      if (!interaction.inGuild()) throw new CitewireError('GUILD_ONLY');
      const ctx = this.context(interaction, interaction.guildId, log, () => ephemeral);
      if (interaction.isAutocomplete()) {
        await command.autocomplete?.(interaction, ctx);
        return;
      }
      if (interaction.isButton()) {
        // A button carries no `private` option; its reply keeps the message's own visibility.
        ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
        await command.button?.(interaction, ctx);
        return;
      }
      if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand()) return;
      this.checkPermissions(interaction, command);
      if (command.expensive) this.checkCooldown(interaction, name!);
      // Discord waits 3 s for an acknowledgement: defer whatever may take longer — an
      // expensive command, or any command on a guild whose library is not open yet.
      if (command.expensive || !this.options.libraries.isReady(interaction.guildId)) {
        await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      }
      const started = Date.now();
      await (command.execute as (i: typeof interaction, c: CommandContext) => Promise<void>)(interaction, ctx);
      log.info({ ms: Date.now() - started }, 'command answered');
    } catch (error) {
      await this.fail(interaction, error, log, ephemeral);
    }
  }

  private commandName(interaction: Interaction): string | undefined {
    if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
    if (interaction.isButton()) return interaction.customId.split(':', 1)[0];
    return undefined;
  }

  private context(interaction: Interaction, guildId: string, log: Logger, ephemeral: () => boolean): CommandContext {
    const { config, libraries, fetcher } = this.options;
    return {
      config,
      fetcher,
      log,
      library: () => libraries.library(guildId),
      write: (change) => libraries.write(guildId, change),
      send: (replies) => send(interaction as Replyable, Array.isArray(replies) ? replies : [replies as Reply], ephemeral()),
    };
  }

  /** What the command's data asks of a member, checked again at run time: server admins can override the default. */
  private checkPermissions(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, command: Command): void {
    const required = command.data.toJSON().default_member_permissions;
    if (!required || required === '0') return;
    const needed = new PermissionsBitField(BigInt(required));
    if (interaction.memberPermissions?.has(needed)) return;
    const names = needed.toArray().map((flag) => PERMISSION_NAMES[flag] ?? flag);
    throw new CitewireError('MISSING_PERMISSION', { detail: names.join(' and ') });
  }

  private checkCooldown(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, name: string): void {
    const until = this.options.cooldowns.take(interaction.user.id, name);
    if (until === undefined) return;
    const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
    const label = interaction.isMessageContextMenuCommand() ? `“${name}”` : `/${name}`;
    throw new CitewireError('COOLDOWN', { detail: label, reason: `in ${seconds} s` });
  }

  private async fail(interaction: Interaction, error: unknown, log: Logger, ephemeral: boolean): Promise<void> {
    let message: Reply;
    if (CitewireError.isInstance(error)) {
      log.info({ code: error.code }, 'refused');
      message = line(error.message);
    } else {
      const incident = randomBytes(4).toString('hex');
      log.error({ err: error, incident }, 'command failed');
      message = line(`Sorry, something went wrong (incident ${incident}); the bot's operator can look it up in the log.`);
    }
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return;
      }
      if (!interaction.isRepliable()) return;
      if (interaction.deferred && !interaction.replied) {
        // A public "thinking…" must not turn into a public error line: replace it with an
        // ephemeral one (the guide's replied-or-deferred branch, guide PR #1337).
        if (ephemeral) {
          await interaction.editReply(message);
          return;
        }
        await interaction.deleteReply();
      }
      if (interaction.deferred || interaction.replied) await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
      else await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
    } catch (sendError) {
      // Usually 10062 Unknown interaction: the 3 s or 15 min window has passed.
      log.warn({ err: sendError }, 'could not tell the user about the failure');
    }
  }
}

/** The first reply answers (or fills in the deferral, or updates a button's message); the rest follow up. */
async function send(interaction: Replyable, replies: readonly Reply[], ephemeral: boolean): Promise<void> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  for (const [i, message] of replies.entries()) {
    if (i > 0 || interaction.replied) await interaction.followUp({ ...message, ...(flags ? { flags } : {}) });
    else if (interaction.deferred) await interaction.editReply(message);
    else if (interaction.isButton()) await interaction.update(message);
    else await interaction.reply({ ...message, ...(flags ? { flags } : {}) });
  }
}
