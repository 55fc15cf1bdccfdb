import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startBot, type Bot } from '../../src/discord/index.ts';
import { createLogger } from '../../src/log.ts';
import { FakeDiscord, TOKEN } from '../fixtures/fake-discord.ts';
import { REPO_DIR } from '../fixtures/shared.ts';

describe('the router, when a command fails unexpectedly', () => {
  const fake = new FakeDiscord();
  const guild = fake.addGuild('Test');
  const logs: string[] = [];
  let home: string;
  let bot: Bot;

  beforeAll(async () => {
    await fake.start();
    home = mkdtempSync(join(tmpdir(), 'citewire-router-'));
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiURL, CITEWIRE_INDEX_DIR: join(home, 'index'), CITEWIRE_GUILD_START: 'empty' }, REPO_DIR);
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    });
    bot = await startBot(config, createLogger({ logLevel: 'info' }, sink), { commandsDir: join(REPO_DIR, 'test/fixtures/commands') });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('apologises in one ephemeral line with an incident id, and the log has the error under that id without the token', async () => {
    const id = fake.slash('explode', [], { guildId: guild });
    await fake.waitFor(id, (sent) => sent.some((s) => s.kind === 'followup'));
    // The guild's library was not open yet, so the command was deferred in public first:
    // the public "thinking…" is deleted and the apology goes to the member alone.
    expect(fake.sent(id).map((s) => s.kind)).toEqual(['callback', 'delete', 'followup']);
    const reply = fake.sent(id).at(-1);
    const content = reply!.body.content ?? '';
    const incident = /^Sorry, something went wrong \(incident ([0-9a-f]{8})\); the bot's operator can look it up in the log\.$/.exec(content)?.[1];
    expect(incident, content).toBeDefined();
    expect(reply!.body.flags).toBe(64);
    const entry = logs.map((l) => JSON.parse(l) as { incident?: string; err?: { message: string }; command?: string }).find((l) => l.incident === incident);
    expect(entry).toMatchObject({ command: 'explode', err: { message: 'the disk is on fire' } });
    expect(logs.join('')).not.toContain(TOKEN);
  });

  it('tells the member when a command Discord still offers is gone from the bot', async () => {
    const id = fake.slash('vanished', [], { guildId: guild });
    const [reply] = await fake.settled(id);
    expect(reply!.body).toMatchObject({ flags: 64, content: "This bot has no command 'vanished' any more; the server's command list is out of date." });
  });
});
