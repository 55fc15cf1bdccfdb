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
    expect(result.stderr).toMatch(/Embedding passages \d+\/\d+/);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ question: QUESTION, mode: 'extractive' });
    const quotes: string[] = answer.citations.map((c: { quote: string }) => c.quote);
    expect(quotes.some((q) => q.includes('Woo'))).toBe(true);
    expect(quotes.some((q) => /Lee said/.test(q))).toBe(true);
    expect(quotes.some((q) => q.includes('Choo'))).toBe(true);
    for (const c of answer.citations) {
      expect(Object.keys(c).sort()).toEqual(['articleId', 'end', 'passageId', 'publishedAt', 'publisher', 'quote', 'speaker', 'start', 'title', 'url'].sort());
      expect(c.speaker).toBeNull();
      const shown = await json('show', c.articleId);
      expect(shown.text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote).not.toMatch(/中文|Global Edition|Home \/|WeChat|Most Viewed|BACK TO THE TOP|Copyright|FOLLOW US|Registration/);
    }
  });

  it('answers a second time without rebuilding', async () => {
    const result = await citewire('ask', QUESTION);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^\[1\] /);
    expect(result.stdout).toContain("— Lee's visit deepens Sino-ROK relations · China Daily · 2026-01-08");
  });

  it('lists and shows articles in the documented JSON shapes', async () => {
    const list = await json('articles');
    expect(list).toEqual([
      { id: expect.any(String), title: "Lee's visit deepens Sino-ROK relations", publisher: 'China Daily', publishedAt: '2026-01-08T09:53+08:00', url: null, passages: expect.any(Number) },
    ]);
    const shown = await json('show', list[0].id);
    expect(shown).toMatchObject({ id: list[0].id, byline: 'YANG HAN', dateline: 'Hong Kong', publisher: 'China Daily' });
    expect(Object.keys(shown).sort()).toEqual(['byline', 'dateline', 'id', 'publishedAt', 'publisher', 'text', 'title', 'url']);
  });

  it('cites and summarizes', async () => {
    const cited = await json('cite', 'relations between South Korea and China');
    expect(cited.citations.length).toBeGreaterThan(0);
    const summary = await json('summarize', 'Sino-ROK');
    expect(summary.citations.length).toBe(3);
  });

  it.each([
    [['ask', '   '], "The question is empty; ask something about the articles."],
    [['show', 'no-such-article'], "No article matches 'no-such-article'; run 'citewire articles' to list them."],
    [['ingest', 'missing.txt'], "Cannot read 'missing.txt': no such file or directory."],
    [['ask', 'x', '--library', '../up'], "'../up' is not a valid library name; use letters, digits, '-' and '_' (up to 64)."],
  ])('%j fails with one line and exit code 1', async (args, message) => {
    const result = await citewire(...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`✗ ${message}\n`);
    expect(result.stdout).toBe('');
  });

  it('leaves the library as it was when an ingest fails', async () => {
    const before = await json('articles');
    const dir = join(home, 'batch');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-good.txt'), 'A perfectly fine paragraph that reports the news of the day in one sentence.\n');
    writeFileSync(join(dir, 'b-empty.txt'), 'Home\nMenu\nShare\n');
    const result = await citewire('ingest', dir);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe("✗ 'b-empty.txt' has no article text after cleaning; nothing was added.");
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
    expect(added.added).toEqual([{ id: expect.any(String), title: 'Council backs tram expansion' }]);
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
