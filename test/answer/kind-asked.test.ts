import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/index.ts';
import { kindAsked, mentionsKind } from '../../src/answer/kind-asked.ts';
import { articleId, type Article } from '../../src/articles/index.ts';
import { openLibrary, type Library } from '../../src/library/index.ts';
import { FakeEmbeddings } from '../fixtures/fake-embeddings.ts';

describe('kindAsked: the word of a typed speaker that says what kind they are', () => {
  it.each([
    ['principal', 'principal'],
    ['owner of the dive boat', 'owner'],
    ['church', 'church'],
    ['harbour prosecutors', 'prosecutors'],
    // How someone stands to another: the articles describe them by the other end.
    ["zamperoni's boss", undefined],
    ['council member', undefined],
    ['hindu mahasabha guy', undefined],
    // An office, which its own plan holds.
    ['congressman from nevada', undefined],
  ])('%s → %s', (typed, expected) => {
    expect(kindAsked(typed)).toBe(expected);
  });
});

function article(fields: Omit<Article, 'id'>): Article {
  return { id: articleId(fields.title, fields.text), ...fields };
}

describe('a kind of speaker the answering articles never mention', () => {
  let dir: string;
  let library: Library;
  let fire: string;
  let storm: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citewire-kind-'));
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    const articles = [
      article({ title: 'Fire at a riverside school gym', text: 'A fire broke out in the gym of a riverside school on Monday. "The roof went up in minutes," said Tom Reyes, a fire service spokesman. Prosecution of the building firm is being considered.' }),
      article({ title: 'Storm Ada nears the coast', text: 'Storm Ada strengthened on Tuesday. The National Hurricane Center said "Ada will reach the coast by Friday."' }),
      // (A principal of another story: the library knows the word.)
      article({ title: 'Pupils win a science prize', text: 'Pupils of a hill school won a national science prize. Their principal praised the team.' }),
    ];
    [fire, storm] = articles.map((a) => a.id) as [string, string];
    await library.addArticles(articles);
  });
  afterAll(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is mentioned in any form of its word, or in the words articles use for it', () => {
    expect(mentionsKind(library, 'spokesman', [fire])).toBe(true);
    expect(mentionsKind(library, 'prosecutors', [fire])).toBe(true);
    expect(mentionsKind(library, 'forecasters', [storm])).toBe(true);
    expect(mentionsKind(library, 'principal', [fire])).toBe(false);
    expect(mentionsKind(library, 'forecasters', [fire])).toBe(false);
  });

  it("answers nothing from it, and shows none of the story's other voices", async () => {
    const answer = await ask(library, 'what did the principal say about the school gym fire');
    expect(answer.citations).toEqual([]);
    expect(answer.text).toBe('Nothing from the principal on that in this library: no article telling it mentions one.');
  });

  it('still answers a kind the article does name', async () => {
    const answer = await ask(library, 'what did the fire service say about the school gym fire');
    expect(answer.citations[0]).toMatchObject({ speaker: 'Tom Reyes' });
  });
});
