// What real-world ingestion costs and how well its near-duplicate rule separates stories,
// over ../shared/corpus. Run: npm run bench:ingest
//  - HTML extraction (Readability over linkedom) per page, on the corpus rendered as
//    news-site pages (test/web), and how many bodies come back as the Markdown has them;
//  - near-duplicates: the MinHash similarity of every pair of distinct corpus articles,
//    and of each article with syndicated copies of itself (other headline, boilerplate
//    lines added, last paragraph trimmed); the threshold must sit between the two.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/articles/index.ts';
import { MIN_WORDS, NEAR_DUPLICATE_THRESHOLD, signature, similarity } from '../src/library/near-duplicates.ts';
import { CORPUS_DIR } from '../test/fixtures/shared.ts';
import { wikinewsAsHtml } from '../test/web/wikinews-html.ts';
import { machineLine, median } from './machine.ts';

const files = readdirSync(CORPUS_DIR).filter((f) => /^\d{3}-.*\.md$/.test(f)).sort();
const markdown = files.map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
const articles = markdown.map((content, i) => extractArticle({ source: files[i]!, format: 'markdown', content }));
console.log(machineLine());
console.log(`corpus: ${files.length} articles`);

// HTML extraction.
const pages = markdown.map((m) => wikinewsAsHtml(m));
for (let round = 0; round < 2; round++) {
  let same = 0;
  const t = performance.now();
  pages.forEach((page, i) => {
    const got = extractArticle({ source: page.url, format: 'html', content: page.html, url: page.url });
    if (got.text.replace(/[ \t]+/g, ' ') === articles[i]!.text.replace(/[ \t]+/g, ' ')) same++;
  });
  const ms = (performance.now() - t) / pages.length;
  console.log(`html ${round === 0 ? 'cold' : 'warm'}: ${ms.toFixed(1)} ms/page (mean ${(pages.reduce((s, p) => s + p.html.length, 0) / pages.length / 1024).toFixed(0)} KB), bodies as the Markdown has them: ${same}/${pages.length}`);
}

// Near-duplicates.
let t = performance.now();
const signatures = articles.map((a) => signature(a.text));
console.log(`signature: ${((performance.now() - t) / articles.length).toFixed(2)} ms/article`);
t = performance.now();
const distinct: number[] = [];
let worst = { s: 0, a: '', b: '' };
for (let i = 0; i < articles.length; i++) {
  for (let j = i + 1; j < articles.length; j++) {
    const s = similarity(signatures[i]!, signatures[j]!);
    distinct.push(s);
    if (s > worst.s) worst = { s, a: files[i]!, b: files[j]! };
  }
}
console.log(`compare: ${(((performance.now() - t) * 1000) / distinct.length).toFixed(2)} µs/pair`);
const sorted = [...distinct].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(3);
console.log(`distinct pairs (${distinct.length}): median ${pct(0.5)}, p99 ${pct(0.99)}, p99.9 ${pct(0.999)}, max ${worst.s.toFixed(3)} (${worst.a} / ${worst.b}); at or over ${NEAR_DUPLICATE_THRESHOLD}: ${distinct.filter((s) => s >= NEAR_DUPLICATE_THRESHOLD).length}`);

const variants: Record<string, (paragraphs: string[]) => string[]> = {
  'boilerplate added': (p) => ['Editor’s note: this story is republished from our partner site.', ...p, 'This article first appeared elsewhere and is republished under licence. Sign up for our newsletter.'],
  'last paragraph trimmed': (p) => (p.length > 2 ? p.slice(0, -1) : p),
  'both': (p) => ['Editor’s note: this story is republished from our partner site.', ...(p.length > 2 ? p.slice(0, -1) : p), 'This article first appeared elsewhere and is republished under licence.'],
};
for (const [name, vary] of Object.entries(variants)) {
  const scores = articles.map((a, i) => similarity(signatures[i]!, signature(vary(a.text.split('\n\n')).join('\n\n'))));
  const caught = scores.filter((s) => s >= NEAR_DUPLICATE_THRESHOLD).length;
  const short = articles.filter((a) => a.text.split('\n\n').length <= 4).length;
  const at = [0.3, 0.5, 0.7, 0.8].map((x) => `${x}: ${scores.filter((s) => s >= x).length}`).join(', ');
  console.log(`syndicated copy, ${name}: median ${median(scores).toFixed(3)}, min ${Math.min(...scores).toFixed(3)}; caught ${caught}/${scores.length} (at other thresholds ${at}; articles of 4 paragraphs or fewer: ${short})`);
}
const words = articles.map((a) => a.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0).sort((a, b) => a - b);
console.log(`article length in words: min ${words[0]}, median ${median(words)}; under MIN_WORDS (${MIN_WORDS}): ${words.filter((w) => w < MIN_WORDS).length}`);
