// Embedding figures for USE lite on this machine: model load, query latency, passage
// throughput with one thread and with two workers, and the cost of starting the pool.
// Reads passages from ../shared/corpus. Run: npm run bench:embed
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkArticle, extractArticle } from '../src/articles/index.ts';
import { LocalEmbeddings } from '../src/embeddings/index.ts';
import { CORPUS_DIR } from '../test/fixtures/shared.ts';
import { machineLine, median } from './machine.ts';

const PASSAGES = Number(process.env.BENCH_PASSAGES ?? 480);

const files = readdirSync(CORPUS_DIR).filter((f) => /^\d{3}-/.test(f)).sort();
const passages = files
  .flatMap((f) => chunkArticle(extractArticle({ source: f, format: 'markdown', content: readFileSync(join(CORPUS_DIR, f), 'utf8') })))
  .map((p) => p.text);
const sample = passages.slice(0, PASSAGES);
const meanChars = sample.reduce((s, p) => s + p.length, 0) / sample.length;

console.log(machineLine());
console.log(`corpus: ${files.length} articles → ${passages.length} passages; timing ${sample.length} of them, mean ${meanChars.toFixed(0)} characters`);

const single = new LocalEmbeddings({ workers: 1 });
let t = performance.now();
await single.embedQuery('warm-up');
console.log(`model load + first query (one thread): ${(performance.now() - t).toFixed(0)} ms`);

const questions = [
  'Who said what about the Lee–Xi meeting?',
  'How many people died in the building collapse?',
  'Why might zebras have evolved stripes?',
  'What did the council decide about the trams?',
];
const latencies: number[] = [];
for (let i = 0; i < 40; i++) {
  t = performance.now();
  await single.embedQuery(questions[i % questions.length]!);
  latencies.push(performance.now() - t);
}
console.log(`query embedding latency: median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (40 queries)`);

for (const batchSize of [8, 16, 24, 32, 64]) {
  single.batchSize = batchSize;
  const slice = sample.slice(0, 192);
  t = performance.now();
  await single.embedDocuments(slice);
  const s = (performance.now() - t) / 1000;
  console.log(`one thread, batch ${String(batchSize).padStart(2)}: ${(slice.length / s).toFixed(1)} passages/s`);
}
single.batchSize = 24;

t = performance.now();
await single.embedDocuments(sample);
const oneThread = (performance.now() - t) / 1000;
console.log(`one thread:  ${sample.length} passages in ${oneThread.toFixed(1)} s = ${(sample.length / oneThread).toFixed(1)} passages/s`);

const pooled = new LocalEmbeddings({ workers: 2 });
t = performance.now();
await pooled.embedDocuments(sample.slice(0, 128));
const warm = (performance.now() - t) / 1000;
t = performance.now();
await pooled.embedDocuments(sample);
const twoWorkers = (performance.now() - t) / 1000;
console.log(`two workers: first 128 passages incl. starting the pool ${warm.toFixed(1)} s; then ${sample.length} passages in ${twoWorkers.toFixed(1)} s = ${(sample.length / twoWorkers).toFixed(1)} passages/s`);
console.log(`speed-up of two workers over one thread: ${(oneThread / twoWorkers).toFixed(2)}x`);
await pooled.close();
console.log(`memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
