import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, cite, summarize } from '../../src/answer/index.ts';
import { namesHeld, topicNames } from '../../src/answer/topic-names.ts';
import { LocalEmbeddings } from '../../src/embeddings/index.ts';
import { ingestSources, LibraryRetriever, openLibrary, type Library } from '../../src/library/index.ts';
import { ANSWERABLE, UNANSWERABLE } from '../../bench/questions.ts';
import { CORPUS_DIR, REPO_DIR, SKIP_CORPUS } from '../fixtures/shared.ts';

// The real model over the seed and the 200 Wikinews articles, read from ../shared.
describe.skipIf(SKIP_CORPUS)(`retrieval and answers over the sample corpus${SKIP_CORPUS ? ` (skipped: ${SKIP_CORPUS})` : ''}`, () => {
  let dir: string;
  let embeddings: LocalEmbeddings;
  let library: Library;
  const fileOf = new Map<string, number>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citewire-corpus-'));
    embeddings = new LocalEmbeddings({ workers: 2 });
    library = await openLibrary('corpus', { indexDir: dir, embeddings });
    await ingestSources(library, [join(REPO_DIR, 'data/articles'), CORPUS_DIR]);
    for (const a of library.listArticles()) fileOf.set(a.id, Number(/^(\d{3})-/.exec(basename(a.source ?? ''))?.[1] ?? 0));
  });
  afterAll(async () => {
    library?.close();
    await embeddings?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const exactSpans = (citations: Array<{ articleId: string; start: number; end: number; quote: string }>) => {
    for (const c of citations) expect(library.getArticle(c.articleId).text.slice(c.start, c.end)).toBe(c.quote);
  };

  it.each(ANSWERABLE)('finds the article for a paraphrased question: %s', async (question, file) => {
    const hits = await library.search(question, { k: 3 });
    expect(hits.map((h) => fileOf.get(h.article.id))).toContain(file);
  });

  it.each(ANSWERABLE)('answers from the right article: %s', async (question, file) => {
    const answer = await ask(library, question);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.map((c) => fileOf.get(c.articleId))).toContain(file);
    exactSpans(answer.citations);
  });

  it.each(UNANSWERABLE)('says so when nothing answers: %s', async (question) => {
    const answer = await ask(library, question);
    expect(answer.citations).toEqual([]);
    expect(answer.text).toMatch(/^Nothing in this library answers that/);
  });

  it('lists quotes for a topic', async () => {
    const answer = await cite(library, 'escape room fire in Poland');
    expect(answer.citations.length).toBeGreaterThan(1);
    // Quotes with their speakers, from the escape-room story first.
    expect(answer.citations.every((c) => typeof c.speaker === 'string' && c.speaker.length > 0)).toBe(true);
    expect(answer.citations.map((c) => c.speaker)).toContain('Andrzej Duda');
    expect(answer.citations.map((c) => fileOf.get(c.articleId))).toContain(3);
    exactSpans(answer.citations);
  });

  // Chat spellings of a speaker: a typo, a possessive without its apostrophe, an office.
  it.each([
    ['what did jacinda arden say about the shooting', 'Jacinda Ardern'],
    ['arderns response to the christchurch attack', 'Jacinda Ardern'],
    ['how did the polish president react to the escape room fire', 'Andrzej Duda'],
    // A full name in a question of no who-said shape.
    ['did leisha riddell take a weekend off', 'Leisha Riddell'],
    // Someone's lawyer is not that someone.
    ["what did spanton's lawyer tell the bbc", 'Howard Rubel'],
    // An office written short in the article ("Dr."), and the place it is at.
    ['what did the doctor at saint francis hospital say about the plane crash', 'Steven Wolf'],
    // The head of an organisation, whatever the office is called; not a name with "who" in it.
    ['what did the who chief say about the pandemic', 'Tedros Adhanom Ghebreyesus'],
    // …a union's "general secretary" too, as chat's "boss", after "teh" for "the".
    ['find me teh aslef union boss quote on face coverings on trains', 'Mick Whelan'],
    // A topic's word typed with two letters swapped, after chat's "gimme".
    ['gimme lindsey grahams take on pulling the troops out of syira', 'Lindsey Graham'],
    // An office typed with a slip of the keys.
    ['what did the azores presidetn say about lorenzo', 'Vasco Cordeiro'],
    // The kind of quote wanted, before the words for it.
    ['the most emotional thing the connecticut governor said after the b-17 crash', 'Ned Lamont'],
    ["kitty mak's one-liner about the district council vote", 'Kitty Mak'],
    // A question shouted in capitals, or with every word capitalised: its capitals name no one.
    // (The second is a guard: it was answered before capitals were read as shouting too.)
    ['WHAT DID HATICE CENGIZ SAY ABOUT THE CROWN PRINCE ADMITTING IT', 'Hatice Cengiz'],
    ['What Did Hatice Cengiz Say About The Crown Prince Admitting It', 'Hatice Cengiz'],
    // "golden" for the article's "gold toilet", though the library writes "Golden" as a surname.
    ['what did the artist say when his golden toilet got stolen', 'Maurizio Cattelan'],
    // "the death toll" for the article's "twenty people have been confirmed killed".
    ['hubert minnis on the death toll', 'Hubert Minnis'],
    // A group no one is named, through its spokesperson; someone's side with no topic.
    ['what did the taliban say about the attack on the base', 'Zabiullah Mujahid'],
    // Whose spokesman, and "spokesman" for the article's "spokesperson".
    ['what did the taliban spokesman say', 'Zabiullah Mujahid'],
    // An office of the UN.
    ['what did the un rapporteur tell cengiz', 'Agnès Callamard'],
    // A question with no word of a topic: whatever they said.
    ['what did father casicas ask people to do', 'Allan Casicas'],
    ['how did tony mendez see himself', 'Tony Mendez'],
    ["what was bolton's side of the story", 'John R. Bolton'],
    // …or only verbs any story's sentence may use.
    ["why does rossello think he can't stay on", 'Ricardo Rosselló Nevares'],
    // An office with its place: whoever holds it in an article about the place.
    ['what did the prime minister of the bahamas say about the hurricane', 'Hubert Minnis'],
    // …the office as chat says it, "leader", for whoever leads the place by any name.
    ["brazil's leader on the amazon fires", 'Jair Bolsonaro'],
    ['the bahamas leader on dorian', 'Hubert Minnis'],
    // …an office typed before "who" names the WHO's; a body typed with "&" is described so.
    ['the who head on the coronavirus', 'Tedros Adhanom Ghebreyesus'],
    ['the pg&e boss on the power shutoffs', 'Sumeet Singh'],
    // …a word for anyone who works somewhere, or a scholar typed short, with where they work.
    ['the nca officer on dark web offenders', 'Nikki Holland'],
    // …a member of a body typed by the body as the article describes them ("of the Maidan Wardak
    // provincial council").
    ['the wardak council member on the bombing', 'Sharif Hotak'],
    // …a person of a body the library quotes by its own name, not the body ("of the Northern
    // Arapaho tribal historic preservation office", not the Northern Arapaho Tribe).
    ['the arapaho woman on bringing the buffalo back', "Crystal C'Bearing"],
    ['the rutgers prof on women legislators', 'Kelly Dittmar'],
    // …a scholar by where they work, not the one of that trade quoted beside them ("UCL astronomer").
    ['the harvard astronomer on k2-18b', 'Ryan Cloutier'],
    // …or by the body's name alone, where the field typed is not how the article describes them.
    ['the northwestern law professor on the covid name', 'Wendy Parmet'],
    ['the us attorney in el paso on the shooting', 'Josh Bash'],
    // …the office typed short, never the government that bears the place's name (American Samoa).
    ['samoa pm on the measles deaths', 'Tuilaepa Sailele Malielegaoi'],
    ['what did the pm of samoa say about the vaccination drive', 'Tuilaepa Sailele Malielegaoi'],
    ['what did the lincoln county sheriff say about storm area 51', 'Kerry Lee'],
    // …of the several an office names, the one the story's articles quote, not another
    // sheriff's closer words on another story; "the local sheriff" is whichever it has.
    ['what did the sheriff say about storm area 51', 'Kerry Lee'],
    ['the local sheriff on the area 51 arrests', 'Kerry Lee'],
    // …the place after "near" or "in", and the office as chat shortens it ("ag").
    ['the sheriff near area 51, what did he say about the arrests', 'Kerry Lee'],
    ['california ag quote about the emergency declaration', 'Xavier Becerra'],
    // …and a trade no list of titles holds, by how the article names the person ("prosecutor Josh Bash").
    ['what did the el paso prosecutor say about the death penalty', 'Josh Bash'],
    ['what did the gdansk prosecutor tell reporters', 'Krzysztof Sierak'],
    // …and an office typed one slip off ("minisrty", "prossecutor"), found as the articles spell it.
    ['what did the iranian health minisrty say about new infections', 'Ali Reza Raisi'],
    ['el paso prossecutor on treating the shooting as terrorism', 'Josh Bash'],
    // A people's name for its country: the Russian health minister is Russia's, not "Russia".
    ['the russian health minister on the people trapped in magnitogorsk', 'Veronika Skvortsova'],
    // An office the article gives where it names the person outside their quote.
    ['what did the french president say about the amazon fires', 'Emmanuel Macron'],
    // A body's initials, as chat types them, for the body an official is described by.
    ['what did the fdot official say about the guardrails', 'Troy Roberts'],
    // …and initials that are a word too, with chat's word for a person.
    ['what did the florida dot guy say about the road', 'Troy Roberts'],
    // …but not a word that is what the person spoke of ("cow", no College of Wooster here).
    ['what did the cow urine guy say about coronavirus', 'Suman Haripriya'],
    // …asked as "X on Y" too, which is not someone the library never quotes.
    ['the cow urine guy on coronavirus', 'Suman Haripriya'],
    // …with where the person was after them, which is the story's ("of UNICEF" after his name).
    ['unicef guy in samoa on the vaccination drive', 'Sheldon Yett'],
    // A department by its spokesperson, the article writing its name the other way round.
    ['what did the state department say about iraq expelling us troops', 'Morgan Ortagus'],
    // "eu" as people type it for the "European Council" the article writes; not Bradford Council.
    ['the eu council spokesperson on macron testing positive', 'Barend Leyts'],
    // The name ending a long description, not the show named in it.
    ['what did the imus writer rob bartlett say', 'Rob Bartlett'],
    // A name after the words that describe the person.
    ['what did the hajo mla suman haripriya say about cow urine', 'Suman Haripriya'],
    // An organisation, by the name of what its president speaks for.
    ['what did the tunisian league for human rights say about face veils', 'Jamel Msallem'],
    // "breaking" is the article's "broke", which no stemmer joins.
    ['what did kosgei say about breaking the world record', 'Brigid Kosgei'],
    // A body by its building; an organisation's "its press release", spelled out.
    ['how did the pentagon justify the strike on soleimani', 'United States Department of Defense'],
    ['what did the nba say about suspending games', 'National Basketball Association'],
    // What the person is for, then a word that only says a person.
    ['what did the youth forum zimbabwe guy say', 'Ashton Bumhira'],
    // A body of a place: whoever speaks for it in an article about the place.
    ['what did the iranian health ministry report', 'Ali Reza Raisi'],
    ['the russian emergencies ministry on the bus crash', 'Emergencies Ministry'],
    // One name spelt two ways across articles is one person, shown as each article spells it.
    ['did zelensky feel pressured by trump', 'Volodymyr Zelensky'],
    ['zelenskyy on the call with trump', 'Volodymyr Zelensky'],
    // A group of a body or place: those the articles describe by it come first.
    ['what did the hungarian defence official say about the military', 'Gáspár Maróth'],
    ['what did the fema official say about the crisis', 'Tim Manning'],
    // (…and its team, the people of its article, whose descriptions need not name the team.)
    ['what did the penn state team say about the toilet coating', 'Jing Wang'],
    // Someone's or something's role, typed with a possessive: whoever an article about them describes so.
    ['what did alan kurdi\'s dad say', 'Abdullah Kurdi'],
    ["what did the abortion bill's co-sponsor say about jail", 'Penny Sharpe'],
    // A role owned by a pronoun: the one the question names whose such role the library quotes.
    ['sea-eye renamed its ship after alan kurdi - what did its spokeswoman say', 'Carlotta Weibl'],
    // (…not someone the question names: Kay Ivey is no spokeswoman of Kay Hagan's.)
    ['what did kay hagan die of, according to her spokeswoman', 'Sadie Weiner'],
    // (A fiancée as chat types her, the accent and her "e" left out.)
    ["what did khashoggi's fiance say about world leaders", 'Hatice Cengiz'],
    // …and with no topic, whatever they said.
    ["what did harry dunn's mum say", 'Charlotte Charles'],
    // A topic every word of which the speaker's articles hold clears a lower bar.
    ['what did carrie lam say about violence in her video address', 'Carrie Lam'],
    // No name, but every word of how an article describes someone: never "nobody".
    ['what did the johns hopkins medical anthropologist say about stigma', 'Monica Schoch-Spana'],
    // A body's people by the office the article gives with the body's last word ("Society President").
    ['the royal pharmaceutical society on antibiotic resistance', 'Ash Soni'],
    // A body or place by one name that no speaker has, but a description does.
    ['what did the vatican say about reporting abuse', 'Charles Scicluna'],
    // A body no one speaks as, by the capitalised title that describes its director.
    ['what did the amazon research institute say about the drought', 'Ane Alencar'],
    // A topic any story has: whatever they said.
    ['how did kipchoge react to the outcome', 'Eliud Kipchoge'],
    // What someone quoted did, asked as a yes-or-no question: their words on it.
    ['did zapata make it across the channel', 'Franky Zapata'],
    // …or whether something was so for them, the name last.
    ['was the flight hard work for zapata', 'Franky Zapata'],
    // …or why they did it.
    ['why did rossello resign', 'Ricardo Rosselló Nevares'],
    // "new" names nothing alone, however often the articles write "New Zealand" or "New York".
    ['what did the marriage equality coalition say about the new law', 'Jennifer Lu'],
    // A body by initials with "&"; a possessive without its apostrophe before what they own.
    ['pg&e apology about their website', 'Pacific Gas and Electric Company'],
    ['trumps demands on the wall', 'Donald Trump'],
    // A country speaks through those the articles call its own ("German Chancellor Angela
    // Merkel's spokesperson", "Mexico's Foreign Secretary"), not only as a speaker so named.
    ['what did germany say about mahan air', 'Steffen Seibert'],
    ['what did mexico say about the el paso shooting', 'Marcelo Ebrard'],
    // An office held to a place; a scholar by the initials of the body an article gives
    // without their trade ("of the University of California, Los Angeles").
    ['what did the us ambassador to germany say about mahan air', 'Richard Grenell'],
    ['why did the ucla archaeologist disagree about the easter island statues', 'Jo Anne Val Tilburg'],
    // …and with no topic, whatever the one person so described said.
    ['what did the bjp spokesperson say', 'Damodar Naik'],
    ['what did the alabama state rep say about the abortion ban', 'Terri Collins'],
    // A surname with its particle; "ending" is no name for one "Ending Clergy Abuse".
    ['what did de blasio say about ending his campaign', 'Bill de Blasio'],
    // A scholar's trade typed with a body's initials is a person, not the body.
    ['what did the pg&e meteorologist say about the wind', 'Evan Duffey'],
    // Chat's shorthands: an office of five words before "on"; what someone was saying, by its verb; chat's kin.
    ['the former cia deputy director on tony mendez', 'Michael Morell'],
    ['houthi spokesman warning the saudis', 'Yahya Sarea'],
    ['what did anderson cooper say about his mom', 'Anderson Cooper'],
    // Someone's words asked back as a statement, the question word where the words would go.
    ['the tunisian rights guy defended the ban how', 'Jamel Msallem'],
    ['the sheriff called the boat fire what', 'Bill Brown'],
    ['tedros declared what about covid', 'Tedros Adhanom Ghebreyesus'],
    // A place or an office in chat shorthand speaks: its voices, not the question's plain words.
    ["mexico's response to the el paso shooting", 'Marcelo Ebrard'],
    // A widow, whom the article calls his wife.
    ["munk's widow on his legacy", 'Mary'],
    // Whether someone said it, told as a statement.
    ["spanton's lawyer said she was relieved?", 'Howard Rubel'],
    // What the reader saw first, then the ask: whom "she" or the shorthand stands for, on that story.
    ['boris suspended parliament. yvette cooper was furious, what did she say', 'Yvette Cooper'],
    ['kosgei broke the marathon record. radcliffe reaction', 'Paula Radcliffe'],
    // …in the reader's words, not the article's: "invaded" is its "invasion", "northern
    // syria" its "north-eastern Syria", "convicted" its "found guilty".
    ['what did stoltenberg say about turkey invading northern syria', 'Jens Stoltenberg'],
    ['the opioid doctor smithers got convicted. how did he defend himself', 'Joel Smithers'],
    // Someone described by what they did.
    ['what did the guy who flew over the channel on a hoverboard say', 'Franky Zapata'],
    ['the judge who sentenced manafort, what did she say about his apology', 'Amy Berman Jackson'],
    // …whose deed holds a verb of speech ("announce"), or who is someone's kin, or whose
    // office the asker spells as initials ("fdot"); what they are tells the story too.
    ['what did the pg&e vice president who had to announce the power cuts say', 'Sumeet Singh'],
    ["what did the mum of the motorcyclist who was killed by the diplomat's wife say", 'Charlotte Charles'],
    ['the official who runs the fdot, what did he say about the guardrail', 'Troy Roberts'],
    ['what did the norwegian guy who won the 400m hurdles say', 'Karsten Warholm'],
    // …told by the deed's names, not the reader's verbs ("hit back" is no word of the article).
    ['the brazilian president who hit back at macron over the amazon, what did he say', 'Jair Bolsonaro'],
    // Words of no name before a name say who the person is.
    ['what did the organiser kovalchuk say about the young neurosurgeons', 'Denis Kovalchuk'],
    // Politeness after a name and its topic is no word of the topic.
    ['scambos ice shelf quote pls', 'Ted Scambos'],
    // An office of a body or a place, typed with "of" or "in": its holder, not a name among
    // the words after it ("52 project", "paso").
    ['the team leader of lost 52 project, what he said when they found the submarine?', 'Tim Taylor'],
    ['the us attorney in el paso, he told what about the gunman', 'Josh Bash'],
    // What someone is, in a word the articles write in lower case only, is no name nobody has.
    ['which runner said he felt his heart was going to stop', 'Karsten Warholm'],
    // Whoever did what the word for the doer says ("a UN rapporteur … who had investigated the case").
    ['what did the un investigator say about the saudi trial', 'Agnès Callamard'],
    // A place by its people's name ("The American Samoan delegate").
    ['the american samoa delegate on the judge making samoans citizens', 'Aumua Amata'],
    // Chat's word for a person after a body no description names: the story finds whom.
    ['the nobel committee guy on the physics prize', 'Ulf Danielsson'],
    // An office only the article's title gives ("Wikinews interviews biologist Natasha Gownaris").
    ['what did the biologist say about male penguins', 'Natasha Gownaris'],
    // An envoy by title: the "US Special Representative for Iran".
    ["the us envoy on iran's arrest warrant for trump", 'Brian Hook'],
    // One office is a person's, not a body's named for many ("Catholic Bishops' Conference of the Philippines").
    ['what did the philippine bishop say about the bishop emeritus dying', 'Allan Casicas'],
    // How sure the asker is ("really") is no word of the topic their quotes must hold.
    ['lindsey graham on whether isis was really beaten', 'Lindsey Graham'],
    // A plain word news writes otherwise ("pullout": "withdrawal"; "blast": "explosion").
    ['lindsey graham on the syria pullout', 'Lindsey Graham'],
    // …and in two words ("pulled out": "withdrew"), with no name of the story beside them.
    ['what did kino gabriel say when the us pulled out', 'Kino Gabriel'],
    // …and in an idiom ("threw in the towel": quit).
    ['what did gillibrand say when she threw in the towel', 'Kirsten Gillibrand'],
    // …and news's name for the story: "the pill mill doctor" of "opioid prescriptions".
    ['what did the us attorney say about the pill mill doctor', 'Thomas T. Cullen'],
    // People by what they did: "the marchers" of the article's "march".
    ['what did politicians say about the anti brexit marchers', 'Nicola Sturgeon'],
    ['wardak council member describing the blast', 'Sharif Hotak'],
    // A name typed as it sounds, in two words.
    ['what did ted ross say when covid was declared a pandemic', 'Tedros Adhanom Ghebreyesus'],
    // The name, then "why did he …" with no comma between, as after one.
    ['de blasio why did he drop out', 'Bill de Blasio'],
    // "&" typed for "and" and a trailing-off are no words of the topic or the name.
    ['brigid kosgei… what did she say after breaking the record…', 'Brigid Kosgei'],
    // Where a figure comes from: whose words give it, before the story's other voices.
    ["source for the 85% rise in brazil's wildfires", 'National Institute for Space Research'],
    ['who reported 5.7 million barrels a day of saudi output were disrupted', 'Saudi officials'],
    ['where does the figure of 118,381 cases worldwide come from', 'CNBC'],
    // A former official typed "ex-" onto the body: the body's, formerly.
    ["the ex-fema official on fema's part in the covid response", 'Tim Manning'],
    // Someone by a nickname of plain words and a compound of "man": the story finds whom.
    ['what did the flying frenchman say about his channel crossing', 'Franky Zapata'],
  ])('knows whom "%s" asks for', async (question, speaker) => {
    const answer = await ask(library, question);
    expect(answer.citations[0]?.speaker).toBe(speaker);
    exactSpans(answer.citations);
  });

  it('searches a later part that names no story of its own as the first part\'s story', async () => {
    // "and then to the manifesto": the El Paso shooter's, not the Conservative Party's.
    const answer = await ask(library, 'how did officials react to the el paso shooting and then to the manifesto');
    expect(answer.citations.slice(0, 5).map((c) => c.speaker)).not.toContain('Boris Johnson');
    expect(answer.citations.slice(0, 5).map((c) => c.speaker)).toContain('Dee Margo');
  });

  it("reads a document's words as the document's, where its author is no one quoted or is typed with it", async () => {
    // The article gives the warning's words as the warning's ("read the warning"), and quotes
    // no one named Met Éireann: the warning, not "Nothing from met éireann".
    expect((await ask(library, 'what did the met éireann warning say about the orange alerts')).citations.map((c) => c.speaker)).toContain('the warning');
    // …a statement typed with whose it is, the same: the family's, not Don Imus's own words.
    expect((await ask(library, "what did the imus family's statement say about his wife")).citations.map((c) => c.speaker)).toContain("The family's statement on the death");
    // …and someone's statement, typed with a possessive, is still theirs.
    expect((await ask(library, "what did pelosi's statement say about the shutdown")).citations[0]).toMatchObject({ speaker: 'Nancy Pelosi' });
    // A document no article gives as a speaker is nobody's words.
    expect((await ask(library, 'what did the nasa report say about the magnitogorsk explosion')).citations).toEqual([]);
  });

  it("reads someone's kin, typed with a possessive or with 'of', as someone other than them", async () => {
    // No speaker is described as Qandeel Baloch's mother: the story's voices, not hers alone.
    const answer = await ask(library, "what did qandeel baloch's mother say after her son was convicted");
    expect(answer.citations.some((c) => c.speaker !== 'Qandeel Baloch')).toBe(true);
    // …or typed with "of": the family of Harry Dunn is his, not someone of that name nobody quotes.
    const family = await ask(library, 'what did the family of harry dunn say');
    expect(family.citations.map((c) => c.speaker)).toContain('Charlotte Charles');
    // …or with the possessive's apostrophe left out, and chat's word for a mother.
    expect((await ask(library, 'harry dunns mum re sacoolas coming back?')).citations[0]).toMatchObject({ speaker: 'Charlotte Charles' });
    // …or with no possessive at all: a name, then a word of kin.
    expect((await ask(library, 'alan kurdi dad on the ship being named after him')).citations[0]).toMatchObject({ speaker: 'Abdullah Kurdi' });
    // Of a kind of people, no lawyer said to act for someone else: nothing from the officers'
    // lawyers, where the article quotes only the victim's ("another lawyer for the victim").
    const officers = await ask(library, "what did the police officers' lawyers say after the verdict in paris");
    expect(officers.citations).toEqual([]);
    expect(officers.text).toMatch(/^Nothing from police officers' lawyers/);
    // A whole name the articles write for someone they never quote is nobody quoted, not
    // Donald Trump with a word before his surname.
    expect((await ask(library, "what did melania trump say about her husband's covid diagnosis")).text).toBe('Nothing from melania trump in this library: articles mention them, but none quotes them.');
    // …and their bandmates, friends or agent likewise.
    expect((await ask(library, "what did robert hunter's bandmates say about him")).text).toBe("Nothing from robert hunter's bandmates in this library: no article quotes anyone it describes so.");
    // Kin of someone typed by description speak only as someone named or described as kin:
    // the B-17 crash's article quotes no pilot's family, and its other voices are no answer.
    const pilot = await ask(library, "what did the pilot's family say after the b-17 crash");
    expect(pilot.citations).toEqual([]);
    expect(pilot.text).toBe("Nothing from the pilot's family in this library: no article quotes anyone it describes so.");
    expect((await ask(library, "what did the radio host's family say about his wife deirdre")).citations.some((c) => /Don loved and adored Deirdre/.test(c.quote))).toBe(true);
    // (The victim's are both: one "for the victim", the other for someone the article names.)
    const victim = await ask(library, "what did the victim's lawyer say after the paris verdict");
    expect(new Set(victim.citations.map((c) => c.speaker))).toEqual(new Set(['Howard Rubel', 'Sophie Obadia']));
    // Someone has several lawyers: both Spanton's, though one is "another lawyer for the
    // victim"; but one president, and Niger's is not the Afreximbank's.
    const lawyers = await ask(library, "what did spanton's lawyers say after the verdict");
    expect(new Set(lawyers.citations.map((c) => c.speaker))).toEqual(new Set(['Howard Rubel', 'Sophie Obadia']));
    const president = await ask(library, "niger's president on nigeria joining the trade bloc");
    expect(president.citations.map((c) => c.speaker)).toEqual(['Mahamadou Issoufou']);
    // Someone's family is each of their kin the articles describe as theirs ("Baloch and
    // Waseem's mother, Anwar, …" before her name); kin the articles that name someone quote
    // no one as is nobody, not the story's other voices.
    const kin = await ask(library, "what did qandeel baloch's family say about the sentence");
    expect(kin.citations.map((c) => c.speaker)).toContain('Anwar');
    const son = await ask(library, "how did doris day's son react to her death");
    expect(son.text).toBe("Nothing from doris day's son in this library: no article quotes anyone it describes so.");
    expect(son.citations).toEqual([]);
  });

  it("lists every voice of a story's own article, even words that never name the story", async () => {
    const answer = await ask(library, 'who was quoted about the conception dive boat fire');
    expect(answer.citations.map((c) => c.quote).join(' ')).toContain('It is never an easy decision to suspend search efforts');
    exactSpans(answer.citations);
  });

  it('says that nobody by a name in chat shorthand is quoted, and reads a common word as the topic', async () => {
    const nobody = await ask(library, 'nigel farage reaction to the prorogation');
    expect(nobody.text).toMatch(/^Nothing from nigel farage in this library/);
    expect(nobody.citations).toEqual([]);
    // A possessive typed without its apostrophe, of a name the articles give but never quote:
    // not a kind of people, whose story's voices answer.
    expect((await ask(library, 'obamas reaction to ginger baker dying')).citations).toEqual([]);
    // (…but a name a letter off someone quoted is theirs: "hubert minis" is Hubert Minnis.)
    expect((await ask(library, 'hubert minis on hurricane dorian')).citations[0]).toMatchObject({ speaker: 'Hubert Minnis' });
    const plain = await ask(library, 'inflation on the rise');
    expect(plain.text).not.toMatch(/^Nothing from/);
    // A name the articles give but never quote, in shorthand: not their sentences instead.
    const mentioned = await ask(library, "joko widodo's thoughts on wiranto being stabbed");
    expect(mentioned.text).toMatch(/^Nothing from joko widodo in this library: articles mention them/);
    // A trade no one quoted is described by is no name that no article gives.
    const trade = await ask(library, 'what did the turpin prosecutor say about the sentence');
    expect(trade.text).toBe('Nothing from the turpin prosecutor in this library: no article quotes anyone it describes so.');
    expect(trade.citations).toEqual([]);
    // One word no article holds is a name too: not the story's sentences instead.
    expect((await ask(library, "adele's reaction to the hurricane in the bahamas")).text).toBe('Nothing from adele in this library: no article in it names them.');
    // …unless papers call someone quoted so.
    expect((await ask(library, 'bojo on harry dunn')).citations[0]).toMatchObject({ speaker: 'Boris Johnson' });
    // One word the articles hold as a name, with words of theirs asked for: nobody, not the
    // story's sentences; a body whose people speak is theirs ("nasa's take": its official).
    expect((await ask(library, "biden's statement on the syria pullout")).text).toMatch(/^Nothing from biden in this library: articles mention them/);
    expect((await ask(library, 'biden words about the kurds')).text).toMatch(/^Nothing from biden in this library/);
    expect((await ask(library, "nasa's take on the spacex docking")).citations[0]).toMatchObject({ speaker: 'Bill Gerstenmaier' });
    // An office with its portfolio is not another portfolio's holder: England's transport
    // secretary is no health secretary.
    expect((await ask(library, 'what did the uk health secretary say about masks on trains')).citations).toEqual([]);
    expect((await ask(library, 'what did the transport secretary say about masks on trains')).citations[0]).toMatchObject({ speaker: 'Grant Shapps' });
  });

  it("answers a question that names someone quoted, but asks for no one's words, from the articles where their words do not answer it", async () => {
    // Bolton's "I offered to resign" is no word of "leave"; the article's sentences are.
    const answer = await ask(library, 'why did bolton leave');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.some((c) => /Bolton/.test(c.quote))).toBe(true);
    exactSpans(answer.citations);
  });

  it('answers "who said …" with the quote that says it word for word first, an editor\'s insertion in it or not', async () => {
    const bulky = await ask(library, 'who said toilet paper is a bulky item');
    expect(bulky.citations[0]).toMatchObject({ speaker: 'Gary Mortimer' });
    expect(bulky.citations.filter((c) => c.speaker === 'Gary Mortimer').map((c) => c.quote)).toContainEqual(expect.stringMatching(/bulky item/));
    // "I can do it [call a national emergency] if I want."
    const trump = await ask(library, 'who said "i can do it if i want"');
    expect(trump.citations[0]).toMatchObject({ speaker: 'Donald Trump' });
    // …and as a reader recalls it: a word of theirs in it ("was" for the article's "as"),
    // or three words only, after "that".
    const intimidate = await ask(library, 'who said the attack was designed to intimidate');
    expect(intimidate.citations[0]).toMatchObject({ speaker: 'Josh Bash' });
    const enough = await ask(library, 'who said that enough is enough');
    expect(enough.citations[0]).toMatchObject({ speaker: 'Sadiq Khan' });
    // …after how a chat message opens, and "something like" is no word of what was said.
    const bishops = await ask(library, 'hey bot who said "bishops reporting to themselves"');
    expect(bishops.citations[0]).toMatchObject({ speaker: 'Peter Iseley' });
    const announcement = await ask(library, 'who said something like "the announcement cannot change the fact"');
    expect(announcement.citations[0]).toMatchObject({ speaker: 'Man-kei Tam' });
    exactSpans([...bulky.citations, ...trump.citations, ...intimidate.citations, ...enough.citations, ...bishops.citations, ...announcement.citations]);
  });

  it('answers a remembered line, in quotes or in other words, asked for in any of the ways a reader asks whose it is', async () => {
    for (const [question, speaker] of [
      // A comma inside the quote marks joins no two stories; "pawel" is how a keyboard types "Paweł".
      ['who said "pawel, we are with you"', 'Donald Tusk'],
      ['someone said this day is very hard for me, who was that', 'Abdullah Kurdi'],
      ['whose words were "we shall overcome"', 'Bruno Parrilla'],
      ['who was it that said the explosion was very powerful', 'Sharif Hotak'],
      // In the reader's own words, some of the line's own kept.
      ['who said staples and stitches leave scars', 'Rebecca Falconer'],
      // Words of time in the line are its words, not a time to search in.
      ['who said he offered to resign last night', 'John R. Bolton'],
    ] as const) {
      const answer = await ask(library, question);
      expect(answer.citations[0]?.speaker, question).toBe(speaker);
      exactSpans(answer.citations);
    }
  });

  it("reads a name inside a story's name, before a place or after everyone's words are asked for, as the story's", async () => {
    for (const question of ['the trump ukraine call summary reactions', 'the trump ukraine call summary — thoughts from anyone?']) {
      const answer = await ask(library, question);
      expect(answer.citations[0]?.speaker, question).not.toBe('Donald Trump');
      expect(answer.citations.map((c) => c.speaker), question).toContain('Elie Honig');
    }
  });

  it("reads a name in a lead-in as the story's when the ask is what people were saying", async () => {
    const answer = await ask(library, "trump announced he's pulling us troops from syria. what were people saying about it");
    const voices = new Set(answer.citations.map((c) => c.speaker));
    expect(voices.size).toBeGreaterThan(2);
    expect(voices).toContain('Kino Gabriel');
    exactSpans(answer.citations);
  });

  it('answers for the one speaker the articles describe as typed, though the deed typed with it is told in other words', async () => {
    const answer = await ask(library, 'a guy on london bridge fought off the attacker with a whale tusk. what did the tour manager who helped say?');
    expect(answer.citations[0]?.speaker).toBe('Thomas Gray');
    exactSpans(answer.citations);
  });

  it('abstains on a line no one in the library said, though a quote holds one of its words', async () => {
    // ("A comment on the American dream"; "we're going to take your AR-15"; "Paweł, we are with you".)
    // …asked by what was done with it too; and not by names alone ("who told jacinda ardern …"),
    // nor by the words of where it was said alone ("… during the brexit march").
    // (…or holds one of its two telling words in another phrase: "the deal of the century".)
    for (const question of ['who said "i have a dream"', 'who said the deal of the century', 'who said the storm of the century', "who said we're all in this together", 'who said "lukasz, we are with you"', 'who said the election was rigged', 'who said the only thing we have to fear is fear itself', 'who warned the pound would collapse', 'who compared the slug glue to superglue', 'who told jacinda ardern to resign', 'who said we will never surrender during the brexit march']) {
      expect((await ask(library, question)).citations, question).toEqual([]);
    }
  });

  it('answers whom the press talked to about a story with its voices, not with the press', async () => {
    // Wikinews is a speaker of its own ("Wikinews asked Stamenković …"), which had been taken
    // for the voice asked for.
    expect((await ask(library, 'who did wikinews talk to about the haunters convention')).citations[0]?.speaker).toBe('Joshua Winch');
  });

  it('answers a line in quotation marks asked of someone only where one of their quotes holds it', async () => {
    // Stefaniak said it, not Duda; "we are with you" is Tusk's; "they are us" is nobody's,
    // and its words are all words any quote has, so they had been no topic at all.
    const duda = await ask(library, 'did duda say "the next hours will decide everything"');
    expect(duda.citations).toEqual([]);
    expect(duda.text).toBe('Nothing in this library has Andrzej Duda saying "the next hours will decide everything".');
    expect((await ask(library, "what did the mayor's wife mean by 'they are us'")).citations).toEqual([]);
    expect((await ask(library, "did jacinda ardern say 'they are us'")).citations).toEqual([]);
    expect((await ask(library, "what did tusk mean by 'we are with you'")).citations[0]).toMatchObject({ speaker: 'Donald Tusk', quote: expect.stringContaining('we are with you') });
    expect((await ask(library, "did trump say 'fine people on both sides'")).citations[0]?.quote).toContain('fine people on both sides');
    // (A headline in quotation marks names the story, not a line.)
    expect((await ask(library, '"Gillibrand ends US presidential bid" - what did gillibrand say')).citations[0]?.speaker).toBe('Kirsten Gillibrand');
  });

  it("answers a story named by a continent's adjective from the article that names the continent", async () => {
    const answer = await ask(library, 'who commented on the antarctic ice shelves');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.map((c) => library.getArticle(c.articleId).title)).toEqual(answer.citations.map(() => expect.stringMatching(/Antarctica/)));
    exactSpans(answer.citations);
  });

  it('abstains on a story set in a country no article names, however well the rest matches', async () => {
    const answer = await ask(library, 'what did the who say about the ebola outbreak in uganda');
    expect(answer.citations).toEqual([]);
    // The same story where the articles tell it is answered.
    expect((await ask(library, 'what did the who say about the ebola outbreak in congo')).citations.length).toBeGreaterThan(0);
    // …even where a word near its name is held ("sudan" is one letter from "sedan").
    expect((await ask(library, 'the sudan coup, reactions')).citations).toEqual([]);
  });

  it('abstains on a story named by a word no article holds, though another story holds its other words', async () => {
    expect((await ask(library, 'who commented on the merapi volcano eruption')).citations).toEqual([]);
    // The volcano the articles tell of is answered.
    expect((await ask(library, 'who commented on the kilauea volcano eruption')).citations.length).toBeGreaterThan(0);
    // (Guards: a name the library lacks is not read as a word one letter off, "mayon" as
    // "mayor"; "golden" is the gold toilet's only where the article writes "gold" before the
    // word after it, so "the golden state killer" stays a name no article tells.)
    expect((await ask(library, 'phivolcs on the mayon volcano')).citations).toEqual([]);
    expect((await ask(library, 'who commented on the golden state killer arrest')).citations).toEqual([]);
  });

  it("abstains on a kind of speaker the story's articles never mention, not answering with the story's other voices", async () => {
    for (const q of ['what did the principal say about the escape room fire', 'what did the owner of the dive boat say about the fire']) {
      const answer = await ask(library, q);
      expect(answer.citations, q).toEqual([]);
      expect(answer.text, q).toMatch(/^Nothing from the (?:principal|owner of the dive boat) on that in this library/);
    }
    // A kind the article names is answered.
    expect((await ask(library, 'what did the fire service spokesman say about the escape room fire')).citations[0]).toMatchObject({ speaker: 'Tomasz Kubiak' });
  });

  it("abstains on a story whose one article in the library names it only in passing, not answering with that article's voices", async () => {
    // The El Paso article names the Gilroy shooting once, among the week's other shootings.
    expect((await ask(library, 'what did the police say about the gilroy shooting')).citations).toEqual([]);
    // Its own story is answered.
    expect((await ask(library, 'what did the police say about the el paso shooting')).citations.length).toBeGreaterThan(0);
  });

  it('reads a name the library quotes, then words of the topic, as that speaker, not as a name nobody has', async () => {
    const answer = await ask(library, 'carrie lam video address on violence');
    expect(answer.text).not.toMatch(/^Nothing from/);
    // A surname alone, then words of the topic.
    expect((await ask(library, 'shapps face masks on trains quote')).citations[0]?.speaker).toBe('Grant Shapps');
    // A person's whole name, then the story's own names.
    expect((await ask(library, 'quotes from cindy ferrer typhoon phanfone')).citations[0]?.speaker).toBe('Cindy Ferrer');
    // An office after a body's name is whoever holds it there, not the body's words on the office.
    expect((await ask(library, 'what did the johns hopkins anthropologist say about naming the virus')).citations[0]?.speaker).toBe('Monica Schoch-Spana');
    // A surname inside a place's name ("Santa Cruz Island") is the place's, not whom it asks for.
    expect((await ask(library, 'the dive boat fire near santa cruz island, any quotes')).citations[0]?.speaker).toBe('Bill Brown');
  });

  it("reads several voices typed together as the story's, not as one name nobody has", async () => {
    const answer = await ask(library, 'what did pelosi and schumer say about the shutdown');
    expect(answer.text).not.toMatch(/^Nothing from/);
    const speakers = answer.citations.map((c) => c.speaker);
    expect(speakers).toContain('Nancy Pelosi');
    expect(speakers).toContain('Chuck Schumer');
    exactSpans(answer.citations);
    // …in chat shorthand too, not read as plain words.
    const versus = (await ask(library, 'pelosi vs trump on impeachment')).citations.map((c) => c.speaker);
    expect(versus).toContain('Nancy Pelosi');
    expect(versus).toContain('Donald Trump');
    // …and set side by side: "how was X's view different from Y's".
    const compared = (await ask(library, "how was bolsonaro's view different from macron's on the amazon")).citations.map((c) => c.speaker);
    expect(compared).toEqual(expect.arrayContaining(['Jair Bolsonaro', 'Emmanuel Macron']));
    // …and countries, through their governments, not only the speakers named "Germany" and "Russia".
    const countries = (await ask(library, 'what did germany and russia say about navalny being poisoned')).citations.map((c) => c.speaker);
    expect(countries).toEqual(expect.arrayContaining(['The German government', 'The Russian government']));
  });

  it("ranks first those of one speaker's many quotes that hold the topic's telling words", async () => {
    // Natasha Gownaris answers 25 questions in her interview; threats to the colony's food are one.
    const answer = await ask(library, 'according to gownaris what are the biggest threats to the penguins food');
    expect(answer.citations.slice(0, 5).some((c) => c.quote.includes('two main threats to the food sources'))).toBe(true);
    exactSpans(answer.citations);
  });

  it("answers for a country's body only with its own words, not the story's other voices", async () => {
    // The Viazul crash is told by a driver and Sky News, Pohiva's death by ABC and the Guardian.
    expect((await ask(library, 'what did cuban police say about the viazul bus crash')).citations).toEqual([]);
    expect((await ask(library, 'what did the tongan government say about pohiva dying')).citations).toEqual([]);
    // (Nor, where its words are asked for in so many words, by the story's plain sentences:
    // the Samoan article quotes no health minister.)
    expect((await ask(library, 'the exact wording of the samoan health minister on the measles shutdown')).citations).toEqual([]);
    // (Nor by its words on another story whose article holds a name of this one: a Cuban
    // minister on flight bans, in an article that names Havana but tells of no crash.)
    expect((await ask(library, 'what did the cuban government say about the viazul crash near havana')).citations).toEqual([]);
    const samoa = await ask(library, 'what did the samoan government say about the measles outbreak');
    expect(samoa.citations.slice(0, 3).map((c) => c.speaker)).toContain('The Samoan government');
    exactSpans(samoa.citations);
  });

  it('reads an office in chat shorthand as its holders, not as plain words', async () => {
    // (Ex-Prime Minister Tusk, quoted in the same article, may come first: on "the adamowicz
    // stabbing" the interior minister's words on it come before the prime minister's too.)
    const speakers = (await ask(library, 'the polish pm on the adamowicz attack')).citations.slice(0, 3).map((c) => c.speaker);
    expect(speakers).toContain('Mateusz Morawiecki');
  });

  it("finds someone typed with chat's word for a person after how the articles describe them", async () => {
    // ("guy" ends no name, but the words before it find the PG&E meteorologist.)
    const speakers = (await ask(library, 'the pg&e weather guy on the wind')).citations.slice(0, 5).map((c) => c.speaker);
    expect(speakers).toContain('Evan Duffey');
    // A group's leader is the leader of the body the other words name ("ABHM president");
    // "that" points as "the" does.
    expect((await ask(library, 'what did that hindu group leader say about the cow urine party')).citations[0]).toMatchObject({ speaker: 'Chakrapani' });
    // …and with the word for a person before the body: "the guy from amnesty" is "the amnesty guy".
    expect((await ask(library, 'the guy from amnesty on the hong kong bill')).citations[0]).toMatchObject({ speaker: 'Man-kei Tam' });
    expect((await ask(library, 'someone from the retailers association on the toilet paper shortage')).citations[0]).toMatchObject({ speaker: 'Russell Zimmerman' });
  });

  it('answers "the one who runs X" with the one speaker the articles describe by X', async () => {
    // "director of the Learning Together event", whose words are about a narwhal tusk.
    expect((await ask(library, 'the woman who runs the learning together event, what did she say')).citations[0]).toMatchObject({ speaker: 'Amy Cook' });
    expect((await ask(library, 'what did the man who runs youth forum zimbabwe say about mugabe')).citations[0]).toMatchObject({ speaker: 'Ashton Bumhira' });
  });

  it("does not answer with the one speaker a word describes when the story asked about is another article's", async () => {
    // "coalition" describes one speaker, Jennifer Lu of Marriage Equality Coalition Taiwan;
    // the rockets on the air base near Mosul are the coalition's story, told by its voices.
    const onTheBase = (await ask(library, 'what did the coalition say when rockets struck the air base near mosul')).citations;
    expect(onTheBase.length).toBeGreaterThan(0);
    expect(onTheBase.every((c) => fileOf.get(c.articleId) === 158)).toBe(true);
    // Asked with no story, the one so described is whom it asks for.
    expect((await ask(library, 'what did the coalition say')).citations[0]).toMatchObject({ speaker: 'Jennifer Lu' });
  });

  it("reads a body named inside a story's name as the story's, not as the one voice asked for", async () => {
    const speakers = (await ask(library, 'the facebook defamation ruling, any comments')).citations.map((c) => c.speaker);
    expect(speakers).toContain('Steve Peers');
    expect(speakers).toContain('Facebook');
    // …while its own statement is its words.
    const own = (await ask(library, 'the boeing statement on the crash')).citations.map((c) => c.speaker);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((speaker) => speaker === 'Boeing')).toBe(true);
  });

  it('holds a speaker asked about a story by a word no article has to a higher bar', async () => {
    // Tedros is quoted on the COVID-19 pandemic; no article holds "h5n1".
    expect((await ask(library, 'what did tedros say about the h5n1 pandemic')).citations).toEqual([]);
    const known = await ask(library, 'what did tedros say about the pandemic');
    expect(known.citations.map((c) => c.speaker)).toContain('Tedros Adhanom Ghebreyesus');
  });

  it('holds a speaker to the lower bar of a topic their articles hold where all they lack is a common word', async () => {
    // Rhys-Davies's article never says "back", a word of one passage in forty.
    expect((await ask(library, 'rhys-davies on bringing back sliders')).citations[0]?.speaker).toBe('John Rhys-Davies');
    // …or a verb any story's sentence may use: Sarkozy's article never says "stood".
    expect((await ask(library, 'what does sarkozy think chirac stood for')).citations[0]?.speaker).toBe('Nicolas Sarkozy');
    // ("stop" of "too late to stop the pandemic" asks whether, not which story: Tedros's
    // article never says it.)
    const late = await ask(library, 'did tedros say it was too late to stop the pandemic');
    expect(late.citations.some((c) => c.quote.includes('All countries can still change the course of this pandemic'))).toBe(true);
  });

  it("holds a speaker asked about a story told only in other articles than theirs to the higher bar", async () => {
    // Mark Hay is quoted on reefs; "great" and "barrier" are words of other articles.
    expect((await ask(library, 'what did mark hay say about the great barrier reef')).citations).toEqual([]);
    const own = await ask(library, 'what did mark hay say about local management of reefs');
    expect(own.citations[0]?.speaker).toBe('Mark Hay');
    // A verb's past tells what happened, not which story: Pierluisi's articles never say
    // "rejected", others do, and his words on the Senate still answer.
    expect((await ask(library, 'what did pierluisi say about the senate having rejected him')).citations[0]?.speaker).toMatch(/Pierluisi/);
  });

  it('does not answer an office asked about a story none of its holders speaks on with other people\'s words', async () => {
    // Delhi's home minister is quoted on the hotel fire; articles on pollution quote others.
    expect((await ask(library, 'did the delhi home minister weigh in on the air pollution crisis')).citations).toEqual([]);
    expect((await ask(library, 'did the delhi home minister weigh in on the hotel fire')).citations[0]?.speaker).toBe('Satyendra Jain');
    // An office the article gives beside the name, not where it quotes him, holds too.
    expect((await ask(library, 'what did the hungarian defence commissioner say about technology transfer')).citations.map((c) => c.speaker)).toContain('Gáspár Maróth');
    // An office with its portfolio is held by no one of another portfolio: the Bahamas' prime
    // minister is quoted on the hurricane, no tourism minister is.
    expect((await ask(library, 'what did the bahamas tourism minister say about the hurricane')).citations).toEqual([]);
    // …nor, asked in shorthand, by the articles' sentences on other ministers.
    expect((await ask(library, 'the bahamas tourism minister on dorian')).citations).toEqual([]);
    // An office of a place is held in an article about the place, and by the one the article
    // calls so: Gdańsk's mayor is named in the article on his stabbing, never quoted.
    expect((await ask(library, 'what did the mayor of gdansk say about the stabbing')).citations).toEqual([]);
    expect((await ask(library, 'what did the mayor of london say about the stabbing')).citations[0]?.speaker).toBe('Sadiq Khan');
    expect((await ask(library, 'what did the two puerto rico governors say about leaving office')).citations.length).toBeGreaterThan(0);
    // A prime minister is more than any minister: Tunisia's is not quoted, a former minister is.
    expect((await ask(library, 'what did the tunisian pm say about the niqab ban')).citations).toEqual([]);
    // A country's office is held in an article that names the country: the Bahamas' prime
    // minister, whom his quotes call only "Prime Minister", is not Lebanon's.
    expect((await ask(library, 'what did the lebanese pm say about the port blast')).citations).toEqual([]);
    // A US state's office is no other state's: California's attorney general is quoted, Texas's is not.
    expect((await ask(library, 'what did the texas attorney general say about the lawsuit')).citations).toEqual([]);
    // …nor with the story's plain sentences where the office's own words are asked for.
    expect((await ask(library, "the philippine defense secretary's warning about the south china sea")).citations).toEqual([]);
  });

  it('reads someone the library quotes, in a question no frame reads, as whom it asks for', async () => {
    const speakers = async (question: string) => (await ask(library, question)).citations.map((c) => c.speaker);
    // A name, then a word of speech; a name in a question that asks for words in another way.
    expect(await speakers("tell me pelosi's reaction")).toEqual(expect.arrayContaining(['Nancy Pelosi']));
    expect(new Set(await speakers("tell me pelosi's reaction"))).toEqual(new Set(['Nancy Pelosi']));
    expect((await speakers('was pelosi worried about impeachment'))[0]).toBe('Nancy Pelosi');
    // A name with a particle the articles write in lower case ("de Blasio").
    expect((await speakers('why did de blasio quit'))[0]).toBe('Bill de Blasio');
    // Keywords after a name; a name set off by a dash.
    expect((await speakers('duda escape room victims'))[0]).toBe('Andrzej Duda');
    expect((await speakers('tusk - what did he say about adamowicz'))[0]).toBe('Donald Tusk');
    // A name people use alone though it ends no one's ("tedros"); a full name no article writes.
    expect(new Set(await speakers('tedros reacts to the pandemic'))).toEqual(new Set(['Tedros Adhanom Ghebreyesus']));
    expect((await ask(library, 'kanye west reacts to running for president')).text).toMatch(/^Nothing from kanye west in this library/);
    // A first name many share, then a name none of them has, is someone else: not the Johns
    // quoted, but John Conyers, whose death the library tells.
    expect(new Set(await speakers('john conyers dying, what did ppl say'))).toContain('a family spokesperson');
    // …while "boris", then a word of no name, is still Boris Johnson.
    expect((await speakers('boris reacts to the court ruling'))[0]).toBe('Boris Johnson');
    // A headline's verb after a name; a verb before "about" ("macron warns about …" asked
    // for words from "macron warns").
    expect((await speakers('bolsonaro slams macron over the amazon'))[0]).toBe('Jair Bolsonaro');
    expect((await speakers('macron warns about the amazon fires'))[0]).toBe('Emmanuel Macron');
    // The topic first; a word of a body's name is no one's name ("forces").
    expect((await speakers('foreign forces in the gulf: what did rouhani say'))[0]).toBe('Hassan Rouhani');
    // A name after the words that ask is the story's: everyone's reactions to it.
    expect(new Set(await speakers("reactions to pelosi's election as speaker")).size).toBeGreaterThan(1);
    expect(new Set(await speakers('tony mendez dying - who said what')).size).toBeGreaterThan(1);
    // …and after "about the", however a word of speech follows it ("call").
    expect(new Set(await speakers('who said what about the trump ukraine call summary')).size).toBeGreaterThan(1);
    // Keywords opened by a command: her quotes, on nothing in particular.
    expect(new Set(await speakers('list pelosi quotes'))).toEqual(new Set(['Nancy Pelosi']));
    // …and before "- who said what", which asks for everyone.
    expect(new Set(await speakers('the trump ukraine call summary - who said what')).size).toBeGreaterThan(1);
    // A name typed as one of the spellings the articles give ("Zelenskyy", "Zelensky").
    expect((await speakers('zelensky wanted iran to pay for the plane'))[0]).toBe('Volodymyr Zelenskyy');
    // What someone did, "according to her": by her own account, as if "she said".
    expect(new Set(await speakers('how did jill tolles decide to run for office according to her'))).toEqual(new Set(['Jill Tolles']));
  });

  it('leaves out the words of whom the voices asked for were aimed at', async () => {
    const speakers = async (question: string) => (await ask(library, question)).citations.map((c) => c.speaker);
    // Johnson is quoted in every prorogation article; those who attacked him are others.
    const attacked = await speakers('@citewire who attacked boris for suspending the parliament? quotes pls');
    expect(attacked).not.toContain('Boris Johnson');
    expect(attacked.slice(0, 5)).toEqual(expect.arrayContaining(['Philip Hammond', 'Yvette Cooper']));
    expect(await speakers('who criticized trump for pulling out the troops from syria')).not.toContain('Donald Trump');
    // …whose thing it was they criticized ("pelosi's impeachment inquiry", "trump's threat").
    expect(await speakers("was there any pushback on pelosi's impeachment inquiry")).not.toContain('Nancy Pelosi');
    expect(await speakers("critics of trump's emergency threat — quotes")).not.toContain('Donald Trump');
    // …or whom they knew: "musicians who knew ginger baker" are others on his death, not he.
    const knew = await speakers('what did musicians who knew ginger baker say');
    expect(knew).not.toContain('Ginger Baker');
    expect(knew.slice(0, 5)).toEqual(expect.arrayContaining(['Paul McCartney', 'Mick Jagger']));
    // …or whose account they disputed: Bolton's own, though the article says "resigned", not "left".
    const disputed = await speakers("who disputed trump's version of why bolton left");
    expect(disputed).not.toContain('Donald Trump');
    expect(disputed).toContain('John R. Bolton');
  });

  it("answers a people asked for as one side ('what did the saudis say') with its own voices first, bodies and reported words as they are", async () => {
    // The Houthis' spokesman is quoted in full on the same attack; Saudi Arabia speaks through officials.
    const saudis = (await ask(library, "what did the saudis say about the oil attack's damage")).citations.map((c) => c.speaker);
    expect(saudis[0]).toMatch(/^(?:Saudi|the Saudi)/);
    expect(saudis.slice(0, 3)).not.toContain('Yahya Sarea');
    expect((await ask(library, "what did the germans say about navalny's poisoning")).citations[0]).toMatchObject({ speaker: 'The German government' });
  });

  it('answers the news media asked for as voices with the outlets an article cites, and abstains where it cites none', async () => {
    expect((await ask(library, 'how did the press cover the wiranto stabbing')).citations[0]).toMatchObject({ speaker: 'Al Jazeera' });
    // Cattelan wrote to The New York Times; that makes him no outlet.
    expect((await ask(library, 'what did the press say about the gold toilet theft')).citations).toEqual([]);
  });

  it('gives each of two speakers asked for together a share of the answer, however far one ranks below the other', async () => {
    // Pelosi is quoted in many articles, Schumer once on the shutdown: both are in the top 5.
    const both = (await ask(library, 'did schumer and pelosi agree about the government shutdown')).citations.slice(0, 5).map((c) => c.speaker);
    expect(both).toEqual(expect.arrayContaining(['Nancy Pelosi', 'Chuck Schumer']));
  });

  it("reads a reply asked of someone ('how did north korea counter the us') as their words, and abstains where the library has none", async () => {
    expect((await ask(library, 'how did north korea counter the us over the sanctions')).citations).toEqual([]);
    expect((await ask(library, 'how did bolsonaro rebut macron over the amazon')).citations[0]).toMatchObject({ speaker: 'Jair Bolsonaro' });
  });

  it('answers about the one article a question links to, and says so of a link to none', async () => {
    const url = 'https://en.wikinews.org/wiki/Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline';
    const title = 'Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline';
    const quoted = await ask(library, `who was quoted in ${url}`);
    expect(new Set(quoted.citations.map((c) => c.speaker)).size).toBeGreaterThan(2);
    expect(quoted.citations.map((c) => library.getArticle(c.articleId).title)).toEqual(quoted.citations.map(() => title));
    // …in <…>, Discord's way to keep a link from unfurling, and with a speaker asked for.
    const corbyn = await ask(library, `what did corbyn say here <${url}>`);
    expect(corbyn.citations.map((c) => c.speaker)).toEqual(['Jeremy Corbyn']);
    expect(corbyn.citations[0]?.quote).toContain('smash and grab');
    // …as an address bar shows it, where the article's address is percent-encoded
    // ("Gda%C5%84sk", "%27can%27"); a link alone asks who said what in it.
    const decoded = await ask(library, 'https://en.wikinews.org/wiki/Arrest_made_as_mayor_of_Gdańsk,_Poland_stabbed_on_stage');
    expect(decoded.citations.map((c) => c.speaker)).toContain('Donald Tusk');
    const apostrophes = await ask(library, "what did trump say in https://en.wikinews.org/wiki/President_Trump_says_he_'can'_and_'may'_put_US_into_state_of_emergency_to_build_border_wall");
    expect(apostrophes.citations[0]?.speaker).toBe('Donald Trump');
    // (…and asked how people stand on it, in words that name no story.)
    const stand = await ask(library, `what do people think about ${url}`);
    expect(new Set(stand.citations.map((c) => c.speaker)).size).toBeGreaterThan(2);
    expect(stand.citations.map((c) => library.getArticle(c.articleId).title)).toEqual(stand.citations.map(() => title));
    // …as a phone or a share button pastes it: the mobile site, a query, a section; as
    // markdown; and with no scheme at all.
    const shared = await ask(library, `who was quoted in ${url.replace('//en.', '//en.m.')}?utm_source=share&utm_medium=ios#Reactions`);
    expect(shared.citations.map((c) => c.quote)).toEqual(quoted.citations.map((c) => c.quote));
    expect((await ask(library, `[the queen one](${url}) what did corbyn say`)).citations.map((c) => c.speaker)).toEqual(['Jeremy Corbyn']);
    expect((await ask(library, `${url.replace('https://', '')} - what did corbyn say`)).citations.map((c) => c.speaker)).toEqual(['Jeremy Corbyn']);
    const nowhere = await ask(library, 'who was quoted in https://example.com/news/1');
    expect(nowhere.citations).toEqual([]);
    expect(nowhere.text).toMatch(/no article in this library/);
    expect(nowhere.text).not.toContain('example.com');
    exactSpans([...quoted.citations, ...corbyn.citations, ...decoded.citations, ...apostrophes.citations, ...stand.citations]);
  });

  it('abstains on someone told by a deed that no article quoting anyone tells', async () => {
    // The dinosaur article has "dinosaur" and "found", not "fossil", "garden" or "backyard".
    expect((await ask(library, 'the boy who dug up a dinosaur fossil in his garden, what did he say')).citations).toEqual([]);
    expect((await ask(library, 'the kid who found a dinosaur fossil in his backyard, what did he say')).citations).toEqual([]);
    // …and one of a kind that no article of the answer mentions: no nanny in Doris Day's
    // obituary. (An office is given in too many ways to ask so: "the pg&e exec who had to
    // announce the shutoffs" is "a vice president at PG&E".)
    expect((await ask(library, 'the nanny who looked after doris day, what did she say about her')).text).toBe('Nothing from the nanny on that in this library: no article telling it mentions one.');
    expect((await ask(library, 'what did the pg&e exec who announced the blackouts say')).citations.map((c) => c.speaker)).toContain('Sumeet Singh');
  });

  it('reads people of a kind, then which of them, as each one\'s voice', async () => {
    const answer = await ask(library, 'scientists surprised by their own results: the martian brine guy and the hawaii algae guy');
    expect(answer.citations.slice(0, 5).map((c) => c.speaker)).toEqual(expect.arrayContaining(['Vlada Stamenković', 'Seth John']));
  });

  it('abstains on what came of a story that its articles never tell', async () => {
    // The articles naming Christchurch tell the shooting and the first hearing, no sentence.
    expect((await ask(library, "reactions to the christchurch shooter's life sentence")).citations).toEqual([]);
    // Bradford's men were "jailed": their sentences are told; and so is their trial, by
    // who prosecuted, though the article never says "trial".
    expect((await ask(library, 'who commented on the bradford sex abuse sentences')).citations.length).toBeGreaterThan(0);
    expect((await ask(library, "give me quotes about the bradford children's home abuse trial")).citations.map((c) => c.speaker)).toContain('Durham Hall');
    // …asked of someone quoted: Boris Johnson's articles tell of the Queen, no funeral; Judge
    // Jackson's tell Manafort's sentencing.
    expect((await ask(library, "what did boris johnson say about the queen's funeral")).citations).toEqual([]);
    expect((await ask(library, "what did judge jackson say at manafort's sentencing")).citations[0]?.speaker).toBe('Amy Berman Jackson');
    // A death, likewise, in the articles that name whose it is: his articles on the Queen tell
    // of no one dying (his words on Harry Dunn's death are in another); Mugabe's tells his.
    expect((await ask(library, "what did boris johnson say about queen elizabeth's death")).citations).toEqual([]);
    expect((await ask(library, "what did putin say about mugabe's death")).citations[0]?.speaker).toBe('Vladimir Putin');
    // A happening no other word tells: Minnis's articles tell of Dorian, never an election;
    // Wanda Vázquez's of the governorship, never an earthquake.
    expect((await ask(library, 'minnis on the bahamas election')).citations).toEqual([]);
    expect((await ask(library, 'wanda vazquez on the puerto rico earthquakes')).citations).toEqual([]);
    expect((await ask(library, 'what did minnis say about abaco after the hurricane')).citations[0]?.speaker).toBe('Hubert Minnis');
  });

  it('answers whose words a question asks in the passive, the speaker last, not with the words of whom they were about', async () => {
    const trump = await ask(library, 'de blasio got called a part time mayor, by whom?');
    expect(trump.citations.slice(0, 3).map((c) => c.speaker)).toContain('Donald Trump');
    expect((await ask(library, 'the syria pullout was called a stab in the back by who')).citations[0]?.speaker).toBe('Kino Gabriel');
  });

  it('answers a second voice asked for after the first, and says so of two voices the library never quotes', async () => {
    const both = await ask(library, 'what did yvette cooper say about the prorogation? and hammond?');
    expect(both.citations.slice(0, 5).map((c) => c.speaker)).toEqual(expect.arrayContaining(['Yvette Cooper', 'Philip Hammond']));
    const nobody = await ask(library, 'what did kamala harris and beyonce say about the el paso shooting');
    expect(nobody.citations).toEqual([]);
    expect(nobody.text).toMatch(/^Nothing from kamala harris and beyonce in this library/);
    // "taylor swift" is no Tim Taylor asked about "swift": asked after the first, neither voice is quoted.
    expect((await ask(library, 'what did taylor swift say about the grammys? and beyonce?')).citations).toEqual([]);
  });

  it("answers a question holding a pattern's marks as words, and never throws on them", async () => {
    // ("(?", "?)": a typed role and a kind's stem are matched as patterns, so each is escaped.)
    for (const question of ['how did the cuban (?government describe the havana bus crash', 'what the sheriff (kerry lee i think?) said about the area 51 crowds', 'wich (?people comented on mugabe dying']) {
      await expect(ask(library, question)).resolves.toMatchObject({ question });
    }
    expect((await ask(library, 'wich (?people comented on mugabe dying')).citations.map((c) => c.speaker)).toContain('Emmerson Mnangagwa');
  });

  it('answers whose words they were among the voices a reader half remembers, and says when none of them is quoted on it', async () => {
    // The line is Scicluna's, not Ouellet's, though both are quoted on the new rules.
    const scicluna = await ask(library, 'was it ouellet or scicluna that said bishops must be reported if they do wrong');
    expect(scicluna.citations[0]?.speaker).toBe('Charles Scicluna');
    expect(scicluna.citations.map((c) => c.speaker)).not.toContain('Marc Ouellet');
    exactSpans(scicluna.citations);
    expect((await ask(library, 'which of pelosi and collins said no one is conducting a formal inquiry yet')).citations[0]?.speaker).toBe('Doug Collins');
    // A voice the speaker index knows by no such name ("the fbi veteran" is no FBI statement):
    // the line's own speaker, whose sentence calls him a "Retired FBI agent".
    expect((await ask(library, "did trump or the fbi veteran say hamza bin laden's dad saw him as a leader")).citations[0]?.speaker).toBe('Ali Soufan');
    // A story asked of both: both voices.
    const both = await ask(library, 'who commented on the pandemic declaration - fauci or tedros?');
    expect(both.citations.map((c) => c.speaker)).toEqual(expect.arrayContaining(['Anthony Fauci', 'Tedros Adhanom Ghebreyesus']));
    // Both quoted in the library, neither on the shooting: nobody else's words.
    const neither = await ask(library, 'did schumer or pelosi say anything about the el paso shooting');
    expect(neither.citations).toEqual([]);
    expect(neither.text).toBe('Neither schumer nor pelosi is quoted on that in this library.');
  });

  it('answers what the asker believes was said, put as a tag or negated question, as what was said', async () => {
    const story = await ask(library, 'nobody said anything about the plane crash in connecticut, did they?');
    expect(story.citations.map((c) => c.speaker)).toEqual(expect.arrayContaining(['Ned Lamont', 'Steven Wolf']));
    expect((await ask(library, "wasn't it tristan smith who said the ship's transponder could have been switched off")).citations[0]?.speaker).toBe('Tristan Smith');
  });

  it('answers a quote wanted for a purpose the asker names as the quote asked for', async () => {
    expect((await ask(library, 'need a kipchoge quote for my running club newsletter')).citations[0]?.speaker).toBe('Eliud Kipchoge');
    const liu = await ask(library, 'writing a blog post on the dark web child abuse bust - what did the us attorney say');
    expect(liu.citations[0]?.speaker).toBe('Jessie K. Liu');
  });

  it('answers who someone is, asked with what they said, with their words, or says the library never quotes them', async () => {
    expect((await ask(library, 'who is kino gabriel and what did he say about the us pulling out of syria')).citations[0]?.speaker).toBe('Kino Gabriel');
    const nobody = await ask(library, 'who is keir starmer and what did he say about brexit');
    expect(nobody.citations).toEqual([]);
    expect(nobody.text).toMatch(/^Nothing from keir starmer in this library/);
  });

  it('answers two voices set against each other, and says so when the library never quotes one side', async () => {
    expect((await ask(library, "did the victims' group agree with scicluna about bishops reporting abuse")).citations[0]?.speaker).toBe('Peter Iseley');
    const both = await ask(library, 'macron vs bolsonaro on the amazon fires');
    expect(both.citations.slice(0, 3).map((c) => c.speaker)).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Jair Bolsonaro']));
    const oneSide = await ask(library, 'xi jinping vs carrie lam on the extradition bill');
    expect(oneSide.citations).toEqual([]);
    expect(oneSide.text).toMatch(/^Nothing from xi jinping in this library/);
  });

  it('answers two voices asked for together, each typed with a title as chat shortens it, with both', async () => {
    const both = await ask(library, 'what did def. sec. lorenzana and c/supt. mijares say after the cathedral bombing');
    expect(new Set(both.citations.slice(0, 4).map((c) => c.speaker))).toEqual(new Set(['Delfin Lorenzana', 'Graciano Mijares']));
    const offices = await ask(library, 'what did the sheriff and the coast guard capt. say about the dive boat fire');
    expect(offices.citations.slice(0, 5).map((c) => c.speaker)).toEqual(expect.arrayContaining(['Bill Brown', 'Monica Rochester']));
  });

  it("abstains on a name typed with a story's words that no article quoting them holds, not answering with sentences about them", async () => {
    expect((await ask(library, 'greta thunberg brexit')).citations).toEqual([]);
    expect((await ask(library, 'kaczynski prorogation')).citations).toEqual([]);
    // (Their own story's words still find theirs.)
    expect((await ask(library, 'greta thunberg time person of the year')).citations[0]?.speaker).toBe('Greta Thunberg');
  });

  it("finds the one person the articles describe as someone's, typed as a kind of people ('trump's doctor')", async () => {
    expect((await ask(library, "any idea what trump's doctor said he was given")).citations[0]?.speaker).toBe('Sean Conley');
  });

  it('reads a social-media handle as the speaker whose name it runs together, and a hashtag as its words', async () => {
    expect((await ask(library, 'what did @realDonaldTrump post when he got covid')).citations[0]?.speaker).toBe('Donald Trump');
    expect((await ask(library, 'what did @jacindaardern say about the gun laws')).citations[0]?.speaker).toBe('Jacinda Ardern');
    // (…someone quoted, on a story none of their words tell: nothing.)
    expect((await ask(library, 'what did @elonmusk tweet about #Dorian')).citations).toEqual([]);
    // (A handle that names no one quoted is whom the question is addressed to.)
    expect((await ask(library, '@citewire what did pelosi say about the wall')).citations[0]?.speaker).toBe('Nancy Pelosi');
  });

  it("reads a topic or an office spelt the other side of the Atlantic's way as the article spells it", async () => {
    expect((await ask(library, 'what did the philippine defense secretary say about the cathedral bombs')).citations[0]?.speaker).toBe('Delfin Lorenzana');
    expect((await ask(library, 'mark hay on fish defence of reefs')).citations[0]?.speaker).toBe('Mark Hay');
    expect((await ask(library, 'what did geingob say to honour nickey iyambo')).citations[0]?.speaker).toBe('Hage Geingob');
  });

  it("reads the asker's own office-holders ('our transport secretary', 'my governor') as the story's", async () => {
    expect((await ask(library, 'what did our transport secretary say about face coverings on public transport')).citations[0]?.speaker).toBe('Grant Shapps');
    expect((await ask(library, 'what did my governor say about signing the abortion law')).citations[0]?.speaker).toBe('Kay Ivey');
  });

  it('abstains on a place none of whose people speaks on the story, and answers with those who do', async () => {
    expect((await ask(library, 'what did the vatican say about the nsw abortion law')).citations).toEqual([]);
    expect((await ask(library, 'what did mexico say about the el paso shooting')).citations[0]?.speaker).toBe('Marcelo Ebrard');
  });

  it("reads a quote asked for by how it strikes the asker as theirs, and 'dorian hit abaco' as the hurricane's story", async () => {
    expect((await ask(library, "ginger baker's best quote")).citations[0]?.speaker).toBe('Ginger Baker');
    expect((await ask(library, 'who was quoted when dorian hit abaco')).citations[0]?.speaker).toBe('Hubert Minnis');
  });

  it("reads a party's members as whose words, its own first, never as a name typed one slip off", async () => {
    expect((await ask(library, 'what did the tories say about the prorogation')).citations.slice(0, 3).map((c) => c.speaker)).toContain('Philip Hammond');
    expect((await ask(library, "what did the democrats say about trump's emergency declaration for the wall")).citations.map((c) => c.speaker)).toContain('Chuck Schumer');
  });

  it("reads an office's title as chat shortens it, and a body by its building", async () => {
    expect((await ask(library, 'what did the foreign sec say about the dunn case')).citations[0]?.speaker).toBe('Dominic Raab');
    expect((await ask(library, 'reactions to the pentagon strike that killed soleimani')).citations.map((c) => c.speaker)).toContain('United States Department of Defense');
    // ("the tunisian mp": an office the articles only describe someone by, "a member of Parliament".)
    expect((await ask(library, 'what did the tunisian mp say')).citations[0]).toMatchObject({ speaker: 'Souhail Alouini' });
    // ("the greek top diplomat": chat's name for the office the article gives, "Greek Foreign Minister".)
    expect((await ask(library, 'the greek top diplomat on hagia sophia, what did he say')).citations[0]).toMatchObject({ speaker: 'George Katrougalos' });
    // ("the pontiff": the pope, whom no article calls so.)
    expect((await ask(library, 'what did the pontiff say about abuse')).citations[0]).toMatchObject({ speaker: 'Francis' });
  });

  it('reads the speaker the asker corrected to, and both sides of a story as its voices', async () => {
    expect((await ask(library, 'what did trump, sorry, pence say about the southern border')).citations[0]?.speaker).toBe('Mike Pence');
    expect((await ask(library, 'what did obama, sorry, biden say about the koszalin fire')).citations).toEqual([]);
    // (One named twice, by office and name: Kerry Lee, not the other article's sheriff.)
    expect([...new Set((await ask(library, 'what did the sheriff, kerry lee, say about storming area 51')).citations.map((c) => c.speaker))]).toEqual(['Kerry Lee']);
    const hagia = await ask(library, 'both sides of the hagia sophia row');
    expect(hagia.citations.map((c) => c.speaker)).toEqual(expect.arrayContaining(['Recep Tayyip Erdoğan', 'George Katrougalos']));
    expect((await ask(library, "bolton's exit, both sides")).citations.map((c) => c.speaker)).toEqual(expect.arrayContaining(['John R. Bolton', 'Donald Trump']));
  });

  it('answers a line asked about for what it meant with the line, and reads "staying on" as no word of another story', async () => {
    expect((await ask(library, 'what did mugabe mean by only god who appointed me will remove me')).citations[0]?.quote).toMatch(/Only God who appointed me will remove me/);
    expect((await ask(library, 'what did rossello say about staying on')).citations[0]?.speaker).toBe('Ricardo Rosselló Nevares');
  });

  it('answers whether anyone of a kind was quoted with what they said', async () => {
    expect((await ask(library, 'any astronomers quoted on the water vapour found on k2-18b?')).citations[0]?.speaker).toBe('Angelos Tsiaras');
  });

  it('finds an outlet typed with what it is, as the articles name it without', async () => {
    expect((await ask(library, 'what did fars news agency report about the warrants for trump')).citations[0]?.speaker).toBe('Fars');
    expect((await ask(library, "what did abc news report about the christchurch gunman's gun licence")).citations[0]?.speaker).toBe('ABC');
    // (An outlet's own name that holds the word stays whole.)
    expect((await ask(library, 'what did sky news say about the cuba bus crash')).citations[0]?.speaker).toBe('Sky News');
  });

  it("leaves out the words of the one voice a question asks for all but", async () => {
    const others = await ask(library, 'other than the pope, who commented on the new rules on reporting abuse');
    expect(others.citations.map((c) => c.speaker)).toEqual(expect.arrayContaining(['Marc Ouellet', 'Charles Scicluna']));
    expect(others.citations.map((c) => c.speaker)).not.toContain('Francis');
    // With him, his words come in.
    expect((await ask(library, 'who commented on the new rules on reporting abuse')).citations.map((c) => c.speaker)).toContain('Francis');
    // The one left out, named in the question, is not whom it asks for.
    const london = await ask(library, 'who besides sadiq khan spoke about the london bridge attack');
    expect(london.citations.length).toBeGreaterThan(0);
    expect(london.citations.map((c) => c.speaker)).not.toContain('Sadiq Khan');
    // …and the story's other voices are found in its own article, though other deaths'
    // articles came nearer by vector.
    const dunn = await ask(library, "who else commented on harry dunn's death other than boris");
    expect(dunn.citations.map((c) => c.speaker)).toEqual(expect.arrayContaining(['Charlotte Charles', 'Dominic Raab']));
    // An office left out is whoever the articles describe so: Paris's mayor, Hong Kong's police.
    const paris = await ask(library, 'besides the mayor, who commented on the paris police headquarters stabbing');
    expect(paris.citations.map((c) => c.speaker)).toContain('Officials');
    expect(paris.citations.map((c) => c.speaker)).not.toContain('Anne Hidalgo');
    expect((await ask(library, 'besides the police, who commented on the hong kong teenager shot with a live round')).citations).toEqual([]);
  });

  it('answers a figure asked of someone with their words that give one, first, or says they gave none', async () => {
    // Kaczyński's words on child abuse open with an intent, no term; the "30-year prison
    // terms" come after.
    expect((await ask(library, 'how many years did kaczynski propose for child abuse')).citations[0]?.quote).toMatch(/30-year prison terms/);
    // Pelosi is quoted on impeachment, never with a share of anyone ("six of the House's
    // committees" is a count, no share).
    const pelosi = await ask(library, 'what percentage of voters did pelosi say backed the impeachment inquiry');
    expect(pelosi.citations).toEqual([]);
    expect(pelosi.text).toBe('Nancy Pelosi is quoted on that, but none of those words in this library gives the figure asked for.');
    expect((await ask(library, 'what percentage of seats do women hold, per kelly dittmar')).citations[0]?.quote).toMatch(/fewer than 30 percent/);
  });

  it("answers an office typed as someone's, however long ago they held it, with the story its owner names", async () => {
    // The topic is a pronoun's: whose spokeswoman she was names the story. "Old" is when she
    // was, as "former" is, and no office of its own ("old spokeswoman" is in no article).
    for (const q of ["kay hagan's spokeswoman on what killed her", "hagan's old spokeswoman on what killed her", "tell me hagan's ex-spokeswoman on her death"]) {
      expect((await ask(library, q)).citations[0]?.speaker).toBe('Sadie Weiner');
    }
  });

  it("answers for someone's friend only from an article that names whose friend they are", async () => {
    expect((await ask(library, "what did zamperoni's friend say about his phone")).citations[0]?.speaker).toBe('Fernando Dallorso');
    // Muyembe's words hold "friends" and a patient's condition, in a story without Zamperoni.
    const elsewhere = await ask(library, "what did zamperoni's friend say about the baby's condition");
    expect(elsewhere.citations).toEqual([]);
    expect(elsewhere.text).toBe("Nothing from zamperoni's friend on that in this library: no article telling it names zamperoni.");
    // …and only as one of a kind that article mentions: Sharpe's interview names no running
    // mate, and Kokesh, who ran against him, is none.
    const mate = await ask(library, "what did sharpe's running mate say about the convention");
    expect(mate.citations).toEqual([]);
    expect(mate.text).toBe("Nothing from sharpe's running mate on that in this library: no article telling it mentions one.");
    // …and one who speaks for a body, from an article that names the body: not the
    // Christchurch story's voices for the coalition's spokesperson.
    const coalition = await ask(library, 'what did the spokesperson for the coalition say about the christchurch shooting');
    expect(coalition.citations).toEqual([]);
    expect(coalition.text).toBe('Nothing from the spokesperson for the coalition on that in this library: no article telling it names the coalition.');
    expect((await ask(library, 'what did the spokesperson for the coalition say about the rockets')).citations[0]?.speaker).toBe('A spokesperson');
  });

  it('answers for a body the articles quote without a name, by its words or its kind and place, and not on a story it is not in', async () => {
    // "Hospital officials in Omsk": no name looks them up, so they were "nobody quoted".
    expect((await ask(library, "what did the omsk hospital find in navalny's blood")).citations[0]?.speaker).toBe('Hospital officials in Omsk');
    expect((await ask(library, 'the omsk hospital on the poisoning')).citations.slice(0, 3).map((c) => c.speaker)).toContain('Hospital officials in Omsk');
    expect((await ask(library, 'what did the omsk hospital say about the escape room fire')).citations).toEqual([]);
    // …by its kind, with where it is: "The fire service" of a fire in Catalonia, not Poland's.
    expect((await ask(library, 'what did the catalonia fire service say about the injured baby')).citations[0]?.speaker).toBe('The fire service');
    expect((await ask(library, 'what did the polish fire service say about the injured baby')).citations).toEqual([]);
  });

  it('answers "X on Y" in plain words only with sentences that name X or its office', async () => {
    // Obama is named in the library, never quoted, and never in the hurricane's articles;
    // Dorian is the hurricane's own name.
    expect((await ask(library, 'obama on the hurricane in the bahamas')).citations).toEqual([]);
    expect((await ask(library, 'dorian on abaco')).citations[0]?.quote).toMatch(/Dorian/);
    // …nor in the articles that name him, "Barack Obama": a person, and they never quote him.
    for (const q of ['obama on the flights to cuba', 'tell me obama on the biden burisma accusation']) {
      const answer = await ask(library, q);
      expect(answer.citations).toEqual([]);
      expect(answer.text).toMatch(/^Nothing from obama in this library/);
    }
    // An office's, likewise, with sentences that name the office: no governor is in the bus
    // crash's sentences.
    expect((await ask(library, 'smolensk governor on the bus crash')).citations).toEqual([]);
    // …in an article that tells the story: the Vatican's line on reporting abuse and Greece's
    // foreign minister on Hagia Sophia, beside Notre Dame's own sentences, are not the
    // Vatican's foreign minister on the fire.
    expect((await ask(library, "the vatican's foreign minister on notre dame burning")).citations).toEqual([]);
  });

  it("reads someone's words reacted to as their story, not as a word of speech any quote's cue holds", async () => {
    // McConnell is quoted on the impeachment trial only ("…, saying he anticipated …").
    expect((await ask(library, 'how did mitch mcconnell react to trump saying he would build the wall')).citations).toEqual([]);
    expect((await ask(library, 'how did bolton respond to trump saying he fired him')).citations[0]).toMatchObject({ speaker: 'John R. Bolton' });
  });

  it('reads a body no quote names as the one speaker the articles describe as of it', async () => {
    // "Suman Haripriya of the Hajo assembly" is the one voice of the Hajo assembly.
    expect((await ask(library, 'what did the hajo assembly say about gaumutra')).citations[0]).toMatchObject({ speaker: 'Suman Haripriya' });
  });

  it("reads a region's people's word as the region an office is of", async () => {
    // The Catalonia fire's article quotes no president; the escape room fire's Polish one is none of Catalonia's.
    expect((await ask(library, 'what did the catalan president say about the apartment fire')).citations).toEqual([]);
    expect((await ask(library, 'what did the polish president say about the escape room fire')).citations[0]).toMatchObject({ speaker: 'Andrzej Duda' });
  });

  it('answers a scholar asked for by trade with the one the article describes by the discipline', async () => {
    // The London Bridge article's David Wilson is a "criminology professor", not a "criminologist".
    const answer = await ask(library, "what did the criminologist say about the london bridge attacker's fake vest");
    expect(answer.citations[0]?.speaker).toBe('David Wilson');
    expect(answer.citations[0]?.quote).toMatch(/suicide by cop/);
  });

  it("answers a body's source, and a country's body by whichever body of its kind the articles quote", async () => {
    // The Wardak article's words are "A source within the central Interior Ministry"'s; the
    // Chile article's are its "Chilean military authorities" and "Chilean Armed Forces", no "army".
    const source = await ask(library, 'what did the afghan interior ministry source say about the death toll');
    expect(source.citations[0]?.speaker).toBe('Interior Ministry');
    expect(source.citations[0]?.quote).toMatch(/not to make the death toll figures public/);
    const army = await ask(library, 'what did the chilean army say about the infections at its antarctic base');
    expect(army.citations[0]?.speaker).toMatch(/^Chilean (?:military authorities|Armed Forces)$/);
  });

  it("answers an embassy with the one whose own words name its country, and a generic verb as no story's", async () => {
    // "the U.S. embassy in Beijing" is the United States' embassy, in China: no Chinese one.
    const us = await ask(library, 'what did the us embassy say about the american who died in wuhan');
    expect(us.citations[0]?.speaker).toBe('the U.S. embassy in Beijing');
    expect((await ask(library, 'what did the chinese embassy say about the coronavirus')).citations).toEqual([]);
    // The Soleimani article never says "hit": the Telegraph's words on the strike answer.
    const telegraph = await ask(library, 'how did the telegraph say soleimani was hit');
    expect(telegraph.citations[0]?.speaker).toBe('Daily Telegraph');
  });

  it("reads a month without its year as no name a speaker's article must hold in earnest", async () => {
    // The WHO's declaration of the pandemic names "March" once, in passing.
    const who = await ask(library, 'what did the who declare about covid-19 in march');
    expect(who.citations[0]?.speaker).toBe('World Health Organization');
    expect(who.citations.slice(0, 3).map((c) => c.quote).join(' ')).toMatch(/to be a pandemic/);
  });

  it('puts the voices of a group asked for before the story\'s others', async () => {
    // The Delhi hotel fire's "Activists" speak in reported words, after the minister's quotation.
    const answer = await ask(library, 'what did activists say about the delhi hotel fire');
    expect(answer.citations.slice(0, 3).map((c) => c.speaker)).toContain('Activists');
  });

  it("reads a name's possessive typed after its s as the name", async () => {
    // "conyers'" had been a name no article holds, so NPR's words in his obituary were refused.
    const answer = await ask(library, "what did npr say about conyers' time in congress");
    expect(answer.citations[0]?.speaker).toBe('NPR');
    expect(answer.citations[0]?.quote).toMatch(/served in Congress longer/);
  });

  it("finds a story's country by its people's name, as a title gives it", async () => {
    // Pompeo's one word on the airliner is in the article "Iran admits downing Ukrainian jet",
    // whose text names Ukraine once, far from his words.
    const answer = await ask(library, "pompeo's take on whether iran shot down the ukraine airlines jet");
    expect(answer.citations[0]?.speaker).toBe('Mike Pompeo');
    expect(answer.citations[0]?.quote).toMatch(/"likely" Iran's doing/);
  });

  it("abstains on someone's words about a story their article names only in passing", async () => {
    // The El Paso article gives Dayton one line, away from Greg Allen's words; the Kipchoge
    // article gives his Berlin record one line. Vienna, in its lead, is the run's own.
    expect((await ask(library, 'what did greg allen say about dayton')).citations).toEqual([]);
    expect((await ask(library, 'kipchoge on his berlin record')).citations).toEqual([]);
    expect((await ask(library, 'kipchoge on vienna')).citations[0]?.speaker).toBe('Eliud Kipchoge');
    expect((await ask(library, 'what did greg allen say about the el paso manifesto')).citations[0]?.speaker).toBe('Greg Allen');
    // The paragraph before someone's words sets up whose they are: the Fan Expo article names
    // Kim's Convenience once, in the paragraph before its lead's words.
    const lead = (await ask(library, "what did paul sun-hyung lee say about the kim's convenience role")).citations[0];
    expect(lead?.speaker).toBe('Paul Sun-Hyung Lee');
    expect(lead?.quote).toMatch(/Cinderella/);
  });

  it("abstains on a story named by a name none of the answer's first articles holds", async () => {
    const answer = await ask(library, "reactions to queen elizabeth's funeral");
    expect(answer.citations).toEqual([]);
    // Each name: other plane crashes hold "airlines", none "Ethiopian(s)".
    const crash = await ask(library, 'who was quoted after the ethiopian airlines crash');
    expect(crash.citations).toEqual([]);
    // One name is enough: "gdansk" is Gdańsk.
    const named = await ask(library, 'who said what about the gdansk mayor stabbing');
    expect(named.citations.map((c) => fileOf.get(c.articleId))).toContain(12);
    // A people's name is its country's in an article that holds the rest of the story: the
    // fire in Poland; not the Brexit articles that name Ireland, for an abortion referendum.
    const polish = await ask(library, 'who said what about the polish escape room fire');
    expect(polish.citations.map((c) => fileOf.get(c.articleId))).toContain(3);
    // …most of the rest, and for a people named by their country's name plus "-n": the bus
    // that overturned in Russia with children aboard, though no "school" is in it.
    const russian = await ask(library, 'reactions to the russian school bus accident');
    expect(russian.citations.map((c) => fileOf.get(c.articleId))).toContain(26);
    // A people's name with nothing else of the story is its country's, as before.
    const poland = [...fileOf].find(([, file]) => file === 3)![0];
    expect(namesHeld(library, ['polish'], { topic: 'the polish' })(poland)).toBe(1);
    // A country's other name: "britain" of the article that writes "United Kingdom".
    const gulf = [...fileOf].find(([, file]) => file === 115)![0];
    expect(namesHeld(library, ['britain'])(gulf)).toBe(1);
    // A verb after a subject's modal is no name, though articles capitalise "Judge" as a title.
    expect(topicNames(library, "the court shouldn't judge johnson's motives")).toEqual(['court', 'johnson']);
    // One of a party's members, as the articles may name the party otherwise ("Conservative").
    expect(topicNames(library, 'the tory landslide in the republican senator race')).toEqual(['senator']);
    // Chat's "wwii" is the article's "World War II".
    const bomber = await ask(library, 'who commented on the wwii bomber crash');
    expect(bomber.citations.map((c) => fileOf.get(c.articleId))).toContain(127);
    expect((await ask(library, 'what did ppl say about the irish abortion referendum')).citations).toEqual([]);
    // A year names a story's when: the 2019 elections are not "the 2020 election results".
    expect((await ask(library, 'what did people say about the 2020 election results')).citations).toEqual([]);
    expect((await ask(library, 'reactions to the 2019 uk election')).citations[0]?.speaker).toBe('Boris Johnson');
  });

  it("puts the voices of the article that holds the story's names before another race's", async () => {
    const answer = await ask(library, 'what did people say about the race being over for de blasio');
    const first = answer.citations.slice(0, 4).map((c) => c.speaker);
    expect(first).toContain('Bernie Sanders');
    expect(first).toContain('Elizabeth Warren');
    exactSpans(answer.citations);
  });

  it("keeps to the named story's articles once the best quote is from one", async () => {
    const answer = await ask(library, 'reactions to the notre dame fire');
    expect(answer.citations.length).toBeGreaterThan(0);
    // Not the escape-room fire's voices: only articles that name Notre Dame.
    for (const c of answer.citations) expect(library.getArticle(c.articleId).text).toMatch(/Notre[- ]Dame/);
    exactSpans(answer.citations);
  });

  it("keeps to the articles that hold the story's names and words even when another story's quotes come nearer, not to one holding the names alone", async () => {
    // "uss" is the article's "U.S.S."; the trade talks' quotes were nearer by vector.
    const wreck = await ask(library, 'who talked about the uss grayback wreck');
    expect(wreck.citations[0]?.speaker).toBe('Tim Taylor');
    for (const c of wreck.citations) expect(library.getArticle(c.articleId).text).toMatch(/Grayback/);
    // Aleppo's article holds each word of its collapse, if in no one passage; Magnitogorsk's
    // collapse came nearer, and never names Aleppo.
    const aleppo = await ask(library, 'aleppo building collapse quotes');
    expect(aleppo.citations.length).toBeGreaterThan(0);
    for (const c of aleppo.citations) expect(library.getArticle(c.articleId).text).toMatch(/Aleppo/);
    // …and only the articles holding every name: other Johns' deaths came nearer.
    const conyers = await ask(library, 'reactions to john conyers dying');
    expect(conyers.citations.length).toBeGreaterThan(0);
    for (const c of conyers.citations) expect(library.getArticle(c.articleId).text).toMatch(/Conyers/);
    // A story named by a word only its title writes ("pileup"; the text says "crash").
    const pileup = await ask(library, 'who said what about the florida pileup');
    expect(pileup.citations.length).toBeGreaterThan(0);
    expect(pileup.citations.slice(0, 5).every((c) => fileOf.get(c.articleId) === 4)).toBe(true);
    // The one article naming Tonga is on its politics: no tsunami there.
    expect((await ask(library, 'who commented on the tonga tsunami')).citations).toEqual([]);
    // The one article naming Notre Dame tells of the fire, in no word of a restoration.
    expect((await ask(library, 'reactions to the notre dame restoration')).citations).toEqual([]);
    // …but a verb it lacks is no other story: the article says "converting", not "turning".
    const sophia = await ask(library, 'who commented when erdogan floated turning hagia sophia into a mosque');
    expect(sophia.citations.map((c) => c.speaker)).toContain('George Katrougalos');
    // Crashes elsewhere came near enough; the articles naming India, on its virus remedies, do not.
    expect((await ask(library, 'reactions to the train crash in india')).citations).toEqual([]);
  });

  it('takes a place asked for as its people, those the articles call its own first', async () => {
    const answer = await ask(library, 'what did iran say about the ukrainian plane');
    expect(answer.text).not.toMatch(/^Nothing from/);
    expect(answer.citations[0]?.speaker).toBe('representatives from Iran');
    expect(answer.citations.map((c) => c.speaker)).toContain('Hassan Rouhani');
    exactSpans(answer.citations);
    // A country no article writes "in" near the top is still a place, never "nobody quoted".
    const cuba = await ask(library, 'what did cuba say about the airline ban');
    expect(cuba.citations[0]?.speaker).toBe('Bruno Parrilla');
    expect((await ask(library, 'what did benin say about joining the free trade area')).text).not.toMatch(/^Nothing from/);
  });

  it('takes a capital asked for as its country, and officials of the place an article is about as its voice', async () => {
    expect((await ask(library, 'what did berlin say when it banned mahan air')).citations[0]?.speaker).toBe('Steffen Seibert');
    // Poland's interior minister, described by office alone, in an article on "Gdańsk, Poland".
    expect((await ask(library, 'how did warsaw react to the stabbing of adamowicz')).citations[0]?.speaker).toBe('Joachim Brudziński');
    // A scholar of a university its people's word names is no voice of the country, and no
    // sentence naming China answers for Beijing.
    expect((await ask(library, "beijing's reaction to hong kong pulling the extradition bill")).citations).toEqual([]);
    // Whom an official spoke to is no office of theirs: Tomasz Kubiak "told Agence France-Presse".
    expect((await ask(library, 'what did france say about the escape room fire')).citations).toEqual([]);
  });

  it('names who speaks in a sentence it cites, where the library quotes one speaker there', async () => {
    const answer = await ask(library, 'why was the magnitogorsk search suspended');
    expect(answer.citations[0]).toMatchObject({ speaker: 'Yevgeny Zinichev' });
    expect(answer.citations[0]!.quote).toMatch(/^Search and rescue was suspended/);
    exactSpans(answer.citations);
  });

  it('reads a side taken, asked as where someone stands, as their words on it, and abstains where they have none', async () => {
    const haley = await ask(library, 'is nikki haley for or against pulling the troops out of syria');
    expect(haley.citations[0]).toMatchObject({ speaker: 'Nikki Haley' });
    const mood = await ask(library, "what's the mood about the hong kong district council results");
    expect(mood.citations.map((c) => c.speaker)).toContain('Kitty Mak');
    // (Haley is quoted on Syria only; Thunberg is named, never quoted.)
    expect((await ask(library, 'does nikki haley support iran shooting down the ukrainian plane')).citations).toEqual([]);
    expect((await ask(library, 'is greta thunberg ok with the amazon fires')).citations).toEqual([]);
    exactSpans([...haley.citations, ...mood.citations]);
  });

  it('finds an author asked for by the study they wrote, which is no office of theirs', async () => {
    const answer = await ask(library, 'what did the lead author of the superbug study say');
    expect(answer.citations[0]).toMatchObject({ speaker: 'David Livermore' });
  });

  it('reads a police "bust" as the arrests the article tells', async () => {
    const answer = await ask(library, 'what did the us attorney say about the dark web bust');
    expect(answer.citations.map((c) => c.speaker)).toContain('Jessie K. Liu');
  });

  it("finds one office-holder's statement asked for with the possessive's apostrophe left out", async () => {
    // The palace gave the statement "from the king", before a colon.
    const answer = await ask(library, 'the thai kings statement on his sister - what did it say');
    expect(answer.citations[0]).toMatchObject({ speaker: 'Maha Vajiralongkorn' });
    expect(answer.citations[0]!.quote).toMatch(/she still retains her status/);
    exactSpans(answer.citations);
  });

  it('finds the one holder of an office asked for by its place where several are quoted there', async () => {
    // "Vladimir Putin, president of Russia", among other presidents quoted where Russia is named.
    const putin = await ask(library, "russian president on mugabe's death");
    expect(putin.citations[0]).toMatchObject({ speaker: 'Vladimir Putin' });
    // The office as one phrase: "England's transport secretary", not a union's general secretary.
    expect((await ask(library, 'uk transport secretary on face coverings')).citations[0]).toMatchObject({ speaker: 'Grant Shapps' });
    expect((await ask(library, 'former french president on chirac')).citations[0]).toMatchObject({ speaker: 'Nicolas Sarkozy' });
    // …and asked about a story he never spoke on, nobody else's words.
    expect((await ask(library, 'the uk transport secretary on train strikes')).citations).toEqual([]);
    // The place by its people's name, or with a possessive; an office by its other name.
    expect((await ask(library, 'what did the bahamian prime minister say about the hurricane')).citations[0]).toMatchObject({ speaker: 'Hubert Minnis' });
    expect((await ask(library, "poland's interior minister on the escape room fire")).citations[0]).toMatchObject({ speaker: 'Joachim Brudziński' });
    expect((await ask(library, 'what did the red cross chairman say about typhoon phanfone')).citations[0]).toMatchObject({ speaker: 'Richard Gordon' });
    // An article that names the place but calls the holder another country's is not theirs:
    // the G7 article lists Japan and quotes the "British Prime Minister".
    expect((await ask(library, 'what did the japanese prime minister say about the amazon fires')).citations).toEqual([]);
  });

  it('reads a story by its names alone where its only other word is one any story has ("case")', async () => {
    const answer = await ask(library, 'bruce mcarthur case, who was quoted');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every((c) => fileOf.get(c.articleId) === 22)).toBe(true);
  });

  it('finds an interstate typed as chat shortens it ("i-75") where the article names it "Interstate 75"', async () => {
    const answer = await ask(library, 'what did witnesses say about the i-75 pileup in florida');
    expect(fileOf.get(answer.citations[0]!.articleId)).toBe(4);
  });

  it('answers a question anchored in time from the articles of that time', async () => {
    const answer = await ask(library, 'what did trump say in september 2019 about ukraine');
    expect(fileOf.get(answer.citations[0]!.articleId)).toBe(123);
    // Published from a week before the month to six weeks after it: not the December impeachment.
    for (const c of answer.citations) expect(c.publishedAt! >= '2019-08-25' && c.publishedAt! <= '2019-11-14').toBe(true);
    expect(answer.question).toBe('what did trump say in september 2019 about ukraine');
    // The words of time, at the head of a message, are no part of its lead-in or its speaker.
    expect((await ask(library, 'jan 2019, the russian building collapse. what did the emergencies minister say')).citations[0]).toMatchObject({ speaker: 'Yevgeny Zinichev' });
  });

  it("puts someone's latest or first words first when a question asks for them by when", async () => {
    // Pompeo is quoted on Iran from January 2019 (Mahan Air) to January 2020 (the airliner).
    const first = await ask(library, "pompeo's earliest comments on iran");
    expect(first.citations[0]?.speaker).toBe('Mike Pompeo');
    expect(fileOf.get(first.citations[0]!.articleId)).toBe(16);
    const latest = await ask(library, "pompeo's latest on iran");
    expect(fileOf.get(latest.citations[0]!.articleId)).toBe(176);
    // Pelosi on impeachment, from the inquiry (September 2019) to the articles (January 2020).
    expect(fileOf.get((await ask(library, "what's the latest from pelosi on impeachment")).citations[0]!.articleId)).toBe(177);
    // "the latest on navalny" asks for what was said on him, newest first.
    expect((await ask(library, "what's the latest on navalny, who said what")).citations.map((c) => fileOf.get(c.articleId))).toContain(197);
  });

  it('puts the words that close (or open) an article first when a question asks for them by place', async () => {
    // The escape room fire (file 3) quotes Duda first and Kosiec and the fire service later.
    const starts = (answer: { citations: Array<{ articleId: string; start: number }> }) => answer.citations.filter((c) => c.articleId === answer.citations[0]!.articleId).map((c) => c.start);
    const closing = await ask(library, 'who has the last word in the escape room fire story');
    expect(fileOf.get(closing.citations[0]!.articleId)).toBe(3);
    expect(starts(closing)[0]).toBe(Math.max(...starts(closing)));
    const opening = await ask(library, 'the opening quote of the escape room fire article');
    expect(opening.citations[0]).toMatchObject({ speaker: 'Andrzej Duda' });
    expect(starts(opening)[0]).toBe(Math.min(...starts(opening)));
    // Asked of one speaker, their words near the article's end lead.
    const duda = await ask(library, 'what did duda say at the end of the escape room fire article');
    expect(duda.citations[0]).toMatchObject({ speaker: 'Andrzej Duda', quote: expect.stringContaining('May God protect') });
  });

  it("shows someone's other words first when a question asks past those the asker has", async () => {
    // Rouhani's Gulf article quotes him four times, "a calamity for this region" among them.
    const answer = await ask(library, 'rouhani said their presence has been a calamity for the region, what else did he say');
    const gulf = answer.citations.filter((c) => c.articleId === answer.citations[0]!.articleId && c.speaker === 'Hassan Rouhani');
    expect(gulf.length).toBeGreaterThan(1);
    expect(gulf[0]!.quote).not.toMatch(/calamity/);
    expect(gulf.at(-1)!.quote).toMatch(/calamity/);
  });

  it('says when nothing in the library is from the time a question asks about, and what times it holds', async () => {
    const answer = await ask(library, 'what did macron say when notre dame reopened in december 2024');
    expect(answer.citations).toEqual([]);
    expect(answer.text).toBe('Nothing in this library from december 2024: its articles are from 2019-01-04 to 2026-01-08.');
    // Someone quoted, asked about a time the library holds but not their words then.
    const erdogan = await ask(library, 'what did erdogan say about hagia sophia in july 2020');
    expect(erdogan.citations).toEqual([]);
    expect(erdogan.text).toBe('Nothing from Recep Tayyip Erdoğan in this library from july 2020: the articles quoting them are from 2019-03-31 to 2019-10-15.');
    expect((await ask(library, 'what did erdogan say about hagia sophia in march 2019')).citations[0]).toMatchObject({ speaker: 'Recep Tayyip Erdoğan' });
    // A date in what someone is asked to have said is its words, not when they said it; "did
    // he say that in july 2020" still asks when.
    expect((await ask(library, 'did erdogan say hagia sophia would become a mosque again in 2020')).citations[0]).toMatchObject({ speaker: 'Recep Tayyip Erdoğan' });
    // (…a pronoun's contraction as well: "he'd run in 2020".)
    expect((await ask(library, "did larry sharpe say he'd run in 2020")).citations[0]).toMatchObject({ speaker: 'Larry Sharpe' });
    expect((await ask(library, 'did erdogan say that in july 2020')).text).toMatch(/^Nothing from Recep Tayyip Erdoğan in this library from july 2020:/);
    // …and so is one after a deed asked about, which a year may be ahead of (Kokesh spoke in
    // 2019 of running in 2020); "about hagia sophia in july 2020" still asks when.
    expect((await ask(library, 'what did kokesh say about running for president in 2020')).citations[0]).toMatchObject({ speaker: 'Adam Kokesh' });
    // An office is no one person at every time: not "Nothing from" whoever holds it elsewhere.
    expect((await ask(library, 'what did the committee chair say about the physics nobel on 2019-10-10')).text).not.toMatch(/^Nothing from Jerrold Nadler/);
  });

  it('summarizes an article with its own sentences, in order', async () => {
    const answer = await summarize(library, 'Magnitogorsk');
    // Magnitogorsk's story has over 25 sentences, so it gets the longer summary.
    expect(answer.citations.length).toBe(5);
    expect(answer.citations[0]!.quote).toMatch(/^An apartment building collapsed on Monday in Magnitogorsk/);
    expect(new Set(answer.citations.map((c) => c.articleId)).size).toBe(1);
    const starts = answer.citations.map((c) => c.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    exactSpans(answer.citations);
  });

  it('serves the same search as a LangChain retriever', async () => {
    const docs = await new LibraryRetriever({ library, k: 2 }).invoke('Why might zebras have evolved stripes?');
    expect(docs).toHaveLength(2);
    expect(fileOf.get(docs[0]!.metadata.articleId as string)).toBe(37);
    expect(library.getArticle(docs[0]!.metadata.articleId as string).text.slice(docs[0]!.metadata.start, docs[0]!.metadata.end)).toBe(docs[0]!.pageContent);
  });
});
