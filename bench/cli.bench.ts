// Wall-clock time of the README's command, as a newcomer runs it: the first run builds
// the default library from data/articles, the second only answers. Run: npm run bench:cli
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_DIR } from '../test/fixtures/shared.ts';
import { machineLine, median } from './machine.ts';

const QUESTION = 'Who said what about the Lee–Xi meeting?';
const RUNS = 5;

function timeReadmeCommand(indexDir: string): number {
  const start = performance.now();
  execFileSync('npm', ['run', '--silent', 'citewire', '--', 'ask', QUESTION], {
    cwd: REPO_DIR,
    env: { ...process.env, CITEWIRE_INDEX_DIR: indexDir },
    stdio: 'ignore',
  });
  return (performance.now() - start) / 1000;
}

console.log(machineLine());
const first: number[] = [];
const second: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'citewire-bench-'));
  first.push(timeReadmeCommand(dir));
  second.push(timeReadmeCommand(dir));
  rmSync(dir, { recursive: true, force: true });
}
const fmt = (xs: number[]) => `median ${median(xs).toFixed(2)} s (min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)})`;
console.log(`README ask, first run (builds the library): ${fmt(first)} over ${RUNS} runs`);
console.log(`README ask, second run:                     ${fmt(second)} over ${RUNS} runs`);
