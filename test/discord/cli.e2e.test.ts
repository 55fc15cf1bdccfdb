import Database from 'better-sqlite3';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guildLibraryName } from '../../src/discord/index.ts';
import { APPLICATION_ID, FakeDiscord, TOKEN } from '../fixtures/fake-discord.ts';
import { REPO_DIR } from '../fixtures/shared.ts';

const run = promisify(execFile);
const CLI = join(REPO_DIR, 'bin/citewire.js');

describe('citewire deploy-commands and citewire bot, as an operator runs them', () => {
  const fake = new FakeDiscord();
  const guild = fake.addGuild('Dev server');
  let home: string;
  let env: NodeJS.ProcessEnv;

  async function citewire(args: string[], extra: NodeJS.ProcessEnv = {}) {
    try {
      const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: home, env: { ...env, ...extra } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  beforeAll(async () => {
    await fake.start();
    home = mkdtempSync(join(tmpdir(), 'citewire-bot-cli-'));
    env = { PATH: process.env.PATH, HOME: home, CITEWIRE_INDEX_DIR: join(home, 'index'), DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiURL };
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('registers the commands in a guild, asking Discord for the application id, and says what changed', async () => {
    const first = await citewire(['deploy-commands', '--guild', guild]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(
      `Registered 10 commands for application ${APPLICATION_ID} in server ${guild}:\n  + added: articles, ask, cite, Find sources, follow, forget, ingest, speakers, summarize, unfollow\n`,
    );
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/applications/@me')).toBe(true);
    expect(fake.commands.get(guild)).toHaveLength(10);
    expect(fake.rejected).toEqual([]);

    const again = await citewire(['deploy-commands', '--guild', guild, '--json'], { DISCORD_APPLICATION_ID: APPLICATION_ID });
    expect(JSON.parse(again.stdout)).toMatchObject({ applicationId: APPLICATION_ID, guildId: guild, added: [], changed: [], removed: [] });
    expect(JSON.parse(again.stdout).unchanged).toHaveLength(10);
  });

  it.each([
    [['bot'], { DISCORD_TOKEN: '' }, 'DISCORD_TOKEN is not set; put the bot token from the Developer Portal in the environment or .env.'],
    [['deploy-commands'], { DISCORD_TOKEN: 'wrong' }, 'Discord refused the request: the token was rejected (401); copy it again from the Developer Portal.'],
    [['bot'], { DISCORD_TOKEN: 'wrong' }, 'Discord refused the request: the token was rejected (401); copy it again from the Developer Portal.'],
    [['deploy-commands', '--guild', 'my-server'], {}, "Invalid configuration: --guild must be a server id (17–20 digits), not 'my-server'."],
  ])('%j with %j fails with one line and exit 1', async (args, extra, message) => {
    const result = await citewire(args, extra);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`\u2717 ${message}\n`);
  });

  it('runs the bot until SIGTERM, finishes the /ask under way, and exits 0 leaving a whole library', async () => {
    const bot: ChildProcess = spawn(process.execPath, [CLI, 'bot'], { cwd: home, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    bot.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => bot.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 60_000;
      while (!stderr.includes('Citewire is online')) {
        if (Date.now() > deadline || bot.exitCode !== null) throw new Error(`the bot did not come online: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(stderr).toBe('Citewire is online as citewire in 1 server; Ctrl-C stops it.\n');

      const id = fake.slash('ask', [{ name: 'question', type: 3, value: 'Who said what about the Lee–Xi meeting?' }], { guildId: guild });
      await fake.waitFor(id, (sent) => sent.some((s) => s.kind === 'callback'));
      const stopAt = Date.now();
      bot.kill('SIGTERM');
      const code = await exited;
      const stoppedIn = Date.now() - stopAt;
      expect(code).toBe(0);
      console.log(`bot: SIGTERM to exit ${stoppedIn} ms, with an /ask under way`);
      expect(stoppedIn).toBeLessThan(10_000);
      expect(stderr).toContain('SIGTERM: finishing the commands under way, then stopping…\nStopped.\n');
      // The answer under way was sent before the bot left.
      const edit = fake.sent(id).find((s) => s.kind === 'edit');
      expect(edit?.body.embeds?.map((e) => e.author?.name)).toContain('Woo Su-keun');
      const db = new Database(join(home, 'index', guildLibraryName(guild), 'library.sqlite'), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    } finally {
      if (bot.exitCode === null) bot.kill('SIGKILL');
    }
  });
});
