import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, withEnvFile } from '../src/config.ts';

describe('loadConfig: the Discord settings', () => {
  it('defaults to Discord itself, the sample start, a 5 s cooldown and a 5 MB download cap', () => {
    const config = loadConfig({}, '/');
    expect(config.discord).toEqual({ apiURL: 'https://discord.com/api', guildStart: 'sample', cooldownSeconds: 5 });
    expect(config.maxDownloadBytes).toBe(5 * 1024 * 1024);
  });

  it('reads the token, application id and a REST base without its trailing slash', () => {
    const config = loadConfig({ DISCORD_TOKEN: ' abc ', DISCORD_APPLICATION_ID: '900000000000000001', DISCORD_API_URL: 'http://127.0.0.1:8080/api/', CITEWIRE_GUILD_START: 'empty', CITEWIRE_COOLDOWN_SECONDS: '0' }, '/');
    expect(config.discord).toEqual({ token: 'abc', applicationId: '900000000000000001', apiURL: 'http://127.0.0.1:8080/api', guildStart: 'empty', cooldownSeconds: 0 });
  });

  it.each([
    [{ DISCORD_API_URL: 'discord.com/api' }, "Invalid configuration: DISCORD_API_URL must be an http(s) URL, not 'discord.com/api'."],
    [{ DISCORD_API_URL: 'file:///etc/passwd' }, "Invalid configuration: DISCORD_API_URL must be an http(s) URL, not 'file:///etc/passwd'."],
    [{ DISCORD_APPLICATION_ID: 'citewire' }, "Invalid configuration: DISCORD_APPLICATION_ID must be a Discord id (17–20 digits), not 'citewire'."],
    [{ CITEWIRE_GUILD_START: 'corpus' }, "Invalid configuration: CITEWIRE_GUILD_START must be one of sample, empty, not 'corpus'."],
    [{ CITEWIRE_COOLDOWN_SECONDS: '-1' }, "Invalid configuration: CITEWIRE_COOLDOWN_SECONDS must be a whole number from 0 to 3600, not '-1'."],
  ])('refuses %j in one line', (env, message) => {
    expect(() => loadConfig(env, '/')).toThrow(message);
  });
});

describe('withEnvFile', () => {
  it('puts .env under the environment: a variable set in both keeps the environment value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citewire-env-'));
    try {
      writeFileSync(join(dir, '.env'), 'DISCORD_TOKEN=from-file\nCITEWIRE_GUILD_START=empty\n# a comment\n');
      expect(withEnvFile({ DISCORD_TOKEN: 'from-env' }, dir)).toEqual({ DISCORD_TOKEN: 'from-env', CITEWIRE_GUILD_START: 'empty' });
      expect(withEnvFile({ A: '1' }, join(dir, 'nowhere'))).toEqual({ A: '1' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
