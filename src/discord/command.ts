import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { ModelOptions } from '../answer/index.ts';
import type { Fetcher } from '../articles/index.ts';
import type { Config } from '../config.ts';
import type { Library } from '../library/index.ts';
import type { Logger } from '../log.ts';
import type { Reply } from './render.ts';

/**
 * What a command gets besides its interaction, passed in rather than hung on the Client
 * (the discord.js guide's `client.commands` is a known trap for TypeScript users).
 */
export interface CommandContext {
  config: Readonly<Config>;
  /** Fetches links members give, by the operator's rules (one per process: robots.txt is read once per site). */
  fetcher: Fetcher;
  /**
   * The chat model that writes answers, if one is configured, with `onPartial` showing
   * the answer as it is written (the deferred reply edited at most every 1.5 s).
   */
  model: ModelOptions;
  /**
   * Shows how long work is going ("Reading stories 3/20…") in the deferred reply, at most
   * every 1.5 s; the reply sent afterwards replaces it.
   */
  progress(text: string): void;
  /** A child logger carrying guild, command and interaction ids. */
  log: Logger;
  /** This guild's library, opened once per process (and started from the samples on first use). */
  library(): Promise<Library>;
  /** Runs a write to this guild's library after every earlier write in this process has finished. */
  write<T>(change: (library: Library) => Promise<T> | T): Promise<T>;
  /**
   * Sends the reply: the first message answers the interaction (or fills in its deferral,
   * or updates the message a button sits on), the rest follow up. Ephemeral when the
   * interaction's reply is.
   */
  send(replies: Reply | readonly Reply[]): Promise<void>;
}

/** The JSON a command registers with Discord; builders from discord.js produce it. */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

interface CommandBase {
  data: CommandData;
  /**
   * May take more than 2 s (embedding, reading many articles): the router defers before
   * `execute`, since Discord gives 3 s to acknowledge. Also counts towards the per-user
   * cooldown.
   */
  expensive?: boolean;
  /** Always reply to the invoking user alone; otherwise the `private` option decides. */
  ephemeral?: boolean;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
  /** Buttons whose custom_id starts with `<command name>:`. */
  button?(interaction: ButtonInteraction, ctx: CommandContext): Promise<void>;
}

/** A slash command: `commands/<name>.ts` exports these members. */
export interface SlashCommand extends CommandBase {
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>;
}

/** A message context-menu command ("Find sources"). */
export interface MessageCommand extends CommandBase {
  execute(interaction: MessageContextMenuCommandInteraction, ctx: CommandContext): Promise<void>;
}

export type Command = SlashCommand | MessageCommand;
