import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_DIR } from './fixtures/shared.ts';

const run = promisify(execFile);
const QUESTION = 'Who said what about the Lee–Xi meeting?';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

describe('the citewire command line, end to end', () => {
  let home: string;
  let env: NodeJS.ProcessEnv;

  /** Runs the CLI as a user would, in a clean environment with its own index directory. */
  async function citewire(...args: string[]): Promise<Result> {
    try {
      const { stdout, stderr } = await run(process.execPath, [join(REPO_DIR, 'bin/citewire.js'), ...args], { cwd: home, env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }
  const json = async (...args: string[]) => {
    const result = await citewire(...args, '--json');
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout);
  };

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'citewire-cli-'));
    env = { PATH: process.env.PATH, HOME: home, CITEWIRE_INDEX_DIR: join(home, 'index') };
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('answers the README question on first use, building the library from the sample with progress on stderr', async () => {
    const result = await citewire('ask', QUESTION, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Building library 'default' from .*data\/articles \(first run\)/);
    expect(result.stderr).toMatch(/Embedding passages and quotes \d+\/\d+/);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ question: QUESTION, mode: 'extractive' });
    const speakers = new Set(answer.citations.map((c: { speaker: string | null }) => c.speaker));
    for (const name of ['Woo Su-keun', 'Lee Jae-myung', 'Choo Jae-woo']) expect(speakers).toContain(name);
    const by = (name: string) => answer.citations.filter((c: { speaker: string }) => c.speaker === name).map((c: { quote: string }) => c.quote);
    expect(by('Woo Su-keun').some((q: string) => q.startsWith('"Trust between leaders'))).toBe(true);
    expect(by('Lee Jae-myung')).toContain('"the shot of a lifetime"');
    expect(by('Choo Jae-woo').some((q: string) => q.startsWith('"This signing stands out'))).toBe(true);
    for (const c of answer.citations) {
      expect(Object.keys(c).sort()).toEqual(['articleId', 'cue', 'end', 'link', 'passageId', 'publishedAt', 'publisher', 'quote', 'speaker', 'start', 'title', 'url'].sort());
      expect(c.passageId).toMatch(/^[0-9a-f]{16}$/);
      const shown = await json('show', c.articleId);
      expect(shown.text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote).not.toMatch(/中文|Global Edition|Home \/|WeChat|Most Viewed|BACK TO THE TOP|Copyright|FOLLOW US|Registration/);
    }
  });

  it('answers a second time without rebuilding', async () => {
    const result = await citewire('ask', QUESTION);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^[A-Z][\w -]+:\n  \[1\] /);
    expect(result.stdout).toContain("— said · Lee's visit deepens Sino-ROK relations · China Daily · 2026-01-08");
  });

  it('lists and shows articles in the documented JSON shapes', async () => {
    const list = await json('articles');
    expect(list).toEqual([
      { id: expect.any(String), title: "Lee's visit deepens Sino-ROK relations", publisher: 'China Daily', publishedAt: '2026-01-08T09:53+08:00', url: null, passages: expect.any(Number) },
    ]);
    const shown = await json('show', list[0].id);
    expect(shown).toMatchObject({ id: list[0].id, byline: 'YANG HAN', dateline: 'Hong Kong', publisher: 'China Daily' });
    expect(Object.keys(shown).sort()).toEqual(['alsoAt', 'byline', 'dateline', 'id', 'publishedAt', 'publisher', 'text', 'title', 'url']);
  });

  it("cites only the named speaker's words with --speaker", async () => {
    const cited = await json('cite', 'relations', '--speaker', 'Woo');
    expect(cited.citations.length).toBeGreaterThan(1);
    expect(new Set(cited.citations.map((c: { speaker: string }) => c.speaker))).toEqual(new Set(['Woo Su-keun']));
  });

  it('lists speakers and filters articles by publisher and date', async () => {
    const speakers = await json('speakers');
    expect(speakers.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['Woo Su-keun', 'Lee Jae-myung', 'Choo Jae-woo']));
    expect(await json('articles', '--publisher', 'china daily', '--since', '2026-01-08', '--until', '2026-01-08')).toHaveLength(1);
    expect(await json('articles', '--until', '2025-12-31')).toEqual([]);
    const bad = await citewire('articles', '--since', 'last week');
    expect(bad.stderr).toBe("✗ 'last week' is not a date; use YYYY-MM-DD, e.g. 2026-01-08.\n");
  });

  it('extracts quotes from files, and from JSON lines on stdin', async () => {
    const [file] = await json('quotes', join(REPO_DIR, 'data/articles'));
    // Eight quoted passages: seven quotes, one of them interrupted by its cue (two fragments).
    const direct = file.quotes.filter((q: { kind: string }) => q.kind === 'direct');
    expect(direct.reduce((n: number, q: { fragments?: unknown[] }) => n + (q.fragments?.length ?? 1), 0)).toBe(8);
    const child = execFile(process.execPath, [join(REPO_DIR, 'bin/citewire.js'), 'quotes', '--jsonl'], { cwd: home, env });
    const output = new Promise<string>((resolve) => {
      let out = '';
      child.stdout!.on('data', (d) => (out += d));
      child.on('close', () => resolve(out));
    });
    child.stdin!.end('{"id":"a","text":"\\"We will win,\\" Ana Ruiz said."}\n{"id":"b","text":"No quotes here."}\n');
    const lines = (await output).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 'a', quotes: [{ start: 0, end: 14, text: '"We will win,"', kind: 'direct', cue: { start: 24, end: 28, text: 'said' }, speaker: { name: 'Ana Ruiz', kind: 'person', mention: { start: 15, end: 23, text: 'Ana Ruiz' }, description: null } }] },
      { id: 'b', quotes: [] },
    ]);
  });

  it('cites and summarizes', async () => {
    const cited = await json('cite', 'relations between South Korea and China');
    expect(cited.citations.length).toBeGreaterThan(0);
    const summary = await json('summarize', 'Sino-ROK');
    expect(summary.citations.length).toBe(3);
  });

  it.each([
    [['ask', '   '], "The question is empty; ask something about the articles."],
    // (Marks and markup with no word left: the same line, not the embedder's complaint.)
    [['ask', '**'], "The question is empty; ask something about the articles."],
    [['ask', '...'], "The question is empty; ask something about the articles."],
    [['show', 'no-such-article'], "No article matches 'no-such-article'; list the articles to find its title or id."],
    [['ingest', 'missing.txt'], "Cannot read 'missing.txt': no such file or directory."],
    [['ask', 'x', '--library', '../up'], "'../up' is not a valid library name; use letters, digits, '-' and '_' (up to 64)."],
  ])('%j fails with one line and exit code 1', async (args, message) => {
    const result = await citewire(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`✗ ${message}\n`);
    expect(result.stdout).toBe('');
  });

  it('adds the readable files of a folder and refuses the others by name, with exit code 1', async () => {
    const dir = join(home, 'batch');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-good.txt'), 'A perfectly fine paragraph that reports the news of the day in one sentence.\n');
    writeFileSync(join(dir, 'b-empty.txt'), 'Home\nMenu\nShare\n');
    const result = await citewire('--library', 'batch', 'ingest', dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^\+ [0-9a-f]{16} {2}a good\n/);
    expect(result.stdout).toContain("\u2717 'b-empty.txt' has no article text after cleaning; nothing was added.\n");
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 added, 0 updated, 0 unchanged, 1 refused');
    expect((await json('--library', 'batch', 'articles')).map((a: { title: string }) => a.title)).toEqual(['a good']);
  });

  it('leaves the library as it was when an argument is wrong', async () => {
    const before = await json('articles');
    const result = await citewire('ingest', join(REPO_DIR, 'data/articles'), join(home, 'no-such-folder'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`\u2717 Cannot read '${join(home, 'no-such-folder')}': no such file or directory.\n`);
    expect(await json('articles')).toEqual(before);
  });

  it('ingests a folder, then forgets an article', async () => {
    const dir = join(home, 'more');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'trams.md'),
      '---\ntitle: "Council backs tram expansion"\nurl: "https://example.org/trams"\npublisher: "Courier"\npublished: 2026-03-03\n---\n\nThe city council voted on Tuesday to expand the tram network by twelve kilometres.\n',
    );
    const added = await json('ingest', dir);
    expect(added.added).toEqual([{ id: expect.any(String), title: 'Council backs tram expansion', url: 'https://example.org/trams', source: join(dir, 'trams.md') }]);
    expect((await json('ingest', dir)).unchanged).toHaveLength(1);
    const gone = await json('forget', added.added[0].id);
    expect(gone.removed).toBe(added.added[0].id);
    expect((await json('articles')).map((a: { title: string }) => a.title)).toEqual(["Lee's visit deepens Sino-ROK relations"]);
  });

  it('runs through the npm script the README shows', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'citewire', '--', 'articles', '--json'], { cwd: REPO_DIR, env });
    expect(JSON.parse(stdout)).toHaveLength(1);
  });
});
