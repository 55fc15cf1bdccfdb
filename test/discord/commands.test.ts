import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Cooldowns } from '../../src/discord/cooldowns.ts';
import { loadCommands } from '../../src/discord/load-commands.ts';
import { checkCommands } from '../fixtures/discord-rules.ts';

describe('the commands in commands/', () => {
  it('load as the ten documented commands, every one of which Discord would accept', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()].sort()).toEqual(['Find sources', 'articles', 'ask', 'cite', 'follow', 'forget', 'ingest', 'speakers', 'summarize', 'unfollow']);
    expect(checkCommands([...commands.values()].map((c) => c.data.toJSON()))).toEqual([]);
    // (The first load transforms every module the commands import: seconds on a busy machine.)
  }, 30_000);

  it('ask Manage Server of /ingest, /forget, /follow and /unfollow alone, and are usable in servers only', async () => {
    const commands = await loadCommands();
    const guarded = [...commands.values()].filter((c) => c.data.toJSON().default_member_permissions).map((c) => c.data.name);
    expect(guarded.sort()).toEqual(['follow', 'forget', 'ingest', 'unfollow']);
    expect(commands.get('ingest')!.data.toJSON().default_member_permissions).toBe(String(1n << 5n)); // MANAGE_GUILD
    for (const command of commands.values()) expect(command.data.toJSON().contexts).toEqual([0]); // GUILD
  });
});

describe('the fake Discord refuses what Discord refuses', () => {
  const ok = { name: 'ask', description: 'Ask', options: [{ type: 3, name: 'question', description: 'Q', required: true }] };
  it.each([
    [{ ...ok, name: 'Ask' }, 'invalid chat-input command name'],
    [{ ...ok, description: 'x'.repeat(101) }, 'description must be 1–100 characters'],
    [{ ...ok, options: [{ type: 5, name: 'private', description: 'P' }, ...ok.options] }, 'required option after an optional one'],
    [{ type: 3, name: 'Find sources', description: 'not allowed' }, 'context-menu commands take no description'],
  ])('%#: %s', (command, problem) => {
    expect(checkCommands([ok]), 'the valid command passes').toEqual([]);
    expect(checkCommands([command]).join('; ')).toContain(problem);
  });
});

describe('loadCommands', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const folder = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'citewire-commands-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const good = (name: string) => `export const data = { name: '${name}', toJSON: () => ({ name: '${name}', description: 'd' }) };\nexport async function execute() {}\n`;

  it.each([
    [{ 'a.mjs': good('a'), 'b.mjs': 'export const data = { name: "b", toJSON() { return {}; } };' }, "Command file 'b.mjs' must export 'data' (a command builder) and 'execute'."],
    [{ 'broken.mjs': 'throw new Error("missing dependency");' }, "Command file 'broken.mjs' fails to load (missing dependency)."],
    [{ 'one.mjs': good('same'), 'two.mjs': good('same') }, "Command file 'two.mjs' declares 'same', as one.mjs does."],
  ])('names the file at fault: %#', async (files, message) => {
    await expect(loadCommands(folder(files))).rejects.toThrow(message);
  });

  it('loads modules and skips what is not one (notes, declaration files)', async () => {
    const commands = await loadCommands(folder({ 'a.mjs': good('a'), 'README.md': '# notes', 'types.d.ts': 'export {};' }));
    expect([...commands.keys()]).toEqual(['a']);
  });
});

describe('Cooldowns', () => {
  it('holds a user back on one command for its seconds, and no one else', () => {
    let now = 1_000_000;
    const cooldowns = new Cooldowns(5, () => now);
    expect(cooldowns.take('u1', 'ask')).toBeUndefined();
    expect(cooldowns.take('u1', 'ask')).toBe(1_005_000);
    expect(cooldowns.take('u2', 'ask')).toBeUndefined();
    expect(cooldowns.take('u1', 'cite')).toBeUndefined();
    now += 5_000;
    expect(cooldowns.take('u1', 'ask')).toBeUndefined();
  });

  it('does nothing when set to 0 seconds', () => {
    const cooldowns = new Cooldowns(0);
    expect(cooldowns.take('u1', 'ask')).toBeUndefined();
    expect(cooldowns.take('u1', 'ask')).toBeUndefined();
  });
});
