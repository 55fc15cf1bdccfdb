import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNVERIFIED } from '../../src/answer/index.ts';
import { loadConfig } from '../../src/config.ts';
import { startBot, type Bot } from '../../src/discord/index.ts';
import { createLogger } from '../../src/log.ts';
import { FakeDiscord, TOKEN } from '../fixtures/fake-discord.ts';
import { evidenceOf, FakeOpenAI, replyJson } from '../fixtures/fake-openai.ts';
import { REPO_DIR } from '../fixtures/shared.ts';

const INVENTED = 'We will merge our two navies next spring';

describe('model-written answers in Discord: streamed, then verified', () => {
  const discord = new FakeDiscord();
  const openai = new FakeOpenAI();
  const guild = discord.addGuild('Newsroom');
  let home: string;
  let bot: Bot;
  let users = 0;
  const member = () => ({ userId: String(1_260_000_000_000_000_000n + BigInt(++users)) });

  beforeAll(async () => {
    await discord.start();
    await openai.start();
    home = mkdtempSync(join(tmpdir(), 'citewire-llm-bot-'));
    const config = loadConfig(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiURL, CITEWIRE_INDEX_DIR: join(home, 'index'), OPENAI_BASE_URL: openai.url, CITEWIRE_CHAT_TIMEOUT_SECONDS: '20' },
      REPO_DIR,
    );
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    bot = await startBot(config, createLogger({ logLevel: 'silent' }, sink));
  });
  afterAll(async () => {
    await bot?.stop();
    await discord.stop();
    await openai.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('edits the deferred reply as the model writes, at most every 1.5 s, then shows only verified quotes', async () => {
    openai.script({
      // Streamed in ten pieces over ~4.5 s; the reply pings, invents a quote and quotes one sentence exactly.
      chunkDelayMs: 450,
      content: (r) => {
        const items = evidenceOf(r);
        const real = items[0]!.text;
        return replyJson(`@everyone Woo said "${INVENTED}" [1], and the article quotes ${items[0]!.speaker}: "${real}" [2]`, [
          { passage: 1, quote: INVENTED },
          { passage: 1, quote: real },
        ]);
      },
    });
    const id = discord.slash('ask', [{ name: 'question', type: 3, value: 'Who said what about the Lee–Xi meeting?' }], { guildId: guild, ...member() });
    // Settled means quiet for a moment; the answer is done when an edit carries its embeds.
    await discord.waitFor(id, (sent) => sent.some((s) => s.kind === 'edit' && (s.body.embeds?.length ?? 0) > 0));
    const all = discord.sent(id);
    expect(all[0]).toMatchObject({ kind: 'callback', type: 5 });
    const edits = all.filter((s) => s.kind === 'edit');
    const previews = edits.filter((e) => e.body.content?.startsWith('*Writing…*'));
    expect(previews.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < edits.length; i++) expect(edits[i]!.at - edits[i - 1]!.at).toBeGreaterThanOrEqual(1400);

    // Nothing unverified in quote marks, in a preview or in the answer; nothing pings.
    for (const message of all.filter((s) => s.kind !== 'callback' && s.kind !== 'delete')) {
      const shown = JSON.stringify(message.body);
      expect(shown).not.toContain(INVENTED);
      expect(shown).not.toMatch(/(?<!\u200b)@everyone/);
      expect(message.body.allowed_mentions).toEqual({ parse: [] });
    }
    const final = edits.at(-1)!;
    expect(final.body.content ?? '').not.toContain('Writing…');
    const embeds = final.body.embeds ?? [];
    expect(embeds[0]!.description).toContain(UNVERIFIED.replace(/[[\]]/g, (c) => `\\${c}`));
    // The citation is the quote attribution's, under its speaker.
    expect(embeds.map((e) => e.author?.name).filter(Boolean).length).toBeGreaterThan(0);
  });

  it('falls back to the extractive answer with a note when the model server fails', async () => {
    openai.script({ status: 500 }, { status: 500 }, { status: 500 });
    const id = discord.slash('ask', [{ name: 'question', type: 3, value: 'Who said what about the Lee–Xi meeting?' }], { guildId: guild, ...member() });
    await discord.settled(id);
    const final = discord.sent(id).filter((s) => s.kind === 'edit').at(-1)!;
    expect(JSON.stringify(final.body)).toContain('The language model failed (the server answered 500); this answer is extractive.');
    expect((final.body.embeds ?? []).some((e) => e.author?.name === 'Woo Su-keun')).toBe(true);
  });
});
