import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CitewireError } from '../errors.ts';
import type { Command } from './command.ts';

/** `commands/` at the repository root: one module per command. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

const MODULE = /^[^.].*(?<!\.d)\.(?:ts|js|mjs)$/;

function isCommand(value: Record<string, unknown>): boolean {
  const data = value.data as { name?: unknown; toJSON?: unknown } | undefined;
  return typeof data?.name === 'string' && typeof data.toJSON === 'function' && typeof value.execute === 'function';
}

/**
 * Every command in `dir`, by name. The bot and `deploy-commands` both load this list, so
 * what is registered and what is handled cannot drift apart. A file that fails to load,
 * lacks `data` or `execute`, or reuses a name stops the start with that file named: a
 * command silently missing from a deploy is worse than a bot that will not start.
 */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const commands = new Map<string, Command>();
  const files = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => MODULE.test(f)).sort()) {
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    } catch (cause) {
      throw new CitewireError('BAD_COMMAND_FILE', { detail: file, reason: `fails to load (${(cause as Error).message.split('\n')[0]})` }, cause);
    }
    if (!isCommand(module)) {
      throw new CitewireError('BAD_COMMAND_FILE', { detail: file, reason: "must export 'data' (a command builder) and 'execute'" });
    }
    const command = module as unknown as Command;
    const name = command.data.name;
    const clash = files.get(name);
    if (clash) throw new CitewireError('BAD_COMMAND_FILE', { detail: file, reason: `declares '${name}', as ${clash} does` });
    commands.set(name, command);
    files.set(name, file);
  }
  return commands;
}
