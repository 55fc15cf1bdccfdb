import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeWhoSaid, findQuotes, holdsOffice, mergeQuotes, pickQuotes, type QuoteCandidate } from '../../src/answer/who-said.ts';
import { articleId } from '../../src/articles/index.ts';
import { openLibrary, type Library } from '../../src/library/index.ts';
import { FakeEmbeddings } from '../fixtures/fake-embeddings.ts';

/** A scored quote of `speaker` (only what picking looks at). */
function candidate(id: number, speaker: string, score: number): QuoteCandidate {
  return {
    quote: { id, articleId: `a${id}`, start: 0, end: 1, text: 'x', kind: 'direct', speaker: { name: speaker, mention: { start: 0, end: 1, text: speaker } }, speakerKey: speaker.toLowerCase() },
    article: { id: `a${id}`, title: 't' },
    passages: [],
    similarity: score,
    score,
  } as QuoteCandidate;
}

const ids = (picked: readonly QuoteCandidate[]) => picked.map((c) => c.quote.id);

describe('pickQuotes', () => {
  const many = [candidate(1, 'Ana', 1.0), candidate(2, 'Ana', 0.99), candidate(3, 'Ana', 0.98), candidate(4, 'Ana', 0.97), candidate(5, 'Ana', 0.96), candidate(6, 'Ben', 0.95)];

  it('takes at most three quotes of one voice, and none far below the best', () => {
    expect(ids(pickQuotes([...many, candidate(7, 'Cy', 0.5)], 10))).toEqual([1, 2, 3, 6]);
  });

  it("keeps a low quote of the best quote's own article: it is the same story", () => {
    const sameStory = { ...candidate(8, 'Dee', 0.5), quote: { ...candidate(8, 'Dee', 0.5).quote, articleId: 'a1' } } as QuoteCandidate;
    expect(ids(pickQuotes([...many, sameStory, candidate(7, 'Cy', 0.5)], 10))).toEqual([1, 2, 3, 6, 8]);
  });

  it('takes every quote of the one speaker asked for', () => {
    expect(ids(pickQuotes(many.slice(0, 5), 10, { oneSpeaker: true }))).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps each joined story's best quote, in place of the weakest, and two quotes a voice", () => {
    const otherStory = candidate(9, 'Dee', 0.4);
    expect(ids(pickQuotes([...many, otherStory], 3, { leads: [many[0]!, otherStory] }))).toEqual([1, 2, 9]);
    expect(ids(pickQuotes([...many, otherStory], 10, { leads: [many[0]!, otherStory] }))).toEqual([1, 2, 6, 9]);
  });
});

describe('composeWhoSaid', () => {
  const speakersOf = (picked: QuoteCandidate[], leads: QuoteCandidate[] = []) => composeWhoSaid('q', picked, leads).citations.map((c) => c.speaker);

  it('groups the quotes by speaker, speakers in order of their best quote', () => {
    const picked = [candidate(1, 'Ann', 0.9), candidate(2, 'Bo', 0.8), candidate(3, 'Ann', 0.7), candidate(4, 'Cy', 0.3)];
    expect(speakersOf(picked)).toEqual(['Ann', 'Ann', 'Bo', 'Cy']);
  });

  it('groups one person however each article spells them, each citation with its own spelling', () => {
    const other = candidate(2, 'Volodymyr Zelenskyy', 0.8);
    const picked = [candidate(1, 'Volodymyr Zelensky', 0.9), { ...other, quote: { ...other.quote, speakerKey: 'volodymyr zelensky' } } as QuoteCandidate];
    const answer = composeWhoSaid('q', picked);
    expect(answer.text.split('\n').filter((line) => !line.startsWith(' '))).toEqual(['Volodymyr Zelensky:']);
    expect(answer.citations.map((c) => c.speaker)).toEqual(['Volodymyr Zelensky', 'Volodymyr Zelenskyy']);
  });

  it("opens a question of several stories with each story's best quote", () => {
    const picked = [candidate(1, 'Ann', 0.9), candidate(2, 'Bo', 0.8), candidate(3, 'Ann', 0.7), candidate(4, 'Cy', 0.3)];
    expect(speakersOf(picked, [picked[0]!, picked[3]!])).toEqual(['Ann', 'Ann', 'Cy', 'Bo']);
  });

  // A quote of `speaker` at `start` in article `articleId`.
  const at = (id: number, speaker: string, score: number, articleId: string, start = id) => {
    const c = candidate(id, speaker, score);
    return { ...c, quote: { ...c.quote, articleId, start, end: start + 1 }, article: { ...c.article, id: articleId } } as QuoteCandidate;
  };

  it('shows one speaker alone best quote first, whichever article each is from', () => {
    // Ann's best article (a) holds her best quote and her worst; b's comes between them.
    const picked = [at(1, 'Ann', 0.5, 'a', 0), at(2, 'Ann', 0.9, 'a', 10), at(3, 'Ann', 0.7, 'b', 5)];
    expect(composeWhoSaid('q', picked).citations.map((c) => c.start)).toEqual([10, 5, 0]);
  });

  it("keeps each of several speakers' quotes by article, in the order the article gives them", () => {
    const picked = [at(1, 'Ann', 0.5, 'a', 0), at(2, 'Ann', 0.9, 'a', 10), at(3, 'Ann', 0.7, 'b', 5), at(4, 'Bo', 0.8, 'c', 0)];
    expect(composeWhoSaid('q', picked).citations.map((c) => `${c.speaker} ${c.articleId} ${c.start}`)).toEqual(['Ann a 0', 'Ann a 10', 'Ann b 5', 'Bo c 0']);
  });

  it("puts a speaker's quote from a joined story's leading article before their better ones elsewhere", () => {
    // Bo leads story s; Ann's best quote is elsewhere (a), her lesser one is in s: s's comes first.
    const lead = at(1, 'Bo', 0.9, 's');
    const picked = [lead, at(2, 'Ann', 0.8, 'a'), at(3, 'Ann', 0.5, 's')];
    expect(composeWhoSaid('q', picked, [lead]).citations.map((c) => c.start)).toEqual([1, 3, 2]);
  });
});

describe('holdsOffice', () => {
  const quote = candidate(1, 'Ana Ruiz', 1).quote;

  it('reads an office from how the quote names its speaker', () => {
    const described = { ...quote, speaker: { ...quote.speaker!, description: 'Polish President' } };
    expect(holdsOffice(described, 'president', '')).toBe(true);
    expect(holdsOffice(described, 'minister', '')).toBe(false);
  });

  it("reads a leader as whoever heads a body, not as anyone who speaks for it", () => {
    const heads = { ...quote, speaker: { ...quote.speaker!, description: 'ABHM president' } };
    const speaks = { ...quote, speaker: { ...quote.speaker!, description: 'ABHM spokesperson' } };
    expect(holdsOffice(heads, 'leader', '')).toBe(true);
    expect(holdsOffice(speaks, 'leader', '')).toBe(false);
  });

  it("reads an office and its portfolio as either side of the Atlantic spells them", () => {
    const defence = { ...quote, speaker: { ...quote.speaker!, description: 'the Defence Secretary' } };
    expect(holdsOffice(defence, 'defense secretary', '')).toBe(true);
    expect(holdsOffice(defence, 'secretary', '', ['defense'])).toBe(true);
    expect(holdsOffice(defence, 'secretary', '', ['transport'])).toBe(false);
  });

  it('reads a scholar by their discipline, not by a word that merely starts like it', () => {
    const professor = { ...quote, speaker: { ...quote.speaker!, description: 'Birmingham City University criminology professor' } };
    const lawyer = { ...quote, speaker: { ...quote.speaker!, description: 'criminal lawyer' } };
    expect(holdsOffice(professor, 'criminologist', '')).toBe(true);
    expect(holdsOffice(lawyer, 'criminologist', '')).toBe(false);
  });

  it("reads a group by its plural, and a doctor by the 'Dr.' before a name", () => {
    const group = { ...quote, speaker: { ...quote.speaker!, name: 'Activists', mention: { start: 0, end: 9, text: 'Activists' } } };
    const doctor = { ...quote, speaker: { ...quote.speaker!, mention: { start: 0, end: 12, text: 'Dr. Ana Ruiz' } } };
    expect(holdsOffice(group, 'activist', '')).toBe(true);
    expect(holdsOffice(doctor, 'doctor', '')).toBe(true);
    expect(holdsOffice(doctor, 'driver', '')).toBe(false);
  });

  it('reads it beside the name anywhere in the article, not far from it', () => {
    expect(holdsOffice(quote, 'commissioner', 'An interview with Ana Ruiz, the government commissioner for defence, ran on Monday. "We bought it," Ruiz said.')).toBe(true);
    expect(holdsOffice(quote, 'commissioner', `Ana Ruiz spoke. ${'Nothing else happened that day. '.repeat(5)}The commissioner was away.`)).toBe(false);
  });

  it("reads it as theirs only before the name in its sentence or in an appositive, not in someone else's", () => {
    expect(holdsOffice(quote, 'mayor', 'Ana Ruiz wrote "Let us pray for Mayor Bo Lin." Ana Ruiz is from the city.')).toBe(false);
    expect(holdsOffice(quote, 'mayor', 'The mayor met Bo Lin. Ana Ruiz, a lawyer, spoke.')).toBe(false);
    expect(holdsOffice(quote, 'mayor', 'On Monday, city mayor Ana Ruiz spoke.')).toBe(true);
  });

  it("reads it in the name's own clause, not in one before it that tells of someone else", () => {
    expect(holdsOffice(quote, 'prime minister', 'The party named her its candidate for prime minister after a word from her sister, Queen Ana Ruiz.')).toBe(false);
    expect(holdsOffice(quote, 'prime minister', "The country's prime minister, Ana Ruiz, spoke.")).toBe(true);
  });
});

describe('mergeQuotes', () => {
  it('keeps each quote once, with its best score', () => {
    const merged = mergeQuotes([candidate(1, 'Ana', 0.5), candidate(2, 'Ben', 0.9)], [candidate(1, 'Ana', 0.8)]);
    expect(merged.map((c) => [c.quote.id, c.score])).toEqual([
      [1, 0.8],
      [2, 0.9],
    ]);
  });
});

describe('findQuotes', () => {
  let dir: string;
  let library: Library;
  const arena = { title: 'Game called off', text: 'The game was called off on Wednesday.\n\nThey say the player was not at the arena that night.\n\nThe coach, Dana Price, said the player was resting at the arena hotel.' };
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citewire-who-said-'));
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    await library.addArticles([{ id: articleId(arena.title, arena.text), ...arena }]);
  });
  afterEach(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds only quotes that have a who: not words of a "They" the article never names', async () => {
    expect(library.quotesOf([articleId(arena.title, arena.text)]).map((q) => q.speaker?.name)).toContain('They');
    const found = await findQuotes(library, 'the player at the arena', [], { filter: {} });
    expect(found.map((c) => c.quote.speaker?.name)).toEqual(['Dana Price']);
  });
});

describe('findQuotes, of a line asked for', () => {
  let dir: string;
  let library: Library;
  const party = {
    title: 'Party held in the capital',
    text: 'A party was held in the capital on Saturday.\n\nThe Health Ministry reported that 200 people went to the party.\n\nThe organiser, Om Prakash, said that 200 people had attended.',
  };
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citewire-who-said-line-'));
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    await library.addArticles([{ id: articleId(party.title, party.text), ...party }]);
  });
  afterEach(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // How far the ministry's words score above the organiser's.
  const lead = async (line: boolean) => {
    const score = new Map((await findQuotes(library, '200 people went to the party', [], { filter: {}, line })).map((c) => [c.quote.speaker?.kind, c.score]));
    return score.get('organisation')! - score.get('person')!;
  };

  it("gives a person's words no lead over a body's where whose a line is is asked", async () => {
    expect(await lead(true)).toBeGreaterThan((await lead(false)) + 0.01);
  });
});
