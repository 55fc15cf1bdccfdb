import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId, type Article } from '../../src/articles/index.ts';
import { openLibrary, type Library } from '../../src/library/index.ts';
import { FakeEmbeddings } from '../fixtures/fake-embeddings.ts';

function article(fields: Omit<Article, 'id'>): Article {
  return { id: articleId(fields.title, fields.text), ...fields };
}

const trams = article({
  title: 'Council backs trams',
  url: 'https://example.org/trams',
  publisher: 'The Courier',
  publishedAt: '2026-03-03',
  text: 'Mayor Ana Ruiz backed the plan.\n\n"This is the biggest investment in a generation," Ruiz said.',
});
const budget = article({
  title: 'Budget passes',
  publisher: 'Daily Ledger',
  publishedAt: '2026-04-10',
  text: 'The budget passed on Friday.\n\n"We kept every promise," said Ana Ruiz, the mayor.\n\nCritics said the plan was too costly.',
});

describe('quotes in the library', () => {
  let dir: string;
  let library: Library;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citewire-quotes-'));
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    await library.addArticles([trams, budget]);
  });
  afterEach(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps each speaker\'s kind: a person, or a group that is nobody to look up', async () => {
    const [ruiz, critics] = library.quotesOf([budget.id]).filter((q) => q.speaker);
    expect(ruiz?.speaker).toMatchObject({ name: 'Ana Ruiz', kind: 'person' });
    expect(critics?.speaker).toMatchObject({ name: 'Critics', kind: 'group' });
    expect(critics?.speakerKey).toBeUndefined();
  });

  it('stores the quotes of each article at ingest, with exact spans', () => {
    const quotes = library.quotesOf([trams.id]);
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['direct', 'Ana Ruiz', '"This is the biggest investment in a generation,"'],
    ]);
    expect(trams.text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]!.text);
  });

  it('indexes one speaker across articles, whatever form of the name each uses', () => {
    expect(library.speakers()).toEqual([{ key: 'ana ruiz', name: 'Ana Ruiz', quotes: 2, articles: [trams.id, budget.id] }]);
    expect(library.speakerKeys('Ruiz')).toEqual(['ana ruiz']);
  });

  it('re-extracts the quotes when an article is updated', async () => {
    const { id: _old, ...fields } = trams;
    const revised = article({ ...fields, text: `${trams.text}\n\n"Work starts in May," Ruiz added.` });
    await library.addArticles([revised]);
    expect(library.quotesOf([trams.id])).toEqual([]);
    expect(library.quotesOf([revised.id]).map((q) => q.text)).toEqual([
      '"This is the biggest investment in a generation,"',
      '"Work starts in May,"',
    ]);
  });

  it('filters articles by speaker, publisher and date', () => {
    expect(library.filterArticles({})).toBeUndefined();
    expect(library.filterArticles({ publisher: 'courier' })).toEqual([trams.id]);
    expect(library.filterArticles({ since: '2026-04-01' })).toEqual([budget.id]);
    expect(library.filterArticles({ until: '2026-03-31', speaker: 'Ruiz' })).toEqual([trams.id]);
    expect(library.filterArticles({ speaker: 'Nobody' })).toEqual([]);
  });

  it('searches only the allowed articles', async () => {
    const hits = await library.search('budget promise mayor trams investment', { k: 5, articleIds: [budget.id] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.article.id === budget.id)).toBe(true);
  });

  it('extracts the quotes of a library made before quotes were stored, on open', async () => {
    library.close();
    const db = new Database(join(dir, 'test', 'library.sqlite'));
    db.exec("DELETE FROM quotes; UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    db.close();
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    expect(library.speakers()[0]).toMatchObject({ name: 'Ana Ruiz', quotes: 2 });
  });

  const count = (table: string) => {
    const db = new Database(join(dir, 'test', 'library.sqlite'), { readonly: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('gives every quote its vector and lexical entry in the article\'s transaction', async () => {
    expect(count('quote_vectors')).toBe(count('quotes'));
    expect(count('quotes_fts')).toBe(count('quotes'));
    const failing = new FakeEmbeddings();
    failing.failOnCall = 1;
    library.close();
    library = await openLibrary('test', { indexDir: dir, embeddings: failing });
    const before = count('quotes');
    await expect(library.addArticles([article({ title: 'Later', text: '"More to come," said Bo Lin, the clerk.' })])).rejects.toThrow();
    expect(count('quotes')).toBe(before);
    expect(count('quote_vectors')).toBe(before);
  });

  it('finds quotes across every article, not only the best few, by words and by speaker', async () => {
    const more = ['tram depot', 'tram tickets', 'tram drivers', 'tram timetable'].map((topic, i) =>
      article({ title: `Council on the ${topic}`, text: `"The ${topic} will change," said Ana Ruiz on day ${i + 1}.` }),
    );
    await library.addArticles(more);
    const hits = await library.searchQuotes('what will change with the tram', { k: 20 });
    const articles = new Set(hits.map((h) => h.article.title));
    for (const a of more) expect(articles).toContain(a.title);
    const ruiz = await library.searchQuotes('promise', { speakerKeys: library.speakerKeys('ruiz') });
    expect(ruiz.every((h) => h.quote.speaker?.name === 'Ana Ruiz')).toBe(true);
    expect(ruiz[0]!.quote.text).toBe('"We kept every promise,"');
  });

  it('finds a speaker by a name as typed, or by the role the articles gave them', () => {
    const ruiz = library.speakerKeys('Ana Ruiz');
    expect(ruiz).toHaveLength(1);
    expect(library.speakerKeys('ANA RUIZ')).toEqual(ruiz);
    expect(library.speakerKeys('the mayor')).toEqual(ruiz);
    expect(library.speakerKeys('bo ruiz')).toEqual([]);
    // The cheap test before a look-up: a word of some speaker's name, a typo allowed in a long one.
    expect(library.isNameWord('Ruiz')).toBe(true);
    expect(library.isNameWord('trams')).toBe(false);
  });

  it("takes an office after a place for the office's holder, never for a body named by the place", async () => {
    await library.addArticles([article({ title: 'Rail', text: '"Trains are safe," said British Transport Police.' })]);
    expect(library.speakerKeys('british police')).toHaveLength(1);
    expect(library.speakerKeys('british pm')).toEqual([]);
    // A name and then its office is still the person.
    expect(library.speakerKeys('ana ruiz mayor')).toEqual(library.speakerKeys('Ana Ruiz'));
  });

  it('takes an office typed with a place for a person holding it, never for a government named by the place', async () => {
    await library.addArticles([article({ title: 'Citizenship', text: 'The government of American Samoa issued a statement: "Citizenship by judicial fiat would fail us."' })]);
    expect(library.quotesOf(library.filterArticles({ speaker: 'American Samoa' }) ?? [])[0]?.speaker?.kind).toBe('organisation');
    expect(library.speakerKeys('samoa pm')).toEqual([]);
    expect(library.speakerKeys('the pm of samoa')).toEqual([]);
    expect(library.speakerKeys('american samoa')).toHaveLength(1);
  });

  it('takes a typed name a letter off for a typo only when the articles do not write it', async () => {
    await library.addArticles([article({ title: 'Race', text: 'At the rally, Harry Dunn was absent.\n\n"Vote for me," said Larry Sharpe.' })]);
    expect(library.speakerKeys('prince harry')).toEqual([]);
    expect(library.speakerKeys('larry sharpee')).toEqual(library.speakerKeys('Larry Sharpe'));
  });

  it('takes no word English has for a typo of a name: "winner" is no Sadie Weiner', async () => {
    await library.addArticles([article({ title: 'Virus', text: '"The tick bit him," said Sadie Weiner.' })]);
    expect(library.speakerKeys('winner')).toEqual([]);
    expect(library.speakerKeys('wiener')).toEqual(library.speakerKeys('Sadie Weiner'));
  });

  it('finds one name typed as it sounds in two words, where no name holds both', async () => {
    await library.addArticles([article({ title: 'Pandemic', text: '"Act now," said Tedros Adhanom Ghebreyesus, the WHO chief.' })]);
    expect(library.speakerKeys('ted ross')).toEqual(library.speakerKeys('Tedros Adhanom Ghebreyesus'));
    expect(library.speakerKeys('ted ross')).toHaveLength(1);
  });

  it('finds each of two speakers asked for together, and no one when either is unknown', async () => {
    await library.addArticles([article({ title: 'Talks', text: '"We will act," said Rob Tan, a councillor. "We wait," said Ana Lima.' })]);
    const both = library.speakerKeys('ruiz and rob tan');
    expect(both.sort()).toEqual([...library.speakerKeys('Ana Ruiz'), ...library.speakerKeys('Rob Tan')].sort());
    expect(library.speakerKeys('ruiz & tan').sort()).toEqual(both.sort());
    expect(library.speakerKeys('ruiz and bo smith')).toEqual([]);
  });

  it('finds an organisation by its initials before a name that merely holds the word', async () => {
    await library.addArticles([
      article({ title: 'Virus', text: '"The risk is high," the World Health Organization said on Monday.' }),
      article({ title: 'Charity', text: '"Give more," Who Gives, a charity, said on Monday.' }),
    ]);
    expect(library.speakerKeys('who')).toEqual([library.speakerKeys('World Health Organization')[0]]);
    // A hyphen joins two words of the name, each an initial: "afp" is Agence France-Presse.
    await library.addArticles([article({ title: 'Wire', text: 'The man had converted, Agence France-Presse reported on Friday.' })]);
    expect(library.speakerKeys('afp')).toEqual(library.speakerKeys('Agence France-Presse'));
    expect(library.speakerKeys('afp')).toHaveLength(1);
  });

  it("finds an organisation's people with it, described by its name or initials", async () => {
    await library.addArticles([
      article({ title: 'Virus', text: '"The risk is high," the World Health Organization said on Monday.' }),
      article({ title: 'Talks', text: '"We will act," WHO director-general Ana Lima said. "We wait," said Rob Tan, a rapporteur who had seen it.' }),
    ]);
    const keys = library.speakerKeys('who');
    expect(keys).toContain(library.speakerKeys('Ana Lima')[0]);
    expect(keys).not.toContain(library.speakerKeys('Rob Tan')[0]);
  });

  it("finds a department's spokesperson with it, however the article orders its name", async () => {
    await library.addArticles([
      article({ title: 'Visas', text: '"Visas will wait," the State Department said on Monday.' }),
      article({ title: 'Troops', text: 'A Freedonian Department of State spokesperson, Ann Cole, said "we urge leaders to reconsider".' }),
      article({ title: 'Tariffs', text: 'A Department of Trade spokesperson, Bo Lind, said "tariffs will rise".' }),
    ]);
    const keys = library.speakerKeys('state department');
    expect(keys).toContain(library.speakerKeys('Ann Cole')[0]);
    expect(keys).not.toContain(library.speakerKeys('Bo Lind')[0]);
  });

  it('spells out initials as the one body the articles name or describe a speaker by', async () => {
    await library.addArticles([
      article({ title: 'Road', text: 'Freedonia Department of Transportation official Bo Lind said the road "will be examined".' }),
      article({ title: 'Court', text: '"We will appeal," said Ann Cole of the Freedonian Department of Justice.' }),
    ]);
    expect(library.spelledOut('fdot')).toBe('Freedonia Department of Transportation');
    expect(library.spelledOut('fdt')).toBe('Freedonia Department of Transportation');
    expect(library.spelledOut('doj')).toBe('Department of Justice');
    // Initials two bodies share are neither's; nor is a word of two letters.
    expect(library.spelledOut('do')).toBeUndefined();
    expect(library.spelledOut('xyz')).toBeUndefined();
  });

  it("spells out initials as a body an article's title names, though no one speaks for it", async () => {
    await library.addArticles([article({ title: 'Freedonian Bureau of Mines investigating Acme', text: '"We are cooperating," Acme said.' })]);
    expect(library.spelledOut('bom')).toBe('Bureau of Mines');
  });

  it('spells out initials as the one person quoted whose they are, where no body is', async () => {
    await library.addArticles([
      article({ title: 'Summit', text: '"It happened under my watch," said Crown Prince Mohammad bin Salman. "We will talk," said Ann Cole.' }),
      article({ title: 'Vote', text: '"Count every vote," said Ada Cole Ng. "Count them twice," said Abe Carl Nash.' }),
    ]);
    expect(library.spelledOut('mbs')).toBe('Mohammad bin Salman');
    // Initials two people share are neither's.
    expect(library.spelledOut('acn')).toBeUndefined();
  });

  it('finds a speaker by what they are for, a word that only says a person after it', async () => {
    await library.addArticles([
      article({ title: 'Mourning', text: '"He was a dictator," said Ash Bumhira, director of Youth Forum Zimbabwe.' }),
    ]);
    const bumhira = library.speakerKeys('Ash Bumhira');
    expect(bumhira).toHaveLength(1);
    expect(library.speakerKeys('the zimbabwe youth forum guy')).toEqual(bumhira);
    expect(library.speakerKeys('zimbabwe youth forum')).toEqual(bumhira);
    expect(library.speakerKeys('the zimbabwe chess forum guy')).toEqual([]);
    // …what they are in lower case too, after "guy": "a security official from the port".
    await library.addArticles([article({ title: 'Ship', text: 'Bo Damang, a security official from the port of departure, said the radio was being used.' })]);
    expect(library.speakerKeys('the port security guy')).toEqual(library.speakerKeys('Bo Damang'));
    expect(library.speakerKeys('port security')).toEqual([]);
  });

  it('finds a speaker by the body named with them, or by its initials the articles write in capitals', async () => {
    await library.addArticles([
      article({ title: 'Ship', text: 'Dan Mill of Seatrack Marine, a firm, told us "it is hard to say".' }),
      article({ title: 'Masks', text: 'The general secretary of the TWU union, Mo Cash, said the rule was "far too weak."' }),
    ]);
    expect(library.speakerKeys('seatrack marine')).toEqual(library.speakerKeys('Dan Mill'));
    expect(library.speakerKeys('twu')).toEqual(library.speakerKeys('Mo Cash'));
    expect(library.speakerKeys('the twa')).toEqual([]);
  });

  it("finds an organisation's staff whose office its article gives without its name", async () => {
    await library.addArticles([
      article({ title: 'Blackouts', text: 'The Grid Company said "power will be cut tonight". Senior vice president Dan Roe added, "Safety comes first." Mayor Ann Bell said, "We are ready."' }),
    ]);
    const keys = library.speakerKeys('grid company');
    expect(keys).toContain(library.speakerKeys('Dan Roe')[0]);
    expect(keys).not.toContain(library.speakerKeys('Ann Bell')[0]);
  });

  it('finds the speakers of a body described by the short form its article gives it', async () => {
    await library.addArticles([
      article({ title: 'Outage', text: 'Pacific Grid and Power Company (PG&P) cut power on Monday. PG&P said "the cuts will last a day". Ted Sung, a vice president at PG&P, said "We understand the inconvenience." Mayor Ann Bell said, "We are ready."' }),
    ]);
    const keys = library.speakerKeys('Pacific Grid and Power Company');
    expect(keys).toContain(library.speakerKeys('Ted Sung')[0]);
    expect(keys).not.toContain(library.speakerKeys('Ann Bell')[0]);
  });

  it('finds the speakers of a body by one name, before their office or after "of", not those dealing with it', async () => {
    await library.addArticles([
      article({ title: 'Abuse', text: 'Vatican archbishop Carl Sciclo said "we will act".' }),
      article({ title: 'Flights', text: 'Bruno Parra, the foreign minister of Ruritania, said "we reject the ban". Ann Hook, Special Representative for Ruritania, said "the ban stays".' }),
      article({ title: 'Study', text: 'Ann Lee of Havana University in Ruritania said the virus spreads fast.' }),
      article({ title: 'Launch', text: 'SpaceX founder Ela Musk said "we fly in May". The Space Research Institute said "good luck".' }),
    ]);
    expect(library.speakerKeys('the vatican')).toEqual(library.speakerKeys('Carl Sciclo'));
    expect(library.speakerKeys('ruritania')).toEqual(library.speakerKeys('Bruno Parra'));
    // A name typed exactly as some description gives it beats a name a typo away ("Space").
    expect(library.speakerKeys('spacex')).toEqual(library.speakerKeys('Ela Musk'));
  });

  it('joins one name spelt two ways across articles, and shows the spelling more quotes use', async () => {
    await library.addArticles([
      article({ title: 'Call', text: '"I was not pressured," Volodymyr Zelensky said.' }),
      article({ title: 'Talks', text: '"We want peace," Volodymyr Zelenskyy said. "We are ready," Volodymyr Zelenskyy added.' }),
      article({ title: 'Prize', text: '"We are honoured," said Maria Lopez. "We won," said Mario Lopez.' }),
    ]);
    const names = library.speakers().map((s) => [s.name, s.quotes]);
    expect(names).toContainEqual(['Volodymyr Zelenskyy', 3]);
    expect(library.speakerKeys('zelensky')).toEqual(library.speakerKeys('Volodymyr Zelenskyy'));
    // Two short first names a letter apart are two people.
    expect(names).toContainEqual(['Maria Lopez', 1]);
    expect(names).toContainEqual(['Mario Lopez', 1]);
  });

  it("finds someone by a body's initials, never by initials running from one part of how they are named into the next", async () => {
    await library.addArticles([
      article({ title: 'Statues', text: 'Ann Cole of the University of Southern Lakeland said "The statues stand where the water is."' }),
      article({ title: 'Markets', text: 'Business Insider reported "Shares fell sharply on Monday morning."' }),
    ]);
    expect(library.speakersDescribedAs('usl')).toEqual(library.speakerKeys('Ann Cole'));
    expect(library.speakersDescribedAs('bibi')).toEqual([]);
  });

  it('knows a body the articles quote without a name by every word of it, in any order', async () => {
    await library.addArticles([article({ title: 'Flu', text: 'Hospital officials in Omsk said no virus was found in the samples.' })]);
    expect(library.speakersDescribedAs('omsk hospital')).toEqual([]);
    expect(library.describesUnnamed('omsk hospital')).toBe(true);
    expect(library.describesUnnamed('berlin hospital')).toBe(false);
  });

  it('finds speakers by the body their description says they speak for', async () => {
    await library.addArticles([article({ title: 'Virus', text: 'Ali Raisi, speaking for the country\'s Health Ministry, said "We have 523 new infections."' })]);
    expect(library.speakersDescribedAs('health ministry')).toEqual(library.speakerKeys('Ali Raisi'));
    expect(library.speakersDescribedAs('defence ministry')).toEqual([]);
  });

  it('tells which words of a topic some articles hold in no form, titles and news words counted', async () => {
    const fire = article({ title: 'Cathedral roof burns', text: 'The roof of the cathedral caught fire on Monday. Firefighters saved the towers.' });
    const ousted = article({ title: 'President ousts adviser', text: 'The adviser left the White House on Tuesday.' });
    await library.addArticles([fire, ousted]);
    expect(library.wordsMissingFrom('the cathedral reopening', [fire.id])).toEqual(['reopening']);
    expect(library.wordsMissingFrom('cathedral fires and firefighter', [fire.id])).toEqual([]);
    // "fired" as news writes it ("ousts"), in the title.
    expect(library.wordsMissingFrom('adviser fired', [ousted.id])).toEqual([]);
    // An accident as news writes it: an incident.
    const incident = article({ title: 'Engineer dies', text: 'An engineer died in an incident on the travelator.' });
    await library.addArticles([incident]);
    expect(library.wordsMissingFrom('the travelator accident', [incident.id])).toEqual([]);
    expect(library.wordsMissingFrom('the roof accident', [fire.id])).toEqual(['accident']);
    // A sentence as news writes who got one: jailed.
    const jailed = article({ title: 'Nine men jailed', text: 'Nine men were jailed on Friday for abusing girls.' });
    await library.addArticles([jailed]);
    expect(library.wordsMissingFrom('the abuse sentences', [jailed.id])).toEqual([]);
    expect(library.wordsMissingFrom('the roof sentences', [fire.id])).toEqual(['sentences']);
  });

  it('finds a body by what news calls its building', async () => {
    await library.addArticles([article({ title: 'Strike', text: 'The United States Department of Defense said the strike was "defensive" in nature.' })]);
    expect(library.speakerKeys('the pentagon')).toEqual(library.speakerKeys('United States Department of Defense'));
    expect(library.speakerKeys('the pentagon')).toHaveLength(1);
  });

  it('finds a surname that leads with its particle, as typed', async () => {
    await library.addArticles([article({ title: 'Race', text: 'Mayor de Blasio spoke on Monday: "It is clearly not my time."' })]);
    expect(library.speakerKeys('de blasio')).toHaveLength(1);
  });

  it('takes a name as typed over one a typo away, and the typo only when nothing else fits', async () => {
    await library.addArticles([
      article({ title: 'Vote', text: '"We will win," Boris Johnson said.' }),
      article({ title: 'Film', text: '"I loved it," Doris Day said.' }),
    ]);
    expect(library.speakerKeys('boris')).toEqual(library.speakerKeys('Boris Johnson'));
    expect(library.speakerKeys('dorris day')).toEqual(library.speakerKeys('Doris Day'));
  });

  it('reads how the library writes a word past the passages that hold only other forms of its stem', async () => {
    const talks = Array.from({ length: 24 }, (_, i) => article({ title: `Talks ${i}`, text: `Talks end. Strikes end. Day ${i} ends.` }));
    const long = 'The ending of the season was a surprise to every fan who had followed the club through a long and difficult winter of injuries, losses and changes at the top.';
    await library.addArticles([...talks, article({ title: 'Group', text: 'Group Ending Abuse met.' }), article({ title: 'Season', text: `${long} ${long}` })]);
    expect(library.writes('ending')).toBe('lower');
    // A number is written neither way: no name ("Day 3").
    expect(library.writes('3')).toBeUndefined();
  });

  it('reads a name typed without its accents as the name it is', async () => {
    await library.addArticles([article({ title: 'Volcano', text: 'Lava from Kīlauea reached the sea, said Jorge Núñez of the survey.' })]);
    expect(library.writes('kilauea')).toBe('capitalised');
    expect(library.writes('jorge nunez')).toBe('capitalised');
  });

  it('tells a kind of people from a name by how the library writes the word', async () => {
    await library.addArticles([
      article({ title: 'Marathon', text: 'Runners lined up at dawn.\n\nMany runners said the course was fast, Jo Sanders said. Sanders won. The Course Marshal Office ran it; the course was flat.' }),
    ]);
    expect(library.isCommonWord('runners')).toBe(true);
    // Mostly lower case, once inside a name ("The Course Marshal Office"): still a common word.
    expect(library.writes('course')).toBe('lower');
    expect(library.writes('the course')).toBe('lower');
    expect(library.writes('jo sanders')).toBe('capitalised');
    expect(library.writes('jo bloggs')).toBeUndefined();
    // A word no passage holds in any form, and words that are there under a typo or a hyphen
    // or only in a title ("Marathon").
    expect(library.unknownWords('runners at the beirut marathon')).toEqual(['beirut']);
    expect(library.unknownWords('the london marathon')).toEqual(['london']);
    expect(library.unknownWords('the coruse was fast')).toEqual([]);
    // A long word's first letters hold its forms ("sanderses"), but not where they are a word
    // of their own and the rest another: "sanderscourse" is neither's.
    expect(library.unknownWords('what the sanderses said')).toEqual([]);
    expect(library.unknownWords('the sanderscourse runners')).toEqual(['sanderscourse']);
    // A word English lacks must share more than its first five letters: "coursetruck" is no
    // form of "course" (while "coursed", an English word, is).
    expect(library.unknownWords('the coursetruck runners')).toEqual(['coursetruck']);
    expect(library.unknownWords('the marshal coursed the runners')).toEqual([]);
    expect(library.isCommonWord('sanders')).toBe(false);
    // Never written at all: a name the library does not know, not a common noun.
    expect(library.isCommonWord('farage')).toBe(false);
  });

  it('learns how a word is written again once an article is added', async () => {
    await library.addArticles([article({ title: 'Gala', text: 'The gala raised money for the hospital, organisers said.' })]);
    expect(library.writes('bloggs')).toBeUndefined();
    await library.addArticles([article({ title: 'Award', text: 'Jo Bloggs won the award. Bloggs thanked the jury, organisers said.' })]);
    expect(library.writes('bloggs')).toBe('capitalised');
  });

  it('tells a place from a person by "in": "in Iran", not "in Navalny\'s blood"', async () => {
    await library.addArticles([article({ title: 'Jet', text: 'The jet crashed in Iran. Doctors found a toxin in Navalny\'s blood. Farage spoke in London.' })]);
    expect(library.isPlace('iran')).toBe(true);
    expect(library.isPlace('london')).toBe(true);
    expect(library.isPlace('navalny')).toBe(false);
    expect(library.isPlace('farage')).toBe(false);
    // (Typed words may hold a pattern's marks, which are only marks.)
    expect(library.isPlace(']iran')).toBe(false);
    expect(library.isSurname('(navalny')).toBe(false);
  });

  it('tells a surname from a storm\'s name: after a first name, not after a common noun', async () => {
    await library.addArticles([article({ title: 'Storm', text: 'Hurricane Dorian hit the islands. The deal was agreed under former President Barack Obama. Later, Obama left office. In Paris Dorian was a café.' })]);
    expect(library.isSurname('obama')).toBe(true);
    // "hurricane" is a common noun, "Paris" a place, a sentence's first word no first name.
    expect(library.isSurname('dorian')).toBe(false);
    expect(library.isSurname('hurricane')).toBe(false);
    expect(library.isSurname('barack obama')).toBe(false);
  });

  it('spells a word as the articles write it apart', async () => {
    await library.addArticles([article({ title: 'Goa', text: "Francis D'Souza died on Friday, officials said. O'Rourke spoke. He ran the 400 m." })]);
    expect(library.asWritten('tributes to francis dsouza from orourke')).toBe('tributes to francis d souza from o rourke');
    // A figure and its unit: "400m" is "400 m" where the articles write it so, "5km" stays.
    expect(library.asWritten('who won the 400m or the 5km')).toBe('who won the 400 m or the 5km');
    expect(library.unknownWords('francis dsouza')).toEqual([]);
    // Words it holds, and words it holds in no form, stay as typed.
    expect(library.asWritten('Francis and Beirut')).toBe('Francis and Beirut');
    // …and a plain word news writes otherwise: "pullout" is a "withdrawal", no "pull out".
    await library.addArticles([article({ title: 'Troops', text: 'Troops will pull out of the town, the army said. The withdrawal starts today.' })]);
    expect(library.asWritten('the pullout')).toBe('the pullout');
    expect(library.asWritten('orourke')).toBe('o rourke');
  });

  it('leaves a negative contraction as typed: "shouldn" of "shouldn\'t" is no slip', async () => {
    // (English writes "shouldnt" typed without its apostrophe; no article here writes either.)
    await library.addArticles([article({ title: 'Court', text: 'The court should not rule on motives, the lawyer argued.' })]);
    expect(library.asWritten("the court shouldn't judge his motives")).toBe("the court shouldn't judge his motives");
    expect(library.asWritten('the court shouldn’t judge')).toBe('the court shouldn’t judge');
  });

  it('spells a long word typed one slip off as the articles spell it, but not one letter for another', async () => {
    await library.addArticles([article({ title: 'Gulf', text: 'Troops left Syria for Turkey on Monday. Pirates boarded the tanker, the mayor told the committee.' })]);
    // Two letters swapped, whatever the index's stem of the word ("pirat", "turkei").
    expect(library.asWritten('troops out of syira')).toBe('troops out of syria');
    expect(library.asWritten('what about the piartes')).toBe('what about the pirates');
    expect(library.asWritten('the nato chief on trukey')).toBe('the nato chief on turkey');
    expect(library.unknownWords('troops in trukey')).toEqual([]);
    // …or a letter typed three times where the word has it twice; not any letter dropped.
    expect(library.asWritten('the commmittee')).toBe('the committee');
    // One letter for another makes other words of names the library lacks: "mayon" is a volcano.
    expect(library.asWritten('the mayon volcano')).toBe('the mayon volcano');
  });

  it('spells a word no article holds as English spells it, typed a letter short, but a name as typed', async () => {
    await library.addArticles([article({ title: 'Drummer', text: 'Ginger Baker, the drummer, died on Sunday. Nigel Farage spoke.' })]);
    // No article writes "drumming" or "pressured": English says what was meant.
    expect(library.asWritten('how he started druming')).toBe('how he started drumming');
    expect(library.asWritten('was he presured')).toBe('was he pressured');
    // One letter for another is no slip it mends ("garage" is English, "farage" a name).
    expect(library.asWritten('what about farage')).toBe('what about farage');
    // …nor before the question is read, where names are.
    expect(library.respelled('how he started druming')).toBe('how he started druming');
  });

  it('respells a question\'s words typed one slip off as the articles spell them, before it is read', async () => {
    await library.addArticles([article({ title: 'Court', text: 'The prosecutor spoke to the ministry on Monday. Francis Kowal was not in court.' })]);
    expect(library.respelled('what did the prossecutor tell the minisrty')).toBe('what did the prosecutor tell the ministry');
    // Words it holds, names it holds in no form, and words too short to tell stay as typed.
    expect(library.respelled('Francis Kowal and Beirut in crt')).toBe('Francis Kowal and Beirut in crt');
  });

  it('joins two words typed apart that the articles write as one, where they lack one of them', async () => {
    await library.addArticles([article({ title: 'Mosque', text: 'Erdogan said Ayasofya will be a mosque. Facebook removed it. The face of the book was torn.' })]);
    expect(library.respelled('erdogan on aya sofya')).toBe('erdogan on ayasofya');
    // (Two words they hold stay two: "face book" is no "facebook" here.)
    expect(library.respelled('the face book')).toBe('the face book');
  });

  it('respells a word typed with a letter left out, but a short one as a name only if the articles write it in lower case', async () => {
    await library.addArticles([article({ title: 'Trial', text: 'The verdict came on Monday. Mr Stiles read from the Bibles he had brought to the prorogation hearing.' })]);
    expect(library.respelled('after the vedict, the prrogation')).toBe('after the verdict, the prorogation');
    // (A name the library lacks is often a letter short of one it has: "biles" is no "Bibles".)
    expect(library.respelled('what did simone biles say')).toBe('what did simone biles say');
    // (Nor a word English has as typed, however often the articles write it a slip away:
    // "the ship stuck in the canal" is no "struck", "his fiance" no "finance", "picking the
    // name" no "licking".)
    await library.addArticles([article({ title: 'Storm', text: 'A ship was struck by lightning. The finance minister spoke. His fiancée, Rosa, wept. A dog was licking her hand.' })]);
    expect(library.respelled('the ship stuck in the canal, and his fiance picking the name')).toBe('the ship stuck in the canal, and his fiance picking the name');
    expect(library.respelled('the ship was strck')).toBe('the ship was struck');
  });

  it('respells a word of nine letters or more typed with two slips, or a letter too many anywhere, but no shorter one', async () => {
    await library.addArticles([article({ title: 'Strike', text: 'General Soleimani was killed. The prorogation of Parliament followed. Troops left Turkey.' })]);
    expect(library.respelled('general soliemanni and the prorogration')).toBe('general soleimani and the prorogation');
    // (Two slips in a shorter word leave it too near others to tell.)
    expect(library.respelled('troops in rtukye')).toBe('troops in rtukye');
  });

  it('respells a long word typed with one vowel for another, which the index stems as a word it holds, as English and the articles write it', async () => {
    await library.addArticles([article({ title: 'Court', text: 'The prosecutor spoke on Monday. The governor said the case was prosecuted and the state well governed. Zelensky spoke.' })]);
    expect(library.respelled('what did the prosecuter and the governer say')).toBe('what did the prosecutor and the governor say');
    // (A name is no English word: "zelenskiy" stays as typed; nor is a word the index does not
    // stem as one it holds respelled so, "saldiers".)
    expect(library.respelled('what did zelenskiy say')).toBe('what did zelenskiy say');
    expect(library.respelled('the saldiers')).toBe('the saldiers');
  });

  it('respells a short surname typed a letter short or two letters swapped, only beside the first name the articles give it', async () => {
    await library.addArticles([article({ title: 'Crash', text: 'The family of Harry Dunn spoke after the crash near RAF Croughton. Mr Dunn was 19. Then Agnes Chow spoke.' })]);
    expect(library.respelled('reactions to the harry dun crash')).toBe('reactions to the harry dunn crash');
    expect(library.respelled('what did agnes cohw say')).toBe('what did agnes chow say');
    // (Alone, a short word a letter off is too often another word: "the dun horse".)
    expect(library.respelled('the dun horse and the dunn family')).toBe('the dun horse and the dunn family');
  });

  it('respells a long word typed with one key for the key next to it, but no shorter one', async () => {
    await library.addArticles([article({ title: 'Vote', text: 'The legislators backed the bill in parliament on Monday.' })]);
    expect(library.respelled('what did the legislatprs say in parlkament')).toBe('what did the legislators say in parliament');
    // (A word the articles lack is no typo of one they hold: "hacked" is no "backed".)
    expect(library.respelled('the guy who hacked the bank')).toBe('the guy who hacked the bank');
  });

  it('spells a long name transliterated with one vowel for another as the articles write it, but not a common word', async () => {
    await library.addArticles([article({ title: 'Strike', text: 'A drone strike killed Soleimani on Friday. The soldiers patrolled the border, officials said.' })]);
    expect(library.asWritten('after suleimani was killed')).toBe('after soleimani was killed');
    expect(library.unknownWords('suleimani')).toEqual([]);
    // (Guard: "saldiers" is no "soldiers", a common word, where one vowel for another makes other words.)
    expect(library.asWritten('the saldiers')).toBe('the saldiers');
  });

  it('spells a word typed with the plain letter for one no accent-folding undoes as the articles write it, and finds the quote', async () => {
    await library.addArticles([article({ title: 'Mayor', text: '"Let\'s all pray for the mayor. Paweł, we are with you," said Donald Tusk. Łukasz Nowak spoke.' })]);
    expect(library.asWritten('who said pawel, we are with you')).toBe('who said paweł, we are with you');
    expect(library.asWritten('lukasz nowak')).toBe('łukasz nowak');
    expect(library.quotesSaying(library.asWritten('pawel, we are with you')).map((q) => q.speaker?.name)).toEqual(['Donald Tusk']);
    // (Guard: a word no article holds in any spelling stays as typed.)
    expect(library.asWritten('pavel')).toBe('pavel');
  });

  it('forgets an article\'s quotes with it, in this process and in another', async () => {
    const other = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    try {
      expect((await other.searchQuotes('promise')).map((h) => h.article.title)).toContain('Budget passes');
      library.removeArticle(budget.id);
      expect((await other.searchQuotes('promise')).map((h) => h.article.title)).not.toContain('Budget passes');
      expect(count('quote_vectors')).toBe(count('quotes'));
      expect(count('quotes_fts')).toBe(count('quotes'));
    } finally {
      other.close();
    }
  });

  it('extracts and embeds the quotes again when it opens a schema-2 library', async () => {
    library.close();
    const db = new Database(join(dir, 'test', 'library.sqlite'));
    db.exec("DELETE FROM quote_vectors; ALTER TABLE quotes DROP COLUMN speaker_kind; UPDATE meta SET value = '2' WHERE key = 'schema_version'");
    db.close();
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    expect(count('quote_vectors')).toBe(count('quotes'));
    expect(library.quotesOf([budget.id]).find((q) => q.speaker)?.speaker?.kind).toBe('person');
    expect(count('quotes')).toBeGreaterThan(0);
    expect((await library.searchQuotes('promise'))[0]!.quote.speaker?.name).toBe('Ana Ruiz');
  });
});

describe('one person across articles that name them more or less fully', () => {
  let dir: string;
  let library: Library;
  const texts = [
    ['Storm aid', '"We will rebuild every road," Governor Ricardo Rosselló Nevares said on Monday.'],
    ['Storm aid arrives', '"The aid has reached the island," Ricardo Rosselló said on Tuesday.'],
    ['Rally', '"We are ready," Donald Trump Jr. said at the rally.'],
    ['Rally again', '"We are ready too," Donald Trump said at the rally.'],
    ['Prosecutor', '"The case is closed," Pedro R. Pierluisi said.'],
    ['Prosecutor again', '"The case stays closed," Pedro Pierluisi said.'],
    ['Tribute', '"He was a fighter," President Trump said in a statement.'],
    ['Protest', '"We will march," Joshua Wong said.'],
    ['Lab', '"It repels water," Tak-Sing Wong said.'],
    ['Panel', '"It was a good day," Wong said.'],
  ].map(([title, text]) => article({ title: title!, text: text! }));
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citewire-people-'));
    library = await openLibrary('test', { indexDir: dir, embeddings: new FakeEmbeddings() });
    await library.addArticles(texts);
  });
  afterEach(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists a shorter form under the one fuller name, but not a son or a bare initial', () => {
    const listed = library.speakers().map((s) => [s.name, s.articles.length] as const);
    expect(listed.sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
      ['Donald Trump', 2],
      ['Donald Trump Jr', 1],
      ['Joshua Wong', 1],
      ['Pedro Pierluisi', 1],
      ['Pedro R. Pierluisi', 1],
      ['Ricardo Rosselló Nevares', 2],
      ['Tak-Sing Wong', 1],
      ['Wong', 1],
    ]);
  });

  it('finds a surname alone under the one person the library names with it, and under each of two', () => {
    expect(library.filterArticles({ speaker: 'trump' })?.sort()).toEqual([texts[3]!.id, texts[6]!.id].sort());
    // Two people are named Wong, and an article says only "Wong": it keeps its own speaker,
    // but "wong" typed alone is as much either of the others, whom the topic tells apart.
    expect(library.filterArticles({ speaker: 'wong' })?.sort()).toEqual([texts[7]!.id, texts[8]!.id, texts[9]!.id].sort());
    expect(library.filterArticles({ speaker: 'joshua wong' })).toEqual([texts[7]!.id]);
  });

  it('finds every article of the person by their fuller name', () => {
    expect(library.filterArticles({ speaker: 'ricardo rossello nevares' })?.sort()).toEqual([texts[0]!.id, texts[1]!.id].sort());
  });
});
