import { REST, Routes, type APIApplication, type APIApplicationCommand, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.ts';
import { CitewireError } from '../errors.ts';
import type { Command } from './command.ts';
import { explainDiscordError } from './discord-errors.ts';

export interface DeployOptions {
  /** Register in this guild only (instant; for development). Unset: globally. */
  guildId?: string;
}

export interface DeployResult {
  applicationId: string;
  guildId?: string;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

const SNOWFLAKE = /^\d{17,20}$/;

type CommandJson = RESTPostAPIApplicationCommandsJSONBody | APIApplicationCommand;

/** What Discord keeps of a command, in a canonical form: equal signatures mean nothing to update. */
function signature(command: CommandJson): string {
  const option = (o: Record<string, unknown>): unknown => ({
    type: o.type,
    name: o.name,
    description: o.description ?? '',
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    choices: o.choices ?? [],
    min_length: o.min_length ?? null,
    max_length: o.max_length ?? null,
    options: ((o.options as Array<Record<string, unknown>> | undefined) ?? []).map(option),
  });
  const c = command as unknown as Record<string, unknown>;
  return JSON.stringify({
    ...(option(c) as object),
    default_member_permissions: c.default_member_permissions ?? null,
    contexts: c.contexts ?? null,
  });
}

/**
 * Registers the commands with Discord, replacing the set (one bulk PUT: commands no
 * longer in `commands/` are removed), and says what changed. An explicit step, never a
 * side effect of starting the bot: Discord caps command creations per day.
 */
export async function deployCommands(
  config: Readonly<Config>,
  commands: ReadonlyMap<string, Command>,
  options: DeployOptions = {},
): Promise<DeployResult> {
  const token = config.discord.token;
  if (!token) throw new CitewireError('MISSING_TOKEN');
  if (options.guildId !== undefined && !SNOWFLAKE.test(options.guildId)) {
    throw new CitewireError('INVALID_CONFIG', { detail: `--guild must be a server id (17–20 digits), not '${options.guildId}'` });
  }
  const rest = new REST({ api: config.discord.apiURL }).setToken(token);
  try {
    const applicationId = config.discord.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
    const route = options.guildId ? Routes.applicationGuildCommands(applicationId, options.guildId) : Routes.applicationCommands(applicationId);
    const before = new Map(((await rest.get(route)) as APIApplicationCommand[]).map((c) => [`${c.type ?? 1}:${c.name}`, c]));
    const body = [...commands.values()].map((c) => c.data.toJSON());
    await rest.put(route, { body });

    const result: DeployResult = { applicationId, ...(options.guildId ? { guildId: options.guildId } : {}), added: [], changed: [], removed: [], unchanged: [] };
    for (const command of body) {
      const key = `${command.type ?? 1}:${command.name}`;
      const old = before.get(key);
      before.delete(key);
      if (!old) result.added.push(command.name);
      else if (signature(old) !== signature(command)) result.changed.push(command.name);
      else result.unchanged.push(command.name);
    }
    result.removed.push(...[...before.values()].map((c) => c.name));
    return result;
  } catch (error) {
    throw explainDiscordError(error, config.discord.apiURL);
  }
}
