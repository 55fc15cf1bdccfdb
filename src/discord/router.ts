import { randomBytes } from 'node:crypto';
import {
  MessageFlags,
  PermissionsBitField,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { ChatWriter } from '../answer/index.ts';
import type { Fetcher } from '../articles/index.ts';
import type { Config } from '../config.ts';
import { CitewireError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Command, CommandContext } from './command.ts';
import type { Cooldowns } from './cooldowns.ts';
import type { GuildLibraries } from './guild-libraries.ts';
import { LIMITS, truncate } from './limits.ts';
import { inert, line, reply, type Reply } from './render.ts';

export interface RouterOptions {
  config: Readonly<Config>;
  commands: ReadonlyMap<string, Command>;
  libraries: GuildLibraries;
  fetcher: Fetcher;
  /** Writes answers when a chat model is configured. */
  writer?: ChatWriter;
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
    const { config, libraries, fetcher, writer } = this.options;
    const preview = new Preview(interaction as Replyable, PREVIEW_GAP_MS);
    return {
      config,
      fetcher,
      model: writer ? { writer, onPartial: (text) => preview.show(`*Writing…*\n\n${inert(text)}`) } : {},
      progress: (text) => preview.show(`*${inert(text)}*`),
      log,
      library: () => libraries.library(guildId),
      write: (change) => libraries.write(guildId, change),
      send: async (replies) => {
        await preview.close();
        await send(interaction as Replyable, Array.isArray(replies) ? replies : [replies as Reply], ephemeral());
      },
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

// Discord allows about five edits of a message in five seconds; one every 1.5 s leaves
// room for the final answer and its follow-ups.
const PREVIEW_GAP_MS = 1500;

/**
 * An answer being written, shown by editing the deferred reply: at most one edit per
 * gap, the latest text winning; closed (and waited for) before the final answer, so a
 * late preview never overwrites it.
 */
class Preview {
  private last = 0;
  private pending?: string;
  private timer?: NodeJS.Timeout;
  private sending: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly interaction: Replyable,
    private readonly gapMs: number,
  ) {}

  /** `text` is Markdown, made inert by the caller where it holds words from outside. */
  show(text: string): void {
    if (this.closed || !this.interaction.deferred || !text.trim()) return;
    this.pending = text;
    this.timer ??= setTimeout(() => this.flush(), Math.max(0, this.last + this.gapMs - Date.now()));
  }

  private flush(): void {
    this.timer = undefined;
    if (this.closed || this.pending === undefined) return;
    const message = reply({ content: truncate(this.pending, LIMITS.content) });
    this.pending = undefined;
    this.last = Date.now();
    this.sending = this.sending.then(() => this.interaction.editReply(message)).catch(() => undefined);
  }

  /** Stops previews; after one, waits out the gap so the final answer keeps the pace too. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.sending;
    const wait = this.last + this.gapMs - Date.now();
    if (this.last > 0 && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * The first reply answers (or fills in the deferral, even one a preview already edited,
 * or updates a button's message); the rest follow up.
 */
async function send(interaction: Replyable, replies: readonly Reply[], ephemeral: boolean): Promise<void> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  for (const [i, message] of replies.entries()) {
    if (i === 0 && interaction.deferred) await interaction.editReply(message);
    else if (i > 0 || interaction.replied) await interaction.followUp({ ...message, ...(flags ? { flags } : {}) });
    else if (interaction.isButton()) await interaction.update(message);
    else await interaction.reply({ ...message, ...(flags ? { flags } : {}) });
  }
}
