/**
 * Who-said-what questions over ../shared/corpus, typed the way people type in a chat
 * (lower case, typos, half sentences), each with its gold quotes: an exact span of the
 * corpus article (a distinctive part of the quote, located in the article's stored text by
 * the bench) and the speaker's full name as the article gives it. Written before any
 * tuning on them; `split` alternates dev and test. Tune on dev only; test is reported once.
 *
 * Kinds: `named` (one person on a topic), `story` (everyone on one story), `across`
 * (reactions over several articles), `none` (nothing in the corpus answers: a person
 * never quoted, or a story it does not cover; the answer must abstain).
 */
export interface Gold {
  /** The corpus file number (001–200). */
  file: number;
  /** A verbatim part of the quote, as the article has it. */
  quote: string;
  speaker: string;
}

export interface WhoSaidQuestion {
  question: string;
  kind: 'named' | 'story' | 'across' | 'none';
  gold: Gold[];
}

const g = (file: number, quote: string, speaker: string): Gold => ({ file, quote, speaker });

const QUESTIONS: WhoSaidQuestion[] = [
  // ——— one named person on a topic ———
  { kind: 'named', question: 'what did donald tusk say after the gdansk mayor was stabbed', gold: [g(12, "Let's all pray for Mayor Adamowicz", 'Donald Tusk')] },
  { kind: 'named', question: 'what did the surgeon stefaniak say about adamowicz', gold: [g(12, 'The next hours will decide everything', 'Tomasz Stefaniak')] },
  { kind: 'named', question: 'morawiecki reaction to the gdansk stabbing?', gold: [g(12, 'We are with Mayor Adamowicz in our thoughts and prayers', 'Mateusz Morawiecki')] },
  { kind: 'named', question: 'what did andrzej duda say about the escape room fire victims', gold: [g(3, 'joyful girls starting out in life', 'Andrzej Duda')] },
  { kind: 'named', question: 'how did jacinda ardern respond to the christchurch shooting', gold: [g(42, 'I have instructed ODESC', 'Jacinda Ardern')] },
  { kind: 'named', question: 'what did greg barton say about the guns used in christchurch', gold: [g(42, 'The attacker was using a couple of guns', 'Greg Barton')] },
  { kind: 'named', question: 'what was cardinal ouellet take on bishops reporting abuse', gold: [g(56, 'We have said for years that priests should follow certain strict rules', 'Marc Ouellet')] },
  { kind: 'named', question: 'what did peter iseley think of the popes new abuse rules', gold: [g(56, 'Bishops reporting to themselves', 'Peter Iseley')] },
  { kind: 'named', question: 'what did kaczynski promise about child abusers', gold: [g(57, 'We prepared changes to the penal code', 'Jarosław Kaczyński')] },
  { kind: 'named', question: 'what did jennifer lu say about taiwan same sex marriage law', gold: [g(60, "t's still not full marriage rights", 'Jennifer Lu')] },
  { kind: 'named', question: 'what did patricia spearman say about nevadas female majority', gold: [g(27, "It's been a long, hard fight", 'Patricia Ann Spearman')] },
  { kind: 'named', question: 'selena torres comments on the nevada legislature?', gold: [g(27, 'to be a Latina sitting in that majority', 'Selena Torres')] },
  { kind: 'named', question: 'what did kelly dittmar say about women in state legislatures', gold: [g(27, 'Women hold fewer than 30 percent of state legislative seats', 'Kelly Dittmar')] },
  { kind: 'named', question: 'what did chris fallows say about the sevengill sharks', gold: [g(33, 'In 18+ years of working at Seal Island', 'Chris Fallows')] },
  { kind: 'named', question: 'how did xavier becerra react to trumps border emergency', gold: [g(36, 'President Trump treats the rule of law with utter contempt', 'Xavier Becerra')] },
  { kind: 'named', question: 'what did elon musk say after crew dragon docked', gold: [g(40, "To be frank I'm a little emotionally exhausted", 'Elon Musk')] },
  { kind: 'named', question: 'what did judge amy berman jackson say to manafort', gold: [g(41, "Saying I'm sorry I got caught is not an inspiring plea for leniency", 'Amy Berman Jackson')] },
  { kind: 'named', question: 'what did ford say about the emissions investigation', gold: [g(51, 'Ford is fully cooperating with the government', 'Ford')] },
  { kind: 'named', question: 'what did jing-shan zhao say about flapping dinosaurs', gold: [g(54, 'Our work shows that the motion of flapping feathered wings', 'Jing-Shan Zhao')] },
  { kind: 'named', question: 'did john hutchinson agree with the dinosaur flapping study', gold: [g(54, 'this study does lay groundwork', 'John Hutchinson')] },
  { kind: 'named', question: 'what did robert thompson say about gloria vanderbilt', gold: [g(64, 'The thing that really made Gloria Vanderbilt penetrate the American consciousness', 'Robert Thompson')] },
  { kind: 'named', question: 'what did samir dilou think about the niqab ban', gold: [g(69, 'Tunisia is facing terrorist attacks', 'Samir Dilou')] },
  { kind: 'named', question: 'souhail alouini on banning face veils?', gold: [g(69, 'We proposed a bill in 2016', 'Souhail Alouini')] },
  { kind: 'named', question: 'what did rossello say when he resigned', gold: [g(78, 'Despite having the democratic mandate of the people who elected me', 'Ricardo Rosselló')] },
  { kind: 'named', question: 'how did wanda vazquez react to rosellos resignation', gold: [g(78, 'I understand he made the right decision', 'Wanda Vázquez')] },
  { kind: 'named', question: 'what did yvette cooper say about suspending parliament', gold: [g(90, 'Boris Johnson is trying to use the Queen to concentrate power', 'Yvette Cooper')] },
  { kind: 'named', question: 'philip hammond reaction to the prorogation', gold: [g(90, 'It would be a constitutional outrage', 'Philip Hammond')] },
  { kind: 'named', question: 'what did joanna cherry say after the scottish court ruling', gold: [g(105, 'Now, for every moment Parliament remains prorogued', 'Joanna Cherry')] },
  { kind: 'named', question: 'what did hubert minnis say about abaco after dorian', gold: [g(96, 'Parts of Abaco are decimated', 'Hubert Minnis')] },
  { kind: 'named', question: 'what did joshua wong say about the bill withdrawal', gold: [g(97, 'Whenever there are signs of sending a palm branch', 'Joshua Wong')] },
  { kind: 'named', question: 'what did carrie lam say when she withdrew the extradition bill', gold: [g(97, 'The government will fully withdraw the bill', 'Carrie Lam')] },
  { kind: 'named', question: 'what did carrie lam say about hong kong independence in her video speech', gold: [g(145, 'any acts that advocate Hong Kong', 'Carrie Lam')] },
  { kind: 'named', question: 'what did ma ngok say about the district council elections', gold: [g(163, 'The government and the pro-Beijing camp have always claimed they have public support', 'Ma Ngok')] },
  { kind: 'named', question: 'what did trump say about pressuring ukraine', gold: [g(123, 'I put no pressure on them whatsoever', 'Donald Trump')] },
  { kind: 'named', question: 'what did zelensky say about being pressured', gold: [g(123, 'Nobody can put pressure on me because I am the president of an independent state', 'Volodymyr Zelensky')] },
  { kind: 'named', question: 'what did mark amodei say about the impeachment inquiry', gold: [g(123, "I'm a big fan of oversight", 'Mark Amodei')] },
  { kind: 'named', question: 'what did pelosi say before sending the impeachment articles', gold: [g(177, 'The American people deserve the truth, and the Constitution demands a trial', 'Nancy Pelosi')] },
  { kind: 'named', question: 'what did tedros say when covid was declared a pandemic', gold: [g(186, 'All countries can still change the course of this pandemic', 'Tedros Adhanom Ghebreyesus')] },
  { kind: 'named', question: 'what did wendy parmet say about naming the virus', gold: [g(181, 'People tend to think of the disease as belonging to', 'Wendy Parmet')] },
  { kind: 'named', question: 'what did monica schoch-spana warn about disease names', gold: [g(181, 'People with a different national, ethnic or religious background', 'Monica Schoch-Spana')] },
  { kind: 'named', question: 'what did morgan ortagus say about the iraqi parliament vote', gold: [g(174, 'While we await further clarification on the legal nature', 'Morgan Ortagus')] },
  { kind: 'named', question: 'what did delfin lorenzana say about the jolo cathedral bombing', gold: [g(20, 'We will use the full force of the law', 'Delfin Lorenzana')] },
  { kind: 'named', question: 'what did the judge gray miller say about drafting only men', gold: [g(38, 'While historical restrictions on women in the military', 'Gray Miller')] },
  { kind: 'named', question: 'what did boris johnson say about getting brexit done by october 31', gold: [g(102, 'W]e must get Brexit done', 'Boris Johnson'), g(90, "We're not going to wait until Oct. 31", 'Boris Johnson')] },
  { kind: 'named', question: 'erdogan hagia sophia quote?', gold: [g(46, 'we will change Hagia Sophia', 'Recep Tayyip Erdoğan')] },
  { kind: 'named', question: 'what did george kimbrell say about the monarch butterfly count', gold: [g(24, "This year's count is a temporary reprieve", 'George Kimbrell')] },
  { kind: 'named', question: 'what did munks wife mary say after he died', gold: [g(29, 'We thought he would live forever', 'Mary')] },
  { kind: 'named', question: 'what did ucsd chancellor khosla say about walter munk', gold: [g(29, 'Walter was the most brilliant scientist I have ever known', 'Pradeep Khosla')] },
  { kind: 'named', question: 'steve winwood on ginger bakers death?', gold: [g(132, 'A very sad loss, and my condolences to his family and friends', 'Steve Winwood')] },
  { kind: 'named', question: 'what did carlotta weibl say about renaming the ship alan kurdi', gold: [g(31, 'shall be a reminder of what our work is really about', 'Carlotta Weibl')] },
  { kind: 'named', question: 'what did doris day say about her goody two shoes image', gold: [g(58, 'I have the unfortunate reputation of being Miss Goody Two-Shoes', 'Doris Day')] },
  { kind: 'named', question: 'what did maurizio cattelan think when his gold toilet was stolen', gold: [g(110, "I thought it was a prank", 'Maurizio Cattelan')] },
  { kind: 'named', question: 'what did the police say about the stolen gold toilet', gold: [g(110, 'We are continuing to investigate this incident', 'Steven Jones')] },
  { kind: 'named', question: 'what did kipchoge say after running under two hours', gold: [g(142, 'They are among the best athletes in the world', 'Eliud Kipchoge')] },
  { kind: 'named', question: 'what did paula radcliffe say about kosgei breaking her record', gold: [g(143, 'I always knew this time would come', 'Paula Radcliffe')] },
  { kind: 'named', question: 'brigid kosgei reaction to her chicago marathon record', gold: [g(143, 'I was not expecting this', 'Brigid Kosgei')] },
  { kind: 'named', question: 'what did ulf danielsson say about the physics nobel', gold: [g(136, 'tell us something essential, something existential about our place in the Universe', 'Ulf Danielsson')] },

  // ——— everyone on one story ———
  { kind: 'story', question: 'who said what about the gdansk mayor attack', gold: [g(12, "Let's all pray for Mayor Adamowicz", 'Donald Tusk'), g(12, 'We are with Mayor Adamowicz in our thoughts and prayers', 'Mateusz Morawiecki'), g(12, 'Today I am unconditionally with him', 'Andrzej Duda')] },
  { kind: 'story', question: 'who commented on the christchurch mosque shootings and what did they say', gold: [g(42, 'I have instructed ODESC', 'Jacinda Ardern'), g(42, 'The attacker was using a couple of guns', 'Greg Barton')] },
  { kind: 'story', question: 'reactions to the popes order on reporting sex abuse', gold: [g(56, 'We have said for years that priests should follow certain strict rules', 'Marc Ouellet'), g(56, 'Bishops reporting to themselves', 'Peter Iseley')] },
  { kind: 'story', question: 'what are people saying about nevada having a female majority legislature', gold: [g(27, "It's been a long, hard fight", 'Patricia Ann Spearman'), g(27, 'to be a Latina sitting in that majority', 'Selena Torres'), g(27, 'Women hold fewer than 30 percent', 'Kelly Dittmar')] },
  { kind: 'story', question: 'who was quoted about tunisia banning face veils', gold: [g(69, 'Tunisia is facing terrorist attacks', 'Samir Dilou'), g(69, 'We proposed a bill in 2016', 'Souhail Alouini')] },
  { kind: 'story', question: 'quotes about the turpin parents sentencing', gold: [g(50, 'I love my children and I believe my children love me', 'David Turpin'), g(50, 'I really look forward to the day I can see them', 'Louise Turpin')] },
  { kind: 'story', question: 'who said what about the dinosaur flapping study', gold: [g(54, 'Our work shows that the motion of flapping feathered wings', 'Jing-Shan Zhao'), g(54, 'this study does lay groundwork', 'John Hutchinson')] },
  { kind: 'story', question: 'what did people say about the queen suspending parliament', gold: [g(90, 'Boris Johnson is trying to use the Queen', 'Yvette Cooper'), g(90, 'It would be a constitutional outrage', 'Philip Hammond'), g(90, "We're not going to wait until Oct. 31", 'Boris Johnson')] },
  { kind: 'story', question: 'who commented on the hong kong district council results', gold: [g(163, 'Every little step matters', 'Kitty Mak'), g(163, 'The government and the pro-Beijing camp have always claimed', 'Ma Ngok')] },
  { kind: 'story', question: 'who said what about the extradition bill being withdrawn', gold: [g(97, 'The government will fully withdraw the bill', 'Carrie Lam'), g(97, 'Whenever there are signs of sending a palm branch', 'Joshua Wong'), g(97, 'escalated to a point where not even Beijing knows', 'Katya')] },
  { kind: 'story', question: 'what did experts say about naming the coronavirus covid-19', gold: [g(181, 'People tend to think of the disease as belonging to', 'Wendy Parmet'), g(181, 'People with a different national, ethnic or religious background', 'Monica Schoch-Spana')] },
  { kind: 'story', question: 'reactions to puerto rico governor resigning', gold: [g(78, 'Despite having the democratic mandate', 'Ricardo Rosselló'), g(78, 'I understand he made the right decision', 'Wanda Vázquez')] },
  { kind: 'story', question: 'who said what about the great white sharks disappearing from false bay', gold: [g(33, 'In 18+ years of working at Seal Island', 'Chris Fallows')] },
  { kind: 'story', question: 'what was said about the states suing over the border wall emergency', gold: [g(36, 'President Trump treats the rule of law with utter contempt', 'Xavier Becerra')] },
  { kind: 'story', question: 'who reacted to the iraqi vote to expel us troops', gold: [g(174, 'While we await further clarification', 'Morgan Ortagus')] },
  { kind: 'story', question: 'who said what when the who declared a pandemic', gold: [g(186, 'All countries can still change the course of this pandemic', 'Tedros Adhanom Ghebreyesus'), g(186, 'we have never before seen a pandemic that can be controlled at the same time', 'Tedros Adhanom Ghebreyesus')] },
  { kind: 'story', question: 'what did officials say after the crew dragon docking', gold: [g(40, "To be frank I'm a little emotionally exhausted", 'Elon Musk')] },
  { kind: 'story', question: 'hagia sophia mosque plan, who said what?', gold: [g(46, 'we will change Hagia Sophia', 'Recep Tayyip Erdoğan')] },
  { kind: 'story', question: 'who commented on the ukraine call and the special envoy resigning', gold: [g(123, 'I put no pressure on them whatsoever', 'Donald Trump'), g(123, 'Nobody can put pressure on me', 'Volodymyr Zelensky'), g(123, "I'm a big fan of oversight", 'Mark Amodei')] },
  { kind: 'story', question: 'what did people say about the cathedral bombing in the philippines', gold: [g(20, 'We will use the full force of the law', 'Delfin Lorenzana')] },

  // ——— reactions across several articles ———
  { kind: 'across', question: 'how did politicians react to johnson suspending parliament and then to the court rulings on it', gold: [g(90, 'Boris Johnson is trying to use the Queen', 'Yvette Cooper'), g(90, 'It would be a constitutional outrage', 'Philip Hammond'), g(105, 'Now, for every moment Parliament remains prorogued', 'Joanna Cherry')] },
  { kind: 'across', question: 'what did carrie lam say over the months of hong kong protests', gold: [g(97, 'The government will fully withdraw the bill', 'Carrie Lam'), g(145, 'any acts that advocate Hong Kong', 'Carrie Lam'), g(145, 'The Hong Kong economy has already slipped into a technical recession', 'Carrie Lam')] },
  { kind: 'across', question: 'who said what through the puerto rico governor crisis', gold: [g(78, 'Despite having the democratic mandate', 'Ricardo Rosselló'), g(78, 'I understand he made the right decision', 'Wanda Vázquez')] },
  { kind: 'across', question: 'what did people say during the trump impeachment from the inquiry to the senate trial', gold: [g(123, 'I put no pressure on them whatsoever', 'Donald Trump'), g(177, 'The American people deserve the truth', 'Nancy Pelosi'), g(118, 'House of Representatives is moving forward with an official impeachment inquiry', 'Nancy Pelosi')] },
  { kind: 'across', question: 'voices from the hong kong protests, from the bill to the elections', gold: [g(97, 'Whenever there are signs of sending a palm branch', 'Joshua Wong'), g(163, 'Every little step matters', 'Kitty Mak'), g(163, 'The government and the pro-Beijing camp', 'Ma Ngok')] },
  { kind: 'across', question: 'what did the who and experts say as the coronavirus spread', gold: [g(181, 'People tend to think of the disease as belonging to', 'Wendy Parmet'), g(186, 'All countries can still change the course of this pandemic', 'Tedros Adhanom Ghebreyesus')] },
  { kind: 'across', question: 'what did polish leaders say about the tragedies in poland this year', gold: [g(3, 'joyful girls starting out in life', 'Andrzej Duda'), g(12, 'Today I am unconditionally with him', 'Andrzej Duda'), g(12, "Let's all pray for Mayor Adamowicz", 'Donald Tusk')] },
  { kind: 'across', question: 'what did boris johnson say about brexit and parliament across the coverage', gold: [g(90, "We're not going to wait until Oct. 31", 'Boris Johnson'), g(102, 'W]e must get Brexit done', 'Boris Johnson')] },
  { kind: 'across', question: 'what did marathon runners say about breaking records this year', gold: [g(142, 'They are among the best athletes in the world', 'Eliud Kipchoge'), g(143, 'I was not expecting this', 'Brigid Kosgei')] },
  { kind: 'across', question: 'how did people react to deaths of famous people like doris day and walter munk', gold: [g(29, 'We thought he would live forever', 'Mary'), g(58, "I've been through everything", 'Doris Day')] },
  { kind: 'across', question: 'reactions to church sex abuse scandals in the news', gold: [g(56, 'Bishops reporting to themselves', 'Peter Iseley'), g(57, 'We prepared changes to the penal code', 'Jarosław Kaczyński')] },

  // ——— nothing answers it ———
  { kind: 'none', question: 'what did nigel farage say about the brexit party', gold: [] },
  { kind: 'none', question: 'what did angela merkels spokesman say about tariffs on cars', gold: [] },
  { kind: 'none', question: 'how did taylor swift react to the grammys', gold: [] },
  { kind: 'none', question: 'what did elon musk say about buying twitter', gold: [] },
  { kind: 'none', question: 'who commented on the wildfire in maui', gold: [] },
  { kind: 'none', question: 'what did emmanuel macron say about pension reform strikes', gold: [] },
  { kind: 'none', question: 'reactions to the titanic submersible implosion', gold: [] },
  { kind: 'none', question: 'what did jeff bezos say about amazon layoffs', gold: [] },
  { kind: 'none', question: 'who said what about the 2023 turkey earthquake', gold: [] },
  { kind: 'none', question: 'what did the pope say about artificial intelligence', gold: [] },
  { kind: 'none', question: 'how did lionel messi react to winning the world cup', gold: [] },
  { kind: 'none', question: 'what did rishi sunak say about the rwanda plan', gold: [] },
  { kind: 'none', question: 'who was quoted about the silicon valley bank collapse', gold: [] },
  { kind: 'none', question: 'what did joe biden say about student loan forgiveness', gold: [] },
  { kind: 'none', question: 'what did scientists say about the new james webb telescope images', gold: [] },
  { kind: 'none', question: 'what did kim jong un say about the missile test over japan', gold: [] },

  // ——— a second batch, written in a later session before any tuning on it ———
  { kind: 'named', question: 'what did ted cruz say about term limits', gold: [g(5, 'For too long, members of Congress have abused their power', 'Ted Cruz')] },
  { kind: 'named', question: 'pelosi on the border wall shutdown?', gold: [g(7, 'We are committed to keeping our border safe', 'Nancy Pelosi')] },
  { kind: 'named', question: 'what did schumer tell trump about the shutdown', gold: [g(7, "don't hold hundreds of thousands of federal workers hostage", 'Chuck Schumer')] },
  { kind: 'named', question: 'what did the us ambassador grenell say about mahan air', gold: [g(16, 'contributed to incredible human suffering', 'Richard Grenell')] },
  { kind: 'named', question: 'what did michael siegel find about guns and youth suicide', gold: [g(18, "the strongest single predictor of a state's youth suicide rate", 'Michael Siegel')] },
  { kind: 'named', question: 'what did sophie obadia say after the verdict', gold: [g(23, "Women in France who have been raped don't have to justify their private life", 'Sophie Obadia')] },
  { kind: 'named', question: 'sadiq khan tweet about the brexit march', gold: [g(44, 'thousands of people from across our city and country have come together', 'Sadiq Khan')] },
  { kind: 'named', question: 'what did kay ivey say when she signed the abortion ban', gold: [g(59, 'Today, I signed into law the Alabama Human Life Protection Act', 'Kay Ivey')] },
  { kind: 'named', question: 'what did issoufou say about nigeria joining the free trade zone', gold: [g(70, "Nigeria is Africa's biggest economy", 'Mahamadou Issoufou')] },
  { kind: 'named', question: 'how did john roberts react to justice stevens death', gold: [g(73, 'I am saddened to report that our colleague Justice John Paul Stevens has passed away', 'John G. Roberts')] },
  { kind: 'named', question: 'what did marcelo ebrard say about the el paso shooter', gold: [g(82, 'For Mexico, this individual is a terrorist', 'Marcelo Ebrard')] },
  { kind: 'named', question: 'bolsonaro response to macron about the amazon fires', gold: [g(89, 'evokes a colonialist mentality', 'Jair Bolsonaro')] },
  { kind: 'named', question: 'what did putin say when mugabe died', gold: [g(100, 'Many important dates in Zimbabwe’s modern history are tied to the name of Robert Mugabe', 'Vladimir Putin')] },
  { kind: 'named', question: 'what did pompeo say after bolton was fired', gold: [g(104, "I don't think that any leader around the world should make any assumption", 'Mike Pompeo')] },
  { kind: 'named', question: 'de blasio on ending his campaign', gold: [g(113, 'it’s clearly not my time', 'Bill de Blasio')] },
  { kind: 'named', question: 'what did rouhani say about foreign forces in the gulf', gold: [g(115, 'The presence of foreign forces can be dangerous for the region', 'Hassan Rouhani')] },
  { kind: 'named', question: 'what did tony abbot say about the nsw abortion bill', gold: [g(120, 'It is a license for sex-selection abortions', 'Tony Abbott')] },
  { kind: 'named', question: 'what did hatice cengiz say about the crown prince admitting it', gold: [g(121, "By confessing this, he's also distancing himself from the killing of Jamal", 'Hatice Cengiz')] },
  { kind: 'named', question: 'what did steve peers say about the facebook ruling', gold: [g(131, 'Facebook has to also search for different variations of it', 'Steve Peers')] },
  { kind: 'named', question: 'nikki haley reaction to pulling troops out of syria', gold: [g(134, 'We must always have the backs of our allies', 'Nikki Haley')] },
  { kind: 'named', question: 'what did harry dunns mother say about anne sacoolas', gold: [g(138, "She didn't purposely drive on the other side of the road", 'Charlotte Charles')] },
  { kind: 'named', question: 'what did ted scambos say about the ice shelf', gold: [g(141, 'warm water cuts into the shelf from below', 'Ted Scambos')] },
  { kind: 'named', question: 'what did stoltenberg say about turkey invading syria', gold: [g(144, 'I count on Turkey to act with restraint', 'Jens Stoltenberg')] },
  { kind: 'named', question: 'what did zelenskyy want from iran after the plane was shot down', gold: [g(176, 'We expect from Iran assurances of their readiness', 'Volodymyr Zelenskyy')] },
  { kind: 'named', question: 'brian hook on the iran arrest warrant for trump', gold: [g(195, 'It is a propaganda stunt that no-one takes seriously', 'Brian Hook')] },
  { kind: 'named', question: 'what did livermore say about how the superbug e coli spreads', gold: [g(151, 'the likeliest route of transmission for ESBL-E. coli is directly from human to human', 'David Livermore')] },
  { kind: 'named', question: 'what did boris johnson tweet about the amazon fires', gold: [g(89, 'to provide whatever help we can', 'Boris Johnson')] },
  { kind: 'named', question: 'what did mike ryan from the who say about stopping ebola', gold: [g(84, 'good surveillance, good infection prevention and control', 'Mike Ryan')] },

  { kind: 'story', question: 'who said what about trump threatening a national emergency for the wall', gold: [g(7, 'I can do it [call a national emergency] if I want', 'Donald Trump'), g(7, 'We are committed to keeping our border safe', 'Nancy Pelosi'), g(7, "don't hold hundreds of thousands of federal workers hostage", 'Chuck Schumer'), g(7, 'in the midst of a crisis on our southern border', 'Mike Pence')] },
  { kind: 'story', question: 'who reacted to the nsw abortion vote', gold: [g(120, 'It is a license for sex-selection abortions', 'Tony Abbott'), g(120, 'The current law has meant women and doctors', 'Penny Sharpe'), g(120, 'We have moved the bill to a better place', 'Tanya Davies')] },
  { kind: 'story', question: 'what did people say about bolton getting fired', gold: [g(104, 'I informed John Bolton last night', 'Donald Trump'), g(104, 'I offered to resign last night', 'John R. Bolton'), g(104, "I don't think that any leader around the world", 'Mike Pompeo')] },
  { kind: 'story', question: 'who commented on the people who stopped the london bridge attacker', gold: [g(164, 'I did what any Londoner would do', 'Thomas Gray'), g(164, 'I am in awe of the people who ran towards danger', 'Sadiq Khan')] },
  { kind: 'story', question: 'what were people saying about the new ebola treatments', gold: [g(84, 'we will no longer say that Ebola is incurable', 'Jean-Jacques Muyembe'), g(84, 'good surveillance, good infection prevention and control', 'Mike Ryan')] },
  { kind: 'story', question: 'reactions to iran shooting down the ukrainian plane', gold: [g(176, 'deeply regrets this disastrous mistake', 'Hassan Rouhani'), g(176, 'We expect from Iran assurances of their readiness', 'Volodymyr Zelenskyy')] },
  { kind: 'story', question: 'who said what about the african free trade deal', gold: [g(70, 'the framework we have is enough to start trading', 'Albert Muchanga'), g(70, "Nigeria is Africa's biggest economy", 'Mahamadou Issoufou'), g(70, 'The success of the AfCFTA will be the real test', 'Abdel Fattah el-Sisi')] },

  { kind: 'across', question: 'what has sadiq khan said in the news this year', gold: [g(44, 'thousands of people from across our city and country have come together', 'Sadiq Khan'), g(164, 'I am in awe of the people who ran towards danger', 'Sadiq Khan')] },
  { kind: 'across', question: 'what has mike pompeo been saying about iran and bolton', gold: [g(16, 'The airline transports weapons and fighters across the Middle East', 'Mike Pompeo'), g(104, "I don't think that any leader around the world", 'Mike Pompeo')] },
  { kind: 'across', question: 'how did people react when the us pulled out of syria and turkey went in', gold: [g(134, 'We must always have the backs of our allies', 'Nikki Haley'), g(134, 'it is a stab in the back for the SDF', 'Kino Gabriel'), g(144, 'I count on Turkey to act with restraint', 'Jens Stoltenberg')] },
  { kind: 'across', question: 'what did rouhani say this year about the gulf and the plane', gold: [g(115, 'The presence of foreign forces can be dangerous for the region', 'Hassan Rouhani'), g(176, 'deeply regrets this disastrous mistake', 'Hassan Rouhani')] },
  { kind: 'across', question: 'trump tweets about people quitting, like bolton and de blasio', gold: [g(104, 'I informed John Bolton last night', 'Donald Trump'), g(113, 'Oh no, really big political news', 'Donald Trump')] },
  { kind: 'across', question: 'tributes when mugabe, justice stevens and elijah cummings died', gold: [g(100, 'Many important dates in Zimbabwe’s modern history', 'Vladimir Putin'), g(73, 'I am saddened to report that our colleague', 'John G. Roberts'), g(147, 'was a great man', 'Chuck Schumer')] },

  { kind: 'none', question: 'what did justin trudeau say after winning the election', gold: [] },
  { kind: 'none', question: 'what did trump say about north korea', gold: [] },
  { kind: 'none', question: 'what did pelosi say about climate change', gold: [] },
  { kind: 'none', question: 'what did kamala harris say about the border wall', gold: [] },
  { kind: 'none', question: 'who commented on the beirut explosion', gold: [] },
  { kind: 'none', question: 'reactions to the australian bushfires', gold: [] },
  { kind: 'none', question: 'what did scientists say about the ozone hole closing', gold: [] },
  { kind: 'none', question: 'what did tim cook say about apple and china', gold: [] },
  { kind: 'none', question: 'who was quoted about the ship stuck in the suez canal', gold: [] },
  { kind: 'none', question: 'what did trump say about the sharpie hurricane map', gold: [] },

  // ——— a third batch, written in a later session before any tuning on it ———
  { kind: 'named', question: 'what did zinichev say about the rescue in magnitogorsk', gold: [g(1, 'real threat of [another] part of the building collapsing', 'Yevgeny Zinichev')] },
  { kind: 'named', question: 'what did pelosi pledge when she became speaker again', gold: [g(2, 'I pledge that this Congress will be transparent', 'Nancy Pelosi')] },
  { kind: 'named', question: 'what did the eyewitness devita say about the florida crash', gold: [g(4, 'within probably 15 to 20 seconds of it all, it exploded', 'Vinnie DeVita')] },
  { kind: 'named', question: 'michael morell on tony mendez', gold: [g(15, 'Tony was one of the best officers to ever serve at CIA', 'Michael Morell')] },
  { kind: 'named', question: 'what did ben affleck tweet about mendez', gold: [g(15, 'Tony Mendez was a true American hero', 'Ben Affleck')] },
  { kind: 'named', question: 'what did the judge say about the bradford abusers', gold: [g(39, 'appear not to have shown any respect for the minimum standards of decent behaviour', 'Durham Hall')] },
  { kind: 'named', question: 'what did john rhys-davies say about a sliders reboot', gold: [g(45, "and I are talking to NBC at the moment", 'John Rhys-Davies')] },
  { kind: 'named', question: 'madina bizheva on winning the neurosurgery olympiad', gold: [g(55, 'I give my victory to my mother', 'Madina Bizheva')] },
  { kind: 'named', question: 'what did alexis tipton say about how much anime there is now', gold: [g(62, "I'm so overwhelmed by how much there is", 'Alexis Tipton')] },
  { kind: 'named', question: 'what did pierluisi say when he was sworn in', gold: [g(79, 'If the Senate confirms me, I will be governor until 2020', 'Pedro Pierluisi')] },
  { kind: 'named', question: 'what did wanda vazquez write before she was sworn in', gold: [g(83, 'Puerto Rico needs certainty and stability', 'Wanda Vázquez Garced')] },
  { kind: 'named', question: 'what did sheriff bill brown say about the boat fire', gold: [g(95, 'This is probably the worst-case scenario you can possibly have', 'Bill Brown')] },
  { kind: 'named', question: 'what did the coast guard captain say about calling off the search', gold: [g(95, 'It is never an easy decision to suspend search efforts', 'Monica Rochester')] },
  { kind: 'named', question: 'jonna mendez on her husband', gold: [g(15, 'He could be Pakistani, he could be Mexican', 'Jonna Mendez')] },

  { kind: 'story', question: 'who said what about the magnitogorsk building collapse', gold: [g(1, 'The search and rescue operation is complete', 'Alexander Chupriyan'), g(1, 'real threat of [another] part of the building collapsing', 'Yevgeny Zinichev')] },
  { kind: 'story', question: 'what were people saying about the california boat fire', gold: [g(95, 'This is probably the worst-case scenario', 'Bill Brown'), g(95, 'It is never an easy decision to suspend search efforts', 'Monica Rochester')] },
  { kind: 'story', question: 'reactions to tony mendez dying', gold: [g(15, 'Tony was one of the best officers', 'Michael Morell'), g(15, 'Tony Mendez was a true American hero', 'Ben Affleck'), g(15, 'He could be Pakistani', 'Jonna Mendez')] },
  { kind: 'story', question: 'who commented on the bradford sex abuse sentences', gold: [g(39, 'appear not to have shown any respect', 'Durham Hall'), g(39, 'ripe and vulnerable to manipulation', 'Kama Melly')] },
  { kind: 'story', question: 'who spoke at toronto comicon', gold: [g(45, 'and I are talking to NBC at the moment', 'John Rhys-Davies'), g(45, 'bringing a character to life', 'Lisa Mancini')] },

  { kind: 'across', question: 'what did pelosi say this year, from becoming speaker to impeachment', gold: [g(2, 'I pledge that this Congress will be transparent', 'Nancy Pelosi'), g(177, 'The American people deserve the truth', 'Nancy Pelosi')] },
  { kind: 'across', question: "what did puerto rico's governors say during the crisis", gold: [g(79, 'If the Senate confirms me', 'Pedro Pierluisi'), g(83, 'Puerto Rico needs certainty and stability', 'Wanda Vázquez Garced')] },
  { kind: 'across', question: 'what did guests say at the toronto fan conventions this year', gold: [g(45, 'bringing a character to life', 'Lisa Mancini'), g(62, "I'm so overwhelmed by how much there is", 'Alexis Tipton')] },
  { kind: 'across', question: 'how did officials respond to deadly fires like the florida pileup and the california boat', gold: [g(95, 'This is probably the worst-case scenario', 'Bill Brown'), g(4, 'within probably 15 to 20 seconds of it all', 'Vinnie DeVita')] },

  { kind: 'none', question: 'what did bill gates say about vaccines', gold: [] },
  { kind: 'none', question: 'reactions to the fall of kabul', gold: [] },
  { kind: 'none', question: 'what did ron desantis say about disney', gold: [] },
  { kind: 'none', question: 'what did nasa say about the artemis launch', gold: [] },
  { kind: 'none', question: 'who was quoted about the uvalde school shooting', gold: [] },
  { kind: 'none', question: 'what did greta thunberg say to world leaders at the un', gold: [] },

];

// A fourth batch, written in a later session after its parser work: its dev half was tuned
// on like the rest; its test half, never run before, is reported alone by
// `npm run bench:whosaid -- test 4`.
const FOURTH_BATCH: WhoSaidQuestion[] = [
  { kind: 'named', question: 'what did zapata tell bfm tv after crossing the channel', gold: [g(81, 'Once I managed to stick my heels into the boat', 'Franky Zapata')] },
  { kind: 'named', question: 'hickenlooper on running for the senate instead', gold: [g(85, "I've heard from so many Coloradans who want me to run for the United States Senate", 'John Hickenlooper')] },
  { kind: 'named', question: 'how did modi react to the delhi hotel fire', gold: [g(32, 'Deeply saddened by the loss of lives', 'Narendra Modi')] },
  { kind: 'named', question: 'what did satyendra jain blame for the karol bagh fire', gold: [g(32, 'Buildings can only be constructed up to four floors in Delhi', 'Satyendra Jain')] },
  { kind: 'named', question: 'what was sarkozys reaction when chirac died', gold: [g(119, 'He incarnated a France that was true to its universal values', 'Nicolas Sarkozy')] },
  { kind: 'named', question: 'anne hidalgo tweet about the police hq stabbing', gold: [g(129, 'Paris is mourning its family this afternoon', 'Anne Hidalgo')] },
  { kind: 'named', question: 'what did the louisiana governor say before barry hit', gold: [g(71, 'No one should take this storm lightly', 'John Bel Edwards')] },
  { kind: 'named', question: 'what did nur khan liton say about the slum fires', gold: [g(35, 'as a weapon to evict poor slum dwellers', 'Nur Khan Liton')] },
  { kind: 'named', question: 'what did boris johnson say after he won the election', gold: [g(167, 'I and we will never take your support for granted', 'Boris Johnson')] },
  { kind: 'named', question: 'yolanda yu on the officer who shot the protester', gold: [g(126, "The police officers' lives were seriously threatened", 'Yolanda Yu Hoi-kwan')] },
  { kind: 'named', question: 'what did vasco cordeiro say about lorenzo', gold: [g(125, 'The situation will worsen in the next few hours', 'Vasco Cordeiro')] },
  { kind: 'named', question: 'mick whelan comments on masks on trains', gold: [g(194, 'We have been working closely with the government', 'Mick Whelan')] },

  { kind: 'story', question: 'who said what after chirac died', gold: [g(119, 'Jacques Chirac is part of the history of France', 'Richard Ferrand'), g(119, 'He incarnated a France', 'Nicolas Sarkozy')] },
  { kind: 'story', question: 'what did people say about the karol bagh hotel fire', gold: [g(32, 'Deeply saddened by the loss of lives', 'Narendra Modi'), g(32, 'Buildings can only be constructed up to four floors', 'Satyendra Jain')] },
  { kind: 'story', question: 'who said what about the maidan wardak base bombing', gold: [g(17, 'The explosion was very powerful', 'Sharif Hotak'), g(17, 'hiding accurate casualty figures', 'Sharif Hotak')] },
  { kind: 'story', question: 'who reacted to the killing of soleimani', gold: [g(173, 'an aggression on Iraq as a state, government and people', 'Adil Abdul-Mahdi')] },

  { kind: 'across', question: 'what did hong kong police and protesters say over the summer', gold: [g(86, 'Hong Kong people never back down', 'Wong'), g(126, "The police officers' lives were seriously threatened", 'Yolanda Yu Hoi-kwan')] },
  { kind: 'across', question: 'how did leaders react to the deadly fires in delhi and chittagong', gold: [g(32, 'Deeply saddened by the loss of lives', 'Narendra Modi'), g(35, 'as a weapon to evict poor slum dwellers', 'Nur Khan Liton')] },
  { kind: 'across', question: 'what did officials warn about storms barry and lorenzo', gold: [g(71, 'No one should take this storm lightly', 'John Bel Edwards'), g(125, 'The situation will worsen in the next few hours', 'Vasco Cordeiro')] },
  { kind: 'across', question: "what did french politicians say after chirac's death and the prefecture stabbing", gold: [g(119, 'Jacques Chirac is part of the history of France', 'Richard Ferrand'), g(129, 'Paris is mourning its family this afternoon', 'Anne Hidalgo')] },

  { kind: 'none', question: 'what did elon musk say about the tesla cybertruck', gold: [] },
  { kind: 'none', question: 'what did boeing say about the door plug that blew out', gold: [] },
  { kind: 'none', question: 'what did joe biden say about student loans', gold: [] },
  { kind: 'none', question: 'what did the pope say about the war in ukraine', gold: [] },
  { kind: 'none', question: 'what did jacinda ardern say about the white island eruption', gold: [] },
  { kind: 'none', question: 'how did fans react to the game of thrones finale', gold: [] },
  { kind: 'none', question: 'who commented on the queen elizabeth funeral', gold: [] },
  { kind: 'none', question: 'what did zelensky say about the grain deal', gold: [] },
];

// A fifth batch, written later the same session, after the fourth batch's test half was
// run: its test half is reported once, at the end, by `npm run bench:whosaid -- test 5`.
const FIFTH_BATCH: WhoSaidQuestion[] = [
  { kind: 'named', question: 'what did stamenkovic tell natgeo about the mars brines', gold: [g(8, 'We were absolutely flabbergasted', 'Vlada Stamenković')] },
  { kind: 'named', question: 'gownaris on the penguin sex ratio', gold: [g(19, 'Two decades ago, there were about 1.5 adult male Magellanic penguins', 'Natasha Gownaris')] },
  { kind: 'named', question: 'what did bishop casicas announce', gold: [g(28, 'It is with great sadness that I announce the death', 'Allan Casicas')] },
  { kind: 'named', question: 'parrikar tweet about francis dsouza', gold: [g(34, 'xtremely pained to hear about the demise', 'Manohar Parrikar')] },
  { kind: 'named', question: 'what did rebecca falconer say about the slug glue', gold: [g(48, 'Typical sutures like staples and stitches often lead to scarring', 'Rebecca Falconer')] },
  { kind: 'named', question: 'how did geingob react to iyambos death', gold: [g(61, 'I announce with sadness the passing of my comrade', 'Hage Geingob')] },
  { kind: 'named', question: 'what did the witness travis hood see', gold: [g(67, 'The truck pretty much was like in the middle of the yellow line', 'Travis Hood')] },
  { kind: 'named', question: 'what did angelos tsiaras say about k2-18b', gold: [g(106, 'This is the first potentially habitable planet', 'Angelos Tsiaras')] },
  { kind: 'named', question: "warholm's words after winning the hurdles", gold: [g(124, 'This was a very tough race', 'Karsten Warholm')] },
  { kind: 'named', question: 'what did governor lamont say after the b-17 crash', gold: [g(127, 'My heart really goes out to the families', 'Ned Lamont')] },
  { kind: 'named', question: 'what did sumeet singh say about the outages', gold: [g(135, 'We very much understand the inconvenience', 'Sumeet Singh')] },
  { kind: 'named', question: 'nikki holland on dark web offenders', gold: [g(146, 'Dark web child sex offenders', 'Nikki Holland')] },
  { kind: 'named', question: 'what did tim taylor tell the post about finding the grayback', gold: [g(159, 'It was amazing. Everyone was excited', 'Tim Taylor')] },
  { kind: 'named', question: 'what did kristian andersen say about how the coronavirus spreads', gold: [g(182, 'This virus is clearly much more capable of spreading between humans', 'Kristian Andersen')] },

  { kind: 'story', question: 'who said what about the water found on k2-18b', gold: [g(106, 'This is the first potentially habitable planet', 'Angelos Tsiaras'), g(106, "It's a good sign", 'Ryan Cloutier')] },
  { kind: 'story', question: 'reactions to don imus dying', gold: [g(171, 'He was a rebel, an unapologetic decrier', 'Rob Bartlett')] },
  { kind: 'story', question: 'what did people say about the pg&e power shutoffs', gold: [g(135, 'We very much understand the inconvenience', 'Sumeet Singh'), g(135, 'This is forecast to be the strongest offshore wind event', 'Evan Duffey'), g(135, 'The safety of our customers and the communities we serve', 'Michael Lewis')] },
  { kind: 'story', question: 'who commented on the cow urine party in delhi', gold: [g(188, 'We have been drinking cow urine for 21 years', 'Om Prakash')] },
  { kind: 'story', question: 'who was quoted about typhoon phanfone', gold: [g(170, 'like the younger sibling of Haiyan', 'Cindy Ferrer'), g(170, 'A lot of people have lost their homes', 'Richard Gordon')] },

  { kind: 'across', question: 'what did scientists say about life on mars and the habitable exoplanet', gold: [g(8, 'We were absolutely flabbergasted', 'Vlada Stamenković'), g(106, 'This is the first potentially habitable planet', 'Angelos Tsiaras')] },
  { kind: 'across', question: 'what did officials say after the b-17 crash and the london travelator death', gold: [g(127, 'My heart really goes out to the families', 'Ned Lamont'), g(112, 'This is a truly tragic incident', 'Darren Gough')] },
  { kind: 'across', question: 'how did leaders mourn iyambo and francis dsouza', gold: [g(61, 'I announce with sadness the passing of my comrade', 'Hage Geingob'), g(34, 'xtremely pained to hear about the demise', 'Manohar Parrikar')] },
  { kind: 'across', question: 'what did researchers say about slug glue and the self-cleaning toilet coating', gold: [g(48, 'Typical sutures like staples and stitches', 'Rebecca Falconer'), g(161, 'has developed a robust bio-inspired', 'Tak-Sing Wong')] },
  { kind: 'across', question: 'what were police saying about the dark web bust and the travelator accident', gold: [g(146, 'Dark web child sex offenders', 'Nikki Holland'), g(112, 'This is a truly tragic incident', 'Darren Gough')] },
  { kind: 'across', question: 'what did scientists say about the ibis mummies and the penguins', gold: [g(160, 'The ibis was considered', 'Sally Wasef'), g(19, 'Two decades ago, there were about 1.5 adult male', 'Natasha Gownaris')] },

  { kind: 'none', question: 'what did taylor swift say about her masters', gold: [] },
  { kind: 'none', question: 'who commented on the chernobyl miniseries', gold: [] },
  { kind: 'none', question: 'what did jeff bezos say about his divorce', gold: [] },
  { kind: 'none', question: 'reactions to notre dame reopening', gold: [] },
  { kind: 'none', question: 'what did karsten warholm say about the tokyo olympics', gold: [] },
  { kind: 'none', question: 'who was quoted about the hawaii missile alert', gold: [] },
  { kind: 'none', question: 'what did angela merkel say about eurovision', gold: [] },
  { kind: 'none', question: 'what did scientists say about the asteroid that hit jupiter', gold: [] },
];

// A sixth batch, written at the start of a later session before any tuning in it, mostly
// over articles no earlier question used: its test half is reported once, at the end, by
// `npm run bench:whosaid -- test 6`.
const SIXTH_BATCH: WhoSaidQuestion[] = [
  { kind: 'named', question: 'what did sheldon yett say about samoas vaccination drive', gold: [g(165, "I've seen mass mobilisation campaigns before", 'Sheldon Yett')] },
  { kind: 'named', question: 'keni lesa on the anti vax movement in samoa', gold: [g(165, 'really hammer home their message', 'Keni Lesa')] },
  { kind: 'named', question: 'what did the lincoln county sheriff say about the area 51 raid', gold: [g(114, 'would be more overwhelming than we can handle', 'Kerry Lee')] },
  { kind: 'named', question: 'houthi spokesman sarea on the drone attack on saudi oil', gold: [g(107, 'These attacks are our right', 'Yahya Sarea')] },
  { kind: 'named', question: 'pompeo tweet blaming iran for the oil facility attacks', gold: [g(107, 'no evidence the attacks came from Yemen', 'Mike Pompeo')] },
  { kind: 'named', question: 'what did tim manning say about fema and the covid emergency', gold: [g(187, 'FEMA has an important role in coordinating', 'Tim Manning')] },
  { kind: 'named', question: 'russell zimmerman toilet paper panic buying comment', gold: [g(185, 'you would probably minimise the panic', 'Russell Zimmerman')] },
  { kind: 'named', question: 'how did aumua amata react to the citizenship ruling', gold: [g(168, 'the ruling is particularly unwelcome and inappropriate', 'Aumua Amata')] },
  { kind: 'named', question: 'julian marshall on race and air pollution', gold: [g(162, 'our society is more segregated by race than by income', 'Julian Marshall')] },
  { kind: 'named', question: 'how did maninder thind model power plant pollution', gold: [g(162, 'We looked at emissions from different types of power plants', 'Maninder Thind')] },
  { kind: 'named', question: 'what did ross spano call the impeachment inquiry', gold: [g(155, 'a blatant and obvious coup', 'Ross Spano')] },
  { kind: 'named', question: 'crystal cbearing buffalo quote', gold: [g(148, 'bringing the buffalo back here is going to heal us', "Crystal C'Bearing")] },
  { kind: 'named', question: 'what did devin oldman say about a shared herd with the shoshone', gold: [g(148, "There's no sense in having two private herds", 'Devin Oldman')] },
  { kind: 'named', question: 'wat did mark hay say about local reef management', gold: [g(130, 'local management provides a degree of insurance', 'Mark Hay')] },
  { kind: 'named', question: 'carl lipo on why the moai are where they are', gold: [g(10, 'the statue locations themselves are not a weird ritual place', 'Carl Lipo')] },
  { kind: 'named', question: 'did jo anne van tilburg agree with the easter island water study', gold: [g(10, 'It is highly unlikely, in my view', 'Jo Anne Val Tilburg')] },
  { kind: 'named', question: 'tristan smith theories on the missing tanker namse bangdzod', gold: [g(9, 'There are also some operations done on ships containing hazardous cargoes', 'Tristan Smith')] },
  { kind: 'named', question: 'what did heather antos say about freelancing at fan expo', gold: [g(93, 'You have to work those seven days to earn a weekend', 'Heather Antos')] },
  { kind: 'named', question: 'denise crosby on quitting star trek tng', gold: [g(93, 'This is not what I wanted to become an actor for', 'Denise Crosby')] },
  { kind: 'named', question: 'paul sun hyung lee on finally being a lead', gold: [g(93, 'I felt like Cinderella at the ball', 'Paul Sun-Hyung Lee')] },
  { kind: 'named', question: 'bruno parrilla response to the us flight ban', gold: [g(152, 'I strongly reject new #US blockade measure', 'Bruno Parrilla')] },
  { kind: 'named', question: 'what did larijani write when mir-mohammadi died', gold: [g(183, 'The years of his life, thanks to this popular personality', 'Ali Larijani')] },
  { kind: 'named', question: 'david spergel tweet about john conway', gold: [g(191, 'was a warm and gentle soul', 'David Spergel')] },
  { kind: 'named', question: 'what did seth john say about the algae bloom after the kilauea eruption', gold: [g(99, 'There was no reason for us to expect that an algae bloom', 'Seth John')] },
  { kind: 'named', question: 'gaspar maroth on buying hirtenberger', gold: [g(157, 'the army modernization does not just cover buying', 'Gáspár Maróth')] },
  { kind: 'named', question: 'what did pelosi promise when she was elected speaker again', gold: [g(2, 'I pledge that this Congress will be transparent', 'Nancy Pelosi')] },
  { kind: 'named', question: 'qandeel baloch feminist post', gold: [g(122, 'As women we must stand up for ourselves', 'Qandeel Baloch')] },
  { kind: 'named', question: 'what did trump tweet after testing positive', gold: [g(198, 'We will begin our quarantine and recovery process immediately', 'Donald Trump')] },
  { kind: 'named', question: 'what did mcconnell say about the impeachment trial outcome', gold: [g(169, 'a largely partisan outcome', 'Mitch McConnell')] },
  { kind: 'named', question: 'beto orourke on taking ar-15s', gold: [g(156, 'going to take your AR-15', "Beto O'Rourke")] },

  { kind: 'story', question: 'who said what about american samoans being ruled citizens', gold: [g(168, 'the ruling is particularly unwelcome and inappropriate', 'Aumua Amata')] },
  { kind: 'story', question: 'reactions to john conways death', gold: [g(191, 'incomparable mathematician, a pleasant neighbor', 'Sam Wang'), g(191, 'was a warm and gentle soul', 'David Spergel')] },
  { kind: 'story', question: 'who was quoted about the arapaho buffalo release', gold: [g(148, 'bringing the buffalo back here is going to heal us', "Crystal C'Bearing"), g(148, "There's no sense in having two private herds", 'Devin Oldman')] },
  { kind: 'story', question: 'what are researchers saying about the moai and fresh water', gold: [g(10, 'the statue locations themselves are not a weird ritual place', 'Carl Lipo'), g(10, 'It is highly unlikely, in my view', 'Jo Anne Val Tilburg')] },
  { kind: 'story', question: 'who talked about the power plant pollution deaths study', gold: [g(162, 'We looked at emissions from different types of power plants', 'Maninder Thind'), g(162, 'our society is more segregated by race than by income', 'Julian Marshall')] },
  { kind: 'story', question: 'who commented on the indonesian ship that vanished', gold: [g(9, 'There are also some operations done on ships containing hazardous cargoes', 'Tristan Smith'), g(9, "are still waiting for updates on the tanker's condition", 'Baslan Damang')] },
  { kind: 'story', question: 'what did people say at fan expo canada 2019', gold: [g(93, 'You have to work those seven days to earn a weekend', 'Heather Antos'), g(93, 'I still have dust in my shoes', 'Brendan Fraser')] },
  { kind: 'story', question: 'who said what about the drone attacks on saudi aramco', gold: [g(107, 'These attacks are our right', 'Yahya Sarea'), g(107, 'no evidence the attacks came from Yemen', 'Mike Pompeo')] },
  { kind: 'story', question: 'reactions to the new cuba flight rules', gold: [g(152, 'I strongly reject new #US blockade measure', 'Bruno Parrilla'), g(152, 'ongoing repression of the Cuban people', 'Mike Pompeo')] },
  { kind: 'story', question: 'what did people say about the samoa measles shutdown', gold: [g(165, "I've seen mass mobilisation campaigns before", 'Sheldon Yett'), g(165, 'really hammer home their message', 'Keni Lesa')] },

  { kind: 'across', question: 'what did scientists say about the coral reef fish and the kilauea plankton bloom', gold: [g(130, 'local management provides a degree of insurance', 'Mark Hay'), g(99, 'There was no reason for us to expect that an algae bloom', 'Seth John')] },
  { kind: 'across', question: 'what did pompeo say about cuba and about the saudi attacks', gold: [g(152, 'ongoing repression of the Cuban people', 'Mike Pompeo'), g(107, 'no evidence the attacks came from Yemen', 'Mike Pompeo')] },
  { kind: 'across', question: 'samoa measles shutdown and then the citizenship ruling, who said what', gold: [g(165, "I've seen mass mobilisation campaigns before", 'Sheldon Yett'), g(168, 'the ruling is particularly unwelcome and inappropriate', 'Aumua Amata')] },
  { kind: 'across', question: 'how did people mourn alexei leonov and john conway', gold: [g(140, 'is venture into the vacuum of space began', 'NASA'), g(191, 'was a warm and gentle soul', 'David Spergel')] },
  { kind: 'across', question: 'what did researchers say about easter island water and power plant pollution', gold: [g(10, 'the statue locations themselves are not a weird ritual place', 'Carl Lipo'), g(162, 'our society is more segregated by race than by income', 'Julian Marshall')] },
  { kind: 'across', question: 'republicans on the impeachment rules vote and on the senate trial', gold: [g(155, 'a blatant and obvious coup', 'Ross Spano'), g(169, 'a largely partisan outcome', 'Mitch McConnell')] },
  { kind: 'across', question: 'what did officials say about covid deaths in iran and the us emergency declaration', gold: [g(183, 'The definite latest numbers we have', 'Ali Reza Raisi'), g(187, 'FEMA has an important role in coordinating', 'Tim Manning')] },
  { kind: 'across', question: 'what did trump tweet about his tax records and about testing positive', gold: [g(137, 'The Radical Left Democrats have failed on all fronts', 'Donald Trump'), g(198, 'We will get through this TOGETHER', 'Donald Trump')] },

  { kind: 'none', question: 'what did macron say about the notre dame fire', gold: [] },
  { kind: 'none', question: 'what did greta thunberg say about being named person of the year', gold: [] },
  { kind: 'none', question: 'who commented on the beirut port explosion', gold: [] },
  { kind: 'none', question: 'what did kamala harris say in the vp debate', gold: [] },
  { kind: 'none', question: 'mitt romney reaction to the impeachment vote', gold: [] },
  { kind: 'none', question: 'how did people react to kobe bryants death', gold: [] },
  { kind: 'none', question: 'what did navalny say when he woke up', gold: [] },
  { kind: 'none', question: 'ruth bader ginsburg death reactions', gold: [] },
  { kind: 'none', question: 'what did lebron james say about the nba suspending the season', gold: [] },
  { kind: 'none', question: 'what did the dalai lama say about his successor', gold: [] },
  { kind: 'none', question: 'what did merkel say about navalny being poisoned', gold: [] },
  { kind: 'none', question: 'who was quoted about the ufc fight on fight island', gold: [] },
];

// A seventh batch, written after the sixth batch's test half was run, before any tuning
// that followed: its test half is reported once, at the end, by `npm run bench:whosaid -- test 7`.
const SEVENTH_BATCH: WhoSaidQuestion[] = [
  { kind: 'named', question: 'what did merkels spokesperson say about mahan air', gold: [g(16, 'that this airline carries out transports to Germany', 'Steffen Seibert')] },
  { kind: 'named', question: 'okey oramah on africa using foreign currencies', gold: [g(70, 'costs Africa between $5 and $7 billion', 'Okey Oramah')] },
  { kind: 'named', question: 'what did the prosecutor josh bash say about el paso', gold: [g(82, 'We are treating it as a domestic terrorism case', 'Josh Bash')] },
  { kind: 'named', question: 'archbishop polak reaction to the sekielski film', gold: [g(57, "I am deeply disturbed by what I saw in Tomasz Sekielski's film", 'Wojciech Polak')] },
  { kind: 'named', question: 'what did sadiq khan tweet about the peoples vote march', gold: [g(44, 'thousands of people from across our city and country have come together', 'Sadiq Khan')] },
  { kind: 'named', question: 'ash soni on antibiotic resistance', gold: [g(151, 'If we can reduce the number of illnesses where antibiotics are needed', 'Ash Soni')] },
  { kind: 'named', question: 'what did criminologist david wilson say about fake suicide vests', gold: [g(164, 'some attackers wear pretend suicide vests', 'David Wilson')] },
  { kind: 'named', question: 'thomas gray london bridge quote', gold: [g(164, 'I did what any Londoner would do', 'Thomas Gray')] },
  { kind: 'named', question: 'what did swami chakrapani claim about coronavirus', gold: [g(188, 'Coronavirus has come because of the people who kill and eat animals', 'Chakrapani')] },
  { kind: 'named', question: 'what did grant shapps say about surgical masks', gold: [g(194, 'we must keep for clinical settings', 'Grant Shapps')] },
  { kind: 'named', question: 'brudzinski on the adamowicz attack', gold: [g(12, 'an act of inexplicable barbarity', 'Joachim Brudziński')] },
  { kind: 'named', question: 'what did spantons lawyer say after the paris verdict', gold: [g(23, 'My client is of course very relieved with the verdict', 'Howard Rubel')] },
  { kind: 'named', question: 'what did putin say when mugabe died', gold: [g(100, 'Many important dates in Zimbabwe', 'Vladimir Putin')] },
  { kind: 'named', question: 'how did bolton tell his side of the firing', gold: [g(104, "I offered to resign last night and President Trump said", 'John R. Bolton')] },
  { kind: 'named', question: 'what did the mayor of london tweet after the london bridge attack', gold: [g(164, 'I am in awe of the people who ran towards danger', 'Sadiq Khan')] },
  { kind: 'named', question: 'lucy fischer on the london bridge attacker being released', gold: [g(164, 'had been released a year ago on the provision that he had agreed to wear an electronic tag', 'Lucy Fischer')] },
  { kind: 'named', question: 'what did the ebola trial director say about a cure', gold: [g(84, 'From now on, we will no longer say that Ebola is incurable', 'Jean-Jacques Muyembe')] },
  { kind: 'named', question: 'what did the boat fire captain say about the radio calls', gold: [g(95, 'a lot of adrenaline, a lot of confusion', 'Monica Rochester')] },
  { kind: 'named', question: 'nicola sturgeon on the anti brexit march', gold: [g(44, 'the moment of maximum opportunity', 'Nicola Sturgeon')] },
  { kind: 'named', question: 'wht did tusk write about adamowicz', gold: [g(12, "Let's all pray for Mayor Adamowicz", 'Donald Tusk')] },

  { kind: 'story', question: 'who said what about the london bridge stabbing', gold: [g(164, 'I did what any Londoner would do', 'Thomas Gray'), g(164, 'I am in awe of the people who ran towards danger', 'Sadiq Khan')] },
  { kind: 'story', question: 'what did officials say after the el paso shooting', gold: [g(82, 'We are treating it as a domestic terrorism case', 'Josh Bash'), g(82, 'this would be the first case of this type in history', 'Marcelo Ebrard')] },
  { kind: 'story', question: 'who was quoted about the superbug e coli study', gold: [g(151, 'We wanted to find out how these superbugs are spread', 'David Livermore'), g(151, 'If we can reduce the number of illnesses where antibiotics are needed', 'Ash Soni')] },
  { kind: 'story', question: 'reactions to germany banning mahan air', gold: [g(16, 'The airline transports weapons and fighters across the Middle East', 'Mike Pompeo'), g(16, 'that this airline carries out transports to Germany', 'Steffen Seibert')] },
  { kind: 'story', question: 'what did people at the cow urine party say', gold: [g(188, 'We have been drinking cow urine for 21 years', 'Om Prakash'), g(188, 'Coronavirus has come because of the people who kill and eat animals', 'Chakrapani')] },
  { kind: 'story', question: 'who commented on the african free trade area', gold: [g(70, 'Nigeria is Africa\'s biggest economy', 'Mahamadou Issoufou'), g(70, 'costs Africa between $5 and $7 billion', 'Okey Oramah')] },
  { kind: 'story', question: 'what was said after the gdansk mayor was attacked', gold: [g(12, 'an act of inexplicable barbarity', 'Joachim Brudziński'), g(12, "Let's all pray for Mayor Adamowicz", 'Donald Tusk')] },
  { kind: 'story', question: 'who spoke about the anti brexit protest in london', gold: [g(44, 'thousands of people from across our city and country have come together', 'Sadiq Khan'), g(44, 'the moment of maximum opportunity', 'Nicola Sturgeon')] },

  { kind: 'across', question: 'what did sadiq khan say about the brexit march and the london bridge attack', gold: [g(44, 'thousands of people from across our city and country have come together', 'Sadiq Khan'), g(164, 'I am in awe of the people who ran towards danger', 'Sadiq Khan')] },
  { kind: 'across', question: 'what did experts say about superbugs and ebola treatments', gold: [g(151, 'We wanted to find out how these superbugs are spread', 'David Livermore'), g(84, 'From now on, we will no longer say that Ebola is incurable', 'Jean-Jacques Muyembe')] },
  { kind: 'across', question: 'how did officials react to the el paso shooting and then the london bridge stabbing', gold: [g(82, 'We are treating it as a domestic terrorism case', 'Josh Bash'), g(164, 'I am in awe of the people who ran towards danger', 'Sadiq Khan')] },
  { kind: 'across', question: 'polish leaders on the gdansk stabbing and on church abuse', gold: [g(12, 'an act of inexplicable barbarity', 'Joachim Brudziński'), g(57, "I am deeply disturbed by what I saw in Tomasz Sekielski's film", 'Wojciech Polak')] },
  { kind: 'across', question: 'what did people say about covid remedies like cow urine and face masks on trains', gold: [g(188, 'We have been drinking cow urine for 21 years', 'Om Prakash'), g(194, 'We have been working closely with the government', 'Mick Whelan')] },
  { kind: 'across', question: 'reactions to mugabe dying and to chirac dying', gold: [g(100, 'Many important dates in Zimbabwe', 'Vladimir Putin'), g(119, 'He incarnated a France', 'Nicolas Sarkozy')] },

  { kind: 'none', question: 'what did putin say about navalny being poisoned', gold: [] },
  { kind: 'none', question: 'who commented on the australian bushfires', gold: [] },
  { kind: 'none', question: 'what did the queen say about harry and meghan leaving', gold: [] },
  { kind: 'none', question: 'what did pelosi say about the stimulus checks', gold: [] },
  { kind: 'none', question: 'reactions to the protests in lebanon', gold: [] },
  { kind: 'none', question: 'what did tedros say about hydroxychloroquine', gold: [] },
  { kind: 'none', question: 'what did greta thunberg say at davos', gold: [] },
  { kind: 'none', question: 'sadiq khan on the congestion charge', gold: [] },
  { kind: 'none', question: 'what did lebron say about the nba bubble', gold: [] },
  { kind: 'none', question: 'who was quoted about the kobe bryant helicopter crash', gold: [] },
];

/** Every question with its split: even positions dev, odd positions test, within each kind. */
export const WHO_SAID: ReadonlyArray<WhoSaidQuestion & { split: 'dev' | 'test'; batch?: number }> = (() => {
  const seen = new Map<string, number>();
  return [...QUESTIONS, ...FOURTH_BATCH.map((q) => ({ ...q, batch: 4 })), ...FIFTH_BATCH.map((q) => ({ ...q, batch: 5 })), ...SIXTH_BATCH.map((q) => ({ ...q, batch: 6 })), ...SEVENTH_BATCH.map((q) => ({ ...q, batch: 7 }))].map((q) => {
    const n = seen.get(q.kind) ?? 0;
    seen.set(q.kind, n + 1);
    return { ...q, split: n % 2 === 0 ? ('dev' as const) : ('test' as const) };
  });
})();
