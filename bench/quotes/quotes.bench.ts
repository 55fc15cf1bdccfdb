// Quote extraction against published corpora in ../shared/eval/quotes (read by path,
// never copied). Usage: npm run bench:quotes -- [dev|train|test|mcae|mcae-dev|mcae-test]
// (default dev). Tune on train and dev; test is held out, to be run once. MCAE comes
// unsplit: its even-numbered articles are mcae-dev (which prints what it misses), its odd
// ones mcae-test, held out; mcae is both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../../src/quotes/index.ts';
import { quoteJson } from '../../src/terminal/render.ts';
import { SHARED_DIR } from '../../test/fixtures/shared.ts';
import { machineLine } from '../machine.ts';
import { add, f1, LEVELS, score, type Counts, type Item, type Kind } from './score.ts';

const EVAL_DIR = join(SHARED_DIR, 'eval', 'quotes');
const split = process.argv[2] ?? 'dev';
const SPLITS = ['dev', 'train', 'test', 'mcae', 'mcae-dev', 'mcae-test'];
// ("polnear dev" reads a file that is not there: say what the bench takes instead.)
if (!SPLITS.includes(split) || process.argv.length > 3) {
  console.error(`usage: npm run bench:quotes -- [${SPLITS.join('|')}] (not '${process.argv.slice(2).join(' ')}')`);
  process.exit(2);
}
const VIEWS: Array<[string, readonly Kind[]]> = [
  ['direct', ['direct']],
  ['direct+mixed', ['direct', 'mixed']],
  ['all', ['direct', 'mixed', 'indirect']],
];

function read<T>(file: string): T[] {
  return readFileSync(join(EVAL_DIR, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);
}

/** What `citewire quotes --jsonl` writes for one text: the bench scores exactly that. */
function quotesLine(text: string) {
  return extractQuotes({ text }).map(quoteJson);
}

function predictedItems(quotes: ReturnType<typeof quotesLine>): Item[] {
  return quotes.map((q) => ({
    fragments: q.fragments ?? [[q.start, q.end]],
    kind: q.kind,
    ...(q.speaker ? { source: [q.speaker.mention.start, q.speaker.mention.end] as [number, number] } : {}),
  }));
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

console.log(machineLine());

if (split.startsWith('mcae')) {
  interface Statement { speaker: string; source_type_normalized: string | null; start: number | null; end: number | null; fragments?: Array<[number, number]> }
  const half = { mcae: undefined, 'mcae-dev': 0, 'mcae-test': 1 }[split];
  if (half === undefined && split !== 'mcae') throw new Error(`usage: npm run bench:quotes -- dev|train|test|mcae|mcae-dev|mcae-test (not '${split}')`);
  const records = read<{ id: string; text: string; statements: Statement[] }>('mcae.jsonl').filter((_, i) => half === undefined || i % 2 === half);
  const misses: string[] = [];
  let named = 0;
  let right = 0;
  let exact = 0;
  let exactOrInside = 0;
  // The measure: the speaker's name exactly, ignoring case and accents.
  const fold = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  // Some gold names carry their description after a comma ("Daniel Flaming, president, the
  // Economic Roundtable", "Valarie Bachelor,"): the name is what comes before it.
  const goldName = (speaker: string) => speaker.split(',')[0]!;
  const started = performance.now();
  for (const r of records) {
    const quotes = quotesLine(r.text);
    for (const s of r.statements) {
      if (s.source_type_normalized !== 'Named Person' || !s.speaker.trim() || s.start === null || s.end === null) continue;
      named++;
      const spans = s.fragments ?? [[s.start, s.end]];
      const size = spans.reduce((n, [a, b]) => n + b - a, 0);
      const surname = goldName(s.speaker).trim().split(/\s+/).at(-1)!.toLowerCase();
      const covering = quotes.filter((q) => {
        const covered = (q.fragments ?? [[q.start, q.end]]).reduce(
          (n, [qa, qb]) => n + spans.reduce((m, [a, b]) => m + Math.max(0, Math.min(b, qb) - Math.max(a, qa)), 0),
          0,
        );
        return covered / size > 0.3 && !!q.speaker;
      });
      if (covering.some((q) => q.speaker!.name.toLowerCase().split(/\s+/).includes(surname))) right++;
      if (covering.some((q) => fold(q.speaker!.name) === fold(goldName(s.speaker)))) exact++;
      // A statement is often a whole sentence with its cue ('"Working on it," Curry said with
      // a smile regarding …'); a quote of its quoted words lies inside it.
      const inside = quotes.filter((q) => q.speaker && (q.fragments ?? [[q.start, q.end]]).every(([qa, qb]) => spans.some(([a, b]) => qa >= a && qb <= b)));
      if ([...covering, ...inside].some((q) => fold(q.speaker!.name) === fold(goldName(s.speaker)))) exactOrInside++;
      if (split === 'mcae-dev' && !covering.some((q) => fold(q.speaker!.name) === fold(goldName(s.speaker)))) {
        const found = covering.map((q) => q.speaker!.name);
        misses.push(`${goldName(s.speaker)} ← ${found.length ? found.join(' | ') : '(no quote)'}: ${r.text.slice(spans[0]![0], spans[0]![0] + 90).replace(/\n/g, ' ')}`);
      }
    }
  }
  console.log(`MCAE: ${records.length} articles, ${named} statements by named people`);
  console.log(`a quote covering > 30% of the statement carries the speaker's surname: ${right}/${named} = ${pct(right / named)} %`);
  console.log(`… and carries exactly the speaker's name:                        ${exact}/${named} = ${pct(exact / named)} %`);
  console.log(`… or a quote inside the statement does (exact name):             ${exactOrInside}/${named} = ${pct(exactOrInside / named)} %`);
  console.log(`time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (misses.length > 0) console.log(`\nwhat went wrong (mcae-dev only):\n${misses.join('\n')}`);
} else {
  interface Span { start: number; end: number; fragments?: Array<[number, number]> }
  interface Attribution { source: Span | null; content: Span; kind: Kind }
  const records = read<{ id: string; text: string; attributions: Attribution[] }>(`polnear_${split}.jsonl`);
  const totals = new Map<string, Counts>();
  const started = performance.now();
  const predictions = records.map((r) => quotesLine(r.text));
  const seconds = (performance.now() - started) / 1000;
  records.forEach((r, i) => {
    const gold: Item[] = r.attributions.map((a) => ({
      fragments: a.content.fragments ?? [[a.content.start, a.content.end]],
      kind: a.kind,
      ...(a.source ? { source: [a.source.start, a.source.end] as [number, number] } : {}),
    }));
    const predicted = predictedItems(predictions[i]!);
    for (const [view, kinds] of VIEWS) {
      for (const level of LEVELS) {
        const key = `${view}\t${level}`;
        const c = score(r.text, gold.filter((g) => kinds.includes(g.kind)), predicted.filter((p) => kinds.includes(p.kind)), level);
        totals.set(key, totals.has(key) ? add(totals.get(key)!, c) : c);
      }
    }
  });
  console.log(`PolNeAR ${split}: ${records.length} articles, ${records.reduce((n, r) => n + r.attributions.length, 0)} gold attributions; extraction took ${seconds.toFixed(1)} s`);
  console.log('view          level            gold  pred  match      P      R     F1  speaker');
  for (const [key, c] of totals) {
    const [view, level] = key.split('\t');
    const m = f1(c);
    console.log(`${view!.padEnd(13)} ${level!.padEnd(15)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)} ${String(c.matched).padStart(6)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${pct(m.speaker)}`);
  }
}
