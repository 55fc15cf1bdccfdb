import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/articles/index.ts';
import { extractQuotes, type Quote } from '../../src/quotes/index.ts';
import { SEED_FILE } from '../fixtures/shared.ts';

const quotesOf = (text: string) => extractQuotes({ text });
/** Each quote as [kind, speaker name, its words], the way a reader checks them. */
const summary = (quotes: readonly Quote[]) => quotes.map((q) => [q.kind, q.speaker?.name ?? null, q.text]);
const exact = (text: string, quotes: readonly Quote[]) => {
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const [s, e] of q.fragments ?? []) expect(e).toBeGreaterThan(s);
    if (q.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
};

describe('extractQuotes on the seed article', () => {
  const article = extractArticle({ source: 'seed.txt', format: 'text', content: readFileSync(SEED_FILE, 'utf8') });
  const quotes = extractQuotes(article);
  const direct = quotes.filter((q) => q.kind === 'direct');
  const fragmentsOf = (q: Quote) => (q.fragments ?? [[q.start, q.end]]).map(([s, e]) => article.text.slice(s, e));

  it('finds all eight quoted passages with the right speaker', () => {
    const bySpeaker = direct.flatMap((q) => fragmentsOf(q).map((f) => [q.speaker?.name, f.slice(0, 30)]));
    expect(bySpeaker).toEqual([
      ['Woo Su-keun', '"The visit clearly demonstrate'],
      ['Woo Su-keun', '"Instead, it emphasizes restor'],
      ['Lee Jae-myung', '"South Korea-China relations a'],
      ['Lee Jae-myung', '"There is no need to unnecessa'],
      ['Woo Su-keun', '"Trust between leaders serves '],
      ['Choo Jae-woo', '"This signing stands out as on'],
      ['Lee Jae-myung', '"the shot of a lifetime"'],
      ['One user', '"A shared smile, a casual self'],
    ]);
  });

  it('finds the reported speech with its speaker', () => {
    const reported = quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker?.name, q.text.slice(0, 40)]);
    expect(reported).toEqual(
      expect.arrayContaining([
        ['Lee Jae-myung', 'the visit had achieved more progress tha'],
        ['Woo Su-keun', "the most important outcome of Lee's visi"],
        ['Choo Jae-woo', 'the visit yielded significant outcomes'],
        ['Choo Jae-woo', 'Such a policy could contribute to peace '],
      ]),
    );
  });

  it('gives the fullest name, the mention and the description', () => {
    const choo = direct.find((q) => q.speaker?.name === 'Choo Jae-woo')!;
    expect(choo.speaker!.mention.text).toBe('Choo');
    expect(choo.speaker!.description).toBe('a professor of Chinese foreign policy at Kyung Hee University in Seoul');
    expect(choo.cue!.text).toBe('said');
  });

  it('keeps every offset exact', () => exact(article.text, quotes));
});

describe('extractQuotes, the hard cases', () => {
  it('speaker after the quote, with an inverted cue and an appositive', () => {
    const text = '"We will rebuild," said Ana Ruiz, the mayor of the city.';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ kind: 'direct', text: '"We will rebuild,"', speaker: { name: 'Ana Ruiz', description: 'the mayor of the city' } });
  });

  it('a one-word name with an age after a description is the speaker, not the school in the description', () => {
    const [q] = quotesOf('A senior at North Country Union High School in Newport, Wilburn, 17, recalls being in line when the girl turned around.');
    expect(q?.speaker).toMatchObject({ name: 'Wilburn', kind: 'person' });
  });

  it('a role with an age after it, after a time, is the speaker, not the time', () => {
    const text = 'Princess Lina Vorn relinquished her royal titles in 1972. This past Friday, the princess, 67, announced her candidacy for prime minister.';
    expect(quotesOf(text).at(-1)?.speaker).toMatchObject({ name: 'Lina Vorn', kind: 'person' });
  });

  it('asking why is speaking; questioning a suspect is not', () => {
    expect(summary(quotesOf('Durbin questioned why the judges were being fired at a time of record backlogs.'))).toEqual([['indirect', 'Durbin', 'why the judges were being fired at a time of record backlogs']]);
    expect(quotesOf('Police questioned the suspect for three hours on Monday night.')).toEqual([]);
  });

  it('a quotation after a colon, its speaker before an appositive', () => {
    const text = 'Jason Shaw chairs the board. Shaw, the chairman of the board, provided the only comment: "This has been a long process for all of us."';
    expect(summary(quotesOf(text))).toEqual([['direct', 'Jason Shaw', '"This has been a long process for all of us."']]);
  });

  it("keeps an organisation's whole name, though its first word stands alone elsewhere", () => {
    const text = 'World leaders met in Geneva. The World Health Organization said the virus was spreading fast across the region.';
    expect(quotesOf(text)[0]?.speaker?.name).toBe('World Health Organization');
  });

  it('takes the name ending a chain of appositions after the cue, not the body before it', () => {
    const text = '"Walter was the most brilliant scientist I have ever known," said University of California, San Diego\'s chancellor, Pradeep Khosla.';
    expect(quotesOf(text)[0]?.speaker?.name).toBe('Pradeep Khosla');
    // …described by the body and office before it, the office included.
    expect(quotesOf(text)[0]?.speaker?.description).toBe("University of California, San Diego's chancellor");
    // …not whom a verb brings in.
    expect(quotesOf('"It was a bad day for the city," said Reuters, citing an official, John Smith.')[0]?.speaker?.name).toBe('Reuters');
  });

  it('takes "The Guardian" for an organisation, not a person', () => {
    expect(quotesOf('The Guardian reported that the minister had resigned on Friday evening.')[0]?.speaker).toMatchObject({ name: 'Guardian', kind: 'organisation' });
  });

  it('takes a country that speaks for its government, and a website, for an organisation', () => {
    expect(quotesOf('North Korea said the missile test had been a success for the nation.')[0]?.speaker).toMatchObject({ name: 'North Korea', kind: 'organisation' });
    expect(quotesOf('Znak.com reported that at least four people had died in the blast.')[0]?.speaker).toMatchObject({ name: 'Znak.com', kind: 'organisation' });
    expect(quotesOf('The Royal Swedish Academy of Sciences announced the winners of the prize in Stockholm.')[0]?.speaker).toMatchObject({ kind: 'organisation' });
    // A company by its legal form: "Limited" is nobody's surname.
    expect(quotesOf('Facebook Ireland Limited said the judgment raised critical questions about free speech.')[0]?.speaker).toMatchObject({ name: 'Facebook Ireland Limited', kind: 'organisation' });
  });

  it('reads a plural of people capitalised after its place as a group', () => {
    expect(quotesOf('Birds were found in tombs, and Egyptologists have reported they were sacrificed to the god.')[0]?.speaker).toMatchObject({ name: 'Egyptologists', kind: 'group' });
  });

  it('takes "The Department" for the department the article named in full', () => {
    const text = 'The inmate is held by the California Department of Corrections and Rehabilitation.\n\nThe Department said the attacker had been moved to an isolation unit.';
    expect(quotesOf(text)[0]?.speaker?.name).toBe('California Department of Corrections and Rehabilitation');
  });

  it('speaker before the quote, after a colon', () => {
    expect(summary(quotesOf('The minister told reporters: "The talks are over."'))).toEqual([['direct', 'The minister', '"The talks are over."']]);
  });

  it('a floating quote: a quote paragraph with no cue continues the previous speaker', () => {
    const text = 'Woo Su-keun said the outcome was stable ties.\n\n"Trust between leaders matters more than agreements."';
    expect(summary(quotesOf(text)).at(-1)).toEqual(['direct', 'Woo Su-keun', '"Trust between leaders matters more than agreements."']);
  });

  it('a pronoun speaker resolves to the person last quoted', () => {
    const text = 'Choo Jae-woo spoke after the talks. "It was a milestone," Choo said.\n\nSuch a policy could bring stability, he added.';
    const last = quotesOf(text).at(-1)!;
    expect(last).toMatchObject({ kind: 'indirect', speaker: { name: 'Choo Jae-woo', mention: { text: 'he' } } });
  });

  it('a pronoun stands for the first of a joined subject named since the last speaker', () => {
    const text = 'Study author Mei-Lin Tan said the coating works. "It repels almost everything," Tan said.\n\nCritic Paul Dorsey noted the spray wears off.\n\nTan and two of her co-authors have started a company. She remarked, "My goal is to invent things everyone can use."';
    expect(quotesOf(text).at(-1)!.speaker!.name).toBe('Mei-Lin Tan');
  });

  it('a surname alone resolves to the fullest name in the article', () => {
    const text = 'Prime Minister Jacinda Ardern visited the site. "We are with you," Ardern said.';
    expect(quotesOf(text)[0]!.speaker).toMatchObject({ name: 'Jacinda Ardern', mention: { text: 'Ardern' } });
  });

  it('takes a role with "the" and the name its title gives, after an opener and before an aside, as the speaker', () => {
    const text = 'Late on Sunday, the United States President Donald Trump, in a statement delivered via the press secretary, announced US troops would be leaving Syria.';
    expect(quotesOf(text)[0]!.speaker).toMatchObject({ name: 'Donald Trump', kind: 'person' });
  });

  it('leaves a relative pronoun out of who spoke', () => {
    const quotes = quotesOf('Drones struck the plant on Saturday. The attacks set off fires, which state media said were under control.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['state media']);
  });

  it('leaves when they spoke out of who spoke, but keeps a name that ends in a word of time', () => {
    const quotes = quotesOf('According to officials on Saturday, two visitors died. Scores enlisted, according to USA Today.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['officials', 'USA Today']);
  });

  it("part of a role's statement is the words of whom the article gave the role", () => {
    const text = 'U.S. District Judge Rosa Lind ruled the ban unlawful. He said it could not stand.\n\nPart of the judge\'s statement reads "the ban does not survive any level of review." Some of the protesters said they would appeal.';
    const quotes = quotesOf(text);
    expect(quotes.find((q) => q.kind === 'direct')!.speaker).toMatchObject({ name: 'Rosa Lind', kind: 'person' });
    expect(quotes.find((q) => q.text.startsWith('they would'))!.speaker!.name).toBe('protesters');
  });

  it('a title alone resolves to the one-word name a pope or a king goes by', () => {
    const text = 'On Thursday, Pope Leo announced a new law.\n\nCritics said the law came late.\n\nThe decree signed by the Pope read "The crimes offend Our Lord."';
    expect(quotesOf(text).find((q) => q.kind === 'direct')!.speaker).toMatchObject({ name: 'Leo', mention: { text: 'the Pope' } });
  });

  it('a partial quote inside reported speech is mixed', () => {
    const [q] = quotesOf('Lee said the two sides would "keep talking until it is done" despite the pressure.');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Lee' } });
    expect(q!.text).toBe('the two sides would "keep talking until it is done" despite the pressure');
  });

  it('a quotation after a clause the writer opens with "that" is mixed; after a phrase that places it, direct', () => {
    const [q] = quotesOf('Bolton said that whatever choice voters are going to make, "they should not make it on the basis of fear."');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Bolton' } });
    expect(summary(quotesOf('Bolton said in a statement, "they should not make it on the basis of fear."'))).toEqual([['direct', 'Bolton', '"they should not make it on the basis of fear."']]);
  });

  it("a quotation the writer's clause runs into, before its cue, is mixed; one a phrase only places is direct", () => {
    const [q] = quotesOf('He was a "respected manager and appreciated for his human qualities," Boistard said in a statement.');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Boistard' } });
    expect(q!.text).toBe('He was a "respected manager and appreciated for his human qualities,"');
    expect(summary(quotesOf('With "Abe, I wanted to go for accuracy over comfort," Chapman told Wikinews.'))).toEqual([['direct', 'Chapman', '"Abe, I wanted to go for accuracy over comfort,"']]);
  });

  it('an unnamed source stays unnamed', () => {
    expect(summary(quotesOf('One user commented, "A shared smile does more than a press release."'))).toEqual([
      ['direct', 'One user', '"A shared smile does more than a press release."'],
    ]);
    expect(quotesOf('"We were told nothing," a senior official said.')[0]!.speaker!.name).toBe('a senior official');
  });

  it('single quotes nested in double quotes stay inside one quote', () => {
    const text = "\"He told me 'never again', and I believed him,\" Ms. Park said.";
    expect(summary(quotesOf(text))).toEqual([['direct', 'Park', "\"He told me 'never again', and I believed him,\""]]);
  });

  it('a quote over several paragraphs is one quote with a fragment per paragraph', () => {
    const text = 'The senator said: "The first point is simple.\n\n"The second point is harder, and it takes time."';
    const [q] = quotesOf(text);
    const second = text.indexOf('"The second');
    expect(q!.fragments).toEqual([[text.indexOf('"The first'), second - 2], [second, text.length]]);
    expect(q!.speaker!.name).toBe('The senator');
  });

  it("gives a quotation read as the previous speaker's going on to the speaker whose bare cue follows it", () => {
    const text = '"We saw it as a move," Diaz said.\n\n"You will never be able to capture the number." Kunis said. "And we know it is happening."';
    const [diaz, kunis, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(summary([diaz!])).toEqual([['direct', 'Diaz', '"We saw it as a move,"']]);
    expect(kunis!.speaker!.name).toBe('Kunis');
    expect(kunis!.fragments).toEqual([[text.indexOf('"You'), text.indexOf(' Kunis')], [text.indexOf('"And'), text.length]]);
    // A cue with words of its own reports them: the quotation before stays Diaz's.
    const reported = quotesOf('"We saw it as a move," Diaz said.\n\n"It was chaos." Kunis said the law was vague.');
    expect(reported.map((q) => [q.speaker?.name, q.kind])).toEqual([['Diaz', 'direct'], ['Kunis', 'indirect']]);
    expect(reported[0]!.text).toContain('It was chaos.');
  });

  it("ends the first speaker's words where a second speaker's attribution is joined on", () => {
    const text = 'The minister said the talks had gone well, but opposition leader Kim Dae-jung said they had achieved "nothing at all".';
    expect(summary(quotesOf(text))).toEqual([
      ['indirect', 'The minister', 'the talks had gone well'],
      ['mixed', 'Kim Dae-jung', 'they had achieved "nothing at all"'],
    ]);
    // Two names joined inside what one speaker said stay that speaker's words.
    expect(summary(quotesOf('Lee said that Pelosi and Schumer agreed to meet on Tuesday.'))).toEqual([['indirect', 'Lee', 'Pelosi and Schumer agreed to meet on Tuesday']]);
  });

  it('takes the words on both sides of a cue set off by commas, one fragment each', () => {
    const text = 'If the governor signs it, Henderson said, it would have "devastating" consequences.';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Henderson' } });
    expect(q!.fragments).toEqual([[0, text.indexOf(', Henderson')], [text.indexOf('it would'), text.length - 1]]);
    // Not a participle, a clause of time or a quotation after the cue.
    expect(quotesOf('Prices will rise, experts say, as the minister concluded a visit.')[0]!.text).toBe('Prices will rise');
    expect(quotesOf('"We agree," Choo said, noting the date.').map((q) => q.text)).toEqual(['"We agree,"', 'the date']);
  });

  it('takes the name after "as", over its appositive, for the speaker of what comes before', () => {
    const [q] = quotesOf('Showing the card could out them, as Lucas Cameron-Vaughn, an attorney for the ACLU, explained.');
    expect(q).toMatchObject({ kind: 'indirect', text: 'Showing the card could out them', speaker: { name: 'Lucas Cameron-Vaughn', description: 'an attorney for the ACLU' } });
  });

  it('takes the words before a cue that is followed only by when and where', () => {
    expect(quotesOf('The bill would end a quiet erasure, Rep. Saudia LaMont said during a vote on Tuesday.')[0]).toMatchObject({ text: 'The bill would end a quiet erasure', speaker: { name: 'Saudia LaMont' } });
    // "said in a statement that …": the words still follow the cue.
    expect(quotesOf('Lee said in a statement that the talks were over.')[0]!.text).toMatch(/the talks were over$/);
  });

  it('gives the cue that closes the sentence all that comes before it, another cue included', () => {
    expect(quotesOf('A teacher explained that her daughter was upset by students touching her hair, LaMont said.')[0]).toMatchObject({
      text: 'A teacher explained that her daughter was upset by students touching her hair',
      speaker: { name: 'LaMont' },
    });
  });

  it('gives a second verb after "but" its subject at the head of the sentence', () => {
    expect(quotesOf('King works in the field and volunteers at shelters, but said voting matters most.')[0]).toMatchObject({ text: 'voting matters most', speaker: { name: 'King' } });
    // A place after a preposition is no subject of the verb after "but".
    const speakers = quotesOf('The website noted a signal from Jakarta but declared the ship was not there.').map((q) => q.speaker?.name);
    expect(speakers).not.toContain('Jakarta');
  });

  it('names a body by what the article spells out before its abbreviation in brackets', () => {
    const text = 'Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced a deal. The SDF said, "An agreement has been reached."';
    expect(quotesOf(text).at(-1)!.speaker).toMatchObject({ name: 'Syrian Democratic Forces', kind: 'organisation', mention: { text: 'The SDF' } });
    expect(quotesOf('The Philippine Institute of Volcanology and Seismology (Phivolcs) said so. Phivolcs said the quake was a 5.5.').at(-1)!.speaker!.name).toBe('Philippine Institute of Volcanology and Seismology');
    // An abbreviation the article never spells out stays as it is.
    expect(quotesOf('NASA said the launch went well.')[0]!.speaker!.name).toBe('NASA');
  });

  it('names who speaks, not the place, the gloss or the time around them', () => {
    const speaker = (text: string) => quotesOf(text)[0]!.speaker!;
    // A bare apostrophe's possessive belongs to the phrase: the name after the role speaks.
    expect(speaker("According to Hollis Falls' first selectman, Dana Kerrigan, the runway was closed.").name).toBe('Dana Kerrigan');
    // People of a place are a group; the places describe them.
    expect(speaker('Yesterday, authorities in France and the Netherlands announced that 40 people were held.')).toMatchObject({ name: 'authorities', kind: 'group', description: 'in France and the Netherlands' });
    // A short name in brackets inside the phrase, then a place: the institution, not the place.
    expect(speaker('On Monday, researchers from the University of Iowa (UI) in Iowa reported a new method.').name).toBe('University of Iowa');
    // "Today" capitalised inside a sentence is a paper's name; an organisation runs on over "on" and "of the".
    expect(speaker('Two days later, USA Today noted the ruling was narrow.')).toMatchObject({ name: 'USA Today', kind: 'organisation' });
    expect(speaker('This Thursday the Commission on Maritime Safety (CMS) also criticized the move, recommending that it be reversed.')).toMatchObject({ name: 'Commission on Maritime Safety' });
    expect(speaker('This Thursday the Commission on Maritime Safety (CMS) also criticized the move, recommending that it be reversed.').description).toBeUndefined();
    expect(speaker('Officials at the Department of the Interior said the park would close.').name).toBe('Department of the Interior');
    expect(speaker('Transport for Leeds (TfLe) told passengers to take another route.').name).toBe('Transport for Leeds');
    // An article inside a name that ends the phrase.
    expect(speaker('Soap maker Who Needs a Bath said on Friday it had sold out.').name).toBe('Who Needs a Bath');
    // A wiki gloss of the name in its own language is no speaker.
    expect(speaker('Leader Anna Nowak of the Civic Party ((pl))Polish language: \u200dPartia Obywatelska publicly declared support for the bill.').name).toBe('Anna Nowak');
    // A possessive inside an organisation's name; two institutions joined by "and" stay two.
    expect(speaker("The bishop died on Monday, according to the Catholic Bishops' Conference of the Philippines (CBCP).").name).toBe("Catholic Bishops' Conference of the Philippines");
    expect(speaker("Harbour Command's Naval Information Agency head Ari Wibowo said the search would go on.").name).toBe('Ari Wibowo');
    expect(speaker('A team from the University of Hawaii (UH) and the University of Oregon (UO), saying the algae had grown tenfold.').name).toBe('University of Oregon');
    // Who put out the statement speaks, not "a statement".
    expect(speaker('Acme released a statement which read, in part, "This ruling raises questions about free speech".').name).toBe('Acme');
    expect(speaker('On Monday, the Kremlin also put out a statement saying "the allegations are false".').name).toBe('Kremlin');
    expect(speaker('The minister spoke for an hour. She later issued a statement saying "the allegations are false".').name).toBe('The minister');
    // A thing, then who did it, after a preposition is a relative clause: no speech.
    expect(quotesOf('Ten states filed a lawsuit against the state of emergency Governor Ann Reyes declared last week so she could build the dam.')).toEqual([]);
    // An opener or a thing before a title describes nobody; a word that qualifies it stays.
    expect(speaker('In an interview President Ann Reyes said the dam would be built.').description).toBeUndefined();
    expect(speaker('The former Vice President Joe Lind said the vote was a sham.').description).toBe('The former Vice President');
    expect(speaker('The Republican committee member Dan Cole said the vote was a sham.').description).toBe('The Republican committee member');
    // A relative clause between the subject and the cue names no one who speaks.
    expect(speaker('Freedonia, which has given up ousting President Omar al-Rashid, has stated the rebuilding will cost billions.').name).toBe('Freedonia');
    // A body named in full before, then by its last word with the office: the body in full.
    expect(speaker('The Royal Chess Society ran a survey. Society President Ann Lee told the public, "The game is thriving."').description).toBe('Royal Chess Society President');
    // …but not a body already named in full before the title.
    expect(speaker('The Center for Chess Studies ran a survey. Remarked Center for Chess Studies scientist Ann Lee, "The game is thriving."').description).toBe('Center for Chess Studies scientist');
    // The writer's words after a quotation introduced by a comma, set off by a dash, are not the speaker's.
    const aside = quotesOf('Billionaire Ann Cole said, "I am proud to be here. I am proud to be a member" - the first to say so at a convention.');
    expect(aside.map((q) => [q.kind, q.text])).toEqual([['direct', '"I am proud to be here. I am proud to be a member"']]);
    // …but a quotation inside the content, after its words, is part of what was said.
    expect(quotesOf('Cole says his event, "Storm the Castle, They Cannot Stop Us", was posted as a joke.').map((q) => q.kind)).toEqual(['mixed']);
    // An age, or the opening of a clause, describes nobody.
    expect(speaker('When Representative Ann Cole took the floor, she said "We will win this fight for the people."').description).toBeUndefined();
    expect(speaker('The driver, Ann Cole, 23, said "I did not see them at all on the road ahead."').description ?? '').not.toMatch(/^23$/);
    // What comes before the name need not say who they are; an appositive's comma is not its own.
    expect(speaker('She landed on a boat, a process Cole described as being tricky because the boat moved.').description).toBeUndefined();
    expect(speaker('The account for The Cole and Lee Show, which replaced the morning show, tweeted: "We salute you."').description).toBeUndefined();
    // A phrase cut off before its noun, or a writer's aside, describes nobody; a description ends at a ';'.
    expect(speaker('Ann Cole, also on Twitter, said "we will fight on to the end".').description).toBeUndefined();
    expect(speaker('Scientists from the University said "it is warming fast now".').description).toBeUndefined();
    expect(speaker('"We will use the full force of the law," said Ann Cole, the Defence Secretary; she described the attacks as a "dastardly act".').description).toBe('the Defence Secretary');
    expect(speaker("Yesterday, Freedonia's transport secretary, Ann Cole, announced that the trains would run again.").description).toBe("Freedonia's transport secretary");
    // An office held to a place, before the name, describes the speaker.
    expect(speaker('US Ambassador to Freedonia Ann Cole alleged, by way of example, the airline had "contributed to incredible human suffering, violence, and instability felt across the world," by its flights.')).toMatchObject({ name: 'Ann Cole', description: 'US Ambassador to Freedonia' });
    // A role with an aside in parentheses that holds commas, then the name.
    expect(speaker('The general secretary of the dockers\' union (Union of Rail, Sea and Road Workers), Ann Cole, said the rule was "far too weak."')).toMatchObject({ name: 'Ann Cole', description: "The general secretary of the dockers' union (Union of Rail, Sea and Road Workers)" });
    // A title ends a description of capitalised words; where it was said describes nobody.
    expect(speaker('Coastal Research Institute Director Ana Silva, in remarks to Globo, said the drought explains nothing.').description).toBe('Coastal Research Institute Director');
    expect(speaker('Ana Silva, in an interview with Globo, said the drought explains nothing.').description).toBeUndefined();
    // The body after the name is theirs ("of UNICEF"), with the rest of a name the mention
    // stops inside; what a comma says of them comes first.
    expect(speaker('In remarks to the press, Ana Silva of UNICEF observed, "I have never seen a drive like this."').description).toBe('of UNICEF');
    expect(speaker('"It is a good sign," said Ana Silva of the Harvard–Smithsonian Center for Astrophysics.').description).toBe('of the Harvard–Smithsonian Center for Astrophysics');
    expect(speaker('Ana Silva of Coastal University, a drought researcher, said the drought explains nothing.').description).toBe('a drought researcher');
    expect(speaker('Study co-author Ana Silva of Coastal University said the drought explains nothing.').description).toBe('Study co-author of Coastal University');
    expect(speaker('The mayor of Lakeside, Ann Cole, gave her condolences via Twitter, adding, "An inquiry is underway."').description ?? '').not.toMatch(/condolences/);
    // After where it was said, a clause with its own subject is what was said.
    expect(summary(quotesOf('Earlier this year, Okafor said in an interview with the Herald he was open to a rematch.'))).toEqual([['indirect', 'Okafor', 'he was open to a rematch']]);
    // A person the article describes where it names them outside an attribution is described
    // in their quotes: a title before the name, or a role set off by commas before it.
    expect(speaker('Freedonian President Ann Cole called for action on Thursday. "Our house is burning," Cole tweeted.')).toMatchObject({ name: 'Ann Cole', description: 'Freedonian President' });
    expect(speaker('After the vote, a Freedonian Department of State spokesperson, Ann Cole, indicated the country was disappointed. "We urge leaders to reconsider," she said.')).toMatchObject({ name: 'Ann Cole', description: 'a Freedonian Department of State spokesperson' });
    // …not a phrase that is no office, nor a description the quotes already have.
    expect(speaker('Reporters met the winner of the race, Ann Cole, at noon. "I am tired," Cole said.').description).toBeUndefined();
    expect(speaker('Freedonian President Ann Cole called for action. "We act," said Cole, the party leader.').description).toBe('the party leader');
    // A cue word after a preposition is a noun: the sentence's own subject speaks.
    expect(speaker('Per reports, the sources said the dam had failed.').name).toBe('the sources');
    expect(speaker('"We will fight," From said.').name).toBe('From');
    // Who comes along with the subject is not the subject.
    expect(speaker('Acme Relief, along with the Freedonian Civil Liberties Union have announced their plans to sue.').name).toBe('Acme Relief');
    // A government speaks for its country, and its statement after a colon is its own.
    const statement = quotesOf('The government of Freedonia issued a statement rejecting the ruling: "Judges cannot impose citizenship."');
    expect(statement[0]!.speaker).toMatchObject({ name: 'Freedonia', kind: 'organisation', description: 'The government' });
    // A prepositional opener naming a show is not who speaks.
    expect(speaker('On a recent episode of The River Hour, Okafor said the bridge was unsafe.').name).toBe('Okafor');
    // A one-word name the article calls a magazine is an organisation.
    expect(quotesOf('On Monday, Vista magazine named its winner. The award went, according to Vista, to a teacher.').at(-1)!.speaker).toMatchObject({ name: 'Vista', kind: 'organisation' });
  });

  it('takes a verb that names what it judges for a cue when it quotes the judgement, not otherwise', () => {
    expect(summary(quotesOf('President Obama condemned the test as "provocative and destabilizing".'))).toEqual([['mixed', 'Obama', 'the test as "provocative and destabilizing"']]);
    expect(quotesOf('At a rally, Trump likened the refugees to a "vicious snake".')[0]!.speaker!.name).toBe('Trump');
    expect(quotesOf('Police condemned the attack on the officers.')).toEqual([]);
  });

  it('ends whom it was told to where another phrase opens', () => {
    expect(quotesOf('Love told her followers her team had filed a petition.')[0]).toMatchObject({ text: 'her team had filed a petition', speaker: { name: 'Love' } });
    // With no "that", what they were told opens with its own subject: a pronoun, or words
    // that are no longer the name's (or are a name after an outlet's capitals).
    const told = (text: string) => quotesOf(`Intro. ${text}`).map((q) => q.text);
    expect(told('The driver told reporters he lost control of the bus.')).toEqual(['he lost control of the bus']);
    expect(told('Dana Roe told The Harbour Post radio broadcasts were used to warn ships.')).toEqual(['radio broadcasts were used to warn ships']);
    expect(told('Dana Roe told NPR Hamza bin Laden had appeared in videos as a boy.')).toEqual(['Hamza bin Laden had appeared in videos as a boy']);
    expect(told("The president told local media Adamowicz's heart was restarted by doctors.")).toEqual(["Adamowicz's heart was restarted by doctors"]);
    // (Not where the phrase ends before what was told: "told CNN Philippines the towns …".)
    expect(told('The mayor told CNN Philippines the towns were damaged.')).toEqual(['the towns were damaged']);
  });

  it('never takes the pronoun that opens what was said for who said it', () => {
    const speakers = quotesOf('Many unhoused people, including Robinson, say it can be hard to get their things back.').map((q) => q.speaker?.name);
    expect(speakers).not.toContain('it');
    expect(quotesOf('"It was hard," said Robinson.')[0]!.speaker!.name).toBe('Robinson');
  });

  it('takes an adverb between the speaker and the cue, not "the only" before a noun', () => {
    expect(summary(quotesOf('Spokesperson Rachel Gordon only noted that "the crews follow the policy."'))).toEqual([['mixed', 'Rachel Gordon', '"the crews follow the policy."']]);
    expect(quotesOf('Gordon angrily replied that the crews had followed the policy.')[0]!.speaker!.name).toBe('Gordon');
    expect(quotesOf('Shaw, the chairman, provided the only comment: "It has been a long, difficult case."')[0]!.speaker!.name).toBe('Shaw');
  });

  it('a quote interrupted by its cue is one quote with two fragments', () => {
    const text = '"We agree on trade," Lee said. "We do not agree on security."';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(q!.fragments).toEqual([[0, text.indexOf(' Lee')], [text.indexOf('"We do'), text.length]]);
  });

  it('curly quotes work like straight ones', () => {
    expect(summary(quotesOf('\u201cWe are ready,\u201d she said.'))).toEqual([['direct', 'she', '\u201cWe are ready,\u201d']]);
  });

  it('"according to" attributes the clause it qualifies', () => {
    expect(summary(quotesOf('According to the police, the driver lost control on the wet road.'))).toEqual([
      ['indirect', 'the police', 'the driver lost control on the wet road'],
    ]);
    // Set off by commas inside the sentence: the words on both sides, one fragment each.
    const text = 'Longer term, according to agency chief Dana Roe, the goal is cheaper launches for everyone.';
    const [quote] = quotesOf(text);
    expect(quote!.speaker!.name).toBe('Dana Roe');
    expect(quote!.fragments!.map(([a, b]) => text.slice(a, b))).toEqual(['Longer term', 'the goal is cheaper launches for everyone']);
    // …but a phrase with no verb after the name describes the source.
    expect(summary(quotesOf('The police are treating it as terrorism, according to prosecutor Dana Roe, the district attorney for Ulster.'))).toEqual([['indirect', 'Dana Roe', 'The police are treating it as terrorism']]);
    // …and so does one between the name and the clause it opens.
    const [described] = summary(quotesOf('According to Dr. Dana Roe, formerly the head of the agency, the outbreak is "unprecedented."'));
    expect(described!.slice(0, 2)).toEqual(['mixed', 'Dana Roe']);
    expect(described![2]).toMatch(/^the outbreak is "unprecedented/);
    // (Not a time, nor the subject of the clause's verb.)
    expect(summary(quotesOf('According to the study, in 2014 in the United States, roughly 16,000 deaths were caused by power plants.'))[0]![2]).toBe('in 2014 in the United States, roughly 16,000 deaths were caused by power plants');
    expect(summary(quotesOf('According to the agency, the prosecutor of Tehran, Ali Mehr, said the men must face charges.')).map(([, , text]) => text)).not.toContainEqual(expect.stringMatching(/^Ali Mehr, said/));
     // A body's initials after its name are the name's, not the content's.
    const [board, report] = quotesOf('According to a 1989 report from the Rail Safety Board (RSB), the same train had derailed before. The report said nobody was hurt.');
    expect(board).toMatchObject({ text: 'the same train had derailed before', speaker: { name: 'Rail Safety Board', kind: 'organisation' } });
    // The report is the board's, which stays an organisation.
    expect(report).toMatchObject({ text: 'nobody was hurt', speaker: { name: 'Rail Safety Board', kind: 'organisation' } });
  });

  it('"according to" one plain word gives the words to that word, not to whoever spoke before', () => {
    const lines = (text: string) => summary(quotesOf(`Mayor Dana Roe said the dam would hold. ${text}`)).slice(1);
    expect(lines('The bridge was closed overnight, according to reports.')).toEqual([['indirect', 'reports', 'The bridge was closed overnight']]);
    expect(lines('An inquiry was ordered, according to police.')).toEqual([['indirect', 'police', 'An inquiry was ordered']]);
    // (…and the clause after its own cue is that cue's: "who said …".)
    expect(lines('The flood began at noon, according to police, who said crews arrived later.')[0]).toEqual(['indirect', 'police', 'The flood began at noon']);
  });

  it('a short title in quotes with nobody saying it is not a quote', () => {
    expect(quotesOf('The film "Parasite" won the top award at the festival.')).toEqual([]);
  });

  it('a pull quote signed with a dash', () => {
    expect(summary(quotesOf('\u201cWe can build a better city together.\u201d \u2015 Steve Quinlan'))).toEqual([
      ['direct', 'Steve Quinlan', '\u201cWe can build a better city together.\u201d'],
    ]);
  });
});

describe('a quotation introduced by a colon or comma', () => {
  it('is the words themselves, direct, whatever leads to it', () => {
    const text = 'Lena Park spoke in Dayton. She told voters in Ohio: "This one is for you."';
    const quotes = quotesOf(text);
    expect(summary(quotes)).toEqual([['direct', 'Lena Park', '"This one is for you."']]);
    exact(text, quotes);
  });

  it('is the words the clause hands over, when the cue\'s clause goes on to the colon', () => {
    const text = 'Intro. Lena Park has since apologized for what happened: "I should have asked the board first. It was a mistake."';
    expect(summary(quotesOf(text))).toEqual([['direct', 'Lena Park', '"I should have asked the board first. It was a mistake."']]);
    // Another cue before the colon has words of its own: 'adding: "…"' is a second quote.
    const adding = quotesOf('Intro. "The board did its best," Park said, adding: "It will meet again in June."');
    expect(adding.map((q) => [q.kind, q.text])).toEqual([['direct', '"The board did its best,"'], ['direct', '"It will meet again in June."']]);
    // A participle after the quotation, its comma inside the mark or out, leaves it whole and direct.
    const after = quotesOf('Intro. In a statement, Park said: "The board did its best for the harbour," adding, "It will meet again in June."');
    expect(after.map((q) => [q.kind, q.text])).toEqual([['direct', '"The board did its best for the harbour,"'], ['direct', '"It will meet again in June."']]);
    expect(quotesOf('Intro. In a statement, Park said: "The board did its best for the harbour," adding that it would meet in June.')[0]).toMatchObject({ kind: 'direct', text: '"The board did its best for the harbour,"' });
    // Promising, vowing, urging … say more too.
    const promising = quotesOf('Intro. Park said, "It is time we change how we do it," promising the board will meet in June.');
    expect(promising.map((q) => [q.kind, q.cue?.text, q.text])).toEqual([['direct', 'said', '"It is time we change how we do it,"'], ['indirect', 'promising', 'the board will meet in June']]);
    // So does a second verb of saying joined with "and".
    const predicted = quotesOf('Intro. "The board did its best," Park said at a news conference, and then predicted: "It will meet again in June."');
    expect(predicted.map((q) => [q.kind, q.speaker?.name, q.cue?.text, q.text])).toEqual([['direct', 'Park', 'said', '"The board did its best,"'], ['direct', 'Park', 'predicted', '"It will meet again in June."']]);
  });

  it('is a document\'s words, when a report or letter hands over whole sentences', () => {
    const text = 'Intro. A footnote in the report makes that clear: "These figures do not apply to the senior staff."';
    expect(summary(quotesOf(text))).toEqual([['direct', 'A footnote in the report', '"These figures do not apply to the senior staff."']]);
    // Not a thing that is no document, nor a few words.
    expect(quotesOf('Intro. The weather makes that clear: "Stay home today, everyone."')).toEqual([]);
  });

  it('is the whole quotation when curly marks hold a quotation inside it', () => {
    const text = 'Intro. Lena Park tweeted: \u201cPeople behind the mayor wearing \u201cSettle For Less\u201d shirts at her event in Dayton\u2026 ouch.\u201d';
    expect(summary(quotesOf(text))).toEqual([['direct', 'Lena Park', '\u201cPeople behind the mayor wearing \u201cSettle For Less\u201d shirts at her event in Dayton\u2026 ouch.\u201d']]);
  });

  it('is a headline\'s words in single quotes after the speaker and a colon', () => {
    const text = 'Ted Cruz: \u2018Assaulting A Reporter Is A Fireable Offense.\u2019\n\nSen. Ted Cruz weighed in on Tuesday.';
    const quotes = quotesOf(text);
    expect(summary(quotes)[0]).toEqual(['direct', 'Ted Cruz', '\u2018Assaulting A Reporter Is A Fireable Offense.\u2019']);
    exact(text, quotes);
    // Single marks anywhere else are apostrophes as often as quotes.
    expect(quotesOf('Intro. Cruz said the \u2018deal\u2019 was over, and the party\u2019s leaders agreed.').map((q) => q.kind)).not.toContain('direct');
  });
});

describe('names with characters that mean something in a pattern', () => {
  it('extracts without throwing, whatever the name holds', () => {
    const text = 'C++ said the build was done. The c++ team (v2) said nothing. "We are done," said C++.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toContain('"We are done,"');
    exact(text, quotes);
  });
});

describe('a short reply in title case', () => {
  it('is speech when it opens its sentence and ends in a comma, a title otherwise', () => {
    const text = 'Asked for a winner, Tom Reyes gave one word. "Denver," he answered.\n\nShe appeared on "Morning Joe" on Monday.';
    expect(summary(quotesOf(text))).toEqual([['direct', 'Tom Reyes', '"Denver,"']]);
  });

  it('is words when a name is compounded in lower case ("Soviet-style"), not a title', () => {
    expect(summary(quotesOf('Senator Ann Holt called the inquiry "Kremlin-style".'))).toEqual([['mixed', 'Ann Holt', 'the inquiry "Kremlin-style"']]);
  });
});


describe('who stands between the quotation and the cue', () => {
  // Written for this test in the shapes news copy uses; the names are invented.
  it.each([
    ['Intro. "We will win," Jeff Weaver, the campaign manager, said in a statement.', 'Jeff Weaver'],
    ['Intro. "We will win," said the 46-year-old.', 'the 46-year-old'],
    ['Rep. Mike Mrowicki, D-Putney, another bill sponsor, said the bill "is common sense".', 'Mike Mrowicki'],
    ['"We are all about quality jobs," Bob Durkin, the president of the Scranton Chamber of Commerce said.', 'Bob Durkin'],
    ['Assembly president Richard Ferrand in relaying the news to parliament said, "He is part of our history."', 'Richard Ferrand'],
    ['The passage of the bill "means everything," said TJ King, an outreach specialist.', 'TJ King'],
    ['In its ruling, the High Court of England ruled: "The decision is not for the courts."', 'High Court of England'],
    ['Intro. "We will act," Nils Kinuani, Federal Policy Manager at African Communities Together (ACT), said.', 'Nils Kinuani'],
    ['The delegate to the U.S. House of Representatives, Ana Moea, told the press: "The ruling is unwelcome."', 'Ana Moea'],
    ['Politico quoted Tim Harlow, formerly a deputy at FEMA, as saying "FEMA has an important role".', 'Tim Harlow'],
    ['Intro. "You have to work seven days to earn a weekend," quipped editor Heather Vance.', 'Heather Vance'],
    ['Asked which county he liked best, Senator Dale Orvik demurred: "Whichever one I am in at the moment."', 'Dale Orvik'],
    ['Intro. "We will not be moving the hearing," Judge Ana Pell deadpanned.', 'Ana Pell'],
    ['Dale Orvik and Ana Pell rejected the term. Pell: "Our goal is to defeat the group, not to contain it."', 'Ana Pell'],
    ['Dana Roth of the University of California, Los Angeles disagreed: "It is highly unlikely."', 'Dana Roth'],
    ["The study's lead author, doctoral candidate Mira Sandhu, said, \"We looked at emissions.\"", 'Mira Sandhu'],
    ['Intro. Lars Olm took to social media, posting on Twitter, "We will get through this together!"', 'Lars Olm'],
    ['Intro. Gutierrez was described by the CBCP as "a strong advocate for the environment".', 'CBCP'],
    ['According to AFP, the president of the League for Human Rights, Jamal Msala, said, "We are for the freedom to dress."', 'Jamal Msala'],
    ['Intro. The judge presiding over the case, Bernard Schultz, said, "You have severed the ability to raise your children."', 'Bernard Schultz'],
    ['Intro. Director Ana Lencar, in remarks to UOL.com.br, said, "This year we do not have an extreme drought."', 'Ana Lencar'],
    ['Intro. Mick Jaggard of The Rolling Stones also reacted on Twitter, "Sad news hearing that he has died."', 'Mick Jaggard'],
    ['Intro. "We wanted to find out how superbugs spread," said lead author Professor David Livermoore of the University of East Anglia.', 'David Livermoore'],
    ['Intro. The Emergencies Ministry has, in a statement, called on drivers to "not forget the lives of others."', 'Emergencies Ministry'],
    ['Intro. Labour leader Jeremy Corbett called the move a "smash and grab on our democracy".', 'Jeremy Corbett'],
    ['Intro. He was told by Minister Yevgeny Zinin of "presumably 36 to 40 people under the rubble".', 'Yevgeny Zinin'],
    ['Intro. Sharif Hotak also alleged the government is "hiding accurate casualty figures".', 'Sharif Hotak'],
    ['Intro. The State Department gave its "deepest sympathies" and said cases were afforded "intense attention at senior levels".', 'State Department'],
    ['According to eyewitness Vinnie DeVito, "within seconds, it exploded. I have never seen anything like it."', 'Vinnie DeVito'],
    ["Another was tour manager Tom Grey, 24, who cited his experience with rugby: \"I did what any Londoner would do.\"", 'Tom Grey'],
    // The cue before its speaker, opening the sentence; a cue after "by"; a cue of mood.
    ['Intro. Said Dora Pointer, who grew up with him, "We were all so proud of him."', 'Dora Pointer'],
    ['Intro. Governor Ames ended his list by saying "Too many."', 'Ames'],
    ['Intro. "This is fantastic!" beamed Don Hartly of Madison.', 'Don Hartly'],
    // An office that ends in a title is no one's name.
    ['Intro. The research was led by Marc Hale, a marine ecologist and Regents Professor at GT, who said "Local management matters."', 'Marc Hale'],
    // A free relative is no part of who spoke.
    ['Intro. Yesterday, what organizers estimated at 1.7 million people marched.', 'organizers'],
    // A religious title is no part of the name.
    ['Intro. Swami Chakradev, president of the Mahasabha, said, "We drink it every day."', 'Chakradev'],
    ['Intro. "The enemy will regret it," Ayatollah Ali Khamenai said in a speech.', 'Ali Khamenai'],
  ])('%s', (text, speaker) => {
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
    exact(text, quotes);
  });

  it('keeps a number inside a name and takes no opener for one', () => {
    const named = quotesOf('The Lost 52 Project announced on Sunday that the wreck was the Grayback.');
    expect(named.map((q) => q.speaker?.name)).toEqual(['Lost 52 Project']);
    const opener = quotesOf('Without mentioning any symptoms, the office has said he cancelled all events.');
    expect(opener.map((q) => q.speaker?.name)).not.toContain('Without');
  });

  it('takes a surname that is also a title for the person the article named', () => {
    const text = 'The bill "means everything," said TJ King, an outreach specialist.\n\n"I felt hopeless," King said.';
    expect(quotesOf(text).map((q) => q.speaker?.name)).toEqual(['TJ King', 'TJ King']);
  });

  it('lets "he" stand for an unnamed person, not for an unnamed thing', () => {
    const text = 'Chris Chike set the record.\n\nA sample comment read: "no other way to describe it."\n\n"It was the community," he said.';
    expect(quotesOf(text).map((q) => q.speaker?.name).at(-1)).toBe('Chris Chike');
  });

  it('names nobody rather than a word that names nobody', () => {
    const quotes = quotesOf('Intro. Critics attacked the report, which said "every school must report twice a year".');
    expect(quotes.map((q) => q.speaker?.name)).toEqual([undefined]);
    // "She went on to say": "to" stands for the one speaking before.
    const on = quotesOf('Intro. Wendy Parmet said it was "a stigma". She went on to say, "People think of the disease as a place."');
    expect(on.map((q) => q.speaker?.name)).toEqual(['Wendy Parmet', 'Wendy Parmet']);
  });

  it('reads a surname spelled otherwise for the one person it is a letter away from', () => {
    const text = 'Spokesman Yahya Sarea said the attack used ten drones.\n\n"These attacks are our right," Saree said.';
    expect(quotesOf(text).map((q) => q.speaker?.name)).toEqual(['Yahya Sarea', 'Yahya Sarea']);
  });

  it('takes "it" for the organisation the paragraph has as its subject, never for a person', () => {
    const org = quotesOf('NASA paused its coverage to mourn Ivan Leontev. It also credited Leontev with the first spacewalk, noting on Twitter "his venture began the history".');
    expect(org.map((q) => q.speaker?.name)).toEqual(['NASA']);
    const person = quotesOf('Intro. Ivan Leontev said the walk was hard. It said "the ruling is wrong on the law".');
    expect(person.map((q) => q.speaker?.name)).toEqual(['Ivan Leontev', 'It']);
  });

  it('gives words a relative clause quotes to its own subject, not to the one the sentence opened with', () => {
    const text = 'Kerri Kupec, a spokeswoman, sharply criticized the vote, which Wilbur Ross has referred to as "gamesmanship" and a "stunt".';
    expect(quotesOf(text).at(-1)?.speaker).toMatchObject({ name: 'Wilbur Ross' });
    expect(quotesOf(text).at(-1)?.speaker?.description).toBeUndefined();
  });

  it('gives "its press release" to the organisation last named as a subject, spelled out', () => {
    const text = 'The Western Chess League (WCL) paused its season on Monday. The WCL did not name the player.\n\nAccording to its press release, play was "suspended until further notice."';
    expect(quotesOf(text).at(-1)?.speaker).toMatchObject({ name: 'Western Chess League', kind: 'organisation' });
  });

  it('gives a quotation placed by a short opener to the speaker before it', () => {
    const text = 'Lead Paul Kwan talked about how the series was underestimated "up to now." During the premiere, "I felt like Cinderella at the ball."';
    expect(quotesOf(text).map((q) => q.speaker?.name)).toEqual(['Paul Kwan', 'Paul Kwan']);
  });

  it('goes on with a quotation after a short aside, and hands a cue without words to the quotation after it', () => {
    const aside = quotesOf('Intro. "I have the reputation of being Miss Goody Two-Shoes," Day said in her 1976 autobiography, "so I\'m afraid it will shock some people."');
    expect(aside.map((q) => [q.speaker?.name, q.fragments?.length])).toEqual([['Day', 2]]);
    const handed = quotesOf('Intro. Former envoy Brett McGirk also spoke out on Twitter. "The statement tonight shows the president is not informed."');
    expect(handed.at(-1)?.speaker?.name).toBe('Brett McGirk');
  });

  it('goes on with a quotation after a description of the speaker or of the saying, not after another saying', () => {
    const described = quotesOf('Intro. "The danger," said Ana Ruiz, a harbour engineer who has studied the port for a decade, "is that the wall will not hold."');
    expect(described.map((q) => [q.speaker?.name, q.fragments?.length])).toEqual([['Ana Ruiz', 2]]);
    const ofWhom = quotesOf('Intro. "I have no idea how the council voted," Ruiz said of the members she replaced, "but I know what they promised."');
    expect(ofWhom.map((q) => [q.speaker?.name, q.fragments?.length])).toEqual([['Ruiz', 2]]);
    const abbreviated = quotesOf('Intro. "I think the judge will be fair," Ruiz said during a rally in Raleigh, N.C., "but a lot of people will be watching."');
    expect(abbreviated.map((q) => [q.speaker?.name, q.fragments?.length])).toEqual([['Ruiz', 2]]);
    const explaining = quotesOf('Intro. "Many people are unsure this year," Ruiz wrote, explaining why she is running, "but most agree the port is failing."');
    expect(explaining.map((q) => [q.speaker?.name, q.fragments?.length])).toEqual([['Ruiz', 2]]);
    const another = quotesOf('Intro. "We cannot pay for this any more," Ruiz said, adding later, "The port is costing us a fortune."');
    expect(another.map((q) => [q.kind, q.fragments?.length ?? 1])).toEqual([['direct', 1], ['direct', 1]]);
  });

  it('takes a quotation that opens in lower case after the writer\'s own words for a mixed one, with those words', () => {
    const subject = quotesOf('Intro. The harbour board "has made dramatic changes for the better," Ana Ruiz said.');
    expect(summary(subject)).toEqual([['mixed', 'Ana Ruiz', 'The harbour board "has made dramatic changes for the better,"']]);
    const lead = quotesOf('Intro. In past seasons, "we felt that we could reach every fisherman," Ruiz said.');
    expect(summary(lead)).toEqual([['mixed', 'Ruiz', 'In past seasons, "we felt that we could reach every fisherman,"']]);
    // Nothing of the writer's between cue and quotation: the speaker's own words, in lower case.
    const own = quotesOf('Intro. Ana Ruiz added, "actually, what I do not understand is the delay."');
    expect(summary(own)).toEqual([['direct', 'Ana Ruiz', '"actually, what I do not understand is the delay."']]);
    // Whom she told is not the writer's clause; "that" opens one, and is no part of it.
    expect(summary(quotesOf('Intro. Ruiz told a guard at the gate, in Spanish, "they flooded the road."'))).toEqual([['direct', 'Ruiz', '"they flooded the road."']]);
    expect(summary(quotesOf('Intro. Ruiz told the paper that "it can be tough to keep going."'))).toEqual([['mixed', 'Ruiz', '"it can be tough to keep going."']]);
    exact('Intro. The harbour board "has made dramatic changes for the better," Ana Ruiz said.', subject);
  });

  it('takes the writer\'s words before a cue set off by commas for part of a lower-case quotation after it', () => {
    const text = 'Intro. A slow winter, Ruiz said, "could be the best time to mend the nets."';
    const around = quotesOf(text);
    expect(summary(around)).toEqual([['mixed', 'Ruiz', 'A slow winter, Ruiz said, "could be the best time to mend the nets."']]);
    expect(around[0]!.fragments?.map(([s, e]) => text.slice(s, e))).toEqual(['A slow winter', '"could be the best time to mend the nets."']);
    exact(text, around);
    // A word that links to the sentence before is no part of it; nor is the sentence's opening
    // with no comma after the cue; nor a quotation the words go on from.
    expect(summary(quotesOf('Intro. But, Ruiz said, "we cannot mend them all."'))).toEqual([['direct', 'Ruiz', '"we cannot mend them all."']]);
    expect(quotesOf('Intro. In her speech, Ruiz said "there is no better harbour than ours."').map((q) => q.kind)).toEqual(['direct']);
    expect(quotesOf('Intro. "The port is failing," Ruiz said, "and nobody is listening."').map((q) => [q.kind, q.fragments?.length])).toEqual([['direct', 2]]);
  });

  it('takes "went on", "put it" and "shot back" beside a quotation for a cue', () => {
    const text = 'Intro. Ana Ruiz spoke on Monday. "It is a bit worrying to me, because the port would close for good," she went on.';
    expect(summary(quotesOf(text))).toEqual([['direct', 'Ana Ruiz', '"It is a bit worrying to me, because the port would close for good,"']]);
    expect(quotesOf(text)[0]!.cue?.text).toBe('went on');
    // Without a quotation, going on is not saying.
    expect(quotesOf('Intro. The show went on. Ruiz went on to win the race.').map((q) => q.cue?.text)).not.toContain('went on');
    // Putting it is saying too.
    const put = quotesOf('Intro. At the time, as the prosecutor Ana Ruiz put it, "apart from the wrong crowd, there was not much to complain about."');
    expect(summary(put)).toEqual([['direct', 'Ana Ruiz', '"apart from the wrong crowd, there was not much to complain about."']]);
    expect(quotesOf('Intro. He put it on the table.').map((q) => q.cue?.text)).toEqual([]);
    // And firing back.
    expect(quotesOf('Intro. "You want to be a tough guy tonight," Ruiz shot back.').map((q) => [q.speaker?.name, q.cue?.text])).toEqual([['Ruiz', 'shot back']]);
    // With a manner's adverb before the colon, after a clause that reports someone else, and a
    // participle after the quotation that says more.
    const fired = quotesOf('Intro. When the mayor suggested that the port would sue the city, Ruiz fired back forcefully: "If they sue us in a court here, they are going to lose," referencing the port\'s many debts.');
    expect(summary(fired).find(([, name]) => name === 'Ruiz')).toEqual(['direct', 'Ruiz', '"If they sue us in a court here, they are going to lose,"']);
  });

  it('takes "demanded", "begged", "muttered" beside a quotation for a cue, and only there', () => {
    expect(quotesOf('Intro. "Quiet," Ruiz demanded, as the mayor went on talking.').map((q) => [q.kind, q.speaker?.name, q.cue?.text])).toEqual([['direct', 'Ruiz', 'demanded']]);
    expect(quotesOf('Intro. "Let us go home," Ruiz begged.').map((q) => q.cue?.text)).toEqual(['begged']);
    expect(quotesOf('Intro. "Not again," Ruiz muttered.').map((q) => q.cue?.text)).toEqual(['muttered']);
    expect(quotesOf('Intro. The union demanded a recount and begged for time.')).toEqual([]);
  });

  it('takes a cue the tagger reads as an adjective for a verb right after a quotation and its speaker', () => {
    const text = 'Intro with Sen. Ana Ruiz.\n\n"If they were serious about the port, they would have backed the only bill with support from both sides," Ruiz fumed on Tuesday.';
    expect(summary(quotesOf(text)).map(([kind, name]) => [kind, name])).toEqual([['direct', 'Ana Ruiz']]);
  });

  it('goes on with an interrupted quotation whatever phrase of when follows its second half', () => {
    const text = 'Intro. "In breaking news," Ruiz tweeted last January, "@PortBoard wins a full-throated endorsement from its own chair," after the chair praised the board online.';
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.fragments?.length ?? 1)).toEqual([2]);
  });

  it('takes a short sentence of words in quotation marks for words, not a title, whatever letters its words begin with', () => {
    const text = 'Intro.\n\n"Oh gosh, those are some very small towns," Ruiz said. "That\u2019s a tough area."';
    expect(quotesOf(text).map((q) => q.fragments?.map(([s, e]) => text.slice(s, e)))).toEqual([['"Oh gosh, those are some very small towns,"', '"That\u2019s a tough area."']]);
  });

  it('takes "she" for the one a name set off by commas gives, when that name is the subject', () => {
    const text = 'Intro. On Friday, Omar Haddad was sentenced.\n\nHis mother, Layla, wept upon hearing the verdict and said she believed he was innocent. He has since said his confession was forced.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([['Layla', 'he was innocent'], ['Omar Haddad', 'his confession was forced']]);
  });

  it('describes a speaker by a phrase of who they are set off by commas after their name', () => {
    const text = 'Intro. On Friday, Omar Haddad, brother of the singer Nour Haddad, was sentenced. He has since said his confession was forced.';
    expect(quotesOf(text).map((q) => [q.speaker?.name, q.speaker?.description])).toEqual([['Omar Haddad', 'brother of the singer Nour Haddad']]);
    // Not a clause nor a place: "Omar Haddad, who …", "Omar Haddad, in Lyon,".
    const clause = quotesOf('Intro. On Friday, Omar Haddad, who lives in Lyon, was sentenced. He has since said his confession was forced.');
    expect(clause[0]?.speaker?.description).toBeUndefined();
  });

  it('describes a speaker by an office set off after their name whose words before "of" end with it', () => {
    const text = 'Intro. Ali Rahimi, the Grand Mufti of Zarand, ordered three days of mourning. He said the loss was felt by every family.';
    expect(quotesOf(text).map((q) => [q.speaker?.name, q.speaker?.description])).toEqual([['Ali Rahimi', 'the Grand Mufti of Zarand']]);
    // Not a thing of a place: "Ali Rahimi, the pride of Zarand,".
    const thing = quotesOf('Intro. Ali Rahimi, the pride of Zarand, ordered three days of mourning. He said the loss was felt by every family.');
    expect(thing[0]?.speaker?.description).toBeUndefined();
  });

  it("describes a speaker by whose kin they are, set off before their name at a sentence's start", () => {
    const text = 'Intro. On Friday, Omar Haddad was sentenced.\n\nNour and Omar\'s mother, Layla, wept upon hearing the verdict and said she believed he was innocent.';
    expect(quotesOf(text).map((q) => [q.speaker?.name, q.speaker?.description])).toEqual([['Layla', "Nour and Omar's mother"]]);
    // Not a thing of someone's: "After Omar's verdict, Layla said …".
    const thing = quotesOf('Intro. On Friday, Omar Haddad was sentenced.\n\nOmar\'s verdict, Layla said, was unjust and she believed he was innocent.');
    expect(thing.map((q) => q.speaker?.description)).not.toContain("Omar's verdict");
  });

  it('never takes a name inside the quoted words for the pronoun that speaks them', () => {
    const text = 'Intro. The hall was quiet.\n\n"I do not know anything about Jake Sullivan and the emails," she said.';
    expect(quotesOf(text).map((q) => q.speaker?.name)).not.toContain('Jake Sullivan');
  });

  it('gives a paragraph read as a quotation going on its own quote when the same speaker\'s cue follows it', () => {
    const text = 'Ana Ruiz spoke at a rally on Friday.\n\n"The board is a joke," she said. "It knows nothing about boats."\n\n"Remember when it said the port was full?" Ruiz said Friday. "It was empty, right?"';
    const quotes = quotesOf(text).filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.speaker?.name, q.cue?.text, q.fragments?.length ?? 1])).toEqual([['Ana Ruiz', 'said', 2], ['Ana Ruiz', 'said', 2]]);
  });

  it('gives a cue joined by "and" to the subject of the clause before it, not to that clause\'s object', () => {
    const text = 'Ana Ruiz produced horror films for years.\n\nShe then approached a director and said, "I want you to make a pure horror movie."';
    expect(summary(quotesOf(text)).at(-1)).toEqual(['direct', 'Ana Ruiz', '"I want you to make a pure horror movie."']);
  });

  it('finds the speaker after a quotation over a role before the name or a clause after an unnamed source', () => {
    const role = quotesOf('Intro. "We need him because life is very hard here," his wife, Maria Elena Ruiz, wrote in a letter to the court.');
    expect(summary(role)).toEqual([['direct', 'Maria Elena Ruiz', '"We need him because life is very hard here,"']]);
    const source = quotesOf('Intro. "The agents involved are under a lot of pressure," an intelligence source, who was not authorized to speak, told the paper.');
    expect(summary(source)).toEqual([['direct', 'an intelligence source', '"The agents involved are under a lot of pressure,"']]);
  });

  it('takes one of a number, named after the quotation, for its unnamed speaker, not a verb of the clause after them', () => {
    const one = quotesOf('Intro. "There is no path left for the mayor," said one of those advisers, who spoke on the condition of anonymity.');
    expect(summary(one)).toEqual([['direct', 'one of those advisers', '"There is no path left for the mayor,"']]);
    expect(one[0]!.speaker?.kind).toBe('unnamed');
    expect(summary(quotesOf('Intro. "The count is not over," said another official.'))).toEqual([['direct', 'another official', '"The count is not over,"']]);
    // A compound before the noun is part of it; an adjective with its own phrase after it is not.
    const connected = quotesOf('Intro. "The count is not over," said one well-connected Democrat familiar with the campaign.');
    expect(summary(connected)).toEqual([['direct', 'one well-connected Democrat', '"The count is not over,"']]);
  });

  it('keeps a quotation direct when only a phrase of when or where follows it, not words of the writer\'s clause', () => {
    expect(summary(quotesOf('Intro. Ruiz tweeted, "Thank you, Valencia! We did it" on Friday afternoon.'))).toEqual([['direct', 'Ruiz', '"Thank you, Valencia! We did it"']]);
    expect(summary(quotesOf('Intro. Ruiz said "We will see" when asked whether she would run again.'))).toEqual([['direct', 'Ruiz', '"We will see"']]);
    expect(summary(quotesOf('Intro. Ruiz said the board would "keep talking" despite the pressure.'))).toEqual([['mixed', 'Ruiz', 'the board would "keep talking" despite the pressure']]);
    expect(quotesOf('Intro. Ruiz said she felt "respect" in the end.').map((q) => q.kind)).toEqual(['mixed']);
  });

  it('never takes a number for a speaker', () => {
    const quotes = quotesOf('Intro. The laboratory tested 7 out of 20 suspected cases positive for measles.');
    expect(quotes.map((q) => q.speaker?.name)).not.toContain('20');
    // Nor a count: "reported" here describes the casualties.
    const counted = quotesOf('Intro. Meanwhile, the total reported casualties rose to 140 from a previous 85 injured people.');
    expect(counted.map((q) => q.speaker?.name)).not.toContain('the total');
  });

  it('takes no words before "which he denied" for his', () => {
    const text = 'Intro. The cleric Omar Haddad was later accused of planning the raid, which he denied. The court heard from the police.';
    expect(quotesOf(text).map((q) => q.speaker?.name ?? null)).not.toContain('which he');
    expect(quotesOf(text).some((q) => q.text.startsWith('The cleric'))).toBe(false);
  });

  it('takes the words after the cue when only a place stands before the speaker', () => {
    const text = 'Nadia Karim wrote about her childhood. In an interview with the Herald, she said as a girl she was sent away to a boarding school.';
    expect(quotesOf(text).at(-1)).toMatchObject({ text: 'as a girl she was sent away to a boarding school', speaker: { name: 'Nadia Karim' } });
  });

  it('keeps "The" of a name the article capitalises inside a sentence, not a plain "the"', () => {
    const own = quotesOf('Intro. Tributes came in. "We salute you," wrote the account for The Morning Crew Show.');
    expect(own.at(-1)?.speaker?.name).toBe('The Morning Crew Show');
    const plain = quotesOf('Intro. Tributes came in. "We salute you," the Morning Crew Show wrote.');
    expect(plain.at(-1)?.speaker?.name).toBe('Morning Crew Show');
  });

  it('takes no participle after a noun, then "by", for a cue: "responded by throwing", "the rate noted by the team"', () => {
    const thrown = quotesOf('Intro. Some protesters responded by throwing bottles at the police line.');
    expect(thrown.map((q) => q.speaker?.name)).not.toContain('Some protesters');
    const rate = quotesOf('Intro. The highest rate noted by the team was in Alaska, with fifteen cases.');
    expect(rate.map((q) => q.speaker?.name)).not.toContain('The highest rate');
  });

  it('leaves the day that opens a sentence out of who spoke', () => {
    const text = 'Intro. On Thursday officials said the number of cases at the base rose to 58.';
    expect(quotesOf(text).at(-1)?.speaker).toMatchObject({ name: 'officials', kind: 'group' });
  });

  it('gives a statement handed over before a colon to whom it is from, else to whoever issued it', () => {
    const from = quotesOf('The sultan, Omar Hadi, has a sister. The palace issued the following statement from the sultan: "She keeps her rank in the family."');
    expect(from.at(-1)).toMatchObject({ kind: 'direct', speaker: { name: 'Omar Hadi' } });
    const issued = quotesOf('Intro. On Monday, Nordbank released a brief statement: "We are looking into the outage."');
    expect(issued.at(-1)).toMatchObject({ kind: 'direct', speaker: { name: 'Nordbank' }, text: '"We are looking into the outage."' });
  });

  it('reads "the protesters Reuters interviewed said" as the protesters speaking', () => {
    const quotes = quotesOf('Intro. Some of the farmers Reuters interviewed said they had come to "save the valley for our children".');
    expect(quotes.at(-1)).toMatchObject({ kind: 'mixed', speaker: { name: 'farmers', kind: 'group' } });
    expect(quotesOf('Intro. The nurses we spoke to said the ward was "full every night".').at(-1)?.speaker?.name).toBe('The nurses');
  });

  it('keeps a name with letters outside ASCII whole, as the speaker of a characterising cue', () => {
    const quotes = quotesOf('Intro. Minister Marek Kowalczyński called the attack "an act of cowardice".');
    expect(quotes.at(-1)).toMatchObject({ kind: 'mixed', speaker: { name: 'Marek Kowalczyński' } });
  });

  it('takes a quotation the sentence leads into for its own, not the first half of the words after the cue', () => {
    const quotes = quotesOf('Intro. Calling it "a cheap stunt", Mara Ellis told the paper "nobody believes a word of it".');
    expect(quotes.at(-1)).toMatchObject({ kind: 'direct', speaker: { name: 'Mara Ellis' }, text: '"nobody believes a word of it"' });
    // An opener set off by a comma still leads into the speaker's own words.
    const opener = quotesOf('Intro. When she was cast, "I was speechless," Kim Reyes said, "and then I cried."');
    expect(opener.at(-1)?.fragments).toHaveLength(2);
  });

  it('takes no place or occasion after a cue for words said: "spoke on the phone"', () => {
    const quotes = quotesOf('Intro. On Monday, Donald Trump and Recep Tayyip Erdoğan spoke on the phone. Carrie Lam commented on the economy.');
    expect(quotes).toEqual([]);
    const occasion = quotesOf('Intro. Hassan Rouhani was speaking at the opening of the games, which feature parades. Police were answering a call about a fire.');
    expect(occasion).toEqual([]);
  });

  it('gives words a named subject called or said, reported "according to" an outlet, to the subject', () => {
    const quotes = quotesOf('Intro. Nina Ruiz spoke first. Ruiz called the plan a "gift to the developers," according to the Herald.');
    expect(quotes.at(-1)).toMatchObject({ kind: 'mixed', speaker: { name: 'Nina Ruiz' }, text: 'the plan a "gift to the developers,"' });
    // With no subject of its own, the outlet reports the words.
    expect(quotesOf('Intro. The storm killed 40 people, according to the Herald.').at(-1)?.speaker?.name).toBe('Herald');
  });

  it('takes the day after whom someone told for neither theirs nor the words: "told reporters today …"', () => {
    const quotes = quotesOf('Intro. Ann Cole told reporters today psychiatric tests will be carried out. Bo Lind told the paper on Monday the bridge would reopen.');
    expect(quotes.map((q) => q.text)).toEqual(['psychiatric tests will be carried out', 'the bridge would reopen']);
  });

  it('describes someone by an office written alone before their name, and by a fuller one met later', () => {
    const quotes = quotesOf('Intro. Judge Ann Cole said the plan "fails the test". U.S. District Judge Ann Cole added that "it cannot stand".');
    expect(quotes.map((q) => q.speaker?.description)).toEqual(['U.S. District Judge', 'U.S. District Judge']);
    expect(quotesOf('Intro. Sheriff Bo Lind said the road "will stay closed".').at(-1)?.speaker?.description).toBe('Sheriff');
  });

  it('gives "X (initials), did this and said …" to X, over the initials in brackets', () => {
    const quotes = quotesOf('Intro. One of the groups, the Northern Farmers Union (NFU), opposed the plan and said it had been promised "a say in every decision".');
    expect(quotes.at(-1)?.speaker?.name).toBe('Northern Farmers Union');
  });

  it('gives "the company" to the company named before, spelled out, not to a person whose description holds the word', () => {
    const quotes = quotesOf(
      'Intro. Northern Power and Light Company (NP&L) began the blackouts on Monday. Power Company meteorologist Dana Bell said the winds would last. NP&L said via Twitter that phase one was complete. The company apologized for its website being down.',
    );
    expect(quotes.at(-1)).toMatchObject({ speaker: { name: 'Northern Power and Light Company', kind: 'organisation' } });
    expect(quotes.find((q) => q.text.startsWith('the winds'))?.speaker?.name).toBe('Dana Bell');
  });

  it('takes the role a description gives for its head word only: "the meteorologist", never "the study"', () => {
    const text = 'Intro. Dana Bell, co-author of a new study on storms, said the winds would last. The data were, the study says, clear. The meteorologist added that rain would follow.';
    const quotes = quotesOf(text.replace('co-author of a new study on storms', 'a meteorologist who led a new study'));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Dana Bell', 'the study', 'Dana Bell']);
    expect(quotesOf(text).find((q) => q.text.startsWith('The data'))?.speaker).toMatchObject({ name: 'the study', kind: 'unnamed' });
  });

  it('names a body by its acronym after a lower-case description: "State press agency PAP"', () => {
    const quotes = quotesOf('Intro. State press agency PAP has reported all five deaths were caused by carbon monoxide, after the State Fire Brigade arrived.');
    expect(quotes.at(-1)?.speaker).toMatchObject({ name: 'PAP', description: 'State press agency' });
  });

  it('takes one name between commas after a role of kin or trade as who speaks, the role as their description', () => {
    expect(quotesOf('Intro. His mother, Anwar, said she believed he was innocent.').at(-1)?.speaker).toMatchObject({ name: 'Anwar', kind: 'person', description: 'His mother' });
    expect(quotesOf("Intro. The firm's spokesman, Ruiz, said the plant was safe.").at(-1)?.speaker).toMatchObject({ name: 'Ruiz', description: "The firm's spokesman" });
    // A place between commas is where, not who: the people after it speak.
    expect(quotesOf('Intro. In the capital, Freedonia, officials said the plant was safe.').at(-1)?.speaker?.name).not.toBe('Freedonia');
  });

  it('reads "was urging" and "was directing … to "…"" as the subject speaking', () => {
    const urged = quotesOf('Intro. Nina Ruiz was urging the council to "act before the winter comes".');
    expect(urged.at(-1)).toMatchObject({ kind: 'mixed', speaker: { name: 'Nina Ruiz' } });
    const directed = quotesOf('Intro. Nina Ruiz directed three committees to "look into every contract" of the port.');
    expect(directed.at(-1)?.speaker?.name).toBe('Nina Ruiz');
    // Without a quotation, directing is not speaking.
    expect(quotesOf('Intro. Nina Ruiz directed the film in 2004.')).toEqual([]);
  });

  it('never takes who was told for who spoke', () => {
    const text = 'Representing the district, Rep. Daisy Berbeco, D-Winooski, also a sponsor, told VTDigger the bill is an important step.';
    expect(quotesOf(text).map((q) => q.speaker?.name)).toEqual(['Daisy Berbeco']);
  });
});

describe('one body spelt two ways in an article', () => {
  it('is the body it names in full, not a crowd, where a quote writes it in another case', () => {
    const text = 'The researchers wrote to the cloud company. Amazon Web Services said on Friday that the bucket had been locked. Amazon Web services said they would look into what else could be done about it.';
    expect(quotesOf(text).map((q) => [q.speaker?.kind, q.speaker?.name])).toEqual([
      ['organisation', 'Amazon Web Services'],
      ['organisation', 'Amazon Web Services'],
    ]);
  });
});

describe('a quotation inside a reported clause', () => {
  it('is mixed after "says that" or with words after it, direct when it stands alone', () => {
    const text = 'Cruz says that "when you live by the pen, you die by the pen." Trump says "the whole game has become screwed up" because of rules. Lee said: "We are ready."';
    expect(summary(quotesOf(text)).map(([kind, who]) => [kind, who])).toEqual([
      ['mixed', 'Cruz'],
      ['mixed', 'Trump'],
      ['direct', 'Lee'],
    ]);
  });
});

describe('an interview transcript', () => {
  const transcript = [
    'Biologist Dana Whitfield studies gulls. She answered our questions.',
    '((Wikinews))  What drew you to gulls?',
    'Dana Whitfield: I have loved birds since I was a child. Gulls said to me that the sea matters.',
    '((WN))  How long did the study take?',
    'DW: It ran for twelve years, and the team said it was worth it.',
    '((WN))  What comes next?',
    'DW Next we tag the chicks.',
  ].join('\n\n');

  it("gives each answer, whole, to the interviewee its label names, by name or initials", () => {
    const answers = quotesOf(transcript).filter((q) => q.start > transcript.indexOf('((Wikinews))'));
    expect(answers.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['direct', 'Dana Whitfield', 'I have loved birds since I was a child. Gulls said to me that the sea matters.'],
      ['direct', 'Dana Whitfield', 'It ran for twelve years, and the team said it was worth it.'],
      ['direct', 'Dana Whitfield', 'Next we tag the chicks.'],
    ]);
  });

  it("splits a long answer into quotes of a few sentences, and takes the interviewer's questions for no one's", () => {
    const sentence = 'We counted every nest on the island twice that year, in the spring and again in the autumn.';
    const text = `Biologist Dana Whitfield studies gulls.\n\n((WN))  Your paper said the count was hard; was it?\n\nDW: ${Array(6).fill(sentence).join(' ')}`;
    const quotes = quotesOf(text);
    expect(quotes.length).toBeGreaterThan(1);
    expect(quotes.every((q) => q.speaker?.name === 'Dana Whitfield' && q.start > text.indexOf('DW:'))).toBe(true);
    expect(quotes.map((q) => q.text).join(' ')).toBe(Array(6).fill(sentence).join(' '));
  });

  it('reads a label only after an interviewer question, and initials only of a person the article names', () => {
    expect(quotesOf('Intro.\n\nNote: the road is closed.').map((q) => q.speaker?.name)).toEqual([]);
    expect(quotesOf('Intro.\n\n((WN))  Why?\n\nQX: Because it rained all week.').map((q) => q.speaker?.name)).toEqual([]);
  });
});
