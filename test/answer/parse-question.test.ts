import { describe, expect, it } from 'vitest';
import { parseQuestion, topicParts } from '../../src/answer/parse-question.ts';

describe('parseQuestion', () => {
  it.each([
    ['Who said what about the Lee–Xi meeting?', { speech: true, topic: 'the Lee–Xi meeting' }],
    ['what did pelosi say about the impeachment inquiry', { speech: true, speaker: 'pelosi', topic: 'the impeachment inquiry' }],
    ['What did Lee Jae-myung say about China?', { speech: true, speaker: 'Lee Jae-myung', topic: 'China' }],
    ['how did boris johnson react to the supreme court ruling?', { speech: true, speaker: 'boris johnson', topic: 'the supreme court ruling' }],
    ["what was trump's reaction to the fire", { speech: true, speaker: 'trump', topic: 'the fire' }],
    ['how was greta thunberg feeling about being named person of the year', { speech: true, speaker: 'greta thunberg', topic: 'being named person of the year' }],
    ['did carrie lam say anything about the protests?', { speech: true, speaker: 'carrie lam', topic: 'the protests' }],
    ['what did experts say about the coronavirus?', { speech: true, topic: 'the coronavirus', group: 'experts' }],
    ['who commented on the notre dame fire, and what did they say?', { speech: true, topic: 'the notre dame fire' }],
    ['who was quoted about the hurricane in the bahamas', { speech: true, topic: 'the hurricane in the bahamas' }],
    // Someone's words with no topic: whatever they said.
    ["what was bolton's side of the story", { speech: true, speaker: 'bolton', topic: 'bolton' }],
    ['any quotes from greta?', { speech: true, speaker: 'greta', topic: 'greta' }],
    // A mood or a side, which people take in words.
    ['who was upset about the prorogation', { speech: true, topic: 'the prorogation' }],
    ['who opposed the syria withdrawal?', { speech: true, topic: 'the syria withdrawal' }],
    ['who was happy with the taiwan marriage law', { speech: true, topic: 'the taiwan marriage law' }],
    ['what were scientists warning about the ice shelves?', { speech: true, topic: 'the ice shelves' }],
    ['reactions to the mosque attack', { speech: true, topic: 'the mosque attack' }],
    ['reactions when the league suspended its season', { speech: true, topic: 'the league suspended its season' }],
    ['how did the ministry justify the strike', { speech: true, speaker: 'ministry', topic: 'the strike' }],
    ['what did the ministry report about the floods', { speech: true, speaker: 'ministry', topic: 'the floods' }],
    ['ana ruiz tribute to the late mayor', { speech: true, speaker: 'ana ruiz', topic: 'the late mayor', guessed: true }],
    ['did zelensky feel pressured by trump', { speech: true, speaker: 'zelensky', topic: 'pressured by trump' }],
    ['did the mayor say the plan was costly', { speech: true, speaker: 'mayor', topic: 'the plan was costly' }],
    // Not a verb of speech: plain words.
    ['did trump win the election', { speech: false, topic: 'did trump win the election' }],
    ['morawiecki reaction to the gdansk stabbing?', { speech: true, speaker: 'morawiecki', topic: 'the gdansk stabbing', guessed: true }],
    // A kind of people by trade, not a name: whom to put first.
    ['what did police say about the man hurt in the fire', { speech: true, topic: 'the man hurt in the fire', group: 'police' }],
    ['what did people say about the fire', { speech: true, topic: 'the fire' }],
    ['judge marrero ruling on the tax records', { speech: true, speaker: 'judge marrero', topic: 'the tax records', guessed: true }],
    ["pelosi's take on the impeachment vote", { speech: true, speaker: 'pelosi', topic: 'the impeachment vote', guessed: true }],
    ['souhail alouini on banning face veils?', { speech: true, speaker: 'souhail alouini', topic: 'banning face veils', guessed: true }],
    ['what was cardinal ouellet take on bishops', { speech: true, speaker: 'cardinal ouellet', topic: 'bishops' }],
    ['erdogan hagia sophia quote?', { speech: true, topic: 'erdogan hagia sophia' }],
    // Shorthand that plain words can take too: a speaker only if the library quotes them.
    ['inflation on the rise in europe', { speech: true, speaker: 'inflation', topic: 'the rise in europe', guessed: true }],
    ['pelosi on the border wall shutdown?', { speech: true, speaker: 'pelosi', topic: 'the border wall shutdown', guessed: true }],
    ['what did polish leaders say about the escape room fire', { speech: true, topic: 'the escape room fire', group: 'polish leaders' }],
    ['what did the fema official say about the emergency', { speech: true, topic: 'the emergency', group: 'fema official' }],
    ['voices from the hong kong protests', { speech: true, topic: 'the hong kong protests' }],
    ['tributes when the film director died', { speech: true, topic: 'the film director died' }],
    ['what has the mayor been saying about the trams', { speech: true, speaker: 'mayor', topic: 'the trams' }],
    ['what did kaczynski promise about child abusers', { speech: true, speaker: 'kaczynski', topic: 'child abusers' }],
    ['what else did facebook claim about the ruling', { speech: true, speaker: 'facebook', topic: 'the ruling' }],
    ['how long did trump say the shutdown could last', { speech: true, speaker: 'trump', topic: 'the shutdown could last' }],
    ['why did the mayor say the trams would stop', { speech: true, speaker: 'mayor', topic: 'the trams would stop' }],
    ['how exactly did the mayor respond to the flooding', { speech: true, speaker: 'mayor', topic: 'the flooding' }],
    ['what did trump deny about the call?', { speech: true, speaker: 'trump', topic: 'the call' }],
    ['what did the pope ask for', { speech: true, speaker: 'pope', topic: 'what did the pope ask for' }],
    ['what did she admit', { speech: true, topic: 'what did she admit' }],
    ["what's pelosi's take on the impeachment?", { speech: true, speaker: 'pelosi', topic: 'the impeachment' }],
    ['whats trump saying about the wall', { speech: true, speaker: 'trump', topic: 'the wall' }],
    ['what did trump have to say about bolton', { speech: true, speaker: 'trump', topic: 'bolton' }],
    ['did macron comment on the amazon fires', { speech: true, speaker: 'macron', topic: 'the amazon fires' }],
    ['tell me what zelensky said about the call', { speech: true, speaker: 'zelensky', topic: 'the call' }],
    ['any quotes from carrie lam on the extradition bill?', { speech: true, speaker: 'carrie lam', topic: 'the extradition bill' }],
    ['how did the kurds respond to the troop withdrawal', { speech: true, topic: 'kurds the troop withdrawal' }],
    ['anything from greta thunberg on climate?', { speech: true, speaker: 'greta thunberg', topic: 'climate' }],
    ['opinion of the pope on abuse', { speech: true, speaker: 'pope', topic: 'abuse' }],
    ["what's zelensky's stance on the call", { speech: true, speaker: 'zelensky', topic: 'the call' }],
    ['what was the reaction to the notre dame fire', { speech: true, topic: 'the notre dame fire' }],
    ['merkel quotes on refugees', { speech: true, speaker: 'merkel', topic: 'refugees', guessed: true }],
    ['wat did trump say abt greenland', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['who weighed in on the election results', { speech: true, topic: 'the election results' }],
    ['who was interviewed about the strike', { speech: true, topic: 'the strike' }],
    ['what were the reactions after the verdict', { speech: true, topic: 'the verdict' }],
    ['what was said by the coach after the match', { speech: true, speaker: 'coach', topic: 'after the match' }],
    ['so what did nancy pelosi actually say about impeachment', { speech: true, speaker: 'nancy pelosi', topic: 'impeachment' }],
    ['who had something to say about the hong kong protests', { speech: true, topic: 'the hong kong protests' }],
    ['quotes on the amazon fires from world leaders', { speech: true, topic: 'the amazon fires from world leaders' }],
    ['how did the world react to the killing of soleimani', { speech: true, topic: 'the killing of soleimani' }],
    ['hw did jacinda ardern react to the shootings', { speech: true, speaker: 'jacinda ardern', topic: 'the shootings' }],
    ['who criticized trump over syria', { speech: true, topic: 'trump over syria' }],
    ['what did experts think of the zebra stripes study', { speech: true, topic: 'the zebra stripes study', group: 'experts' }],
    ['what was said about hurricane dorian', { speech: true, topic: 'hurricane dorian' }],
    // A name of four words; a topic that holds a preposition of its own; a party as a voice.
    ['ana maria de souza on the new budget', { speech: true, speaker: 'ana maria de souza', topic: 'the new budget', guessed: true }],
    ['ruiz on the tram vote and on the fares', { speech: true, speaker: 'ruiz', topic: 'the tram vote and on the fares', guessed: true }],
    ['democrats on the shutdown', { speech: true, topic: 'democrats the shutdown' }],
    ['how did people mourn the cosmonaut', { speech: true, topic: 'the cosmonaut' }],
    ['how did bolton describe his firing', { speech: true, speaker: 'bolton', topic: 'his firing' }],
    ['citations on the measles outbreak', { speech: true, topic: 'the measles outbreak' }],
    ['any statements on the drone strike', { speech: true, topic: 'the drone strike' }],
    ['who had criticism for the prorogation', { speech: true, topic: 'criticism for the prorogation' }],
    ['did anybody praise greta thunberg', { speech: true, topic: 'greta thunberg' }],
    ["what were musk's words after the docking", { speech: true, speaker: 'musk', topic: 'after the docking' }],
    ['anything ardern said after christchurch', { speech: true, speaker: 'ardern', topic: 'after christchurch' }],
    ["i want pelosi's quotes on the wall", { speech: true, speaker: 'pelosi', topic: 'the wall', guessed: true }],
    // An office that holds "to"; a side taken; the first "on" ends a name.
    ['what did the us ambassador to germany say about mahan air', { speech: true, speaker: 'us ambassador to germany', topic: 'mahan air' }],
    ["what was the response to trump's call", { speech: true, topic: "trump's call" }],
    ['why did the archaeologist disagree about the statues', { speech: true, speaker: 'archaeologist', topic: 'the statues' }],
    ['did rouhani apologise for the crash', { speech: true, speaker: 'rouhani', topic: 'for the crash' }],
    ['vlada stamenkovic on life on mars', { speech: true, speaker: 'vlada stamenkovic', topic: 'life on mars', guessed: true }],
    // An adverb between the name and the verb is not the name's.
    ['what did mugabe once say about who would remove him', { speech: true, speaker: 'mugabe', topic: 'who would remove him' }],
    ['what did the mayor later tell reporters about the fire', { speech: true, speaker: 'mayor', topic: 'the fire' }],
    // Whose account of a plain question; a mood asked of someone.
    ['according to the prosecutor, what did the manifesto show', { speech: true, speaker: 'prosecutor', topic: 'the manifesto show' }],
    ['why did egyptians sacrifice ibises according to sally wasef', { speech: true, speaker: 'sally wasef', topic: 'egyptians sacrifice ibises' }],
    ['according to police, how many died?', { speech: true, topic: 'how many died', group: 'police' }],
    ['why was the geochemist surprised by the bloom', { speech: true, speaker: 'geochemist', topic: 'by the bloom' }],
    ['How many people died in the Cuban bus crash?', { speech: false, topic: 'How many people died in the Cuban bus crash' }],
    ['Why might zebras have stripes?', { speech: false, topic: 'Why might zebras have stripes' }],
  ])('%s', (question, parsed) => {
    expect(parseQuestion(question)).toEqual(parsed);
  });
});

describe('topicParts', () => {
  it.each([
    ['the b-17 crash and the london travelator death', ['the b-17 crash', 'the london travelator death']],
    ['johnson suspending parliament and then to the court rulings on it', ['johnson suspending parliament', 'to the court rulings on it']],
    ['people quitting, like bolton and de blasio', ['people quitting', 'bolton', 'de blasio']],
    ['the lee–xi meeting', []],
    ['the hong kong protests', []],
    // Two sides of one story are not two stories.
    ['the kerch strait clash between russia and ukraine', []],
    ['the trade war between the us and china and the brexit vote', ['the trade war between the us and china', 'the brexit vote']],
  ])('%s', (topic, parts) => {
    expect(topicParts(topic)).toEqual(parts);
  });
});
