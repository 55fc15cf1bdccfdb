import { describe, expect, it } from 'vitest';
import { isPersonName, qualifierOf, roleOf, whoIsAsked } from '../../src/answer/who-is-asked.ts';
import { libraryOf } from '../fixtures/small-library.ts';

describe('isPersonName: a name to look up, not a role or a phrase', () => {
  it.each([
    ['pelosi', true],
    ['nigel farage', true],
    ['president macron', true],
    ['the polish president', false],
    ['new zealand pm', false],
    ['the doctor at saint francis', false],
    // Someone's role, typed with a possessive: never "nobody by that name".
    ["alan kurdi's dad", false],
    ["the bill's co-sponsor", false],
    // An office held to a place.
    ['us ambassador to germany', false],
    // A word chat uses for someone of a body.
    ['spacex boss', false],
    ['fema official', false],
    ['abuse survivor advocate', false],
    // A kind of person placed by what they are of: "make crate's owner", as a possessive is.
    ['owner of make crate', false],
    ['boss of zamperoni', false],
    // (A name with a particle is still a name.)
    ['jo anne van tilburg', true],
  ])('%s → %s', (typed, expected) => {
    expect(isPersonName(typed)).toBe(expected);
  });
});

describe('roleOf: the office a typed speaker ends with', () => {
  it.each([
    ['the polish prime minister', 'prime minister'],
    ['new zealand pm', 'prime minister'],
    ['governors', 'governor'],
    // The office before its place.
    ['the mayor of gdansk', 'mayor'],
    ['pm of samoa', 'prime minister'],
    ['the sheriff near area 51', 'sheriff'],
    ['california ag', 'attorney general'],
    ['police', 'police'],
    // A team is a group the words before it say whose it is.
    ['the penn state team', 'team'],
    ['pelosi', undefined],
    // An office's title as chat shortens it, at its end.
    ['the state gov', 'governor'],
    ['deputy pm', 'deputy prime minister'],
    ['the tunisian mp', 'member of parliament'],
  ])('%s → %s', (typed, expected) => {
    expect(roleOf(typed)).toBe(expected);
  });
});

describe('qualifierOf: whose an office is', () => {
  it.each([
    ['the taliban spokesman', 'spokesman', 'taliban'],
    ['samoa pm', 'prime minister', 'samoa'],
    ['the mayor of gdansk', 'mayor', 'gdansk'],
    ['the sheriff near area 51', 'sheriff', 'area 51'],
    ['the president', 'president', undefined],
    // ("ex-" says when, not whose.)
    ['the ex-fema official', 'official', 'fema'],
  ])('%s (%s) → %s', (typed, role, expected) => {
    expect(qualifierOf(typed, role)).toBe(expected);
  });
});

describe('whoIsAsked: the holder of an office typed with its place', () => {
  const libraryNow = libraryOf([
    { title: 'Serial killer pleads guilty in Toronto', text: 'A man pleaded guilty to eight murders in Toronto on Tuesday. Police in Toronto had been criticised. Jane Roe, the editorial director of a national news site, said, "The police failed this community for years."' },
    { title: 'Hotel fire kills seventeen in Delhi', text: 'A fire at a hotel in Delhi killed seventeen people. Satya Rao, the city\'s home minister, said, "Buildings can only be built up to four floors here."' },
  ]);

  it('reads the words the articles write in lower case as the office\'s, not the place\'s', () => {
    expect(whoIsAsked(libraryNow(), 'the delhi home minister').speaker).toBe('Satya Rao');
  });

  it('finds no one where nobody quoted in the place holds the office those words make', () => {
    // (An editorial director quoted in an article naming Toronto and its police is no police chief.)
    expect(whoIsAsked(libraryNow(), 'the toronto police chief').speaker).toBeUndefined();
  });
});

describe('whoIsAsked: a body typed by its own name and its kind', () => {
  const libraryNow = libraryOf([
    { title: 'Study links air pollution to asthma', text: 'Researchers in Beijing published a study on Monday. Tsinghua University said in a statement, "The link between fine particles and asthma is clear." Wei Chen, a professor at Tsinghua University, said, "We followed ten thousand children."' },
    { title: 'Knife attack at a Cambridge University event', text: 'Two people died in a knife attack at a Cambridge University event in London, by the green. Jane Doe, a professor of criminology at Birmingham City University, said, "Such attacks are rare." The Labour Party said, "Our thoughts are with the families."' },
  ]);

  it('finds the body the library quotes by its whole name', () => {
    expect(whoIsAsked(libraryNow(), 'tsinghua university').speaker).toBe('tsinghua university');
  });

  it('finds no one for another body of the same kind, rather than the kind alone', () => {
    // ("harvard university" was read as "university", and the Tsinghua statement answered it.)
    expect(whoIsAsked(libraryNow(), 'harvard university').speaker).toBeUndefined();
  });

  it('finds no one for a party of another name, rather than whichever party is quoted', () => {
    expect(whoIsAsked(libraryNow(), 'the labour party').speaker).toBe('the labour party');
    expect(whoIsAsked(libraryNow(), 'green party').speaker).toBeUndefined();
  });

  it("finds no professor of a university no one quoted works at, rather than the one in the article naming it", () => {
    expect(whoIsAsked(libraryNow(), 'the birmingham city university professor').speaker).toBeDefined();
    expect(whoIsAsked(libraryNow(), 'the cambridge university professor').speaker).toBeUndefined();
  });
});

describe("whoIsAsked: a person's name that names a body someone else speaks for", () => {
  const libraryNow = libraryOf([
    { title: 'New coating for toilets', text: 'Scientists unveiled a slippery coating on Monday. Carl Hensman of the Bill and Melinda Gates Foundation said, "The sprays wear off quickly." Bill Brown, a plumber, said, "It saves water."' },
    { title: 'Measles vaccination drive in Samoa', text: 'Samoa shut down for a vaccination campaign. Sheldon Yett of UNICEF said, "I have never seen a campaign like this."' },
  ]);

  it('finds no one for the person a foundation is named after, rather than its staff', () => {
    // ("bill gates" was read as someone "of the Bill and Melinda Gates Foundation".)
    expect(whoIsAsked(libraryNow(), 'bill gates').speaker).toBeUndefined();
    expect(whoIsAsked(libraryNow(), 'carl hensman').speaker).toBe('carl hensman');
  });

  it('finds the person whose name, as dictated, comes before where they are from', () => {
    // ("sheldon yet from unicef": the surname as a phone writes it, then the body.)
    expect(whoIsAsked(libraryNow(), 'sheldon yet from unicef').speaker).toBe('sheldon yet');
    expect(whoIsAsked(libraryNow(), 'sheldon yet').speaker).toBe('sheldon yet');
    // (Not another first name: a surname a letter off is someone else's.)
    expect(whoIsAsked(libraryNow(), 'shelly yet').speaker).toBeUndefined();
    expect(whoIsAsked(libraryNow(), 'sheldon yett from unicef').speaker).toBe('sheldon yett from unicef');
  });
});

describe("whoIsAsked: an office typed with its country's name", () => {
  const libraryNow = libraryOf([
    { title: 'Twin blasts hit cathedral in Jolo', text: 'Two bombs exploded at a cathedral in Jolo on Sunday. Philippine Defence Secretary Delfin Lorenzana said, "We will use the full force of the law." CNN Philippines said, "At least twenty people died."' },
  ]);

  it('reads the country as the office\'s place, not as a speaker that shares its name', () => {
    // ("the philippines defense secretary" was read as a name, for "CNN Philippines" holds "philippines".)
    const asked = whoIsAsked(libraryNow(), 'the philippines defense secretary');
    expect(asked.speaker).not.toBe('the philippines defense secretary');
    expect(asked.nobody).toBeFalsy();
    expect(whoIsAsked(libraryNow(), 'cnn philippines').speaker).toBe('cnn philippines');
  });
});
