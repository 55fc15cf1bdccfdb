import { describe, expect, it } from 'vitest';
import { findNamedRuns, fullestName, nameKey, speakerKey, titleSpelled } from '../../src/quotes/names.ts';
import { typedNameMatches, typedRoleMatches } from '../../src/quotes/typed-names.ts';
import { extractQuotes } from '../../src/quotes/index.ts';

describe('nameKey: the name in a mention, and nothing glued to it', () => {
  it.each([
    ['President Hassan Rouhani of Iran', 'Hassan Rouhani'],
    ['Mike Ryan of the World Health Organization', 'Mike Ryan'],
    ["Scotland's Nicola Sturgeon", 'Nicola Sturgeon'],
    ["Hong Kong's Chief Executive Carrie Lam", 'Carrie Lam'],
    ['United States President Donald Trump', 'Donald Trump'],
    ['Secretary of State Mike Pompeo', 'Mike Pompeo'],
    ['US Special Representative for Iran Brian Hook', 'Brian Hook'],
    ['U.S. Attorney Jessie K. Liu', 'Jessie K. Liu'],
    ['Chief Justice John G. Roberts', 'John G. Roberts'],
    ['Judge Sam Hale QC', 'Sam Hale'],
    ['Jo Pike MP', 'Jo Pike'],
    ['AU chairperson President Abdel Fattah el-Sisi of Egypt', 'Abdel Fattah el-Sisi'],
    ['Former US Ambassador to the United Nations Nikki Haley', 'Nikki Haley'],
    ['study co-author Dana Whitfield of Lakeside University\'s Institute for Ice Research', 'Dana Whitfield'],
    ['study co-author Karen Alley', 'Karen Alley'],
    ['Scientist Rebecca Falconer', 'Rebecca Falconer'],
    ['the World Health Organization', 'World Health Organization'],
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ["President Lee's", 'Lee'],
    ['Chinese University political scientist Ma Ngok', 'Ma Ngok'],
    ['Voter Kitty Mak', 'Kitty Mak'],
    ['SpaceX founder Elon Musk', 'Elon Musk'],
    ['Syracuse University pop culture professor Robert Thompson', 'Robert Thompson'],
    ['Longtime Imus in the Morning writer and performer Rob Bartlett', 'Rob Bartlett'],
    ['ABHM president Chakrapani', 'Chakrapani'],
    ['Hindu Mahasabha president Chakrapani', 'Chakrapani'],
    ['Hamas leader Haniyeh', 'Haniyeh'],
    ['Rep. Kevin “Coach” Christie', 'Kevin “Coach” Christie'],
    ['the Kurdish-led Syrian Democratic Forces', 'Syrian Democratic Forces'],
    ['the U.S.', 'U.S.'],
    ['Peter Iseley of worldwide victim group Ending Clergy Abuse', 'Peter Iseley'],
    ["Arnel dela Vega of the army's Western Mindanao Command", 'Arnel dela Vega'],
    // A surname that is also a title, after a name; a title before a name is none of it.
    ['Former prime minister John Major', 'John Major'],
    ['Major Tom Smith', 'Tom Smith'],
    ['U.S. District Judge Gray Miller', 'Gray Miller'],
  ])('%s → %s', (mention, name) => {
    expect(nameKey(mention).join(' ')).toBe(name);
  });

  it.each([
    ['officials at the Ministry of Health', 'Ministry of Health'],
    ['director of Amnesty International Lena Park', 'Lena Park'],
    ['the head of the World Health Organization', 'World Health Organization'],
    // An organisation's name runs on over "and", and ends where its own word does.
    ['Thames Valley Police', 'Thames Valley Police'],
    ['the Search and Rescue Agency', 'Search and Rescue Agency'],
    ["the University of Washington's Institute for Health Metrics and Evaluation", 'Institute for Health Metrics and Evaluation'],
    // …but two names joined by "and" stay two.
    ['Reuters and NBC', 'Reuters'],
    ['House of Commons Speaker John Bercow', 'John Bercow'],
  ])('%s → %s: an organisation, or a name after it, speaks', (mention, name) => {
    expect(nameKey(mention).join(' ')).toBe(name);
  });

  it.each([
    'Chinese officials', 'Local authorities', 'Authorities', 'On Thursday', 'Tuesday', 'You', 'the NHC advisory', 'One user',
    // A role of a place or of a person is not the place or the person.
    'the governor of Louisiana', 'representatives from Iran', 'the wife of Tom Reyes', 'The Health Minister for the Maule Region',
    // A time, a place, a quantity.
    'Late on Sunday', 'The Health Minister for the Biobio Region in Chile', 'a basic R0',
  ])(
    '%s names nobody',
    (mention) => {
      expect(nameKey(mention)).toEqual([]);
    },
  );
});

describe('fullestName: a surname grows to the name the article gives, no further', () => {
  const runs = findNamedRuns(
    'Doris Day Best Friends Although she was ill. Professor Woo Su-keun spoke. Karen Alley. The Wooster professor added. Franky Zapata al fine. Iran said so. US envoy for Iran Brian Hook spoke. Governor Wanda Vázquez Garced spoke. Hassan Rouhani Iran was there. The Doris Day Show aired.',
  );
  it.each([
    [['Day'], 'Doris Day'],
    [['Woo'], 'Woo Su-keun'],
    [['Alley'], 'Karen Alley'],
    [['Zapata'], 'Franky Zapata'],
    [['Brian', 'Hook'], 'Brian Hook'],
    // A second surname stays; a place the article names alone does not.
    [['Vázquez'], 'Wanda Vázquez Garced'],
    [['Rouhani'], 'Hassan Rouhani'],
  ])('%j → %s', (key, name) => {
    expect(fullestName(runs, key)).toBe(name);
  });

  it('leaves out an office\'s object, and stops at a full stop after a place', () => {
    const runs = findNamedRuns('Minister of Information Moammar al-Eryani spoke. It hit Surigao del Sur. Phivolcs reported it. Time Person of the Year.');
    expect(fullestName(runs, ['al-Eryani'])).toBe('Moammar al-Eryani');
    expect(fullestName(runs, ['Phivolcs'])).toBe('Phivolcs');
    expect(fullestName(runs, ['Time'])).toBe('Time');
  });

  it('finds the person after a body in one run of capitals, past a title a letter off', () => {
    const runs = findNamedRuns('Senate Minority Whip Dick Durbin and chair of the House Intelligence Committee Represenative Adam Schiff spoke.');
    expect(fullestName(runs, ['Durbin'])).toBe('Dick Durbin');
    expect(fullestName(runs, ['Schiff'])).toBe('Adam Schiff');
  });

  it('matches a surname typed without its accents', () => {
    const runs = findNamedRuns('President Recep Tayyip Erdoğan spoke first. Later Erdogan said more.');
    expect(fullestName(runs, ['Erdogan'])).toBe('Recep Tayyip Erdoğan');
  });
});

describe('titleSpelled: an office typed with a slip of the keys', () => {
  it.each([
    ['presidetn', 'president'],
    ['rapporetur', 'rapporteur'],
    ['diirector', 'director'],
    ['captan', 'captain'],
    ['presidant', 'president'],
  ])('reads %s as %s', (typed, title) => expect(titleSpelled(typed)).toBe(title));

  // Words of their own: a plural, "office", a slip at the word's end ("princes", "Marshall"),
  // a title as typed, a short word.
  it.each(['governors', 'office', 'princes', 'marshall', 'retire', 'president', 'mayro'])('leaves %s as typed', (word) => expect(titleSpelled(word)).toBeUndefined());
});

describe('fullestName, case by case', () => {
  const runs = findNamedRuns('Woo Su-keun spoke.');
  it.each([[['Woo'], 'Woo Su-keun']])('%j → %s', (key, name) => {
    expect(fullestName(runs, key)).toBe(name);
  });
});

describe('speakers in extracted quotes', () => {
  it('takes no weekday, month, interviewer, "United States" cue or person told for a speaker', () => {
    const text =
      'In late June, the Supreme Court ruled against it, saying the reason was "contrived."\n\n' +
      'Mark Amodei backed the inquiry, telling the Nevada Independent: "I am a big fan of oversight."\n\n' +
      'A security official on Tuesday told The Jakarta Post the search went on.\n\n' +
      'You noted suicide attempts were a weak predictor. Why is that?\n\n' +
      'The bill was passed by the incoming 116th United States Congress.';
    const names = extractQuotes({ text }).map((q) => q.speaker?.name);
    expect(names).not.toContain('Tuesday');
    expect(names).not.toContain('You');
    expect(names).not.toContain('United');
    expect(names).not.toContain('June');
    expect(names).not.toContain('Nevada Independent');
    expect(names).toContain('Mark Amodei');
  });

  it('takes no speaker from a purpose ("a coalition to counter"), a passive cue, or a possessive place', () => {
    const text =
      "Ostrava's governor has promised each family will be housed.\n\n" +
      'After Dale retreated to New Mexico and continued to write songs, he toured less.\n\n' +
      'The troops are there with a coalition to counter the militia in the north.\n\n' +
      'On Monday, it was reported Okafor was in hospital.\n\n' +
      "Researchers from Peru's Cayetano Heredia University reported the find on Friday.";
    const speakers = extractQuotes({ text }).map((q) => q.speaker?.name);
    expect(speakers).not.toContain('a coalition to');
    expect(speakers).not.toContain('Okafor');
    expect(speakers).not.toContain('Peru');
    expect(speakers).not.toContain('Ostrava');
    expect(speakers).not.toContain('New Mexico');
  });

  it.each([
    ['Governor Kay Ivey signed the bill on Wednesday. "Today, I signed it into law," her statement said.', 'Kay Ivey'],
    ['"We will change its name," Recep Tayyip Erdoğan said. On the live television he said, "It will never exist again."', 'Recep Tayyip Erdoğan'],
    ['"The abuse must end," said Archbishop Wojciech Polak, the primate.', 'Wojciech Polak'],
    // The place or manner after the name is not part of it.
    ['"A sad loss for music," wrote Maria Lindqvist in a statement.', 'Maria Lindqvist'],
    // The participle's speaker is the sentence's subject, not the noun after it.
    ['Anna Kowal, a biologist at the museum, doubted the result, saying Velociraptor probably ran on two legs.', 'Anna Kowal'],
    // "he" is a person: the broadcaster before him is someone else.
    [
      'The BBC reported the plan was dropped. A ministry spokesperson, Tom Reyes, voiced regret: "We hoped for more," he said.',
      'Tom Reyes',
    ],
    // "she" is the person the story turned to since the last speaker, not the last speaker.
    [
      '"We expect a rise," said Tom Reyes. Nora Quint runs the shelter on Main Street. "We are full every night," she said.',
      'Nora Quint',
    ],
    // …a subject with an appositive after a place after his name, likewise.
    [
      '"We expect a rise," said Tom Reyes. Ivan Petrov of Omsk, who came third last year, is a student. This year, he said, he came to cheer on his classmates.',
      'Ivan Petrov',
    ],
    // …but not a body named after "of" inside someone's appositive.
    [
      '"We will win," said Dana Ross. Brian Moore, the chairman of the Rockingham County GOP in New Hampshire, for example, said the feud hurt. "It has not gone well for him," he said.',
      'Brian Moore',
    ],
    // …and one a sentence introduces ("One is …"), though no verb follows the name.
    [
      '"We expect a rise," said Tom Reyes. Several students came back. One is Ivan Petrov, a sixth year student. He said he was hooked from the first year.',
      'Ivan Petrov',
    ],
    // A subject with a place after her name is still the subject; the one spoken to is not.
    [
      'In May, Governor Lena Park of Ohio signed the bill. Speaking to Sam Wu of WKRC, she said, "It is done."',
      'Lena Park',
    ],
    // A colon right after a name, or after a named subject and its verb, introduces their words.
    ['The result does not surprise pollster Dana Whitfield: "Lesser-known candidates gain the most."', 'Dana Whitfield'],
    ['Mayor Lena Park faced the crowd. She then addressed her critics: "I hear you."', 'Lena Park'],
    // A party tag and a comma between the name and the cue.
    ['Speaking in Ohio, Gov. Sam Wu (R-OH), said, "We will win."', 'Sam Wu'],
    // "AG" and "Sec." are titles, as "Gov." is: the full name the article gives speaks.
    ['Attorney General Lena Park filed suit. "We will win," AG Park said.', 'Lena Park'],
    ['Secretary of State Sam Wu flew in. Sec. Wu said, "We will talk."', 'Sam Wu'],
    // The name in an apposition after a role; a relative "who"; a name with "from" after it.
    ['"This is hard for me," said his father, Omar Reyes, after the ceremony.', 'Omar Reyes'],
    ['The study was led by Dana Whitfield, an ecologist at the institute, who said "It is a warning".', 'Dana Whitfield'],
    ['The bill was drafted by Sam Wu who said on the floor, "It took decades".', 'Sam Wu'],
    ['Lena Park from the opposition camp said at a press conference: "This is wrong."', 'Lena Park'],
    ['Offering condolences, speaker of the parliament Omid Rahimi wrote: "He served us well."', 'Omid Rahimi'],
    // A time between the speaker and the cue; a person named by "according to" speaks on.
    ['Omar Reyes, a port official, on Tuesday told reporters the ship was safe. He added, "We keep watching."', 'Omar Reyes'],
    ['The fish came back. According to Dana Whitfield, few expected it. "It was a surprise," she said.', 'Dana Whitfield'],
    // "She" after an unnamed head of a group is that head, not a person named earlier.
    ['Officer Sam Wu was acquitted. The head of the city\'s inspectors told the court "Checks were skipped." She also said "We came too late."', "The head of the city's inspectors"],
    // A surname led by its particle grows to the full name the article gives.
    ['Mayor Bill de Blasio ran in 2019. Later, Mayor de Blasio spoke: "It is not my time."', 'Bill de Blasio'],
    // A role given with a name before ("his daughter Ana Ruiz") resolves to that name.
    ['The death was confirmed by his daughter Ana Ruiz. His daughter said he died at home.', 'Ana Ruiz'],
  ])('gives the words of %j to %s', (text, name) => {
    const quotes = extractQuotes({ text });
    expect(quotes.at(-1)?.speaker?.name).toBe(name);
  });

  it('joins the name variants of one person under one key', () => {
    expect(speakerKey('Lee Jae-myung')).toBe(speakerKey('Lee Jae Myung'));
    expect(speakerKey('Recep Tayyip Erdoğan')).toBe(speakerKey('Recep Tayyip Erdogan'));
    // An organisation with its "The" and without is one.
    expect(speakerKey('The Guardian')).toBe(speakerKey('Guardian'));
    // A title before a name is none of the key; a surname that is also one is.
    expect(speakerKey('President Donald Trump')).toBe(speakerKey('Donald Trump'));
    expect(speakerKey('John Major')).toBe('john major');
    expect(speakerKey('John Major')).not.toBe(speakerKey('John'));
  });

  it('keys a surname that leads with its particle, not a lower-case word', () => {
    expect(speakerKey('de Blasio')).toBe('blasio de');
    // …or joined to it: the name has a key.
    expect(speakerKey('Moammar al-Eryani')).toBe('al eryani moammar');
    expect(speakerKey('officials')).toBeUndefined();
    expect(speakerKey('de facto')).toBeUndefined();
  });
});

describe('typedRoleMatches: a role as people type it', () => {
  it('takes a possessive typed without its apostrophe', () => {
    expect(typedRoleMatches('spantons lawyer', 'Howard Rubel a Toronto lawyer representing Spanton')).toBe(true);
    expect(typedRoleMatches('merkels spokesperson', "German Chancellor Angela Merkel's spokesperson")).toBe(true);
    expect(typedRoleMatches('spantons lawyer', 'Emily Spanton')).toBe(false);
    expect(typedRoleMatches("spanton's lawyer", 'Howard Rubel a Toronto lawyer representing Spanton')).toBe(true);
  });

  it("takes the office typed last as the speaker's own, not one of whom they work for", () => {
    expect(typedRoleMatches('chancellor', "Steffen Seibert ; German Chancellor Angela Merkel's spokesperson")).toBe(false);
    expect(typedRoleMatches('chancellor', "Pradeep Khosla ; University of California, San Diego's chancellor")).toBe(true);
    expect(typedRoleMatches('scotland first minister', "Nicola Sturgeon ; Scotland's First Minister")).toBe(true);
    expect(typedRoleMatches('chancellor spokesperson', "Steffen Seibert ; German Chancellor Angela Merkel's spokesperson")).toBe(true);
    // …and a possessive in the body after the office is the body's, not whose office it is.
    expect(typedRoleMatches('lead author', "David Livermore ; lead author Professor of the University of East Anglia's medical school")).toBe(true);
    expect(typedRoleMatches('chancellor', "Steffen Seibert ; German Chancellor Angela Merkel's spokesperson at the press office")).toBe(false);
  });

  it('takes a chief for whoever heads it, and an acronym that spells a word only as written', () => {
    expect(typedRoleMatches('who chief', 'WHO director-general')).toBe(true);
    expect(typedRoleMatches('who chief', 'a UN rapporteur for the Office of the UN High Commissioner who had investigated the case')).toBe(false);
    expect(typedRoleMatches('nato chief', 'NATO Secretary-General')).toBe(true);
    expect(typedRoleMatches('nato chief', 'a NATO spokesperson')).toBe(false);
    // A leader, a boss or a ceo heads it too, by whatever office or as its founder.
    expect(typedRoleMatches('spacex ceo', 'Elon Musk ; SpaceX founder')).toBe(true);
    expect(typedRoleMatches('train drivers union leader', "Mick Whelan ; Train drivers' trade union Aslef general secretary")).toBe(true);
    expect(typedRoleMatches('spacex ceo', 'a SpaceX engineer')).toBe(false);
  });

  it('takes an office typed in words for the hyphenated one the article writes, and the body before it as no name', () => {
    expect(typedRoleMatches('who director general', 'the Director-General of the WHO')).toBe(true);
    expect(typedRoleMatches('who director general', 'WHO spokesperson')).toBe(false);
    expect(typedNameMatches('who director general', 'Who Gives a Crap')).toBe(false);
    expect(typedNameMatches('who gives a crap', 'Who Gives a Crap')).toBe(true);
  });

  it('takes a spokesman for the spokesperson or spokeswoman the article writes, and no other word', () => {
    expect(typedRoleMatches('houthi military spokesman', 'Houthi military spokesperson')).toBe(true);
    expect(typedRoleMatches('police spokeswoman', 'a police spokesman')).toBe(true);
    expect(typedRoleMatches('police spokesman', 'a police officer')).toBe(false);
  });

  it('takes a former office for the retired or ex- one the article writes, and not for a sitting holder', () => {
    expect(typedRoleMatches('former fbi agent', 'Retired FBI agent and terrorism specialist')).toBe(true);
    expect(typedRoleMatches('former cia chief', 'ex-CIA chief')).toBe(true);
    expect(typedRoleMatches('former fbi agent', 'FBI agent')).toBe(false);
    expect(typedRoleMatches('ex federal prosecutor', 'former federal prosecutor')).toBe(true);
    expect(typedRoleMatches('ex federal prosecutor', 'federal prosecutor')).toBe(false);
    // ("ex-" typed onto the body it was of.)
    expect(typedRoleMatches('ex-fbi agent', 'Retired FBI agent and terrorism specialist')).toBe(true);
    expect(typedRoleMatches('ex-fbi agent', 'FBI agent')).toBe(false);
    expect(typedRoleMatches('ex-fema administrator', 'Tim Manning ; formerly a deputy administrator at FEMA')).toBe(true);
  });

  it('takes a panel for the committee the article writes', () => {
    expect(typedRoleMatches('prize panel member', 'Ulf Danielsson ; prize committee member')).toBe(true);
    expect(typedRoleMatches('prize panel member', 'Ulf Danielsson ; prize winner')).toBe(false);
  });

  it('takes a doctor for the physician the article writes', () => {
    expect(typedRoleMatches('doctor', 'Sean Conley ; Presidential physician')).toBe(true);
    expect(typedRoleMatches('doctor', 'Sean Conley ; Presidential spokesperson')).toBe(false);
  });

  it('takes two typed words for the one word the article writes of them', () => {
    expect(typedRoleMatches('think tank executive', 'Ken Gude ; former thinktank executive')).toBe(true);
    expect(typedRoleMatches('think tank executive', 'Ken Gude ; former tank executive')).toBe(false);
  });

  it('takes a long word as the text inflects it, not any word it begins', () => {
    expect(typedRoleMatches('co-sponsor', 'who co-sponsored the bill')).toBe(true);
    expect(typedRoleMatches('sponsor', 'who sponsorship')).toBe(false);
  });

  it('takes the word for a doer as whoever did what it says, and a place as its people', () => {
    expect(typedRoleMatches('un investigator', 'a UN rapporteur for the Office of the UN High Commissioner for Human Rights who had investigated the case')).toBe(true);
    expect(typedRoleMatches('organiser', 'who organised the rally')).toBe(true);
    // Only as a verb's past, doing or deed: an "office" is no officer, "investigative" no investigator.
    expect(typedRoleMatches('police officer', 'of the Office of the Police Ombudsman')).toBe(false);
    expect(typedRoleMatches('investigator', 'investigative journalist')).toBe(false);
    expect(typedRoleMatches('american samoa delegate', 'The American Samoan delegate to the U.S. House of Representatives')).toBe(true);
    expect(typedRoleMatches('american samoa delegate', 'delegate of Samoa')).toBe(false);
  });

  it('takes an envoy for the special representative the article names, and for no other representative', () => {
    expect(typedRoleMatches('us envoy', 'US Special Representative for Iran')).toBe(true);
    expect(typedRoleMatches('us envoy', 'US Representative')).toBe(false);
  });

  it("takes a body's initials, as people type its short name, and an office held to a place", () => {
    expect(typedRoleMatches('ucla', 'Jo Anne Van Tilburg of the University of California, Los Angeles')).toBe(true);
    expect(typedRoleMatches('cdc', 'the director of the Centers for Disease Control and Prevention')).toBe(true);
    expect(typedRoleMatches('ucla', 'Carl Lipo of Binghamton University')).toBe(false);
    expect(typedRoleMatches('us ambassador to germany', 'US Ambassador to Germany')).toBe(true);
    // A place as chat shortens it.
    expect(typedRoleMatches('amnesty hk head', 'Man-kei Tam ; Hong Kong director of Amnesty International')).toBe(true);
    expect(typedRoleMatches('amnesty hk head', 'Taiwan director of Amnesty International')).toBe(false);
    // …and a party by its other name.
    expect(typedRoleMatches('tory mp', 'Philip Hammond ; Conservative MP')).toBe(true);
    expect(typedRoleMatches('tory mp', 'Yvette Cooper ; Labour MP')).toBe(false);
    // A zero-width joiner a page left in a name is no letter of it.
    expect(typedRoleMatches('daily xtra', "news source Daily Xtra\u200d's editorial director")).toBe(true);
  });

  it('reads a title written short as the same title', () => {
    expect(typedRoleMatches('the doctor at saint francis', 'Dr. Steven Wolf at Saint Francis')).toBe(true);
    expect(typedRoleMatches('the senator from ohio', 'Sen. Rob Portman of Ohio')).toBe(true);
    expect(typedRoleMatches('the senator from texas', 'Sen. Rob Portman of Ohio')).toBe(false);
    expect(typedRoleMatches('ohio senator', 'Sen. Rob Portman of Ohio')).toBe(true);
  });
});

describe('typedNameMatches: a name as people type it', () => {
  it.each([
    ['john roberts', 'John G. Roberts', true],
    ['john roberts', 'Troy Roberts', false],
    ['tony abbot', 'Tony Abbott', true],
    ['us ambassador grenell', 'Richard Grenell', true],
    ['kaczynski', 'Jarosław Kaczyński', true],
    ['lee jae myung', 'Lee Jae-myung', true],
    ['woo', 'Woo Su-keun', true],
    ['woo', 'Choo Jae-woo', false],
    ['the president', 'Donald Trump', false],
    // One typo is allowed in a long word only: "lee" is not "leo".
    ['leo', 'Lee Jae-myung', false],
    // …unless the other words of a longer name all match.
    ['jo anne van tilburg', 'Jo Anne Val Tilburg', true],
    ['jo ann van tilburg', 'Jo Anne Val Tilburg', false],
    // …or two letters of a short word swapped, beside a word typed exactly.
    ['sadiq kahn', 'Sadiq Khan', true],
    ['kahn', 'Sadiq Khan', false],
    ['sadiq kham', 'Sadiq Khan', false],
    // A country before an office is whose office it is; before a name, part of it.
    ['uk pm boris johnson', 'Boris Johnson', true],
    ['eu council spokesperson', 'Bradford Council', false],
    // A surname joined to its particle, typed without it.
    ['sisi', 'Abdel Fattah el-Sisi', true],
    ['al eryani', 'Moammar al-Eryani', true],
    ['sisi', 'Abdel Fattah Sisk', false],
    // A particle typed onto the name it goes with.
    ['deblasio', 'Bill de Blasio', true],
    ['bill deblasio', 'Bill de Blasio', true],
    ['deblasio', 'Bill Blasio', false],
    // Double letters typed single, and one slip more.
    ['mcconel', 'Mitch McConnell', true],
    ['bolsonarro', 'Jair Bolsonaro', true],
    ['mcconel', 'Mitch McConville', false],
    // A four-letter word only with its double letters typed single: "abot", not "abit".
    ['tony abot', 'Tony Abbott', true],
    ['abot', 'Tony Abbott', true],
    ['abit', 'Tony Abbott', false],
  ])('%s → %s: %s', (typed, name, expected) => {
    expect(typedNameMatches(typed, name)).toBe(expected);
  });
});
