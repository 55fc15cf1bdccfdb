// Time from a slash command reaching the bot to its first response (the deferral) and to
// its answer, through the real discord.js against the loopback fake Discord the tests use.
// Run: npm run bench:bot            (the sample library)
//      npm run bench:bot -- corpus  (the 200 articles of ../shared/corpus, ingested first)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { createEmbeddings } from '../src/embeddings/index.ts';
import { guildLibraryName, startBot } from '../src/discord/index.ts';
import { ingestSources, openLibrary } from '../src/library/index.ts';
import { createLogger } from '../src/log.ts';
import { FakeDiscord, TOKEN } from '../test/fixtures/fake-discord.ts';
import { CORPUS_DIR, HAS_CORPUS, REPO_DIR } from '../test/fixtures/shared.ts';
import { ANSWERABLE } from './questions.ts';
import { machineLine } from './machine.ts';

const ROUNDS = 3;
const useCorpus = process.argv[2] === 'corpus';
if (useCorpus && !HAS_CORPUS) throw new Error(`no corpus at ${CORPUS_DIR}`);

const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

console.log(machineLine());
const home = mkdtempSync(join(tmpdir(), 'citewire-bench-bot-'));
const fake = new FakeDiscord();
const guild = fake.addGuild('Bench');
await fake.start();
const config = loadConfig(
  { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiURL, CITEWIRE_INDEX_DIR: join(home, 'index'), CITEWIRE_COOLDOWN_SECONDS: '0' },
  REPO_DIR,
);
if (useCorpus) {
  const embeddings = createEmbeddings(config);
  const library = await openLibrary(guildLibraryName(guild), { indexDir: config.indexDir, embeddings });
  await ingestSources(library, [CORPUS_DIR, config.sampleDir]);
  console.log(`library: ${library.size} articles`);
  library.close();
  await embeddings.close();
}
const bot = await startBot(config, createLogger({ logLevel: 'silent' }));

const questions = useCorpus ? ANSWERABLE.map(([q]) => q) : ['Who said what about the Lee–Xi meeting?', 'What did Lee say about China?', 'What did the two leaders sign?'];
// The first command on a guild opens its library (and starts it from the samples): timed apart.
const ask = async (q: string) => {
  const id = fake.slash('ask', [{ name: 'question', type: 3, value: q }], { guildId: guild });
  const sent = await fake.settled(id, 120_000);
  const start = fake.sentAt(id);
  return { first: sent[0]!.at - start, answer: sent.find((s) => s.kind === 'edit')!.at - start };
};
const cold = await ask(questions[0]!);
console.log(`first /ask on the guild (opens the library${useCorpus ? '' : ', starts it from the samples'}): first response ${cold.first} ms, answer ${cold.answer} ms`);

const first: number[] = [];
const answer: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const q of questions) {
    const t = await ask(q);
    first.push(t.first);
    answer.push(t.answer);
  }
}
const fmt = (xs: number[]) => `p50 ${percentile(xs, 50)} ms, p95 ${percentile(xs, 95)} ms, max ${Math.max(...xs)} ms`;
console.log(`warm /ask over ${first.length} interactions (${questions.length} questions × ${ROUNDS}):`);
console.log(`  interaction → first response (deferral): ${fmt(first)}`);
console.log(`  interaction → answer (edit of the deferral): ${fmt(answer)}`);
await bot.stop();
await fake.stop();
rmSync(home, { recursive: true, force: true });
