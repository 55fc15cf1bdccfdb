// Warm `ask` latency against the cost of embedding one query, over the corpus
// (../shared/corpus, ingested first into a temporary library). Run: npm run bench:ask
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ask } from '../src/answer/index.ts';
import { loadConfig } from '../src/config.ts';
import { createEmbeddings } from '../src/embeddings/index.ts';
import { ingestSources, openLibrary } from '../src/library/index.ts';
import { CORPUS_DIR, HAS_CORPUS, REPO_DIR } from '../test/fixtures/shared.ts';
import { ANSWERABLE } from './questions.ts';
import { machineLine, median } from './machine.ts';

if (!HAS_CORPUS) throw new Error(`no corpus at ${CORPUS_DIR}`);
const ROUNDS = 3;
// Who-said-what questions over stories the corpus tells; worded generically, not taken
// from any question set.
const SPEECH = [
  'who said what about the escape room fire?',
  'what did people say about the notre dame fire',
  'reactions to hurricane dorian in the bahamas',
  'who commented on the impeachment inquiry?',
  'what did carrie lam say about the protests',
  'how did boris johnson react to the court ruling on parliament',
  'what were scientists saying about the coronavirus',
  'who was quoted about the mosque attack in new zealand',
  // Two stories in one question: searched whole and story by story.
  'how did officials react to the gdansk stabbing and the escape room fire',
];
const OTHER = ANSWERABLE.map(([q]) => q);

const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

console.log(machineLine());
const dir = mkdtempSync(join(tmpdir(), 'citewire-bench-ask-'));
const config = loadConfig({ CITEWIRE_INDEX_DIR: dir }, REPO_DIR);
const embeddings = createEmbeddings(config);
const library = await openLibrary('corpus', { indexDir: dir, embeddings });
let started = performance.now();
await ingestSources(library, [CORPUS_DIR, config.sampleDir]);
console.log(`ingest: ${library.size} articles in ${((performance.now() - started) / 1000).toFixed(1)} s (passages and quotes embedded)`);

const embed: number[] = [];
for (const q of [...SPEECH, ...OTHER]) {
  started = performance.now();
  await embeddings.embedQuery(`${q} (timing)`); // a text the library has not cached
  embed.push(performance.now() - started);
}
const timed = async (questions: readonly string[]) => {
  const times: number[] = [];
  for (const q of questions) await ask(library, q); // warm: each question once
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      started = performance.now();
      // A mark of the round in the topic itself: the library keeps recent query vectors,
      // and this times a topic it has not embedded yet.
      await ask(library, `${q.replace(/\?$/, '')} (${round + 1})`);
      times.push(performance.now() - started);
    }
  }
  return times;
};
const speech = await timed(SPEECH);
const other = await timed(OTHER);
const embedP50 = median(embed);
console.log(`query embedding: p50 ${ms(embedP50)}, p95 ${ms(percentile(embed, 95))} over ${embed.length}`);
for (const [label, times] of [['who-said-what', speech], ['other questions', other], ['all', [...speech, ...other]]] as const) {
  const p95 = percentile(times, 95);
  console.log(`ask, ${label}: p50 ${ms(median(times))}, p95 ${ms(p95)} over ${times.length}; p95 = ${(p95 / embedP50).toFixed(1)}× query-embedding p50`);
}
library.close();
await embeddings.close();
rmSync(dir, { recursive: true, force: true });
