import { describe, expect, it } from 'vitest';
import { fuseRankings, normalizeScores, rankedByVector, selectDiverse, toFtsQuery } from '../../src/library/index.ts';

describe('fuseRankings', () => {
  it('ranks a label found by both lists above labels found by one', () => {
    const fused = fuseRankings([
      [[1, 0.9], [2, 0.8]],
      [[3, 12], [2, 10]],
    ]);
    expect(fused[0]![0]).toBe(2);
    expect(fused.map(([l]) => l).sort()).toEqual([1, 2, 3]);
  });
  it('scores 1/(60 + rank)', () => {
    expect(fuseRankings([[[7, 0.1]]])[0]![1]).toBeCloseTo(1 / 61);
  });
});

describe('rankedByVector', () => {
  // Passage 3 holds the question's rare name; the nearest neighbours left it out.
  const nearest: Array<[number, number]> = [[1, 0.5], [2, 0.4], [4, 0.3], [5, 0.25]];
  const byText: Array<[number, number]> = [[3, 18], [1, 8], [2, 7.5], [4, 7]];
  const cosines: Record<number, number> = { 3: 0.35 };
  it('ranks a label only the words found by its own cosine among the nearest', () => {
    expect(rankedByVector(nearest, byText, (label) => cosines[label]).map(([label]) => label)).toEqual([1, 2, 3, 4, 5]);
  });
  it('lifts the words\' first, which rank fusion alone ranked below labels both lists held', () => {
    const fused = (byVector: Array<[number, number]>) => fuseRankings([byVector, byText]).map(([label]) => label);
    expect(fused(nearest).indexOf(3)).toBeGreaterThan(fused(nearest).indexOf(4));
    expect(fused(rankedByVector(nearest, byText, (label) => cosines[label])).indexOf(3)).toBeLessThan(fused(nearest).indexOf(4));
  });
  it('leaves out a label with no vector', () => {
    expect(rankedByVector(nearest, byText, () => undefined)).toEqual(nearest);
  });
});

describe('selectDiverse', () => {
  const vectors: Record<number, number[]> = { 1: [1, 0], 2: [1, 0], 3: [0, 1] };
  it('skips a near-duplicate of what it already picked', () => {
    const picked = selectDiverse([[1, 1], [2, 0.95], [3, 0.6]], (l) => vectors[l], 2, 0.5);
    expect(picked.map(([l]) => l)).toEqual([1, 3]);
  });
  it('ranks by relevance alone at lambda 1', () => {
    const picked = selectDiverse([[1, 1], [2, 0.95], [3, 0.6]], (l) => vectors[l], 2, 1);
    expect(picked.map(([l]) => l)).toEqual([1, 2]);
  });
  it('weighs a candidate against everything picked, not only the last pick', () => {
    // 3 nearly repeats 1, picked first; after 2 is picked, 3 is still redundant.
    const v: Record<number, number[]> = { 1: [1, 0, 0], 2: [0, 1, 0], 3: [0.99, 0.141, 0], 4: [0, 0, 1] };
    const picked = selectDiverse([[1, 1], [3, 0.95], [2, 0.9], [4, 0.5]], (l) => v[l], 3, 0.5);
    expect(picked.map(([l]) => l)).toEqual([1, 2, 4]);
  });
  it('keeps each pick with its own relevance and leaves out labels with no vector', () => {
    expect(selectDiverse([[9, 1], [1, 0.8], [3, 0.3]], (l) => vectors[l], 3, 0.7)).toEqual([[1, 0.8], [3, 0.3]]);
  });
});

describe('normalizeScores', () => {
  it('scales best to 1 and worst to 0', () => {
    expect(normalizeScores([[1, 10], [2, 5], [3, 0]])).toEqual([[1, 1], [2, 0.5], [3, 0]]);
  });
});

describe('toFtsQuery', () => {
  it('quotes content words and drops stopwords and FTS syntax', () => {
    expect(toFtsQuery('Who said what about the Lee–Xi talks?')).toBe('"lee" OR "xi" OR "talks"');
    expect(toFtsQuery('NEAR(ab) OR "xy" AND -yz*')).toBe('"near" OR "ab" OR "xy" OR "yz"');
    expect(toFtsQuery('the and of')).toBeUndefined();
    // "got" is chat's light verb, no word of the topic: "when he got covid" is covid.
    expect(toFtsQuery('what did he tweet when he got covid')).toBe('"tweet" OR "covid"');
  });

  it('drops pronouns and auxiliaries, which name no topic', () => {
    expect(toFtsQuery('who could remove him')).toBe('"remove"');
    expect(toFtsQuery('should my doctor be vaccinated')).toBe('"doctor" OR "vaccinated"');
    // A negation, typed with its apostrophe or without, is no word of the topic; "won" is.
    expect(toFtsQuery("why didnt the judge cap it, why didn't he")).toBe('"judge" OR "cap"');
    expect(toFtsQuery('who won the vote')).toBe('("won" OR "win") OR "vote"');
    // "on whether …" asks about what follows; "whether" is in no topic.
    expect(toFtsQuery('on whether the monarchs will return')).toBe('"monarchs" OR "return"');
    // "how many" asks how many, of what follows.
    expect(toFtsQuery('how many bodies were found')).toBe('"bodies" OR "found"');
    expect(toFtsQuery('dismissed by his own party')).toBe('"dismissed" OR "party"');
    // "endorsing someone", "said something about": who or what is not known, not asked.
    expect(toFtsQuery('endorsing someone')).toBe('"endorsing"');
    expect(toFtsQuery('anybody saying anything about the dam')).toBe('"saying" OR "dam"');
  });

  it("searches news's probe as its inquiry as well", () => {
    expect(toFtsQuery('the probe')).toBe('("probe" OR "investigation" OR "inquiry")');
  });

  it("searches a death as the articles tell it, that someone died, and a burning as their fire", () => {
    expect(toFtsQuery("mugabe's death")).toBe('"mugabe" OR ("death" OR "died" OR "dies")');
    expect(toFtsQuery('the church burning')).toBe('"church" OR ("burning" OR "burn" OR "burnt" OR "fire" OR "blaze")');
  });

  it('searches an irregular plural also as its singular, and back, which the stemmer never joins', () => {
    expect(toFtsQuery('why the shelves look empty')).toBe('("shelves" OR "shelf") OR "look" OR "empty"');
    expect(toFtsQuery('his wife')).toBe('("wife" OR "wives")');
  });

  it('searches a state also as the word for what is in it, and back, which the stemmer never joins', () => {
    expect(toFtsQuery('the chaos at the airport')).toBe('("chaos" OR "chaotic") OR "airport"');
    expect(toFtsQuery('violent protests')).toBe('("violent" OR "violence") OR "protests"');
  });

  it('searches an irregular verb in its other forms, which the stemmer never joins', () => {
    expect(toFtsQuery('breaking the record')).toBe('("breaking" OR "break" OR "broke" OR "broken") OR "record"');
    expect(toFtsQuery('after he won')).toBe('("won" OR "win")');
    expect(toFtsQuery('winning and dying')).toBe('("winning" OR "win" OR "won") OR ("dying" OR "die" OR "died")');
    // Past forms that are other words too are left alone.
    expect(toFtsQuery('left and found')).toBe('"left" OR "found"');
  });

  it("searches a word also as the other side of the Atlantic spells it, but a party's name as itself", () => {
    expect(toFtsQuery('the neighbours')).toBe('("neighbours" OR "neighbors")');
    expect(toFtsQuery('criticized defence')).toBe('("criticized" OR "criticised") OR ("defence" OR "defense")');
    expect(toFtsQuery('labour and science')).toBe('"labour" OR "science"');
    // …and back, from the American spelling to the British.
    expect(toFtsQuery('behavior vapor')).toBe('("behavior" OR "behaviour") OR ("vapor" OR "vapour")');
    expect(toFtsQuery('the defense center')).toBe('("defense" OR "defence") OR ("center" OR "centre")');
    expect(toFtsQuery('canceled feces')).toBe('("canceled" OR "cancelled") OR ("feces" OR "faeces")');
    expect(toFtsQuery('labor')).toBe('"labor"');
    // (A doubled "l" is undone only where the stress is not on it: "filled" is no "filed".)
    expect(toFtsQuery('filled water')).toBe('"filled" OR "water"');
  });

  it('searches a plain word a question types also as the word articles write for it, one way only', () => {
    expect(toFtsQuery('the missing ship')).toBe('("missing" OR "disappearance" OR "disappeared" OR "vanished") OR "ship"');
    expect(toFtsQuery('bolton firing')).toBe('"bolton" OR ("firing" OR "ousted" OR "ousts" OR "dismissed" OR "dismissal" OR "sacked")');
    // The article's own word means itself, and "fire" burns.
    expect(toFtsQuery('ousted')).toBe('"ousted"');
    // (Someone's "exit": they resigned, departed, or were ousted.)
    expect(toFtsQuery('exit')).toContain('"departs"');
    expect(toFtsQuery('the fire')).toBe('"fire"');
    // A storm that weakened was downgraded; "forex" is chat's foreign exchange.
    expect(toFtsQuery('dorian weakened')).toBe('"dorian" OR ("weakened" OR "downgraded")');
    expect(toFtsQuery('forex')).toBe('("forex" OR "foreign exchange")');
    // Chat's kin.
    expect(toFtsQuery('his mom')).toBe('("mom" OR "mother")');
    // …and its words for vaccines and doubt.
    expect(toFtsQuery('vaxxers distrust')).toBe('("vaxxers" OR "vaccine" OR "vaccination") OR ("distrust" OR "mistrust")');
    // The world wars, as chat shortens them.
    expect(toFtsQuery('wwii')).toBe('("wwii" OR "world war ii" OR "second world war")');
    // …and places.
    expect(toFtsQuery('hk independence')).toBe('("hk" OR "hong kong") OR "independence"');
    // What "blew up" is, as news tells it.
    expect(toFtsQuery('blew')).toBe('("blew" OR "blow" OR "blown" OR "explosion" OR "exploded" OR "blast")');
    // "Paedophiles" in any spelling, and the article's "pædophilia".
    expect(toFtsQuery('paedophiles')).toContain('"pædophilia"');
    expect(toFtsQuery('pedophile')).toContain('"pædophilia"');
    // Fans' word for conventions.
    expect(toFtsQuery('cons')).toContain('"conventions"');
    // A crash, as news tells a vehicle's.
    expect(toFtsQuery('bus crash')).toBe('"bus" OR ("crash" OR "overturned" OR "overturns" OR "collided" OR "collision")');
    // What "-able" says can be done, as an article tells it done or not.
    expect(toFtsQuery('curable')).toBe('("curable" OR "cured" OR "incurable" OR "uncurable")');
    expect(toFtsQuery('believable')).toContain('"believed"');
    expect(toFtsQuery('unstoppable')).toBe('"unstoppable"');
    // A verb in "-de" and its noun in "-sion", both ways; a conviction as news tells it.
    expect(toFtsQuery('invaded')).toBe('("invaded" OR "invasion")');
    expect(toFtsQuery('explosion')).toBe('("explosion" OR "explode" OR "exploded")');
    // …and in "-nd" or "-mit" (not "commit", whose "commission" is a body).
    expect(toFtsQuery('suspension')).toBe('("suspension" OR "suspend" OR "suspended" OR "suspending")');
    expect(toFtsQuery('admitted')).toBe('("admitted" OR "admission")');
    expect(toFtsQuery('commission')).toBe('"commission"');
    expect(toFtsQuery('convicted')).toBe('("convicted" OR "guilty")');
    expect(toFtsQuery('acquittal')).toBe('("acquittal" OR "acquitted" OR "acquit" OR "guilty")');
    expect(toFtsQuery('hq')).toBe('("hq" OR "headquarters")');
    // People by what they did, as news tells the doing.
    expect(toFtsQuery('the marchers')).toBe('("marchers" OR "march")');
    expect(toFtsQuery('rioters')).toBe('("rioters" OR "riot")');
    expect(toFtsQuery('halloween')).toBe('("halloween" OR "october 31" OR "31 october" OR "oct 31")');
    expect(toFtsQuery('plea')).toBe('("plea" OR "pleaded" OR "pleads")');
    expect(toFtsQuery('nicked')).toBe('("nicked" OR "stole" OR "stolen" OR "theft")');
    // A toll as a reader remembers it: a figure or a word, dead or killed.
    expect(toFtsQuery('the 3 dead')).toBe('("3" OR "three") OR ("dead" OR "killed" OR "died" OR "dies" OR "deaths")');
    expect(toFtsQuery('seventeen died')).toBe('("seventeen" OR "17") OR ("died" OR "die" OR "dying" OR "killed" OR "dead" OR "deaths")');
    expect(toFtsQuery('the 7 bikers')).toBe('("7" OR "seven") OR ("bikers" OR "motorcyclists" OR "motorcycles")');
    // (Not "one", as often no count; nor "twenty", which "twenty four" holds.)
    expect(toFtsQuery('one 20')).toBe('"one" OR "20"');
  });

  it('searches a name of letters and digits as one phrase', () => {
    expect(toFtsQuery('the b-17 fire')).toBe('"b 17" OR "fire"');
    // Typed without its hyphen: either way.
    expect(toFtsQuery('the b17 fire')).toBe('("b17" OR "b 17") OR "fire"');
    // …and its plural, whose "s" is no part of it.
    expect(toFtsQuery('ar15s')).toBe('("ar15" OR "ar 15")');
    expect(toFtsQuery('COVID-19 in the Lee–Xi talks')).toBe('"covid 19" OR "lee" OR "xi" OR "talks"');
    // An interstate as chat shortens it, also as an article names it.
    expect(toFtsQuery('the i-75 pileup')).toBe('("i 75" OR "interstate 75") OR "pileup"');
    expect(toFtsQuery('i75')).toBe('("i75" OR "i 75" OR "interstate 75")');
  });

  it('searches initials also as news writes them with stops', () => {
    expect(toFtsQuery('the uss grayback')).toBe('("uss" OR "u s s") OR "grayback"');
    expect(toFtsQuery('the un envoy')).toBe('("un" OR "u n") OR "envoy"');
  });
});
