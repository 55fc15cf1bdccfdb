import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/parse-question.ts';
import { figureAsked, givesFigure } from '../../src/answer/figure-asked.ts';
import { asQuoteRequest } from '../../src/answer/quote-request.ts';
import { corrected, undictated, unedited, unfielded, withoutAsides } from '../../src/answer/chat-asides.ts';
import { plain } from '../../src/answer/plain-question.ts';
import { slangSpoken } from '../../src/answer/speech-slang.ts';
import { withWhoTheyAre } from '../../src/answer/unwrap-question.ts';

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
    ['what were scientists warning about the ice shelves?', { speech: true, topic: 'the ice shelves', group: 'scientists' }],
    // Research's findings, which its authors tell; where to find someone's words, chat's ask for them.
    ['what did the researchers find about how birds started flapping', { speech: true, topic: 'how birds started flapping', group: 'researchers' }],
    ["where can i find ben affleck's tribute to tony mendez", { speech: true, speaker: 'ben affleck', topic: 'tony mendez', guessed: true }],
    // Their words called by what they are on, and by what they are from; a story's quotes.
    ["i need boris's do or die brexit quote from when he became pm", { speech: true, speaker: 'boris', topic: 'do or die brexit he became pm' }],
    ["the pope's own words in the abuse reporting decree", { speech: true, speaker: 'pope', topic: 'the abuse reporting decree' }],
    ['top quotes from the california border wall lawsuit', { speech: true, topic: 'california border wall lawsuit' }],
    ['paste what keir starmer said about the brexit vote', { speech: true, speaker: 'keir starmer', topic: 'the brexit vote' }],
    // A line half remembered, asked for whole: whose it is, or whether they said it.
    ['finish this quote: tony was one of the best officers to ever', { speech: true, topic: 'tony was one of the best officers to ever' }],
    ["what's the rest of the archbishop's line 'i am deeply disturbed by what i saw'", { speech: true, speaker: 'archbishop', topic: "'i am deeply disturbed by what i saw'" }],
    ['full quote where macron says our house is burning', { speech: true, speaker: 'macron', topic: 'our house is burning' }],
    ["pelosi's 'lock him up' quote, the whole thing", { speech: true, speaker: 'pelosi', topic: "'lock him up'" }],
    // A declaration is words; "declared" after "was" stays a deed ("when was the emergency declared").
    ['what did the who declare about covid-19', { speech: true, speaker: 'who', topic: 'covid-19' }],
    ['when was the emergency declared', { speech: false, topic: 'when was the emergency declared' }],
    // Words between an owner and what they said, a clause after, chat openings.
    ["what were nancy pelosi's exact words on impeachment", { speech: true, speaker: 'nancy pelosi', topic: 'impeachment' }],
    ["what was pelosi's response when asked about impeachment", { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    ["what was hammond's warning about suspending parliament", { speech: true, speaker: 'hammond', topic: 'suspending parliament' }],
    ["what was tusk's remark about the fire", { speech: true, speaker: 'tusk', topic: 'the fire' }],
    // Quotes from someone in a story pointed at: theirs, on it.
    ['the first quote from tusk in the gdansk stabbing story', { speech: true, speaker: 'tusk', topic: 'the gdansk stabbing story' }],
    // Quotes from a time, not from someone called "when …".
    ['quotes from when the mayor resigned', { speech: true, topic: 'the mayor resigned' }],
    ['the quotes when the dam burst', { speech: true, topic: 'the dam burst' }],
    ['what was the reason for the delay', { speech: false, topic: 'what was the reason for the delay' }],
    ['hey, what did pelosi say about impeachment?', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    ['what did pelosi say re impeachment', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    // Slips of fast typing in the words that ask.
    ['waht did pelosi sya abotu impeachment', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    ['what dd pelosi say about impeachment', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    ['how dud pelosi react to impeachment', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    // …read before any frame, whatever it asks with ("wich … comented"); an auxiliary's slip
    // only where no other word could stand ("a dose of …" stays a dose).
    ['dose kosgei think she can go faster next yr?', { speech: true, speaker: 'kosgei', topic: 'she can go faster next year' }],
    ['did greta evn reply to trump', { speech: true, speaker: 'greta', topic: 'trump' }],
    ['wich senators comented on the shutdown', { speech: true, topic: 'senators the shutdown' }],
    ['a dose of the vaccine, how did fauci react', { speech: true, speaker: 'fauci', topic: 'a dose of the vaccine' }],
    // The mark of a topic is none of its words.
    ['re: the african trade bloc — what did sisi say?', { speech: true, speaker: 'sisi', topic: 'the african trade bloc' }],
    ['reactoins to the notre dame fire', { speech: true, topic: 'the notre dame fire' }],
    ['qoutes from pelosi', { speech: true, speaker: 'pelosi', topic: 'pelosi' }],
    // The topic first, then the question.
    ['pelosi when she became speaker: what did trump say', { speech: true, speaker: 'trump', topic: 'pelosi when she became speaker' }],
    ['the notre dame fire: who said what?', { speech: true, topic: 'the notre dame fire' }],
    ['the wall: what did pelosi say about funding', { speech: true, speaker: 'pelosi', topic: 'the wall funding' }],
    ["what's the quote from pelosi on impeachment", { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    ['what did the meteorologist predict about the winds', { speech: true, speaker: 'meteorologist', topic: 'the winds' }],
    ['any word from tusk on adamowicz', { speech: true, speaker: 'tusk', topic: 'adamowicz' }],
    ["wasn't there a quote from tusk about adamowicz", { speech: true, speaker: 'tusk', topic: 'adamowicz' }],
    // A group of the story; the voices asked for after it; keywords after "quotes".
    ['what did the critics of the wall say', { speech: true, topic: 'the wall', group: 'critics' }],
    ['what did survivors of the el paso shooting say', { speech: true, topic: 'the el paso shooting' }],
    ['notre dame fire - who said what', { speech: true, topic: 'notre dame fire' }],
    ['witnesses to the el paso shooting - what did they say', { speech: true, topic: 'witnesses to the el paso shooting' }],
    ['the scottish court ruling on prorogation - who said what', { speech: true, topic: 'the scottish court ruling on prorogation' }],
    ['quotes notre dame fire', { speech: true, topic: 'notre dame fire' }],
    ['did anyone blame anyone for the el paso shooting', { speech: true, topic: 'the el paso shooting' }],
    ['what has zapata said about the flight so far', { speech: true, speaker: 'zapata', topic: 'the flight' }],
    ['denise crosby on star trek back then', { speech: true, speaker: 'denise crosby', topic: 'star trek', guessed: true }],
    ['was lebron james upset about the season being suspended', { speech: true, speaker: 'lebron james', topic: 'the season being suspended' }],
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
    // A court's words; an office of five words before "on"; what someone was saying, by its verb.
    ['what did the federal judge rule about american samoans', { speech: true, speaker: 'federal judge', topic: 'american samoans' }],
    ['the former cia deputy director on tony mendez', { speech: true, speaker: 'former cia deputy director', topic: 'tony mendez', guessed: true }],
    // An office of a body, "of the" and all; the WHO typed as "who" too.
    ['speaker of the parliament on mir-mohammadi', { speech: true, speaker: 'speaker of the parliament', topic: 'mir-mohammadi', guessed: true }],
    ['director-general of the who on the pandemic', { speech: true, speaker: 'director-general of the who', topic: 'the pandemic', guessed: true }],
    ['houthi spokesman warning the saudis', { speech: true, speaker: 'houthi spokesman', topic: 'the saudis', guessed: true }],
    ['trump threatening iran over the strikes', { speech: true, speaker: 'trump', topic: 'iran over the strikes', guessed: true }],
    ["pelosi's take on the impeachment vote", { speech: true, speaker: 'pelosi', topic: 'the impeachment vote', guessed: true }],
    ['souhail alouini on banning face veils?', { speech: true, speaker: 'souhail alouini', topic: 'banning face veils', guessed: true }],
    ['what was cardinal ouellet take on bishops', { speech: true, speaker: 'cardinal ouellet', topic: 'bishops' }],
    ['erdogan hagia sophia quote?', { speech: true, topic: 'erdogan hagia sophia' }],
    // Shorthand that plain words can take too: a speaker only if the library quotes them.
    ['inflation on the rise in europe', { speech: true, speaker: 'inflation', topic: 'the rise in europe', guessed: true }],
    ['pelosi on the border wall shutdown?', { speech: true, speaker: 'pelosi', topic: 'the border wall shutdown', guessed: true }],
    ['what did polish leaders say about the escape room fire', { speech: true, topic: 'the escape room fire', group: 'polish leaders' }],
    // …but one leader is one person, the holder of an office.
    ['what did the team leader say about finding the sub', { speech: true, speaker: 'team leader', topic: 'finding the sub' }],
    ['what did the fema official say about the emergency', { speech: true, topic: 'the emergency', group: 'fema official' }],
    ['what did the research team say about the coating', { speech: true, topic: 'the coating', group: 'research team' }],
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
    ["what's ben affleck got to say about tony mendez", { speech: true, speaker: 'ben affleck', topic: 'tony mendez' }],
    ['did mnangagwa have nice things to say about mugabe', { speech: true, speaker: 'mnangagwa', topic: 'mugabe' }],
    ['who had good things to say about the deal', { speech: true, topic: 'the deal' }],
    // The side taken is the answer's to show, no word of the story.
    ['did anyone say anything bad about mugabe', { speech: true, topic: 'mugabe' }],
    ['who came out in support of the strike', { speech: true, topic: 'the strike' }],
    ['did the league back the ban or oppose it', { speech: true, speaker: 'league', topic: 'the ban', guessed: true }],
    ['were opinions split over the wall', { speech: true, topic: 'the wall' }],
    ['what did cattelan joke about the theft', { speech: true, speaker: 'cattelan', topic: 'the theft' }],
    ['who hailed the trade deal', { speech: true, topic: 'the trade deal' }],
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
    ["what'd trump say about greenland", { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['howd the danes react to the greenland offer', { speech: true, speaker: 'denmark', topic: 'the greenland offer' }],
    ['what did ppl say about the greenland offer', { speech: true, topic: 'the greenland offer' }],
    ['pls tell me what trump said about greenland', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ["who's been talking about the greenland offer", { speech: true, topic: 'the greenland offer' }],
    ['anyone say anything about the greenland offer?', { speech: true, topic: 'the greenland offer' }],
    ['who said stuff about the greenland offer', { speech: true, topic: 'the greenland offer' }],
    ['which official said the base would close', { speech: true, topic: 'the base would close', group: 'official' }],
    ['who from the government commented on the offer', { speech: true, topic: 'the offer' }],
    ['what did celebs say about the offer', { speech: true, topic: 'the offer' }],
    ['tweets about the greenland offer', { speech: true, topic: 'the greenland offer' }],
    ["what's the latest from trump on greenland", { speech: true, speaker: 'trump', topic: 'greenland' }],
    // News of what someone said, asked as an update from them; an update of a thing names nobody.
    ['any update from the detective on the stolen gold toilet', { speech: true, speaker: 'detective', topic: 'the stolen gold toilet' }],
    ['any new updates from pg&e about the outages', { speech: true, speaker: 'pg&e', topic: 'the outages' }],
    ['latest update on the fire', { speech: false, topic: 'latest update on the fire' }],
    // A student is someone of a kind, found by the story as a researcher is.
    // An office typed after "who" is the WHO's, not a question's word.
    ['the who head on the coronavirus', { speech: true, speaker: 'who head', topic: 'the coronavirus', guessed: true }],
    // A word of a topic before an office says whose office it is; before no office, it is the topic.
    ['the northwestern law professor on the covid name', { speech: true, speaker: 'northwestern law professor', topic: 'the covid name', guessed: true }],
    ['the law on abortion', { speech: false, topic: 'the law on abortion' }],
    // An office of a place takes five words after "the"; a boss typed after "who" is the WHO's.
    ['the us attorney in el paso on the shooting', { speech: true, speaker: 'us attorney in el paso', topic: 'the shooting', guessed: true }],
    ['the who emergencies boss on ebola treatments', { speech: true, speaker: 'who emergencies boss', topic: 'ebola treatments', guessed: true }],
    ['the who official on the ebola treatments', { speech: true, topic: 'the ebola treatments', group: 'who official' }],
    ['the slug glue student on why the chemical bonds matter', { speech: true, topic: 'why the chemical bonds matter', group: 'slug glue student' }],
    ['what did the ithaca undergrad say about the glue', { speech: true, topic: 'the glue', group: 'ithaca undergrad' }],
    ['the abuse survivor advocate on the rule change', { speech: true, topic: 'the rule change', group: 'abuse survivor advocate' }],
    ['what did trump say about greenland lol', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['what did trump say about greenland tho 🤔', { speech: true, speaker: 'trump', topic: 'greenland' }],
    // …and an emoticon typed as text.
    ['what did trump say about greenland :)', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['xD who said the wall was paid for', { speech: true, topic: 'the wall was paid for' }],
    // …and what a message says after it has asked.
    ['what did trump say about greenland? lol', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['what did trump say about greenland. thanks in advance pls', { speech: true, speaker: 'trump', topic: 'greenland' }],
    // Chat's fillers before and after, its "n" for "and", its "rly".
    ['omg what did trump say about greenland smh', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['ok but what did trump say abt greenland', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['u know what trump said about greenland?', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['anyone kno what trump said about greenland', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['did trump rly say that about greenland', { speech: true, speaker: 'trump', topic: 'about greenland' }],
    ['trump n frederiksen on the greenland offer', { speech: true, speaker: 'trump and frederiksen', topic: 'the greenland offer', guessed: true }],
    // …its spellings of words: "wut", "any1", "sayin", "2" and "4" before "the", "w/".
    ['wut did trump say abt greenland', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['did any1 say anything abt the greenland offer', { speech: true, topic: 'the greenland offer' }],
    ['what were the danes sayin abt the offer', { speech: true, speaker: 'denmark', topic: 'the offer' }],
    ['reactions 2 the greenland offer', { speech: true, topic: 'the greenland offer' }],
    ['working w/ denmark, what did trump say', { speech: true, speaker: 'trump', topic: 'working with denmark' }],
    ['george w bush on iraq', { speech: true, speaker: 'george w bush', topic: 'iraq', guessed: true }],
    ['what did the 4 survivors say', { speech: true, topic: 'what did the 4 survivors say' }],
    // …its "what's the deal with", and a question mark for a comma.
    ["whats the deal w the greenland thing, who said what", { speech: true, topic: 'the greenland thing' }],
    ['trump on greenland??? what did he say', { speech: true, speaker: 'trump', topic: 'greenland', guessed: true }],
    // "any quotes" after a comma asks for voices on what came before, no topic of its own.
    ['the greenland offer, any quotes?', { speech: true, topic: 'the greenland offer' }],
    // What chat puts before a question: a mention of the bot, "quick q", "sorry if dumb q
    // but", "can someone tell me", "need to know … asap".
    ['@citewire what did trump say abt greenland', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['hey bot what did trump say about greenland', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['quick q - what did trump say abt greenland', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['sorry if dumb q but who said what abt the greenland offer', { speech: true, topic: 'the greenland offer' }],
    ['can someone tell me what trump said abt greenland', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['need to know what trump said abt greenland asap', { speech: true, speaker: 'trump', topic: 'greenland' }],
    ['tell me smth trump said', { speech: true, speaker: 'trump', topic: 'trump' }],
    // "100k" is the articles' "100,000".
    ['100k covid deaths - reactions', { speech: true, topic: '100,000 covid deaths' }],
    ["trump's reaction to the greenland offer, please", { speech: true, speaker: 'trump', topic: 'the greenland offer', guessed: true }],
    ['what did trump say about the far right', { speech: true, speaker: 'trump', topic: 'the far right' }],
    ['state dept reaction to the greenland offer', { speech: true, speaker: 'state department', topic: 'the greenland offer', guessed: true }],
    ['acme plans on the greenland offer', { speech: true, speaker: 'acme', topic: 'the greenland offer', guessed: true }],
    ['what are the plans for the greenland offer', { speech: false, topic: 'what are the plans for the greenland offer' }],
    ['how many troops did acme say would stay in greenland', { speech: true, speaker: 'acme', topic: 'troops would stay in greenland' }],
    ['how many troops stayed in greenland', { speech: false, topic: 'how many troops stayed in greenland' }],
    ['what did potus say about the greenland offer', { speech: true, speaker: 'us president', topic: 'the greenland offer' }],
    ['what did the gop say about the greenland offer', { speech: true, topic: 'the greenland offer', group: 'republicans' }],
    ["what's being said about the greenland offer", { speech: true, topic: 'the greenland offer' }],
    ['what are folks saying about the greenland offer', { speech: true, topic: 'the greenland offer' }],
    ['greenland offer - any quotes?', { speech: true, topic: 'greenland offer' }],
    // What a reader heard or wonders before the question; "he" in it is no name.
    ['i keep hearing about the hagia sophia mosque thing, who said what?', { speech: true, topic: 'the hagia sophia mosque thing' }],
    ['i heard about the gdansk stabbing - who commented?', { speech: true, topic: 'the gdansk stabbing' }],
    ['so i was wondering what pelosi said about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['i was wondering bolsonaro on macron and the amazon', { speech: true, speaker: 'bolsonaro', topic: 'macron and the amazon', guessed: true }],
    ['i read that erdogan wants a mosque, what did he say', { speech: true, topic: 'erdogan wants a mosque' }],
    ['any idea what the houthis said about the oil attack?', { speech: true, topic: 'houthis the oil attack' }],
    ['yo what did trump tweet about bolton', { speech: true, speaker: 'trump', topic: 'bolton' }],
    ['i heard trump said something about the berlin wall, what was it?', { speech: true, speaker: 'trump', topic: 'the berlin wall' }],
    ['i want to know how people reacted when doris day died', { speech: true, topic: 'doris day died' }],
    ['who was sad about ginger baker dying', { speech: true, topic: 'ginger baker dying' }],
    ['did kipchoge say anything after the race', { speech: true, speaker: 'kipchoge', topic: 'after the race' }],
    ['any notable quotes about the greenland offer', { speech: true, topic: 'the greenland offer' }],
    ['official statements on the greenland offer', { speech: true, topic: 'the greenland offer' }],
    ['what were the reactions like to the greenland offer', { speech: true, topic: 'the greenland offer' }],
    ["show trump's comments on greenland", { speech: true, speaker: 'trump', topic: 'greenland', guessed: true }],
    ['who weighed in on the election results', { speech: true, topic: 'the election results' }],
    ['who was interviewed about the strike', { speech: true, topic: 'the strike' }],
    ['what were the reactions after the verdict', { speech: true, topic: 'the verdict' }],
    ['what was said by the coach after the match', { speech: true, speaker: 'coach', topic: 'after the match' }],
    ['so what did nancy pelosi actually say about impeachment', { speech: true, speaker: 'nancy pelosi', topic: 'impeachment' }],
    ['who had something to say about the hong kong protests', { speech: true, topic: 'the hong kong protests' }],
    // What happened somewhere is the place's story: "what happened" is no word of it.
    ['who was quoted about what went down in tunisia', { speech: true, topic: 'tunisia' }],
    ['reactions to what happened at the iraqi base', { speech: true, topic: 'the iraqi base' }],
    // Every quote asked for at once: the quotes, whoever's they are asked to be.
    ['full list of quotes on the shutdown', { speech: true, topic: 'the shutdown' }],
    ['every single quote about the shutdown', { speech: true, topic: 'the shutdown' }],
    ['every quote from pelosi on the shutdown', { speech: true, speaker: 'pelosi', topic: 'the shutdown' }],
    ["all of pelosi's quotes on the shutdown", { speech: true, speaker: 'pelosi', topic: 'the shutdown', guessed: true }],
    ['everything pelosi said about the shutdown', { speech: true, speaker: 'pelosi', topic: 'the shutdown' }],
    ['every single thing the sheriff said about the fire', { speech: true, speaker: 'sheriff', topic: 'the fire' }],
    // Told as a search box is: the command is no speaker.
    ['lookup kipchoge quotes after the race', { speech: true, speaker: 'kipchoge', topic: 'the race', guessed: true }],
    ['search quotes about the boat fire', { speech: true, topic: 'the boat fire' }],
    ['look for quotes on the b-17 crash', { speech: true, topic: 'the b-17 crash' }],
    // When something was said, asked for: their words, which the answer dates.
    ['on what date did pierluisi say he would be governor', { speech: true, speaker: 'pierluisi', topic: 'he would be governor' }],
    ['what day did trump tweet about the warrants', { speech: true, speaker: 'trump', topic: 'the warrants' }],
    ['how long ago did greta say she would keep striking', { speech: true, speaker: 'greta', topic: 'she would keep striking' }],
    // Words said in pride, or between the lines.
    ['what was kosgei bragging about after chicago', { speech: true, speaker: 'kosgei', topic: 'after chicago' }],
    ['what did rhys-davies hint about the sliders rights', { speech: true, speaker: 'rhys-davies', topic: 'the sliders rights' }],
    ['who commented on what was going on in hong kong', { speech: true, topic: 'hong kong' }],
    ['quotes on the amazon fires from world leaders', { speech: true, topic: 'the amazon fires from world leaders' }],
    ['how did the world react to the killing of soleimani', { speech: true, topic: 'the killing of soleimani' }],
    ['hw did jacinda ardern react to the shootings', { speech: true, speaker: 'jacinda ardern', topic: 'the shootings' }],
    ['who criticized trump over syria', { speech: true, aimedAt: 'trump', topic: 'trump over syria' }],
    ['what did experts think of the zebra stripes study', { speech: true, topic: 'the zebra stripes study', group: 'experts' }],
    ['what was said about hurricane dorian', { speech: true, topic: 'hurricane dorian' }],
    // A name of four words; a topic that holds a preposition of its own; a party as a voice.
    ['ana maria de souza on the new budget', { speech: true, speaker: 'ana maria de souza', topic: 'the new budget', guessed: true }],
    ['ruiz on the tram vote and on the fares', { speech: true, speaker: 'ruiz', topic: 'the tram vote and on the fares', guessed: true }],
    // (A party's members are whose words: "the tories" are no Torres, typed one slip off.)
    ['democrats on the shutdown', { speech: true, topic: 'the shutdown', group: 'democrats' }],
    ['what did the tories say about proroguing parliament', { speech: true, topic: 'proroguing parliament', group: 'tories' }],
    ['how did people mourn the cosmonaut', { speech: true, topic: 'the cosmonaut' }],
    ['how did bolton describe his firing', { speech: true, speaker: 'bolton', topic: 'his firing' }],
    ['citations on the measles outbreak', { speech: true, topic: 'the measles outbreak' }],
    ['any statements on the drone strike', { speech: true, topic: 'the drone strike' }],
    ['who had criticism for the prorogation', { speech: true, topic: 'criticism for the prorogation' }],
    ['did anybody praise greta thunberg', { speech: true, topic: 'greta thunberg' }],
    // Who told an audience what is who said what; to whom is no word of the story.
    ['who told reporters what after the dam broke', { speech: true, topic: 'the dam broke' }],
    ['who told the bbc what about the dam', { speech: true, topic: 'the dam' }],
    ['who told them what happened at the dam', { speech: true, topic: 'them what happened at the dam' }],
    // "Anybody", "everybody" are anyone's words, as "anyone" and "everyone" are: nobody to look up.
    ['did anybody ever talk about the dam', { speech: true, topic: 'the dam' }],
    ['what did everybody say about the dam', { speech: true, topic: 'the dam' }],
    ["what were musk's words after the docking", { speech: true, speaker: 'musk', topic: 'after the docking' }],
    ['anything ardern said after christchurch', { speech: true, speaker: 'ardern', topic: 'after christchurch' }],
    ["i want pelosi's quotes on the wall", { speech: true, speaker: 'pelosi', topic: 'the wall', guessed: true }],
    // What someone wants done, and by whom: the topic is both, not only the verb after "to".
    ['when does mcconnell want the senate trial to start', { speech: true, speaker: 'mcconnell', topic: 'the senate trial start' }],
    ['what did pelosi tell the committees to do about impeachment', { speech: true, speaker: 'pelosi', topic: 'the committees do about impeachment' }],
    ['what did the pope ask bishops to do', { speech: true, speaker: 'pope', topic: 'do' }],
    // A mood's clause is the topic whole, not only its last "on".
    ['was tedros worried countries were not acting fast enough on the virus', { speech: true, speaker: 'tedros', topic: 'countries were not acting fast enough on the virus' }],
    ['was pelosi worried about the vote', { speech: true, speaker: 'pelosi', topic: 'the vote' }],
    ['how worried was pelosi about the vote', { speech: true, speaker: 'pelosi', topic: 'the vote' }],
    // What someone says is the clause after "say", never whom it is said to; a time is no clause.
    ['what did ardern say the gunman did to the victims', { speech: true, speaker: 'ardern', topic: 'the gunman did to the victims' }],
    ['what did rouhani say this year about the gulf', { speech: true, speaker: 'rouhani', topic: 'the gulf' }],
    // Plans are told.
    ['how does trump plan to pay for the wall', { speech: true, speaker: 'trump', topic: 'pay for the wall' }],
    // An office that holds "to"; a side taken; the first "on" ends a name.
    ['what did the us ambassador to germany say about mahan air', { speech: true, speaker: 'us ambassador to germany', topic: 'mahan air' }],
    ["what was the response to trump's call", { speech: true, topic: "trump's call" }],
    ['why did the archaeologist disagree about the statues', { speech: true, speaker: 'archaeologist', topic: 'the statues' }],
    ['did rouhani apologise for the crash', { speech: true, speaker: 'rouhani', topic: 'for the crash' }],
    ['vlada stamenkovic on life on mars', { speech: true, speaker: 'vlada stamenkovic', topic: 'life on mars', guessed: true }],
    // More of the shapes people ask one person's words in.
    // A speaker's words asked back as a statement: whom it names is asked for, not guessed.
    ['pelosi said what about the impeachment inquiry?', { speech: true, speaker: 'pelosi', topic: 'the impeachment inquiry' }],
    ['macron defended what at the g7', { speech: true, speaker: 'macron', topic: 'the g7' }],
    ['boris blamed who for the delay', { speech: true, speaker: 'boris', topic: 'the delay' }],
    ['the tunisian human rights guy defended the veil ban how', { speech: true, speaker: 'tunisian human rights guy', topic: 'the veil ban' }],
    ['kipchoge compared the run to what', { speech: true, speaker: 'kipchoge', topic: 'the run' }],
    ['the nato chief urged turkey to do what', { speech: true, speaker: 'nato chief', topic: 'turkey' }],
    ['carrie lam admitted what', { speech: true, speaker: 'carrie lam', topic: 'carrie lam' }],
    ['the archbishop apologized after the film, what did he say', { speech: true, speaker: 'archbishop', topic: 'after the film' }],
    // "Quotable" asks for quotes; quotes from a happening are the story's, not someone's.
    ['the kipchoge run, anything quotable', { speech: true, topic: 'the kipchoge run' }],
    ['quotable lines about the gold toilet heist', { speech: true, topic: 'the gold toilet heist' }],
    ['notable quotes from the notre dame fire', { speech: true, topic: 'notre dame fire' }],
    ['quotes from the fire chief', { speech: true, speaker: 'fire chief', topic: 'fire chief' }],
    // More verbs of a side taken after "who"; "of anything" asks whether, not about what.
    ['who joked about the gold toilet', { speech: true, topic: 'the gold toilet' }],
    ['who disputed the easter island findings', { speech: true, topic: 'the easter island findings' }],
    ['did greta accuse world leaders of anything', { speech: true, speaker: 'greta', topic: 'world leaders' }],
    ['did trump blame anyone for anything', { speech: true, speaker: 'trump', topic: 'trump' }],
    // Statements, warnings and tributes asked for after the story, and when they were made.
    ['hurricane lorenzo azores warnings', { speech: true, topic: 'hurricane lorenzo azores' }],
    ['turpin children statements at sentencing', { speech: true, topic: 'turpin children at sentencing' }],
    // Someone's story is their account of it.
    ["tipton's story about the audition", { speech: true, speaker: 'tipton', topic: 'the audition', guessed: true }],
    // Whether someone said it, told as a statement: guessed, for a "study said …" is nobody.
    ["spanton's lawyer said she was relieved?", { speech: true, speaker: "spanton's lawyer", topic: 'she was relieved', guessed: true }],
    // …or a speech act told so, aimed at someone on something, before "on" or "after" that
    // would have read a name: whom and on what.
    ['the mayor congratulated the team on the cup win', { speech: true, speaker: 'mayor', topic: 'the team the cup win', guessed: true }],
    ['tusk praised the firefighters after the blaze', { speech: true, speaker: 'tusk', topic: 'the firefighters after the blaze', guessed: true }],
    ['the unions mourned the miners', { speech: true, topic: 'unions the miners' }],
    ['did the mayor congratulate the team on the cup win', { speech: true, speaker: 'mayor', topic: 'the team the cup win' }],
    ['how did tusk thank the firefighters', { speech: true, speaker: 'tusk', topic: 'the firefighters' }],
    // …or called, feared, confirmed: what they said is on the rest, a clause whole.
    ['the sheriff called the fire the worst case scenario', { speech: true, speaker: 'sheriff', topic: 'the fire the worst case scenario', guessed: true }],
    ['the mayor feared permanent damage to the harbour', { speech: true, speaker: 'mayor', topic: 'permanent damage to the harbour', guessed: true }],
    ['tusk apologised over the delays', { speech: true, speaker: 'tusk', topic: 'the delays', guessed: true }],
    // (Not what happened, told before the ask: "announced".)
    ['tusk announced new elections. what were people saying about it', { speech: true, topic: 'tusk announced new elections' }],
    // …or words said again.
    ['the mayor echoed the governor on the flood', { speech: true, speaker: 'mayor', topic: 'the flood', guessed: true }],
    ['did the coach echo the captain on the defeat', { speech: true, speaker: 'coach', topic: 'the defeat' }],
    ['did pelosi talk about the inquiry', { speech: true, speaker: 'pelosi', topic: 'the inquiry' }],
    ['can you find quotes by pelosi about the inquiry', { speech: true, speaker: 'pelosi', topic: 'the inquiry' }],
    ['can u show what ardern said abt the attack', { speech: true, speaker: 'ardern', topic: 'the attack' }],
    ['tell what the mayor said about the storm', { speech: true, speaker: 'mayor', topic: 'the storm' }],
    ['summarize what officials said about the storm', { speech: true, topic: 'the storm', group: 'officials' }],
    ["find me pelosi's remarks on the inquiry", { speech: true, speaker: 'pelosi', topic: 'the inquiry', guessed: true }],
    ['where does pelosi stand on the inquiry', { speech: true, speaker: 'pelosi', topic: 'the inquiry' }],
    ['is there anything pelosi said about the inquiry', { speech: true, speaker: 'pelosi', topic: 'the inquiry' }],
    ['any pelosi quotes about impeachment?', { speech: true, speaker: 'pelosi', topic: 'impeachment', guessed: true }],
    ['quote pelosi on impeachment', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    ['was pelosi quoted on impeachment', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    ['did pelosi make any statement on impeachment', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    ['what statement did pelosi make about impeachment', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    ['what was pelosi quoted as saying about impeachment', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    // Everyone's words on a story, in more shapes.
    ['how was the verdict received', { speech: true, topic: 'the verdict' }],
    ['everything said about the fire', { speech: true, topic: 'the fire' }],
    ['show quotes on the fire', { speech: true, topic: 'the fire' }],
    ['who reacted to the fire and how', { speech: true, topic: 'the fire' }],
    ['who said anything about the fire', { speech: true, topic: 'the fire' }],
    ['what did the alabama state rep say about the ban', { speech: true, speaker: 'alabama state rep', topic: 'the ban' }],
    ['did the home minister weigh in on the fire', { speech: true, speaker: 'home minister', topic: 'the fire' }],
    ['any comments on the hotel fire?', { speech: true, topic: 'the hotel fire' }],
    // An adverb between the name and the verb is not the name's.
    ['what did mugabe once say about who would remove him', { speech: true, speaker: 'mugabe', topic: 'who would remove him' }],
    ['what did the mayor later tell reporters about the fire', { speech: true, speaker: 'mayor', topic: 'the fire' }],
    // Whose account of a plain question; a mood asked of someone.
    ['according to the prosecutor, what did the manifesto show', { speech: true, speaker: 'prosecutor', topic: 'the manifesto show' }],
    ['why did egyptians sacrifice ibises according to sally wasef', { speech: true, speaker: 'sally wasef', topic: 'egyptians sacrifice ibises' }],
    ['why did egyptians sacrifice ibises, per sally wasef', { speech: true, speaker: 'sally wasef', topic: 'egyptians sacrifice ibises' }],
    ['per the museum, why did egyptians sacrifice ibises', { speech: true, speaker: 'museum', topic: 'egyptians sacrifice ibises' }],
    ['how many ibises died per year', { speech: false, topic: 'how many ibises died per year' }],
    ['according to police, how many died?', { speech: true, topic: 'how many died', group: 'police' }],
    // …of someone told by what they did, as "what did the guy who started it say" reads it.
    ['was the storm area 51 thing serious, according to the guy who started it', { speech: true, topic: 'started it the storm area 51 thing serious', deed: 'started it' }],
    // An aim is asked of what someone said.
    ['what is the toilet coating inventor trying to achieve', { speech: true, speaker: 'toilet coating inventor', topic: 'toilet coating inventor' }],
    ['what is pelosi trying to say about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    // Chat leaves the comma out: the question word starts the question; "according to who"
    // before a verb asks whose account it is.
    ['according to the coroner what killed the climbers', { speech: true, speaker: 'coroner', topic: 'what killed the climbers' }],
    ['according to who were the climbers killed', { speech: true, topic: 'who were the climbers killed' }],
    // An office, then "to" and whom its holder spoke to; not an office whose "to" is its own.
    ['the sentencing judge to the defendants', { speech: true, speaker: 'sentencing judge', topic: 'the defendants', guessed: true }],
    ['the us ambassador to japan', { speech: false, topic: 'the us ambassador to japan' }],
    ['the road to recovery', { speech: false, topic: 'the road to recovery' }],
    ['why was the geochemist surprised by the bloom', { speech: true, speaker: 'geochemist', topic: 'the bloom' }],
    // (Any mood, and what it was at without its preposition; not a thing's state.)
    ['was the mayor relieved by the ruling', { speech: true, speaker: 'mayor', topic: 'the ruling' }],
    ['how frustrated was the coach that nobody came', { speech: true, speaker: 'coach', topic: 'nobody came' }],
    ['was the bridge fine after the flood', { speech: false, topic: 'was the bridge fine after the flood' }],
    ['How many people died in the Cuban bus crash?', { speech: false, topic: 'How many people died in the Cuban bus crash' }],
    ['Why might zebras have stripes?', { speech: false, topic: 'Why might zebras have stripes' }],
    // A follow-up after a dash about the one named before ("it", "he") asks for them.
    ['the thai kings statement on his sister - what did it say', { speech: true, speaker: 'thai kings', topic: 'his sister', guessed: true }],
    ['trumps tweet firing bolton - what reason did he give', { speech: true, speaker: 'trumps', topic: 'firing bolton', guessed: true }],
    ["biden's speech accepting the nomination", { speech: true, speaker: 'biden', topic: 'accepting the nomination', guessed: true }],
    ["pelosi's letter to democrats", { speech: true, speaker: 'pelosi', topic: 'democrats', guessed: true }],
    ['what was in trumps tweet about bolton', { speech: true, speaker: 'trumps', topic: 'bolton' }],
    ["harry dunn's mother - what did she say about anne sacoolas", { speech: true, speaker: "harry dunn's mother", topic: 'anne sacoolas' }],
    ['boris johnson - what did he say about the queen', { speech: true, speaker: 'boris johnson', topic: 'the queen' }],
    ['carrie lam video address - what has hong kong become according to her', { speech: true, speaker: 'carrie lam video address', topic: 'hong kong become' }],
    // …while "they" after a dash still asks for everyone.
    ['notre dame fire - what did they say', { speech: true, topic: 'notre dame fire' }],
    // What someone owns as words, typed without the apostrophe; news broken is told; a name with "&".
    ['hammonds demands on the deal', { speech: true, speaker: 'hammonds', topic: 'the deal', guessed: true }],
    ['how did cooper break the news about the death', { speech: true, speaker: 'cooper', topic: 'the death' }],
    // How someone talked of a story is what they said of it.
    ['how did the mayor talk about the storm', { speech: true, speaker: 'mayor', topic: 'the storm' }],
    ['how did officials speak of the wounded', { speech: true, topic: 'the wounded', group: 'officials' }],
    ['at&t apology about the outage', { speech: true, speaker: 'at&t', topic: 'the outage', guessed: true }],
    ['pg&e on the blackouts', { speech: true, speaker: 'pg&e', topic: 'the blackouts', guessed: true }],
    // "any scientists commenting on …" asks for that group's words, not for someone so named.
    ['any scientists commenting on the ice shelves', { speech: true, topic: 'the ice shelves', group: 'scientists' }],
    ['are there any experts talking about the virus', { speech: true, topic: 'the virus', group: 'experts' }],
    // Asking for a quote to cite: whose and on what; what it is for is no word of the topic.
    ['i need a quote from pelosi about the shutdown', { speech: true, speaker: 'pelosi', topic: 'the shutdown' }],
    ['can i get a quote from trump on the wall', { speech: true, speaker: 'trump', topic: 'the wall' }],
    ["what's the exact quote from boris johnson about parliament", { speech: true, speaker: 'boris johnson', topic: 'parliament' }],
    ['need quotes for my essay on the hong kong protests', { speech: true, topic: 'the hong kong protests' }],
    // How the answer should come, in a sentence of its own after the ask, is no sentence of it;
    // where no other sentence asks, it is the ask.
    ["the gdansk stabbing - who said what? i'd like all the quotes if possible", { speech: true, topic: 'the gdansk stabbing' }],
    ['remember the b-17 crash? any quotes', { speech: true, topic: 'remember the b-17 crash' }],
    ['looking for quotes on the amazon fires', { speech: true, topic: 'the amazon fires' }],
    ['quotes i can cite about brexit', { speech: true, topic: 'brexit' }],
    ["any good quotes about kipchoge's marathon", { speech: true, topic: "kipchoge's marathon" }],
    ['need a quote on the notre dame fire for a school project', { speech: true, topic: 'the notre dame fire' }],
    // …but where it was said is the topic's: "in the debate", "in her speech".
    ['what did trump say in the debate', { speech: true, speaker: 'trump', topic: 'in the debate' }],
    // …or to check: a source for words someone said, someone's exact words.
    ['source for pelosi saying the shutdown should end', { speech: true, speaker: 'pelosi', topic: 'the shutdown should end' }],
    ['exact words trump used about the wall', { speech: true, speaker: 'trump', topic: 'the wall' }],
    ['i want the exact quote where musk says he was exhausted', { speech: true, speaker: 'musk', topic: 'he was exhausted' }],
    ['is there a source for pelosi calling the wall immoral', { speech: true, speaker: 'pelosi', topic: 'the wall immoral' }],
    ['verify: did pelosi say the wall is an immorality', { speech: true, speaker: 'pelosi', topic: 'the wall is an immorality' }],
    ['can you confirm zapata said the flight was crazy', { speech: true, speaker: 'zapata', topic: 'the flight was crazy' }],
    ["give me pelosi's exact words on the wall", { speech: true, speaker: 'pelosi', topic: 'the wall', guessed: true }],
    // …as chat types "give me", and the voices of a story as "everyone quoted".
    ["gimme pelosi's exact words on the wall", { speech: true, speaker: 'pelosi', topic: 'the wall', guessed: true }],
    ['show me everyone quoted abotu the maidan wardak car bomb', { speech: true, topic: 'the maidan wardak car bomb' }],
    // …as a search is asked: what is looked for, or cited, or the sources on a story.
    ["looking for pelosi's comment on the wall", { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ["i'm looking for what pelosi said about the wall", { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['need the bit where pelosi talks about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall', guessed: true }],
    // Where a figure or a claim comes from is whose words they are; a source on a story is its quotes.
    ["what's the source for 5,000 jobs being cut at ford", { speech: true, topic: '5,000 jobs being cut at ford' }],
    ['source for the river rising three metres overnight', { speech: true, topic: 'the river rising three metres overnight' }],
    ['where does the 40% turnout figure come from', { speech: true, topic: '40% turnout' }],
    ['turnout was 40 percent, says who?', { speech: true, topic: 'turnout was 40 percent' }],
    ['who reported the ship sank in minutes', { speech: true, topic: 'the ship sank in minutes' }],
    ['sources on the bridge collapse', { speech: true, topic: 'the bridge collapse' }],
    // "what meds did X say …": what they said of the things named; not "what else".
    ['what meds did the senator say he was taking', { speech: true, speaker: 'senator', topic: 'meds he was taking' }],
    ['which towns did the governor name as the worst hit', { speech: true, speaker: 'governor', topic: 'towns as the worst hit' }],
    ['what else did the mayor say', { speech: true, speaker: 'mayor', topic: 'mayor' }],
    ['what reason did the sheriff give for the closure', { speech: true, speaker: 'sheriff', topic: 'the closure' }],
    // Calling something off is a deed, not words; calling someone something is words.
    ['why did the coach call off the match', { speech: false, topic: 'why did the coach call off the match' }],
    ['what did the coach call the referee', { speech: true, speaker: 'coach', topic: 'the referee' }],
    ['cite pelosi on the wall', { speech: true, speaker: 'pelosi', topic: 'the wall', guessed: true }],
    ['sources on the wall', { speech: true, topic: 'the wall' }],
    ['what did sources say about the wall', { speech: true, speaker: 'sources', topic: 'the wall' }],
    // The topic marked and put first, then an ask with no topic of its own.
    ["re: trump's emergency threat - what did durbin say?", { speech: true, speaker: 'durbin', topic: "trump's emergency threat" }],
    ["on doris day: mary quant's words?", { speech: true, speaker: 'mary quant', topic: 'doris day' }],
    ['speaking of monarch butterflies, anything from kimbrel?', { speech: true, speaker: 'kimbrel', topic: 'monarch butterflies' }],
    ['on typhoon phanfone: who said what', { speech: true, topic: 'typhoon phanfone' }],
    // Someone "talking about", "mentioning" or "discussing" a topic: their words on it.
    ['corbyn talking about the prorogation', { speech: true, speaker: 'corbyn', topic: 'the prorogation' }],
    ['quotes of corbyn mentioning the prorogation', { speech: true, speaker: 'corbyn', topic: 'the prorogation' }],
    ['any quote where corbyn mentions the prorogation', { speech: true, speaker: 'corbyn', topic: 'the prorogation' }],
    ['where does the un rapporteur talk about justice', { speech: true, speaker: 'un rapporteur', topic: 'justice' }],
    ['has corbyn ever mentioned the prorogation', { speech: true, speaker: 'corbyn', topic: 'the prorogation' }],
    ['who mentioned the prorogation', { speech: true, topic: 'the prorogation' }],
    ['any quotes mentioning the engineer killed at waterloo', { speech: true, topic: 'the engineer killed at waterloo' }],
    ['quotes mentioning the fire', { speech: true, topic: 'the fire' }],
    // …or describing, explaining, weighing in on, praising or slamming it: their words on it too.
    ['corbyn describing the prorogation', { speech: true, speaker: 'corbyn', topic: 'the prorogation' }],
    ['the un rapporteur explaining the ruling', { speech: true, speaker: 'un rapporteur', topic: 'the ruling' }],
    ['quote of corbyn weighing in on the prorogation', { speech: true, speaker: 'corbyn', topic: 'the prorogation' }],
    ['bolsonaro slamming macron', { speech: true, speaker: 'bolsonaro', topic: 'macron' }],
    // …or announcing or confirming it: what they said in announcing it.
    ['the governor announcing the state of emergency', { speech: true, speaker: 'governor', topic: 'the state of emergency' }],
    ['the club confirming the transfer', { speech: true, speaker: 'club', topic: 'the transfer' }],
    // (Not where the words before hold a topic of their own: his reaction, to her announcing it.)
    ["trump's reaction to pelosi announcing the inquiry", { speech: true, speaker: 'trump', topic: 'pelosi announcing the inquiry', guessed: true }],
    ["boris's response to corbyn describing the deal", { speech: true, speaker: 'boris', topic: 'corbyn describing the deal', guessed: true }],
    // …or their pushback or rebuttal on it: a reply in words.
    ['lindsey graham pushback on trump saying isis is beaten', { speech: true, speaker: 'lindsey graham', topic: 'trump saying isis is beaten', guessed: true }],
    // A side taken on a story, asked as a noun: whoever took it.
    ['any backlash over de blasio quitting the race?', { speech: true, topic: 'de blasio quitting the race' }],
    ['was there any criticism of the toilet paper limits', { speech: true, topic: 'the toilet paper limits' }],
    ['praise for kipchoge', { speech: true, aimedAt: 'kipchoge', topic: 'kipchoge' }],
    ["critics of trump's emergency threat — quotes", { speech: true, aimedAt: "trump's emergency threat", topic: "trump's emergency threat" }],
    // "X quote: Y", whoever it names on the rest; not "Y quotes - who said what" (a guard).
    ['kipchoge quote: the sub two marathon', { speech: true, speaker: 'kipchoge', topic: 'the sub two marathon', guessed: true }],
    ['notre dame quotes - who said what', { speech: true, topic: 'notre dame quotes' }],
    // A story (a headline, pasted), then whose words: theirs on it; not "any reactions".
    ["actor doris day dies at 97 - mary quant's quote?", { speech: true, speaker: 'mary quant', topic: 'actor doris day dies at 97' }],
    ["the boat fire - the captain's words", { speech: true, speaker: 'captain', topic: 'the boat fire' }],
    // Discord's markdown and the label a question was pasted with say how it looks, not what it
    // asks. (The quote block is a guard: it was read right before.)
    ['**pelosi** on the wall', { speech: true, speaker: 'pelosi', topic: 'the wall', guessed: true }],
    ['> who said what about the boat fire', { speech: true, topic: 'the boat fire' }],
    ['`what did pelosi say about the wall`', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['/ask question: what did pelosi say about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['!ask what did pelosi say about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    // (…nor the labels of a message's parts; the context is a sentence told first where the
    // question points back at it, and no part of a question whole without it.)
    ['context: writing about the dam. question: what did the mayor say about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['context: the dam broke. question: what did the mayor say about it', { speech: true, speaker: 'mayor', topic: 'the dam broke' }],
    ['i read the dam story. question: what did the mayor say about the flood', { speech: true, speaker: 'mayor', topic: 'the dam story the flood' }],
    ['q (for my class): what did the mayor say about the dam', { speech: true, speaker: 'mayor', topic: 'the dam' }],
    ['||what did pelosi say about the wall||', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    // (…nor its custom emoji, shortcodes, channel links, headings and underline.)
    ['<:thonk:123456789012> what did pelosi say about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['what did pelosi say about the wall :eyes:', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['<#123456789012> -# what did pelosi say about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['# __what did pelosi say__ about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    // (…nor the greeting it opens with, before any shape of ask.)
    ['hi all - speaker=pelosi, topic=the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['hey, which story quotes the mayor on the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['quick question: which story quotes the mayor on the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['random q - speaker=pelosi, topic=the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['@citewire speaker=pelosi, topic=the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    // (Words struck through are taken back: "~~trump~~ pelosi" asks for pelosi.)
    ['what did ~~trump~~ pelosi say about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['who said what about the ~~flood~~ fire at the mall', { speech: true, topic: 'the fire at the mall' }],
    // Swearing, whole or starred out, is how the asker feels, no word of whom or what they ask
    // about; a starred name is left to the speaker index ("tr*mp").
    ['what the fuck did the mayor say about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['who the h*ll commented on the flood', { speech: true, topic: 'the flood' }],
    ['wtf did the f**king mayor say about the sh*tty flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['what did tr*mp say about the wall', { speech: true, speaker: 'tr*mp', topic: 'the wall' }],
    // Chat's words for the news before the ask: what was said; before a story, its voices.
    ['the scoop on what the mayor said about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['any tea on what the mayor said about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['the lowdown on the flood', { speech: true, topic: 'the flood' }],
    // How the asker sees the question, on its line or before the ask, is no word of it.
    ['probably a dumb question but what did the mayor say about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['this might be a stupid question, but what did the mayor say about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['-# sorry if this is a silly question\nwhat did the mayor say about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['quick one.\nwhat did the mayor say about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['noob question here: what did the mayor say about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    // (Guard: a time's colons are no shortcode.)
    ['what did pelosi say at 10:30:00', { speech: true, speaker: 'pelosi', topic: 'at 10:30:00' }],
    // What the answer should be like, or is for, after the ask: no word of it.
    ['khamenei on soleimani? keep it short', { speech: true, speaker: 'khamenei', topic: 'soleimani', guessed: true }],
    ['carrie lam on how bad the economy is? need it for a debate tomorrow', { speech: true, speaker: 'carrie lam', topic: 'how bad the economy is', guessed: true }],
    ['carrie lam on the economy, i need the text', { speech: true, speaker: 'carrie lam', topic: 'the economy', guessed: true }],
    ['carrie lam on the economy - exact quote?', { speech: true, speaker: 'carrie lam', topic: 'the economy', guessed: true }],
    // A roundup or a recap of reactions is the reactions.
    ['reaction roundup tony mendez dying', { speech: true, topic: 'tony mendez dying' }],
    ['london bridge attack reaction roundup', { speech: true, topic: 'london bridge attack' }],
    ['a roundup of reactions to the london bridge attack', { speech: true, topic: 'the london bridge attack' }],
    ['what did tim taylor say about finding the submarine (asking for a friend)', { speech: true, speaker: 'tim taylor', topic: 'finding the submarine' }],
    ['kitty mak on the election, if anything', { speech: true, speaker: 'kitty mak', topic: 'the election', guessed: true }],
    ['khamenei on soleimani + link to the article', { speech: true, speaker: 'khamenei', topic: 'soleimani', guessed: true }],
    ['what did pelosi say about the wall, with sources', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['what did pelosi say about the wall (source?)', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['what did pelosi say about the wall (links pls)', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['what did pelosi say about the wall, in full please', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['what did pelosi say about the wall - in its entirety', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['who commented on the boat fire and cite the article', { speech: true, topic: 'the boat fire' }],
    // How the answer should be laid out, likewise: no word of the story, nor a second voice.
    ['what did pelosi say about the wall? bullet points pls', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['what did pelosi say about the wall, exact words only, no summary', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['what did pelosi say about the wall, just the quote and the link', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['what did pelosi say about the wall? quote it word for word and say which article', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['who commented on the boat fire? list them in order with their jobs', { speech: true, topic: 'the boat fire' }],
    ['who commented on the boat fire, chronologically if you can, with links', { speech: true, topic: 'the boat fire' }],
    ['pelosi quotes on the wall, bullet points with the article name', { speech: true, speaker: 'pelosi', topic: 'the wall', guessed: true }],
    ['what did pelosi say about the wall, one line each, keep it short', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['in a table: what did pelosi say about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    // (Guards: a list, a table or an order a story holds stays the story's.)
    ['what did the coach say about the league table', { speech: true, speaker: 'coach', topic: 'the league table' }],
    ['what did the mayor say about the list of victims', { speech: true, speaker: 'mayor', topic: 'the list of victims' }],
    ['what did the judge say about the order', { speech: true, speaker: 'judge', topic: 'the order' }],
    // An ask that hangs on the one before is what the first asked.
    ['did pelosi say anything about the wall? if so, what exactly', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['was tim taylor quoted on the submarine, and if so what did he say', { speech: true, speaker: 'tim taylor', topic: 'the submarine' }],
    ['did the mayor comment on the fire, and if not, who did', { speech: true, speaker: 'mayor', topic: 'the fire' }],
    // (Guards: "the link between …", "links to autism" are the story's words.)
    ['what did the surgeon general say about the link between guns and suicide', { speech: true, speaker: 'surgeon general', topic: 'the link between guns and suicide' }],
    ['what did experts say about vaccines and links to autism', { speech: true, group: 'experts', topic: 'vaccines and links to autism' }],
    // "tell me about X's statement on Y", "X + Y": X on Y.
    ["tell me about gownaris's statement on the penguin sex ratio", { speech: true, speaker: 'gownaris', topic: 'the penguin sex ratio', guessed: true }],
    ['gownaris + the penguin sex ratio', { speech: true, speaker: 'gownaris', topic: 'the penguin sex ratio', guessed: true }],
    // The story's voices asked for after it, or as those "involved in" it.
    ['chirac died — thoughts from anyone?', { speech: true, topic: 'chirac died' }],
    ['quotes from people involved in the boat fire', { speech: true, topic: 'the boat fire' }],
    // "what's been said": what was said, by no one called "been".
    ["what's been said about the engineer killed at waterloo", { speech: true, topic: 'the engineer killed at waterloo' }],
    // What kind of quote is wanted ("the harshest words", "her most famous line", "the first
    // warning", "the key point") is no word of the story or of who said it.
    ['the most emotional thing the connecticut governor said after the b-17 crash', { speech: true, speaker: 'connecticut governor', topic: 'after the b-17 crash' }],
    // ("the black boxes": the articles' flight recorders, "cockpit voice recorder".)
    ['what did the ntsb say about the black boxes', { speech: true, speaker: 'ntsb', topic: 'the flight recorders' }],
    // ("pulling out": the articles' withdrawing, out of somewhere from it.)
    ['what did the militia say about the army pulling out of the valley', { speech: true, speaker: 'militia', topic: 'the army withdrawing from the valley' }],
    // ("threw in the towel", "calling it quits": quit, whose forms news writes as "ends his bid".)
    ['what did the senator say when she threw in the towel', { speech: true, speaker: 'senator', topic: 'when she quit' }],
    ['the mayor calling it quits, any quotes', { speech: true, topic: 'the mayor quitting' }],
    // ("the pill mill doctor": the article's opioid prescriptions.)
    ['what did the prosecutor say about the pill mill doctor', { speech: true, speaker: 'prosecutor', topic: 'the opioid doctor' }],
    // ("what's the word from …": chat's ask for what someone said.)
    ["what's the word from the coast guard on the search", { speech: true, speaker: 'coast guard', topic: 'the search' }],
    // (…its "the" gone with its "first".)
    ['first thing the mayor said after the flood', { speech: true, speaker: 'mayor', topic: 'after the flood' }],
    ["doris day's most famous line about bouncing back", { speech: true, speaker: 'doris day', topic: 'bouncing back', guessed: true }],
    ['the first warning from the azores president as lorenzo came in', { speech: true, speaker: 'azores president', topic: 'lorenzo came in' }],
    ['the key point kelly dittmar made about republican women', { speech: true, speaker: 'kelly dittmar', topic: 'republican women' }],
    // (…as journalists call a quote: "the money quote", "the headline quote".)
    ['the money quote from jerome powell on interest rates', { speech: true, speaker: 'jerome powell', topic: 'interest rates' }],
    ['the headline quote from greta thunberg on the climate strike', { speech: true, speaker: 'greta thunberg', topic: 'the climate strike' }],
    // (…and the ask again after a shorthand's topic: "pelosi on the wall quotes"; not a quote the topic names.)
    ['pelosi on the wall quotes', { speech: true, speaker: 'pelosi', topic: 'the wall', guessed: true }],
    ['gordon + phanfone quotes', { speech: true, speaker: 'gordon', topic: 'phanfone', guessed: true }],
    ["pelosi on the president's quote", { speech: true, speaker: 'pelosi', topic: "the president's quote", guessed: true }],
    // (…and as a reader asks for one that can be cited: "cited quotes", "sourced", "real".)
    ['cited quotes about the sea-eye ship', { speech: true, topic: 'the sea-eye ship' }],
    ['sourced quotes from greta thunberg on the climate strike', { speech: true, speaker: 'greta thunberg', topic: 'the climate strike' }],
    ['any real quotes on the gold toilet heist', { speech: true, topic: 'the gold toilet heist' }],
    ['what was the most emotional reaction to the b-17 crash in connecticut', { speech: true, topic: 'the b-17 crash in connecticut' }],
    // (A guard: a word in "-est" that is no superlative, "protest", stays a word of the topic.)
    ['what did joshua wong say about the protest tweets', { speech: true, speaker: 'joshua wong', topic: 'the protest tweets' }],
    // "wrt" as "on": "X wrt Y" asks for X's words on Y.
    ['tunisian human rights league wrt the niqab ban', { speech: true, speaker: 'tunisian human rights league', topic: 'the niqab ban', guessed: true }],
    ["the exact wording of macron's statement on notre dame", { speech: true, speaker: 'macron', topic: 'notre dame', guessed: true }],
    ['what exactly did tedros say, word for word, about the pandemic', { speech: true, speaker: 'tedros', topic: 'the pandemic' }],
    ['lee in his own words on landing the role', { speech: true, speaker: 'lee', topic: 'landing the role', guessed: true }],
    ["trump's latest tweet", { speech: true, speaker: 'trump', topic: 'trump' }],
    ['any news on navalny, who said what', { speech: true, topic: 'navalny' }],
    // Someone from a body or a place asks for it; its narrative or spin is its words.
    ['did anyone from the state department say anything about anne sacoolas', { speech: true, speaker: 'state department', topic: 'anne sacoolas' }],
    ['has anybody from iran responded to the strike', { speech: true, speaker: 'iran', topic: 'the strike' }],
    // …by a word for anyone, one or several of them; not people from a place, who live there.
    ['some guy from the dam board said what about the flood', { speech: true, speaker: 'dam board', topic: 'the flood' }],
    ['an official from the water agency on the flood', { speech: true, speaker: 'water agency', topic: 'the flood', guessed: true }],
    ['officials from the water agency on the flood', { speech: true, speaker: 'water agency', topic: 'the flood', guessed: true }],
    ['what did people from gdansk say about the flood', { speech: true, topic: 'gdansk the flood' }],
    // What someone is going to do, or their plans, are what they said they would do.
    ["what's the mayor gonna do now he tested positive", { speech: true, speaker: 'mayor', topic: 'after he tested positive' }],
    ['what was the mayor going to do about the dam', { speech: true, speaker: 'mayor', topic: 'the dam' }],
    ["what were the mayor's next steps on the dam", { speech: true, speaker: 'mayor', topic: 'the dam' }],
    // Whom the press talked to, interviewed or quoted about a story are its voices; whom
    // someone else talked to is no ask for words.
    ['who did wikinews talk to about the flood', { speech: true, topic: 'the flood' }],
    ['who did the bbc interview about the flood', { speech: true, topic: 'the flood' }],
    ['who did the mayor talk to about the flood', { speech: false, topic: 'who did the mayor talk to about the flood' }],
    // Reviews of a thing are its critics' words.
    ['any scathing reviews of the flood film', { speech: true, topic: 'the flood film', group: 'critics' }],
    ['what did the director say about reviews', { speech: true, speaker: 'director', topic: 'reviews' }],
    ["what's russia's narrative on navalny", { speech: true, speaker: 'russia', topic: 'navalny' }],
    // (…and "the charity" is the story's, as "the charities" were.)
    ['was anyone from the charity quoted about renaming the ship', { speech: true, topic: 'renaming the ship' }],
    ['who all talked about the new ebola drugs', { speech: true, topic: 'the new ebola drugs' }],
    ['what phrase did trump use for de blasio', { speech: true, speaker: 'trump', topic: 'de blasio' }],
    // More of someone's words are theirs: "any more quotes from", "more from", "anything else … said".
    ['any more quotes from curry on the monarchs', { speech: true, speaker: 'curry', topic: 'the monarchs' }],
    ['more from pelosi on the trial', { speech: true, speaker: 'pelosi', topic: 'the trial' }],
    ['anything else marshall said about race and pollution', { speech: true, speaker: 'marshall', topic: 'race and pollution' }],
    // What someone was asked, before the ask for their answer, is its topic.
    ['when asked if the colony is in trouble, what did gownaris say', { speech: true, speaker: 'gownaris', topic: 'whether the colony is in trouble' }],
    ['when asked about bolton, what did trump say?', { speech: true, speaker: 'trump', topic: 'bolton' }],
    // …and other ways of asking for one: "quote me", "where can i find", "which quote … should i use".
    ['quote me something from trump about the wall', { speech: true, speaker: 'trump', topic: 'the wall' }],
    ['can you quote ardern on the christchurch attack', { speech: true, speaker: 'ardern', topic: 'the christchurch attack' }],
    ['where can i find what pelosi said about impeachment', { speech: true, speaker: 'pelosi', topic: 'impeachment' }],
    ['which quote from kipchoge should i use about the marathon', { speech: true, speaker: 'kipchoge', topic: 'the marathon' }],
    ['i need two or three quotes about the samoa measles outbreak', { speech: true, topic: 'the samoa measles outbreak' }],
    ['any quotes worth using on brexit', { speech: true, topic: 'brexit' }],
    // The article as the reader knows it: whom it quotes, on its story.
    ['what did the article quote trump as saying about the fire', { speech: true, speaker: 'trump', topic: 'the fire' }],
    ['what does the boat fire article quote the sheriff saying', { speech: true, speaker: 'sheriff', topic: 'boat fire' }],
    ['what did the piece on area 51 quote the sheriff as saying', { speech: true, speaker: 'sheriff', topic: 'area 51' }],
    ['in the hong kong election article, who was quoted', { speech: true, topic: 'hong kong election' }],
    ['who is quoted in the story about the samoa measles', { speech: true, topic: 'the samoa measles' }],
    ['what quotes are in the kipchoge article', { speech: true, topic: 'kipchoge' }],
    ['list every quote in the article about the gold toilet', { speech: true, topic: 'the gold toilet' }],
    ['whats the most important quote in the brexit march article', { speech: true, topic: 'brexit march' }],
    // (Who is in an article asks no quotes.)
    ['what people are in the kipchoge article', { speech: false, topic: 'what people are in the kipchoge article' }],
    // Reacting, in chat shorthand; a response when something happened.
    ['pelosi reacting to the impeachment vote', { speech: true, speaker: 'pelosi', topic: 'the impeachment vote', guessed: true }],
    ['bolsonaro hitting back at macron over the amazon', { speech: true, speaker: 'bolsonaro', topic: 'macron over the amazon', guessed: true }],
    ['trump lashing out at the squad', { speech: true, speaker: 'trump', topic: 'the squad', guessed: true }],
    // A headline's verb after the name; a verb before "about" is no part of the name.
    ['bolsonaro slams macron over the amazon', { speech: true, speaker: 'bolsonaro', topic: 'macron over the amazon', guessed: true }],
    ['macron reacts to the amazon fires', { speech: true, speaker: 'macron', topic: 'the amazon fires', guessed: true }],
    ['kipchoge thanking his pacemakers', { speech: true, speaker: 'kipchoge', topic: 'his pacemakers', guessed: true }],
    ['macron warns about the amazon fires', { speech: true, speaker: 'macron', topic: 'the amazon fires', guessed: true }],
    ['boris johnson spoke about anne sacoolas', { speech: true, speaker: 'boris johnson', topic: 'anne sacoolas', guessed: true }],
    ['boris johnson opens up about anne sacoolas', { speech: true, speaker: 'boris johnson', topic: 'anne sacoolas', guessed: true }],
    ['kitty mak weighs in on the district council election', { speech: true, speaker: 'kitty mak', topic: 'the district council election', guessed: true }],
    ['sheldon yett speaks on the samoa measles campaign', { speech: true, speaker: 'sheldon yett', topic: 'the samoa measles campaign', guessed: true }],
    ['tim taylor sounding off on finding the submarine', { speech: true, speaker: 'tim taylor', topic: 'finding the submarine', guessed: true }],
    ['charlotte charles complaining about anne sacoolas', { speech: true, speaker: 'charlotte charles', topic: 'anne sacoolas', guessed: true }],
    ['bolsonaro pov on macron and the amazon', { speech: true, speaker: 'bolsonaro', topic: 'macron and the amazon', guessed: true }],
    ["in bolsonaro's words, macron and the amazon", { speech: true, speaker: 'bolsonaro', topic: 'macron and the amazon', guessed: true }],
    ["erdogan's response when europe criticised the offensive", { speech: true, speaker: 'erdogan', topic: 'europe criticised the offensive', guessed: true }],
    // Refusing, declining, taking responsibility: words said, or not said, on the story.
    ["who refused to say the shooter's name", { speech: true, topic: "say the shooter's name" }],
    ['who declined to comment on the crash', { speech: true, topic: 'the crash' }],
    ['who took responsibility for the attack', { speech: true, topic: 'the attack' }],
    // What was said when something happened: the whole of what happened; "when asked about …", what was asked.
    ['what did people say when the thai princess tried to run for pm', { speech: true, topic: 'the thai princess tried to run for pm' }],
    ['what did trump say when asked about the wall', { speech: true, speaker: 'trump', topic: 'the wall' }],
    // "who said that …": what they said, without "that".
    ['who said that enough is enough', { speech: true, topic: 'enough is enough' }],
    // A remembered line, whose speaker is asked for in other words.
    ['who brought up suicide by cop after the attack', { speech: true, topic: 'suicide by cop after the attack' }],
    ['who pointed out women hold fewer seats', { speech: true, topic: 'women hold fewer seats' }],
    ['who told the parents they had severed the ability to raise their children', { speech: true, topic: 'the parents they had severed the ability to raise their children' }],
    ['who was it that said guardrails can only take so much', { speech: true, topic: 'guardrails can only take so much' }],
    ["who's the guy who said the next hours will decide everything", { speech: true, topic: 'the next hours will decide everything' }],
    ['whose tweet ended "we shall overcome"', { speech: true, topic: '"we shall overcome"' }],
    ['which runner thought he was going to die', { speech: true, speaker: 'runner', topic: 'he was going to die' }],
    ['who compared the typhoon to haiyan', { speech: true, topic: 'the typhoon to haiyan' }],
    // How much or what of it is wanted is no word of whom or what: a line, the gist, the news of it.
    ['one line from ford about the doj probe', { speech: true, speaker: 'ford', topic: 'the doj probe' }],
    ['a soundbite from ford about the doj probe', { speech: true, speaker: 'ford', topic: 'the doj probe' }],
    ['explain what ford said about the doj probe', { speech: true, speaker: 'ford', topic: 'the doj probe' }],
    ['the gist of what ford said on the doj probe', { speech: true, speaker: 'ford', topic: 'the doj probe' }],
    ['any news on what ford said about the doj probe', { speech: true, speaker: 'ford', topic: 'the doj probe' }],
    ['in short, what did qandeel baloch say about her first marriage', { speech: true, speaker: 'qandeel baloch', topic: 'her first marriage' }],
    // An ask of no topic, then the topic in brackets.
    ['who said what? (naming the coronavirus covid-19)', { speech: true, topic: 'naming the coronavirus covid-19' }],
    ['what did ford say? (about the doj probe)', { speech: true, speaker: 'ford', topic: 'the doj probe' }],
    // As a learner or a hurried reader writes it.
    ['pelosi has said what about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['how pelosi reacted to the shutdown', { speech: true, speaker: 'pelosi', topic: 'the shutdown' }],
    ['how did pelosi comment on the shutdown', { speech: true, speaker: 'pelosi', topic: 'the shutdown' }],
    ['how kaczynski commented child abusers', { speech: true, speaker: 'kaczynski', topic: 'child abusers' }],
    ['what merkel speak about navalny being poisoned', { speech: true, speaker: 'merkel', topic: 'navalny being poisoned' }],
    ['who say about the power outages', { speech: true, topic: 'the power outages' }],
    ['opinions the power outages', { speech: true, topic: 'the power outages' }],
    ['opinions hurricane lorenzo', { speech: true, topic: 'hurricane lorenzo' }],
    // Reactions after a story: others' words on all of it, whoever it names.
    ['the scottish court ruling on prorogation reactions', { speech: true, topic: 'the scottish court ruling on prorogation' }],
    ['the popes order on reporting abuse - any reactions?', { speech: true, topic: 'the popes order on reporting abuse' }],
    // Shorthand for an office with its place, or a name with its title: five words.
    ['the new hampshire governor quote about the crash', { speech: true, speaker: 'new hampshire governor', topic: 'the crash', guessed: true }],
    ["judge amy berman jackson's message on manafort", { speech: true, speaker: 'judge amy berman jackson', topic: 'manafort', guessed: true }],
    // Hitting back is replying in words.
    ['how did bolsonaro hit back at macron', { speech: true, speaker: 'bolsonaro', topic: 'at macron' }],
    ['who hit back at macron over the amazon', { speech: true, aimedAt: 'macron', topic: 'macron over the amazon' }],
    // So is answering someone's account: countering, rebutting, disputing, contradicting it…
    ['how did china counter the us over taiwan arms sales', { speech: true, speaker: 'china', topic: 'taiwan arms sales' }],
    ['how did pelosi rebut trump on the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['did iran dispute the us claim that it shot down the drone', { speech: true, speaker: 'iran', topic: 'the us claim that it shot down the drone' }],
    // …and whoever did so is someone else than the one whose account it was.
    ["who contradicted trump's account of bolton leaving", { speech: true, aimedAt: "trump's account", topic: 'trump on bolton leaving' }],
    ["who disputed trump's version of why bolton left", { speech: true, aimedAt: "trump's version", topic: 'trump on why bolton left' }],
    ['who challenged biden on the withdrawal', { speech: true, aimedAt: 'biden', topic: 'biden on the withdrawal' }],
    ['who objected to the ban', { speech: true, topic: 'the ban' }],
    // A quote from a group, or from anyone, of a story: their words on it.
    ['a quote from a witness of the boat fire', { speech: true, topic: 'the boat fire', group: 'witness' }],
    ['what did the eyewitness say about the pileup', { speech: true, topic: 'the pileup', group: 'eyewitness' }],
    ['find a quote from someone who was at the area 51 event', { speech: true, topic: 'the area 51 event' }],
    // An office by its place, then "what did he say": the office is whom it asks for…
    ['the sheriff near area 51, what did he say about the crowds', { speech: true, speaker: 'sheriff near area 51', topic: 'the crowds' }],
    ['the samoa pm, what did he say about the measles', { speech: true, speaker: 'samoa pm', topic: 'the measles' }],
    // …while a description of no office is left to the search, with the topic.
    ['so the mars sponge researcher, how did he react to the results', { speech: true, topic: 'the mars sponge researcher the results' }],
    // Someone on a story, then "what did she say": the words before it ask for her on it.
    ['carrie lam on hk independence, what did she say exactly lol', { speech: true, speaker: 'carrie lam', topic: 'hk independence' }],
    ['boris johnson on harry dunn, what did he say about sacoolas', { speech: true, speaker: 'boris johnson', topic: 'harry dunn sacoolas' }],
    // …and someone described, then "he": "dude" is no word of the story.
    ['the gold toilet artist dude, what did he say', { speech: true, topic: 'the gold toilet artist' }],
    // What the reader saw first, then the ask: whom the ask names, on the lead-in's story…
    ['gdansk mayor stabbed on stage. the polish president said what', { speech: true, speaker: 'polish president', topic: 'gdansk mayor stabbed on stage' }],
    // (What the reader thought of the story is no word of it.)
    ['the gdansk stabbing was so sad tbh. what did the polish president say', { speech: true, speaker: 'polish president', topic: 'the gdansk stabbing' }],
    // (Whom the reader names as the one they mean, in a sentence of its own, is whom "he" is.)
    ['someone thanked the firefighters. i think it was tusk? what did he say', { speech: true, speaker: 'tusk', topic: 'someone thanked the firefighters', guessed: true }],
    // (Guard: a judgement is no one named.)
    ['i think it was awful. what did he say about the fire', { speech: true, topic: 'i think it the fire' }],
    ['khashoggi fiancee at the un. the un rapporteur told her what', { speech: true, speaker: 'un rapporteur', topic: 'khashoggi fiancee at the un' }],
    // …a headline pasted, then the ask after a colon, a bar or a dash…
    ['Former Trump advisor, Paul Manafort, receives second sentence in U.S. Federal Court: what did the judge say', { speech: true, speaker: 'judge', topic: 'Former Trump advisor, Paul Manafort, receives second sentence in U.S. Federal Court' }],
    ['Tunisian PM signs decree banning face veils | what did the human rights league say', { speech: true, speaker: 'human rights league', topic: 'Tunisian PM signs decree banning face veils' }],
    ['Samoan government shuts down for nationwide measles vaccination drive - unicef quote', { speech: true, speaker: 'unicef', topic: 'Samoan government shuts down for nationwide measles vaccination drive' }],
    // …a body the lead-in named, asked for by what it is, is the story's voices…
    ['so pg&e is cutting power to half a million people?? what did the company say', { speech: true, topic: 'pg&e is cutting power to half a million people' }],
    ['hk protesters marched in the rain again. a student there said', { speech: true, topic: 'hk protesters marched in the rain student there' }],
    // …and "he" is whom the lead-in tells of first, if the library quotes them.
    ['puerto rico governor quit after the chat leak. his words when resigning?', { speech: true, speaker: 'puerto rico governor', topic: 'puerto rico governor quit after the chat leak when resigning', guessed: true }],
    ['the pope went to iraq, anything he said there', { speech: true, speaker: 'pope', topic: 'the pope went to iraq', guessed: true }],
    ['another typhoon at christmas, the disaster official compared it to haiyan?', { speech: true, topic: 'another typhoon at christmas haiyan', group: 'disaster official' }],
    // …whom the ask tells of before "she", or its kin…
    ['boris suspended parliament. yvette cooper was furious, what did she say', { speech: true, speaker: 'yvette cooper', topic: 'boris suspended parliament', guessed: true }],
    ['qandeel baloch was murdered. what did her brother admit', { speech: true, speaker: "qandeel baloch's brother", topic: 'qandeel baloch was murdered', guessed: true }],
    // …of several sentences, the nearest that names someone, on the others' story too…
    ["they found water vapour on k2-18b. cloutier said it's not certain yet, right? what did he say", { speech: true, speaker: 'cloutier', topic: "they found water vapour on k2-18b it's not certain", guessed: true }],
    // …and whom the shorthand after it names: one word a name, more an office, whom the articles may describe another way.
    ["canadians died when iran shot down that jet. trudeau's reaction?", { speech: true, speaker: 'trudeau', topic: 'canadians died when iran shot down that jet' }],
    ['the kurds feel betrayed. sdf spokesman quote', { speech: true, topic: 'the kurds feel betrayed sdf spokesman', group: 'sdf spokesman' }],
    // A bare "any reactions" after it asks for the voices; "pg&e." ends a sentence.
    ['typhoon hagibis hit japan. any quotes', { speech: true, topic: 'typhoon hagibis hit japan' }],
    ['the camp fire lawsuits against pg&e. what did the company say', { speech: true, topic: 'the camp fire lawsuits against pg&e' }],
    ['huge anti brexit march in london. what were the marchers telling wikinews', { speech: true, topic: 'huge anti brexit march in london wikinews' }],
    // Someone's words by what they did with them, "which" official, and whom a shorthand asks for "when" something happened.
    ['pelosi pledged something when she got the gavel, what was it', { speech: true, speaker: 'pelosi', topic: 'she got the gavel' }],
    ['which un official told cengiz to be patient', { speech: true, topic: 'cengiz to be patient', group: 'un official' }],
    ['the polish health minister when adamowicz died, quote?', { speech: true, speaker: 'polish health minister', topic: 'adamowicz died', guessed: true }],
    ["the uk government's lawyer in the prorogation case, his argument", { speech: true, topic: "the uk government's lawyer in the prorogation case" }],
    // "X about Y" as "X on Y"; whom the words before "after" name, then "he"; "anyone quoted?" asks again.
    ['erdogan about the 2016 coup', { speech: true, speaker: 'erdogan', topic: 'the 2016 coup', guessed: true }],
    // …but not after words of a topic.
    ['zelenski demands from iran about the plane', { speech: false, topic: 'zelenski demands from iran about the plane' }],
    ['navalny after waking from the coma, what did he say', { speech: true, speaker: 'navalny', topic: 'waking from the coma' }],
    // …but a clause before "when" is no name.
    ['navalny got arrested when he flew back to moscow, what did he say', { speech: true, topic: 'navalny got arrested when he flew back to moscow' }],
    // Chat's words: "two cents" is a view, "wrt" is "about", "pull up" asks to be shown.
    ["pelosi's two cents on the wall", { speech: true, speaker: 'pelosi', topic: 'the wall', guessed: true }],
    ['grenell wrt mahan air, what did he say', { speech: true, speaker: 'grenell', topic: 'mahan air' }],
    ['pull up what thomas gray said re the london bridge attack', { speech: true, speaker: 'thomas gray', topic: 'the london bridge attack' }],
    // "who was quoted", "who's commented" ask again, with no topic of their own; "who's" before such a verb is "who has".
    ['bruce mcarthur case, who was quoted', { speech: true, topic: 'bruce mcarthur case' }],
    ["why are the great whites gone from false bay, who's commented", { speech: true, topic: 'why are the great whites gone from false bay' }],
    // "what was X's <topic> tweet": whose, then what about; not "spanton's lawyer", someone of theirs.
    ["what was macron's amazon tweet", { speech: true, speaker: 'macron', topic: 'amazon' }],
    ["what was spanton's lawyer saying", { speech: true, speaker: "spanton's lawyer", topic: "spanton's lawyer" }],
    // What people "make of" a story, how they "mark" a death, its "voices", statements "after" it.
    ['what did folks make of the california dive boat fire', { speech: true, topic: 'the california dive boat fire' }],
    ['what did pelosi make of the call', { speech: true, speaker: 'pelosi', topic: 'the call' }],
    ["how did french politicians mark chirac's death", { speech: true, topic: "chirac's death", group: 'french politicians' }],
    ['paris police hq stabbing — voices', { speech: true, topic: 'paris police hq stabbing' }],
    ['statements after the el paso walmart massacre', { speech: true, topic: 'the el paso walmart massacre' }],
    // Someone, then what they said after: "pompeo after bolton was fired" (not "…, then kitty mak after the elections").
    ['pompeo after bolton was fired', { speech: true, speaker: 'pompeo', topic: 'bolton was fired', guessed: true }],
    ['joshua wong in september, then kitty mak after the elections', { speech: false, topic: 'joshua wong in september, then kitty mak after the elections' }],
    // Someone doing something, before a dash, is whom "he" is.
    ['trump firing bolton - what reason did he give', { speech: true, speaker: 'trump', topic: 'trump firing bolton', guessed: true }],
    ['the el paso shooting - what did he say', { speech: true, speaker: 'el paso shooting', topic: 'el paso shooting' }],
    // A clause of when, then the ask, with no comma between.
    ['when carrie lam withdrew the bill what did joshua wong tweet', { speech: true, speaker: 'joshua wong', topic: 'when carrie lam withdrew the bill' }],
    ['after the queen suspended parliament what did philip hammond say', { speech: true, speaker: 'philip hammond', topic: 'after the queen suspended parliament' }],
    ['notre dame finally reopened, anyone quoted?', { speech: true, topic: 'notre dame finally reopened' }],
    ['ebola outbreak in uganda, officials quoted', { speech: true, topic: 'ebola outbreak in uganda' }],
    // Whose account of a question: its question words are no words of the topic; investigators are a group.
    ["does bolton's exit change anything, according to pompeo", { speech: true, speaker: 'pompeo', topic: "bolton's exit change" }],
    ['what time did the abqaiq attack happen according to saudi media', { speech: true, topic: 'the abqaiq attack happen', group: 'saudi media' }],
    ['cause of the magnitogorsk blast according to investigators', { speech: true, topic: 'cause of the magnitogorsk blast', group: 'investigators' }],
    // A statement before a dash, then "who said what": the story, not someone's words echoed.
    ['covid declared a pandemic - who said what', { speech: true, topic: 'covid declared a pandemic' }],
    // Aid agencies are a group, not a name.
    ['samoa measles, what did the aid agencies say', { speech: true, topic: 'samoa measles' }],
    // Chat's "vp" is a vice president.
    ['vp pence on the southern border', { speech: true, speaker: 'vice president pence', topic: 'the southern border', guessed: true }],
    // Someone described by what they did: whom the articles call so first (a judge), on what they did.
    ['what did the guy who flew over the channel on a hoverboard say', { speech: true, topic: 'flew over the channel on a hoverboard', deed: 'flew over the channel on a hoverboard' }],
    ['the judge who sentenced manafort, what did she say about his apology', { speech: true, topic: 'sentenced manafort his apology', group: 'judge', deed: 'sentenced manafort' }],
    // (…its "the" dropped, as a second language drops it, where the kind is an office; not a name.)
    ['what did judge who sentenced manafort say', { speech: true, topic: 'sentenced manafort', group: 'judge', deed: 'sentenced manafort' }],
    ['who were people quoted about the flood', { speech: true, topic: 'the flood' }],
    ['what happened to the dam according to the sources quoted', { speech: true, topic: 'what happened to the dam' }],
    // Who was first to say it: who said it, the first of them among the rest.
    ['who was the first to report the ruling', { speech: true, topic: 'the ruling' }],
    ['who first said the dam was unsafe', { speech: true, topic: 'the dam was unsafe' }],
    ['what did pelosi who runs the house say', { speech: true, speaker: 'pelosi who runs the house', topic: 'pelosi who runs the house' }],
    // …where the deed holds a verb of speech, the last such verb asks; what they are tells the story too.
    ['what did the pg&e exec who had to announce the power shutoffs say', { speech: true, topic: 'had to announce the power shutoffs', group: 'pg&e exec', deed: 'had to announce the power shutoffs' }],
    ['what did the norwegian guy who won the hurdles say', { speech: true, topic: 'norwegian won the hurdles', deed: 'won the hurdles' }],
    // Whom the reader cannot name, asked who they were, then what they said.
    ['who was the woman whose husband was a cia disguise expert and what did she say', { speech: true, topic: 'husband was a cia disguise expert', deed: 'husband was a cia disguise expert' }],
    // "what was his argument" after whom it stands for is what he said; alone, "his" is no name.
    ['the researcher who studied guns and teen suicides, what was his finding', { speech: true, topic: 'studied guns and teen suicides', group: 'researcher', deed: 'studied guns and teen suicides' }],
    ["harry dunn's mum - what was her reaction to the immunity", { speech: true, speaker: "harry dunn's mum", topic: 'the immunity' }],
    ['what was his argument', { speech: false, topic: 'what was his argument' }],
    // How a reader points at a story ("that time …", "the one where …") is no word of it.
    ["that time iraq's parliament voted to expel us troops, reactions", { speech: true, topic: "iraq's parliament voted to expel us troops" }],
    ['the one where somebody nicked a gold toilet, quotes', { speech: true, topic: 'somebody nicked a gold toilet' }],
    // What someone said, then ", reactions": everyone's voices on it, not theirs alone.
    ['the scottish court said proroguing parliament was unlawful, reactions', { speech: true, topic: 'the scottish court said proroguing parliament was unlawful' }],
    // People of a kind, then which of them: each one's voice.
    ['scientists surprised by their own results: the martian brine guy and the hawaii algae guy', { speech: true, topic: 'the martian brine and the hawaii algae' }],
    ['the woman who heads the anti racism group in toronto, her take on mcarthur', { speech: true, topic: 'heads the anti racism group in toronto mcarthur', deed: 'heads the anti racism group in toronto' }],
    // A bare ask after a lead-in that names whose words: theirs; a stance told by its verb alone.
    ['mugabe always said only god could remove him right? the quote', { speech: true, speaker: 'mugabe', topic: 'only god could remove him', guessed: true }],
    ['a study says easter island statues mark fresh water. van tilburg disagreed?', { speech: true, speaker: 'van tilburg', topic: 'a study says easter island statues mark fresh water' }],
    ['manafort said sorry. the judge replied', { speech: true, speaker: 'judge', topic: 'manafort said sorry' }],
    // "his" is no princess.
    ['the thai princess ran for pm and her brother the king objected. his statement', { speech: true, topic: 'the thai princess ran for pm and her brother the king objected' }],
    // A message's lines are its sentences.
    ['the boat fire\nwho commented', { speech: true, topic: 'the boat fire' }],
    // A full stop inside a name or an abbreviation ends no sentence.
    ['what did dr. fauci say about u.s. troops', { speech: true, speaker: 'dr. fauci', topic: 'u.s. troops' }],
    // …nor one after a title as chat shortens it.
    ['what did amb. grenell say about mahan air', { speech: true, speaker: 'amb. grenell', topic: 'mahan air' }],
    ['what did abp. polak say about the film', { speech: true, speaker: 'abp. polak', topic: 'the film' }],
    // Shorthand asks of their own: someone's words, whether they said it at all.
    ['tedros words', { speech: true, topic: 'tedros' }],
    ['macron tweet?', { speech: true, topic: 'macron' }],
    ['did rouhani apologise', { speech: true, speaker: 'rouhani', topic: 'rouhani' }],
    // The word order of other languages, as people for whom English is a second one type it.
    ['what said boris johnson about the family of harry dunn?', { speech: true, speaker: 'boris johnson', topic: 'the family of harry dunn' }],
    ['citewire: what says mary quant for doris day', { speech: true, speaker: 'mary quant', topic: 'doris day' }],
    ['what has told the detective about the arrests', { speech: true, speaker: 'detective', topic: 'the arrests' }],
    ['what mnangagwa has announced about mugabe', { speech: true, speaker: 'mnangagwa', topic: 'mugabe' }],
    ['how tedros has described the pandemic', { speech: true, speaker: 'tedros', topic: 'the pandemic' }],
    ['which words used minnis for abaco', { speech: true, speaker: 'minnis', topic: 'abaco' }],
    ['tony abbott what he think of the abortion law', { speech: true, speaker: 'tony abbott', topic: 'the abortion law', guessed: true }],
    ['pg&e senior vice president, how he explain why they cut the power', { speech: true, speaker: 'pg&e senior vice president', topic: 'why they cut the power', guessed: true }],
    ['the us attorney in el paso, he told what about the gunman', { speech: true, speaker: 'us attorney in el paso', topic: 'the gunman' }],
    ['chancellor of uc san diego, what he tell about walter munk', { speech: true, speaker: 'chancellor of uc san diego', topic: 'walter munk' }],
    ['bot pls: doris day what she told about rock hudson', { speech: true, speaker: 'doris day', topic: 'rock hudson', guessed: true }],
    // …the pronoun after the name it stands for, the verb's plain form after a tense's
    // auxiliary or without its "s", "what" where the words would go, "opinion of".
    ['sturgeon she said what about the court ruling', { speech: true, speaker: 'sturgeon', topic: 'the court ruling' }],
    ['what kosgei was say after the race', { speech: true, speaker: 'kosgei', topic: 'after the race' }],
    ['minnis say what about abaco', { speech: true, speaker: 'minnis', topic: 'abaco' }],
    ['de blasio say he will keep running?', { speech: true, speaker: 'de blasio', topic: 'he will keep running', guessed: true }],
    ['opinion of the nato chief for the syria pullout', { speech: true, speaker: 'nato chief', topic: 'the syria pullout' }],
    ['kimbrell his opinion about the butterfly count', { speech: true, speaker: 'kimbrell', topic: 'the butterfly count', guessed: true }],
    // …and the story's voices, asked last without a comma; a pronoun after a clause stays.
    ['the notre dame fire who say what', { speech: true, topic: 'the notre dame fire' }],
    ['the bahamas hurricane what the peoples there says', { speech: true, topic: 'the bahamas hurricane' }],
    ['who was against the bill and what they said', { speech: true, topic: 'the bill' }],
    ['the pope went to iraq, anything he said there', { speech: true, speaker: 'pope', topic: 'the pope went to iraq', guessed: true }],
    // …and a bare name before a comma is whom "he" stands for; a clause is not.
    ['tony abbott, what did he think of the abortion law', { speech: true, speaker: 'tony abbott', topic: 'the abortion law', guessed: true }],
    ['warholm won the hurdles in doha, what did he say after', { speech: true, topic: 'warholm won the hurdles in doha after' }],
    // …after "the" and an office; an office alone is still the topic's words.
    ['the texas judge gray miller what he wrote on women in the military', { speech: true, speaker: 'texas judge gray miller', topic: 'women in the military', guessed: true }],
    ['the polish interior minister, what did he say', { speech: true, topic: 'the polish interior minister' }],
    // The ask again after a question that asked already.
    ['who was angry on iran for the ukrainian plane, what they has said', { speech: true, topic: 'iran for the ukrainian plane' }],
    ['who reacted to the fire, what did they say', { speech: true, topic: 'the fire' }],
    ['@citewire who attacked boris for suspending the parliament? quotes pls', { speech: true, aimedAt: 'boris', topic: 'boris for suspending the parliament' }],
    // Whom the voices were aimed at is not among them; a thing is nobody.
    ['who criticized trump for pulling out the troops from syria', { speech: true, aimedAt: 'trump', topic: 'trump for withdrawing the troops from syria' }],
    ['who defended the niqab ban in tunisia', { speech: true, topic: 'the niqab ban in tunisia' }],
    // A side taken, for or against.
    ['who went after trump for declaring the border emergency', { speech: true, aimedAt: 'trump', topic: 'trump for declaring the border emergency' }],
    ['who was for decriminalising abortion in nsw and what they has said', { speech: true, topic: 'decriminalising abortion in nsw' }],
    ['who stood up for the kurds when trump pulled out of syria', { speech: true, topic: 'the kurds when trump withdrew from syria' }],
    ['who praised the nurses in new york during covid, quotes pls', { speech: true, topic: 'the nurses in new york during covid' }],
    ['who said something like "justice takes time"', { speech: true, topic: '"justice takes time"' }],
    // Greetings, thanks and "quick question" are no lead-in of the story.
    ['hi! quick question. what did hubert minnis say about abaco? thanks!', { speech: true, speaker: 'hubert minnis', topic: 'abaco' }],
    ['hello citewire, i have a question: what did joshua wong say about the bill withdrawal. thank you', { speech: true, speaker: 'joshua wong', topic: 'the bill withdrawal' }],
    ['ok so. what did carrie lam say when she withdrew the extradition bill. thx in advance', { speech: true, speaker: 'carrie lam', topic: 'she withdrew the extradition bill' }],
    ['hey there 👋 what did scicluna say about bishops', { speech: true, speaker: 'scicluna', topic: 'bishops' }],
    // …but a lead-in that tells of something is kept.
    ['kosgei broke the record. what did she say? thanks', { speech: true, topic: 'kosgei broke the record' }],
    // A side taken, asked in the passive; a reaction asked for in the perfect.
    ['was the dinosaur flapping study criticized by anyone', { speech: true, topic: 'the dinosaur flapping study' }],
    ['was trump criticized by nikki haley for leaving syria', { speech: true, speaker: 'nikki haley', topic: 'trump for leaving syria' }],
    ["what's the reaction been to germany banning mahan air?", { speech: true, topic: 'germany banning mahan air' }],
    // …asked first, then asked again ("quotes pls"): whoever the first asks for.
    ['hi. was the abortion decriminalisation in nsw criticized by anyone? quotes pls', { speech: true, topic: 'the abortion decriminalisation in nsw' }],
    // One holder of an office "of" something is someone to look up, not a kind of people.
    ['what did the team leader of lost 52 project say about walter munk', { speech: true, speaker: 'team leader of lost 52 project', topic: 'walter munk' }],
    ['what did world leaders of the g7 say', { speech: true, topic: 'the g7', group: 'world leaders' }],
    // Two voices set side by side: each one's words.
    ['compare what sturgeon and cherry said about the court ruling', { speech: true, speaker: 'sturgeon and cherry', topic: 'the court ruling' }],
    ["compare pelosi's and schumer's reactions to the shutdown", { speech: true, speaker: 'pelosi and schumer', topic: 'the shutdown' }],
    ["how was bolsonaro's view different from macron's on the amazon", { speech: true, speaker: 'bolsonaro and macron', topic: 'the amazon' }],
    ["what's the difference between what haley and graham said about syria", { speech: true, speaker: 'haley and graham', topic: 'syria' }],
    ['compare the two studies', { speech: false, topic: 'compare the two studies' }],
    // (Two sides set against each other with "vs": each side's words, "vs" kept, so that a side
    // the library never quotes is said to be missing.)
    ['sturgeon vs cherry on the court ruling', { speech: true, speaker: 'sturgeon vs cherry', topic: 'the court ruling' }],
    // Help offered, a description given: offered and given in words.
    ['what assistance did boris offer brazil for the rainforest fires', { speech: true, speaker: 'boris', topic: 'brazil for the rainforest fires' }],
    ["corbyn's description of the parliament suspension", { speech: true, speaker: 'corbyn', topic: 'the parliament suspension', guessed: true }],
    ['pierluisi, which argument he gave for staying governor', { speech: true, speaker: 'pierluisi', topic: 'staying governor', guessed: true }],
    // A side taken, asked as where someone stands: for or against it, fine with it, a problem with it.
    ['is regina ip for or against the national security law', { speech: true, speaker: 'regina ip', topic: 'the national security law', guessed: true }],
    ['is boris ok with leaving without a deal', { speech: true, speaker: 'boris', topic: 'leaving without a deal', guessed: true }],
    ['was pelosi opposed to the inquiry', { speech: true, speaker: 'pelosi', topic: 'the inquiry', guessed: true }],
    ['does pelosi support the push to impeach trump', { speech: true, speaker: 'pelosi', topic: 'the push to impeach trump', guessed: true }],
    ['does mbs take responsibility for khashoggi', { speech: true, speaker: 'mbs', topic: 'khashoggi', guessed: true }],
    ["what's trump's problem with the budget", { speech: true, speaker: 'trump', topic: 'the budget', guessed: true }],
    ['whats trumps problem with the budget', { speech: true, speaker: 'trump', topic: 'the budget', guessed: true }],
    // (Guards: a law or a thing taking a side names nobody; "the problem with …" is nobody's.)
    ['is the new law against abortion', { speech: false, topic: 'is the new law against abortion' }],
    ["what's the problem with the budget", { speech: false, topic: 'what is the problem with the budget' }],
    // Everyone's side: the mood, the general opinion, anyone against it, who supports it.
    ["what's the mood about the monarch butterfly comeback", { speech: true, topic: 'the monarch butterfly comeback' }],
    ["what's the general opinion on the hotel fire in delhi", { speech: true, topic: 'the hotel fire in delhi' }],
    ['the overall sentiment after the verdict', { speech: true, topic: 'the verdict' }],
    ['is anyone against the bradford sex abuse sentences', { speech: true, topic: 'the bradford sex abuse sentences' }],
    ['anyone in favour of the bradford sex abuse sentences?', { speech: true, topic: 'the bradford sex abuse sentences' }],
    ['anybody critical of the dinosaur flapping study', { speech: true, topic: 'the dinosaur flapping study' }],
    // A group by the side it took, and someone's side asked as "which side".
    ['which experts were against the dinosaur flapping study', { speech: true, topic: 'the dinosaur flapping study', group: 'experts' }],
    ['who was on the side of the kurds', { speech: true, topic: 'the kurds' }],
    ['which side was corbyn on in the prorogation fight', { speech: true, speaker: 'corbyn', topic: 'the prorogation fight' }],
    ['what side did sturgeon take on brexit', { speech: true, speaker: 'sturgeon', topic: 'brexit' }],
    ['who supports the dinosaur flapping study', { speech: true, topic: 'the dinosaur flapping study' }],
    ['who supports trump on the wall', { speech: true, aimedAt: 'trump', topic: 'trump on the wall' }],
    // Someone's reasoning, the case or the point they made, what they were getting at.
    ["what was emma caulfield's reasoning on buffy", { speech: true, speaker: 'emma caulfield', topic: 'buffy' }],
    ['what case did hickenlooper make for running for the senate', { speech: true, speaker: 'hickenlooper', topic: 'for running for the senate' }],
    ['what point was mark hay making about the great barrier reef', { speech: true, speaker: 'mark hay', topic: 'the great barrier reef' }],
    ['what was ardern getting at about the gun laws', { speech: true, speaker: 'ardern', topic: 'the gun laws' }],
    ['what was trump thinking when he pulled out of syria', { speech: true, speaker: 'trump', topic: 'he withdrew from syria' }],
    ["in greta's eyes, what should leaders do about the climate", { speech: true, speaker: 'greta', topic: 'leaders do about the climate' }],
    ["from kaczynski's point of view why should child abusers get longer sentences", { speech: true, speaker: 'kaczynski', topic: 'child abusers get longer sentences' }],
    // A dash between a name and what is asked of it is no part of the name.
    ['kay ivey - take on the abortion law', { speech: true, speaker: 'kay ivey', topic: 'the abortion law', guessed: true }],
    // Where it was said, typed first; the crown's prosecutor is the prosecutor; the accused
    // officers are the officers.
    ['at sentencing what did the judge tell the bradford abusers', { speech: true, speaker: 'judge', topic: 'the bradford abusers at sentencing' }],
    ['what did the crown prosecutor say about the abusers', { speech: true, speaker: 'prosecutor', topic: 'the abusers' }],
    ['what did the accused officers say about the rape', { speech: true, topic: 'officers the rape' }],
    ['what did the accused say', { speech: true, topic: 'what did the accused say' }],
    // Posted, or took to twitter: said in words; and chat's "getting rid of" someone.
    ['who posted about the notre dame fire', { speech: true, topic: 'the notre dame fire' }],
    ['who took to twitter about de blasio', { speech: true, topic: 'de blasio' }],
    ['what did trump say about getting rid of bolton', { speech: true, speaker: 'trump', topic: 'removing bolton' }],
    // A feeling shown is shown in words.
    ['who got emotional about the notre dame fire', { speech: true, topic: 'the notre dame fire' }],
    ['who felt nervous about the crew dragon launch', { speech: true, topic: 'the crew dragon launch' }],
    ['who was so proud of kipchoge', { speech: true, topic: 'kipchoge' }],
    // Words from someone for someone: what they said to them.
    ['any words from pelosi for the victims', { speech: true, speaker: 'pelosi', topic: 'the victims' }],
    ['any message from trump for turkey', { speech: true, speaker: 'trump', topic: 'turkey' }],
    // The story pointed at as an article, and a follow-up for more of someone's quotes.
    ['in the article about the koszalin fire, what did the fire service spokesman say', { speech: true, speaker: 'fire service spokesman', topic: 'the koszalin fire' }],
    ['the story about the notre dame fire - who is quoted', { speech: true, topic: 'the notre dame fire' }],
    ['another quote from jacinda ardern about the gun laws', { speech: true, speaker: 'jacinda ardern', topic: 'the gun laws' }],
    // What someone said against or again what they said before.
    ['did iran walk back its denial over the b-17 crash', { speech: true, speaker: 'iran', topic: 'the b-17 crash' }],
    ['has erdogan repeated his plan for the museum', { speech: true, speaker: 'erdogan', topic: 'the museum' }],
    ['did ardern clarify whether she felt pressured', { speech: true, speaker: 'ardern', topic: 'pressured' }],
    ['who doubled down on the wall', { speech: true, topic: 'the wall' }],
    ['who flip-flopped on brexit', { speech: true, topic: 'brexit' }],
    // One voice picked out by degree: the asking is of the story's voices.
    ['who was most upbeat about the ebola drugs', { speech: true, topic: 'the ebola drugs' }],
    ['who seemed the most emotional about the notre dame fire', { speech: true, topic: 'the notre dame fire' }],
    ['who was quoted the most about the gold toilet theft', { speech: true, topic: 'the gold toilet theft' }],
    ['who was the strongest supporter of the abortion bill', { speech: true, topic: 'the abortion bill' }],
    // The bot asked to judge someone's words: the words.
    ['do you think pelosi was right about the wall?', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['was the governor exaggerating how bad the flooding was', { speech: true, speaker: 'governor', topic: 'the flooding' }],
    ['what would kipchoge say to his critics', { speech: true, speaker: 'kipchoge', topic: 'his critics' }],
    ['who made the better case on the brexit delay', { speech: true, topic: 'the brexit delay' }],
    // (Guard: a question word is no one judged.)
    ["what's wrong with normal stitches according to falconer", { speech: true, speaker: 'falconer', topic: 'wrong with normal stitches' }],
    // (Guard: nobody named thinking.)
    ['what were they thinking', { speech: false, topic: 'what were they thinking' }],
    // (Guard: the point of something is nobody's.)
    ['what was the point of the meeting', { speech: false, topic: 'what was the point of the meeting' }],
    ['who is blaming who for the waterloo travelator death', { speech: true, topic: 'the waterloo travelator death' }],
    // Chat's ways to ask what there is from someone: their latest, "got anything from", the topic then a bare name.
    ["kaczynski's latest on child abusers", { speech: true, speaker: 'kaczynski', topic: 'child abusers', guessed: true }],
    ['do you have anything from kaczynski on child abusers', { speech: true, speaker: 'kaczynski', topic: 'child abusers' }],
    ['got anything from kaczynski about child abusers?', { speech: true, speaker: 'kaczynski', topic: 'child abusers' }],
    ['did ya catch what kaczynski said about child abusers', { speech: true, speaker: 'kaczynski', topic: 'child abusers' }],
    ["what was kaczynski's exact wording on child abusers", { speech: true, speaker: 'kaczynski', topic: 'child abusers' }],
    ["what's kaczynski's angle on child abusers", { speech: true, speaker: 'kaczynski', topic: 'child abusers' }],
    ["kaczynski's hot take on child abusers", { speech: true, speaker: 'kaczynski', topic: 'child abusers', guessed: true }],
    ["kaczynski's reactions to child abusers", { speech: true, speaker: 'kaczynski', topic: 'child abusers', guessed: true }],
    ["kaczynski's written statement on child abusers", { speech: true, speaker: 'kaczynski', topic: 'child abusers', guessed: true }],
    ['why does kaczynski oppose child abusers, in his words', { speech: true, speaker: 'kaczynski', topic: 'child abusers', guessed: true }],
    ["have you seen kaczynski's comments on child abusers", { speech: true, speaker: 'kaczynski', topic: 'child abusers', guessed: true }],
    ['child abusers? kaczynski', { speech: true, speaker: 'kaczynski', topic: 'child abusers', guessed: true }],
    ['child abusers - kaczynski', { speech: true, speaker: 'kaczynski', topic: 'child abusers', guessed: true }],
    ['child abusers: kaczynski?', { speech: true, speaker: 'kaczynski', topic: 'child abusers', guessed: true }],
    // (Guard: the ask after the dash is no name.)
    ["'the wall is immoral' - said by whom?", { speech: true, topic: "'the wall is immoral'" }],
    ["didn't mbs say something about khashoggi's murder?", { speech: true, speaker: 'mbs', topic: "khashoggi's murder" }],
    ['what has carrie lam said publicly about the economy', { speech: true, speaker: 'carrie lam', topic: 'the economy' }],
    ['who else commented on the russian school bus crash', { speech: true, topic: 'the russian school bus crash' }],
    // Why someone took a side, whom they blamed, what made them say it: their words on it.
    ['why is tusk against brexit', { speech: true, speaker: 'tusk', topic: 'brexit', guessed: true }],
    ['why did tusk support the deal', { speech: true, speaker: 'tusk', topic: 'the deal', guessed: true }],
    ['who did carrie lam blame for the violence', { speech: true, speaker: 'carrie lam', topic: 'the violence' }],
    // What an outlet was reporting is its words.
    ['what was reuters reporting about the oil output', { speech: true, speaker: 'reuters', topic: 'the oil output' }],
    // Whom they charged is the topic as much as the charge.
    ['what did the wardak council member accuse kabul of covering up', { speech: true, speaker: 'wardak council member', topic: 'kabul covering up' }],
    ['what did the us ambassador accuse mahan air of', { speech: true, speaker: 'us ambassador', topic: 'mahan air' }],
    ['who did trump accuse of lying', { speech: true, speaker: 'trump', topic: 'lying' }],
    ['what made tusk say that about brexit', { speech: true, speaker: 'tusk', topic: 'brexit' }],
    ['tusk on brexit said what?', { speech: true, speaker: 'tusk', topic: 'brexit' }],
    // (Guard: why something happened asks for no one.)
    ['why did the bridge collapse', { speech: false, topic: 'why did the bridge collapse' }],
    // Where it was said is no word of what it was about.
    ['what did king vajiralongkorn say about his sister running for pm on twitter', { speech: true, speaker: 'king vajiralongkorn', topic: 'his sister running for pm' }],
    ['chip taylor on why the butterflies came back, in an interview', { speech: true, speaker: 'chip taylor', topic: 'why the butterflies came back', guessed: true }],
    ['who commented on the hong kong district council results in the media', { speech: true, topic: 'the hong kong district council results' }],
    // (Guard: a speech that is the story.)
    ["reactions to the queen's speech", { speech: true, topic: "the queen's speech" }],
    // (Guards: chat's last word after a question, and anyone, name nobody.)
    ['the wall? lol', { speech: false, topic: 'the wall' }],
    ['what about the stabbing? anyone', { speech: false, topic: 'what about the stabbing' }],
    // A figure asked of someone: what is counted is the topic's word, whatever verb gave it.
    ['how many cases did tedros report', { speech: true, speaker: 'tedros', topic: 'cases' }],
    ['what price did cattelan put on the toilet', { speech: true, speaker: 'cattelan', topic: 'price the toilet' }],
    ['what death toll did minnis give for abaco', { speech: true, speaker: 'minnis', topic: 'death toll abaco' }],
    ['what total did the officials give for the measles cases', { speech: true, topic: 'total the measles cases', group: 'officials' }],
    ['trump says how many troops are leaving', { speech: true, speaker: 'trump', topic: 'troops are leaving' }],
    ['minnis gave how many deaths', { speech: true, speaker: 'minnis', topic: 'deaths' }],
    ['fauci numbers on covid', { speech: true, speaker: 'fauci', topic: 'covid', guessed: true }],
    ['measles figures, during the shutdown', { speech: true, topic: 'measles during the shutdown' }],
    // A figure someone makes, "from" them, about what it counts ("forecast" is no word of it).
    ['the latest casualty estimate from the un on yemen', { speech: true, speaker: 'un', topic: 'casualty yemen' }],
    ['the newest figures from the ministry', { speech: true, speaker: 'ministry', topic: 'ministry' }],
    // (Guards: a fact asked for names no one; nor does a report that gives a figure; nor is a
    // toll "from" its cause anyone's.)
    ['what were the election numbers', { speech: false, topic: 'what were the election numbers' }],
    ['the death toll from the quake', { speech: false, topic: 'the death toll from the quake' }],
    ['the report said how many people died', { speech: true, topic: 'many people died' }],
    // Where it was said, and to whom, wherever it stands, is no word of what it was about.
    ['what did ardern say at her press conference after the attack', { speech: true, speaker: 'ardern', topic: 'after the attack' }],
    ['what did the prosecutor tell reporters after the verdict', { speech: true, speaker: 'prosecutor', topic: 'after the verdict' }],
    ['what did lam say about violence in her video address', { speech: true, speaker: 'lam', topic: 'violence' }],
    ["harry dunn's dad on tv about the immunity", { speech: true, speaker: "harry dunn's dad", topic: 'the immunity', guessed: true }],
    ["matovic's facebook post about his test", { speech: true, speaker: 'matovic', topic: 'his test', guessed: true }],
    ["greta thunberg's speech at the un", { speech: true, speaker: 'greta thunberg', topic: 'the un', guessed: true }],
    // (Guard: a court the story goes to is the story's.)
    ['the mayor on the suspect appearing in court', { speech: true, speaker: 'mayor', topic: 'the suspect appearing in court', guessed: true }],
    // What the answer should be like, said first, is no word of who or what.
    ['in one sentence, what did abbott say about the abortion law', { speech: true, speaker: 'abbott', topic: 'the abortion law' }],
    ['tl;dr of wong on the bill', { speech: true, speaker: 'wong', topic: 'the bill', guessed: true }],
    ['bullet points: who said what about the trade deal', { speech: true, topic: 'the trade deal' }],
    ['no need for context, just dilou on the veil ban', { speech: true, speaker: 'dilou', topic: 'the veil ban', guessed: true }],
    ['quick one liner from prakash on cow urine', { speech: true, speaker: 'prakash', topic: 'cow urine' }],
    ['just the quotes from pelosi on the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    // Every voice but one: whose words are not asked for, and whom a pronoun stands for.
    ['other than the pope, who commented on the abuse rules', { speech: true, topic: 'the abuse rules', except: 'the pope' }],
    ['two quotes about mugabe dying, not from mnangagwa', { speech: true, topic: 'mugabe dying', except: 'mnangagwa' }],
    ['everyone except de blasio on him dropping out', { speech: true, topic: 'de blasio dropping out', except: 'de blasio' }],
    ['who else besides bolsonaro talked about the amazon fires', { speech: true, topic: 'the amazon fires', except: 'bolsonaro' }],
    ["not trump's version - what did bolton himself say about leaving", { speech: true, speaker: 'bolton', topic: 'leaving', except: 'trump' }],
    ['not pelosi: what did schumer say about the shutdown', { speech: true, speaker: 'schumer', topic: 'the shutdown', except: 'pelosi' }],
    // (Guard: "other than" a thing names no one.)
    ['what did trump say about the wall other than it being big', { speech: true, speaker: 'trump', topic: 'the wall other than it being big' }],
    // A second ask after the first: another voice on the same story, or the same voice on another.
    ['what did cooper say about the prorogation? and hammond?', { speech: true, speaker: 'cooper and hammond', topic: 'the prorogation' }],
    ['trump on bolton leaving. what about pompeo?', { speech: true, speaker: 'trump and pompeo', topic: 'bolton leaving' }],
    ['what did lam say about the bill? and how did wong respond?', { speech: true, speaker: 'lam and wong', topic: 'the bill' }],
    ['warren on de blasio quitting, and bernie?', { speech: true, speaker: 'warren and bernie', topic: 'de blasio quitting' }],
    ['what did trump say about the pullout? and when cummings died?', { speech: true, speaker: 'trump', topic: 'the pullout and then when cummings died' }],
    // (Guards: a full stop that ends no sentence; a second voice with a topic of its own.)
    ["livermore's point about resistant e. coli in food", { speech: true, speaker: 'livermore', topic: 'resistant e. coli in food', guessed: true }],
    ['what did zelenskiy say about the plane, and khamenei about suleimani', { speech: true, speaker: 'zelenskiy', topic: 'the plane, and khamenei about suleimani' }],
    // Whose words, asked in the passive with the speaker last: who did so.
    ['the pullout was called a stab in the back by who', { speech: true, topic: 'the pullout a stab in the back' }],
    ['the law was slammed by which senator', { speech: true, topic: 'the law' }],
    ['"our house is burning" - said by whom?', { speech: true, topic: '"our house is burning"' }],
    // A question put to someone by name, as if they could answer: what they said.
    ['tedros, how many countries do you count', { speech: true, speaker: 'tedros', topic: 'countries', guessed: true }],
    ['kipchoge, how did you feel after the race', { speech: true, speaker: 'kipchoge', topic: 'after the race', guessed: true }],
    // An office typed with a slip of the keys, but not a word English has as typed.
    ['what did the azores presidetn say about lorenzo', { speech: true, speaker: 'azores president', topic: 'lorenzo' }],
    ["what did khashoggi's fiance say", { speech: true, speaker: "khashoggi's fiance", topic: "khashoggi's fiance" }],
  ])('%s', (question, parsed) => {
    expect(parseQuestion(question)).toEqual(parsed);
  });
});

describe('parseQuestion, a lead-in then an ask of its own', () => {
  it('reads whoever was quoted as asked for, not whom the lead-in names', () => {
    const asked = parseQuestion('my teacher mentioned the chernobyl disaster. who was quoted about it?');
    expect(asked.speech).toBe(true);
    expect(asked.speaker).toBeUndefined();
    expect(asked.topic).toMatch(/chernobyl disaster/);
  });

  it('reads a lead-in about the one asked for by its topic, and no second voice in them asked again', () => {
    expect(parseQuestion('was tusk more dismissive than duda about the report? what did tusk say')).toEqual({ speech: true, speaker: 'tusk', topic: 'the report' });
  });

  it('reads chat\'s "not" before no one as no one left out', () => {
    for (const q of ['not sure - what did trump say about iran', 'not really, what did pelosi say']) expect(parseQuestion(q).except).toBeUndefined();
  });
});

describe('unfielded', () => {
  it.each([
    ['speaker: tusk topic: the stabbing', 'what did tusk say about the stabbing'],
    ['speaker=tusk, topic=the stabbing', 'what did tusk say about the stabbing'],
    ['who: tusk | about: the stabbing', 'what did tusk say about the stabbing'],
    ['/cite topic:the stabbing speaker:tusk', 'what did tusk say about the stabbing'],
    ['name: tusk; subject: the stabbing; type: quotes', 'what did tusk say about the stabbing'],
    ['topic: the stabbing, speaker: anyone', 'who said what about the stabbing'],
    ['story: the stabbing', 'who said what about the stabbing'],
    ['query: tusk on the stabbing', 'tusk on the stabbing'],
    ['tusk | the stabbing | quotes', 'what did tusk say about the stabbing'],
    ['who said what | the stabbing', 'who said what about the stabbing'],
    // (Guards: a field named inside a question, bars with no ask for voices, are as typed.)
    ['what did tusk say about the topic: immigration', 'what did tusk say about the topic: immigration'],
    ['what did tusk say about the stabbing | asking for a friend', 'what did tusk say about the stabbing | asking for a friend'],
    ['tusk | duda', 'tusk | duda'],
  ])('%s → %s', (question, asked) => {
    expect(unfielded(question)).toBe(asked);
  });

  it('reads the fields as the ask they stand for', () => {
    expect(parseQuestion('speaker: tusk topic: the stabbing')).toEqual({ speech: true, speaker: 'tusk', topic: 'the stabbing' });
  });
});

describe('words stretched for feeling', () => {
  it.each([
    ['whaaat did pelosi sayyy about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['sooo what did tusk say about the stabbing???', { speech: true, speaker: 'tusk', topic: 'the stabbing' }],
    ['what did the mayor say about the floooood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['what did pelosiii say about the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    // (Guard: a link's letters are the link's.)
    ['what did pelosi say about the wall www.example.com', { speech: true, speaker: 'pelosi', topic: 'the wall www.example.com' }],
  ])('%s → %j', (question, parsed) => {
    expect(parseQuestion(question)).toEqual(parsed);
  });
});

describe('undictated', () => {
  it.each([
    ['what did the mayor say about the flood question mark', 'what did the mayor say about the flood?'],
    ['did tusk really say that exclamation point', 'did tusk really say that!'],
    ['what did tusk say about the stabbing comma the funeral and the mourners', 'what did tusk say about the stabbing, the funeral and the mourners'],
    ['who said quote the shot of a lifetime end quote', 'who said "the shot of a lifetime"'],
    ['what did the mayor say about the flood full stop', 'what did the mayor say about the flood.'],
    // A mark's name typed as the thing it names stays: the comma, and a period that ends a story.
    ['what did the editor say about the oxford comma in the style guide', 'what did the editor say about the oxford comma in the style guide'],
    ['what did the minister say about the transition period', 'what did the minister say about the transition period'],
  ])('%s → %s', (question, asked) => {
    expect(undictated(question)).toBe(asked);
  });

  it('reads a dictated question as the typed one', () => {
    expect(parseQuestion('um what did the mayor say about the flood question mark')).toEqual(parseQuestion('what did the mayor say about the flood?'));
  });

  // Speech's fillers, as a phone types them, are no words of the ask.
  it.each([
    ['uh what did the mayor say about like the flood', 'what did the mayor say about the flood'],
    ['so like who got quoted about the uh dam break', 'so who got quoted about the dam break'],
    ['basically how many people did the mayor say died, like?', 'how many people did the mayor say died?'],
    ['um, what did the mayor say, you know, about the flood', 'what did the mayor say about the flood'],
    ['what did the mayor literally say about the flood hmm', 'what did the mayor say about the flood'],
    ['what did the mayor, um, say about the flood', 'what did the mayor say about the flood'],
    // "Like" that compares, "er" that is a place, and the words inside quotation marks stay.
    ['what did the mayor say about people like him', 'what did the mayor say about people like him'],
    ['what was it like for the er doctors', 'what was it like for the er doctors'],
    ['who said "um, we literally can\'t" uh', 'who said "um, we literally can\'t"'],
  ])('%s → %s', (question, asked) => {
    expect(undictated(question)).toBe(asked);
  });

  it('reads the ask without its fillers as the ask typed without them', () => {
    expect(parseQuestion('uh what did the mayor say about like the flood')).toEqual(parseQuestion('what did the mayor say about the flood'));
    expect(parseQuestion('kinda forgot what the mayor said about the dam, uh, help')).toEqual(parseQuestion('what did the mayor say about the dam'));
  });
});

describe('withoutAsides', () => {
  it.each([
    ['ngl i forgot what minnis said about abaco, smh', 'what minnis said about abaco'],
    ['tbh curious what the activist said about the slum fires', 'what the activist said about the slum fires'],
    ['lowkey wondering why muyembe said people avoid treatment', 'why muyembe said people avoid treatment'],
    ['idk what biden said about the measles outbreak, anyone?', 'what biden said about the measles outbreak'],
    ['the union guy said it was nowhere near enough? istg', 'the union guy said it was nowhere near enough?'],
    ['what were people saying about the shutdown tbh i missed it', 'what were people saying about the shutdown'],
    ['what marshall said about air pollution, curious fr', 'what marshall said about air pollution'],
    ['tbh confused, what did duda say about the mayor', 'what did duda say about the mayor'],
    // A word that is also a name or an abbreviation stays where it does not end the message.
    ['what did fr casicas say', 'what did fr casicas say'],
    // A request's manners after it; not the form it asks for, nor words of the ask.
    ["the mayor's statement on the flood pls", "the mayor's statement on the flood"],
    ["the mayor's statement on the flood? thanks in advance", "the mayor's statement on the flood"],
    ['who are the experts quoted about the flood, names please', 'who are the experts quoted about the flood, names please'],
    ['who said thank you', 'who said thank you'],
    // Where the answer must come from, which every answer does.
    ['what did the mayor say about the flood in the articles?', 'what did the mayor say about the flood?'],
    ['what did the mayor say about the flood, according to your library', 'what did the mayor say about the flood'],
    // (…and "idk who said it but …" is read whole, as its own frame.)
    ['idk who said it but what was the quote about the outages', 'idk who said it but what was the quote about the outages'],
    // A request or a question around the question, whose answer is the question's.
    ['tell me how long the strike lasted and what the union boss said', 'how long the strike lasted and what the union boss said'],
    ['do you know who said the bridge was safe?', 'who said the bridge was safe?'],
    ['can you tell me, was the mayor at the flood meeting', 'was the mayor at the flood meeting'],
    ['anybody remember what the coach said after the final', 'what the coach said after the final'],
    ['do you know of any engineers quoted on the bridge?', 'any engineers quoted on the bridge?'],
    // …and a command with no question after it, for what it names.
    ['gimme the mayor on the flood', 'the mayor on the flood'],
    ['lemme see the reactions to the strike', 'the reactions to the strike'],
    // (Not "tell me about …", nor a question asked of whom someone is.)
    ["tell me about the mayor's statement on the flood", "tell me about the mayor's statement on the flood"],
    ['do you know the senator who wants term limits', 'do you know the senator who wants term limits'],
  ])('%s → %s', (question, asked) => {
    expect(withoutAsides(question)).toBe(asked);
  });

  it("reads whose quote a possessive asks for with nothing after it", () => {
    expect(parseQuestion("ginger baker's funniest quote 😂")).toEqual({ speech: true, speaker: 'ginger baker', topic: 'ginger baker' });
    expect(parseQuestion("the protesters' words")).toMatchObject({ speech: true, group: 'protesters' });
    expect(parseQuestion('most hopeful line from tsiaras about k2-18b')).toEqual({ speech: true, speaker: 'tsiaras', topic: 'k2-18b' });
  });

  it('reads a statement put out as words said, "what" before people as "which", and "first on" as no one', () => {
    expect(parseQuestion('who issued a statement on the dam collapse')).toEqual({ speech: true, topic: 'the dam collapse' });
    expect(parseQuestion('did the union put out a statement after the layoffs')).toEqual({ speech: true, speaker: 'union', topic: 'after the layoffs' });
    expect(parseQuestion('what charities commented on the famine appeal')).toEqual({ speech: true, topic: 'the famine appeal' });
    expect(parseQuestion('did the mayor comment when the bridge fell')).toMatchObject({ speech: true, speaker: 'mayor' });
    expect(parseQuestion("merkel's speeches, first on the refugees then on the euro")).toMatchObject({ speech: true, speaker: 'merkel', topic: 'the refugees then on the euro' });
    // (A release is no statement: "who released the hostages" asks for no one's words.)
    expect(parseQuestion('who released the hostages after the raid').speech).toBe(false);
  });

  it("reads someone's kin asked for by a pronoun as the kin of whom the time is told by", () => {
    expect(parseQuestion("after mandela's funeral, what did his widow say")).toEqual({ speech: true, speaker: "mandela's widow", topic: "after mandela's funeral" });
    expect(parseQuestion('when the singer died, what did her husband say')).toMatchObject({ speech: true, speaker: "singer's husband" });
    // (Not where the time tells of no one, nor kin asked about rather than asked for.)
    expect(parseQuestion('in the days after the crash, what did his family say')).toMatchObject({ speaker: 'his family' });
    expect(parseQuestion('what did trump say about his son when biden won')).toMatchObject({ speaker: 'trump' });
  });

  it('reads a name asked for as who someone is, whose words the answer names', () => {
    expect(parseQuestion("what's the name of the coach who resigned after the final, and what did he say")).toMatchObject({ speech: true, group: 'coach', deed: 'resigned after the final' });
    expect(parseQuestion("who's the economist that talked about the housing slump")).toMatchObject({ speech: true, speaker: 'economist', topic: 'the housing slump' });
    expect(parseQuestion("the nurse who treated the miners, what's her name")).toEqual(parseQuestion('the nurse who treated the miners'));
  });

  it("reads someone's words amid a row as theirs on its story", () => {
    expect(parseQuestion("the mayor's demands in the backlash over the road closures")).toMatchObject({ speech: true, speaker: 'mayor', topic: 'the road closures' });
    expect(parseQuestion("the coach's apology amid the uproar over the final")).toMatchObject({ speech: true, speaker: 'coach', topic: 'the final' });
  });

  it('reads the ask after a word of surprise, which names no one and tells no story', () => {
    expect(parseQuestion('no way pelosi said the wall was immoral')).toMatchObject({ speech: true, speaker: 'pelosi', topic: 'the wall was immoral' });
    expect(parseQuestion('seriously, what did greta say about the climate strike')).toMatchObject({ speech: true, speaker: 'greta', topic: 'the climate strike' });
    expect(parseQuestion('did i read that right, the pope said priests could marry?')).toMatchObject({ speech: true, speaker: 'pope' });
    expect(parseQuestion("can't believe the sheriff said that, what did he tell the bbc")).not.toMatchObject({ topic: expect.stringMatching(/believe/) });
    // (Not "no way to …", whose words are the ask's.)
    expect(withoutAsides('no way to tell what pelosi said?')).toBe('no way to tell what pelosi said?');
  });

  it('reads the ask inside the argument it settles', () => {
    expect(parseQuestion('settle this: who commented on the wall')).toMatchObject({ speech: true, topic: 'the wall' });
    expect(parseQuestion('my dad and i disagree about what pelosi said on the wall')).toMatchObject({ speech: true, speaker: 'pelosi', topic: 'the wall' });
    expect(parseQuestion("my friend says pelosi called the wall immoral, who's right?")).toMatchObject({ speech: true, speaker: 'pelosi', topic: 'the wall immoral' });
  });

  it('reads what the asker heard was said, after the ask, as no second voice', () => {
    expect(parseQuestion('trump said what about the shutdown?? he took responsibility?').speaker).toBe('trump');
    expect(parseQuestion('what did cooper say about the prorogation? and hammond?').speaker).toBe('cooper and hammond');
  });

  it('reads the ask inside the asides', () => {
    expect(parseQuestion('istg the rail union guy said the mask rule was nowhere near enough? istg')).toEqual({ speech: true, speaker: 'rail union guy', topic: 'the mask rule was nowhere near enough', guessed: true });
    expect(parseQuestion('idk what biden said about the samoa measles outbreak, anyone?')).toMatchObject({ speech: true, speaker: 'biden', topic: 'the samoa measles outbreak' });
  });
});

describe('corrected', () => {
  it.each([
    ['what did trump, sorry, pence say about the border', 'what did pence say about the border'],
    ['what did pelosi — no wait, schumer — say about it', 'what did schumer say about it'],
    ['what did the pope, francis i mean, say about abuse', 'what did francis say about abuse'],
    ['what did she say about the gun laws, ardern i mean', 'what did ardern say about the gun laws'],
    // Not an apology that corrects nothing, nor two voices asked among.
    ['what did the mayor, sorry to ask, say', 'what did the mayor, sorry to ask, say'],
    ['what did corbyn, or was it cooper, say about the queen', 'what did corbyn, or was it cooper, say about the queen'],
    // One named twice over, by an office and a name: the two together, where the ask or its
    // sentence starts; not a list, nor commas after the verb.
    ['what did the sheriff, kerry lee, say about storming area 51', 'what did the sheriff kerry lee say about storming area 51'],
    ['how did kay ivey, the governor, react to the law', 'how did kay ivey the governor react to the law'],
    ['it was wild. but what did the sheriff, kerry lee, say', 'it was wild. but what did the sheriff kerry lee say'],
    ['what did pelosi, schumer and trump say about the wall', 'what did pelosi, schumer and trump say about the wall'],
    ['what did he say, after all, about the wall', 'what did he say, after all, about the wall'],
  ])('%s → %s', (question, asked) => {
    expect(corrected(question)).toBe(asked);
  });
});

describe('asQuoteRequest', () => {
  it.each([
    ['need quotes for my essay on the amazon fires', 'quotes on the amazon fires'],
    ['source for pelosi saying the shutdown should end', 'did pelosi say the shutdown should end'],
    ['in the hong kong election article, who was quoted', 'who was quoted about hong kong election'],
    ['there was a wikinews piece on the ibis mummies, who was quoted', 'the ibis mummies, who was quoted'],
    ['i read an article about the gold toilet theft. what did the palace say', 'the gold toilet theft. what did the palace say'],
    ['source for 5,000 jobs being cut at ford', 'who said 5,000 jobs being cut at ford'],
    ['where did the 2 million marchers number come from', 'who said 2 million marchers'],
    // (A source for someone's comments is those comments.)
    ['source for obama commenting on the inquiry', 'obama commenting on the inquiry'],
    // Other questions come back as they were.
    ['what did pelosi say about the wall', 'what did pelosi say about the wall'],
  ])('%s → %s', (question, plain) => {
    expect(asQuoteRequest(question)).toBe(plain);
  });
});

describe('figureAsked and givesFigure', () => {
  it.each([
    ['how many cases did tedros report', 'count'],
    ['what percent of americans backed it, per pelosi', 'share'],
    ['what death toll did minnis give', 'count'],
    // "How much" asks how far as often as how many: no figure is required of it.
    ['how much does the melting matter, per karen alley', undefined],
    ['what did pelosi say about the wall', undefined],
  ])('%s → %s', (question, asked) => {
    expect(figureAsked(question)).toBe(asked);
  });

  it.each([
    ['523 new infections', 'count', true],
    ['thousands of casualties', 'count', true],
    ['an intent to impose stricter punishment', 'count', false],
    ['fewer than 30 percent of seats', 'share', true],
    ['one in five voters', 'share', true],
    // A count is no share: "six of the House's committees"; nor is "come out of the EU".
    ["six of the House's committees", 'share', false],
    ['the UK must come out of the EU', 'share', false],
  ] as const)('%s gives a %s: %s', (text, asked, gives) => {
    expect(givesFigure(text, asked)).toBe(gives);
  });
});

describe('a question of fact before the ask', () => {
  it.each([
    ['when did the flood happen and what did the mayor say', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['how many died in the flood and what did the mayor say about it', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['where was the stabbing, and what did tusk say', { speech: true, speaker: 'tusk', topic: 'the stabbing' }],
    ['what happened at the stabbing and who commented', { speech: true, topic: 'the stabbing' }],
    ['how big was the fireball and what did the witness see', { speech: true, topic: 'the fireball', group: 'witness' }],
    // (Guard: an ask whose "he" is whom the question of fact names is read as before.)
    ['was tusk angry and what did he say', { speech: true, speaker: 'tusk', topic: 'tusk' }],
  ])('%s → %j', (question, parsed) => {
    expect(parseQuestion(question)).toEqual(parsed);
  });
});

describe('withWhoTheyAre', () => {
  it.each(['who is quoted about the fire and what did they say', 'who is behind the attack and what did they say', 'who is kino gabriel'])('leaves "%s" as it is', (question) => {
    expect(withWhoTheyAre(question)).toBe(question);
  });

  it.each([
    ['jennifer lu, who is she and what did she say about the vote', 'what did jennifer lu say about the vote'],
    ["jennifer lu - who is that and what's her take on the vote", "what's jennifer lu's take on the vote"],
    ["what's greg barton's job and what did he say about the attack", 'what did greg barton say about the attack'],
    ['what position does greg barton hold, and what did he say about the attack', 'what did greg barton say about the attack'],
    ['where is greg barton from, and how did he describe the attack', 'how did greg barton describe the attack'],
    ['what party is doug collins in and what did he say about the inquiry', 'what did doug collins say about the inquiry'],
  ])('reads who someone is, or what they do, asked with their words: %s', (question, asked) => {
    expect(withWhoTheyAre(question)).toBe(asked);
  });
});

describe('what someone said, asked otherwise', () => {
  it.each([
    ["what's pelosi's quote about the wall", { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ["what was doug collins' best quote on the inquiry", { speech: true, speaker: 'doug collins', topic: 'the inquiry' }],
    // (No one's: "the quote" is no name.)
    ['what is the quote about the wall', { speech: true, topic: 'the wall' }],
    // "hit back at", "fire back": a reply, not "back" taking a side.
    ['did pelosi hit back at trump over the wall', { speech: true, speaker: 'pelosi', topic: 'the wall' }],
    ['did pelosi back the impeachment', { speech: true, speaker: 'pelosi', topic: 'the impeachment' }],
    // A claim to check after "correct me if i'm wrong".
    ["correct me if i'm wrong but did trump say mexico would pay for the wall", { speech: true, speaker: 'trump', topic: 'mexico would pay for the wall' }],
  ])('%s', (question, parsed) => {
    expect(parseQuestion(question)).toMatchObject(parsed);
  });

  it.each([
    ['what was the reaction of pelosi to the wall', 'pelosi'],
    ['what does the library have from pelosi on the wall', 'pelosi'],
    ['in which article does pelosi talk about the wall', 'pelosi'],
    ['what quotes does pelosi have on the wall', 'pelosi'],
    ['is pelosi quoted on the wall', 'pelosi'],
    ['pelosi quoted on the wall?', 'pelosi'],
    ['pelosi was asked about the wall, what did she say', 'pelosi'],
    ['what pelosi had to say about the wall', 'pelosi'],
    ["what've pelosi and schumer said about the wall", 'pelosi and schumer'],
  ])('reads chat\'s other asks for someone\'s words: %s', (question, speaker) => {
    expect(parseQuestion(question)).toMatchObject({ speech: true, speaker, topic: 'the wall' });
  });

  it.each(['was anybody quoted about the wall', 'what quotes are there about the wall', 'who went on record about the wall', 'which sources talk about the wall'])('reads a whole story\'s voices asked for: %s', (question) => {
    const parsed = parseQuestion(question);
    expect(parsed).toMatchObject({ speech: true, topic: 'the wall' });
    expect(parsed.speaker).toBeUndefined();
  });

  it.each([
    ['pelosi regarding the wall', 'the wall'],
    ['pelosi in regards to the wall', 'the wall'],
    ['pelosi: thoughts on the wall', 'the wall'],
    ['pelosi said something about the wall right?', 'the wall'],
  ])('reads shorthand\'s other ways of putting someone on a story: %s', (question, topic) => {
    expect(parseQuestion(question)).toMatchObject({ speech: true, speaker: 'pelosi', topic });
  });

  it('reads voices counted or grouped before "quoted" as no one named', () => {
    expect(parseQuestion('both tribe members quoted about the buffalo, what did they say')).toMatchObject({ speech: true, topic: 'the buffalo' });
  });

  it("reads whom a pronoun stands for from a lead-in that tells what they didn't do", () => {
    expect(parseQuestion("pelosi didn't like the wall, did she? what did she say")).toMatchObject({ speech: true, speaker: 'pelosi' });
  });
});

describe('plain', () => {
  it.each([
    // How a quote strikes the asker, or how many: the answer's order gives it.
    ['the harshest thing corbyn said about the prorogation', 'what did corbyn say about the prorogation'],
    ["tsiaras's most hopeful line about k2-18b", "tsiaras's line about k2-18b"],
    ['top 3 reactions to the syria pullout', 'reactions to the syria pullout'],
    ['the single most important line from pelosi', 'the line from pelosi'],
    ['the protest comments', 'the protest comments'],
    // Both sides of a story asked for: its voices, each side's among them.
    ['give me both sides on the samoa ruling', 'who said what about the samoa ruling'],
    ['arguments for and against the mask rule', 'who said what about the mask rule'],
    ['who was for and who was against the bill', 'who said what about the bill'],
    ['the pros and cons of the wall, who said what', 'who said what about the wall'],
    ['the prorogation, both sides', 'who said what about the prorogation'],
    // (…but "both sides" alone names no story.)
    ['both sides', 'both sides'],
    // A phone's "&" is "and" (not inside "pg&e"); a trailing-off is a comma's pause or none.
    ['what did scientists say about the reef fish & the ice shelves', 'what did scientists say about the reef fish and the ice shelves'],
    ['what did pg&e say about the blackouts...', 'what did pg&e say about the blackouts'],
    ['brigid kosgei… what did she say after the race', 'brigid kosgei, what did she say after the race'],
    // English learned as a second language, in the shapes the rest reads; a statement stays one.
    ['there is some declaration of zelensky about the call?', 'statement from zelensky about the call?'],
    ['which persons gave opinion about the call', 'what did the people say about the call'],
    ['who shared their views on the call', 'who commented on the call'],
    ['there was a massive earthquake in turkey', 'there was a massive earthquake in turkey'],
    // "how did X take …" is how they reacted to it; "take off" and "take part" are no reaction.
    ['how did everyone take the news of mugabe dying', 'how did everyone react to mugabe dying'],
    ['how did zapata take off from calais', 'how did zapata take off from calais'],
    // "the people involved" are whoever the story's articles quote.
    ['what did the people involved say about the bill', 'what did people say about the bill'],
    // The quotes asked for by where they are: the answer's citations give the article.
    ['what article quotes kino gabriel', 'what did kino gabriel say'],
    ['which story quotes the houthi spokesman on the saudi attacks?', 'what did the houthi spokesman say about the saudi attacks?'],
    ['the pullout was called a stab in the back by who', 'who called the pullout a stab in the back'],
    ['de blasio got called a part time mayor, by whom?', 'who called de blasio a part time mayor'],
    ['the gun laws should be changed was said by which pm', 'who said the gun laws should be changed'],
    // What the asker believes was said, put to be confirmed: the tag is no word of the topic.
    ["pelosi said the wall was immoral, didn't she?", 'pelosi said the wall was immoral'],
    ['kosgei said she felt her body moving, right?', 'kosgei said she felt her body moving'],
    ['duda prayed for the mayor didnt he lol', 'duda prayed for the mayor'],
    ['the mayor said the dam would hold, am i right', 'the mayor said the dam would hold'],
    ["the mayor said the dam would hold, isn't that so", 'the mayor said the dam would hold'],
    ['nobody reacted to the b-17 crash, did they', 'who reacted to the b-17 crash'],
    ["wasn't it ryan cloutier who said the water was a good sign", 'ryan cloutier said the water was a good sign'],
    ["isn't scicluna the one who said bishops are not above the law", 'scicluna said bishops are not above the law'],
    // …or put to be checked, before it or after it; "who exactly said that" is who said it.
    ['is it true that duda called the fire an appalling tragedy', 'duda called the fire an appalling tragedy'],
    ['someone told me tusk praised the mayor, true?', 'tusk praised the mayor'],
    ['did kosgei say she felt her body moving or am i making that up', 'did kosgei say she felt her body moving'],
    ['i heard minnis said the toll would rise - true?', 'minnis said the toll would rise'],
    ['the wall was immoral, who exactly said that', 'who said the wall was immoral'],
    // …or its evidence asked for.
    ['any proof the mayor apologised over the flood', 'the mayor apologised over the flood'],
    ['where does it say the coach feared a long injury', 'the coach feared a long injury'],
    ['is there a quote proving the council wanted a wider probe', 'the council wanted a wider probe'],
    ['what quote backs up tusk doubting the report', 'tusk doubting the report'],
    ['proof of concept for the vaccine', 'proof of concept for the vaccine'],
    // …and "people …, who?": who did.
    ['is it true people were quoted mocking the mayor after the vote, who?', 'who were quoted mocking the mayor after the vote'],
    ['someone slammed the stadium plan, by whom', 'who slammed the stadium plan'],
    ['people were quoted mocking the mayor', 'who was quoted mocking the mayor'],
    // A change of mind is told in words.
    ['has tedros changed his mind on masks', 'what did tedros say about masks'],
    // What the quote is wanted for is no word of who or what; a story it names stays the topic.
    ['need a quote from tusk on the stabbing for my politics class', 'a quote from tusk on the stabbing'],
    ['for my presentation, what did duda say about the fire', 'what did duda say about the fire'],
    ['for an essay on the escape room fire: what did duda say', 'what did duda say about the escape room fire'],
    ['making slides on the escape room fire, what did duda say', 'what did duda say about the escape room fire'],
    ['the escape room fire is my essay topic: what did duda say each time', 'what did duda say about the escape room fire'],
    ['trying to settle a bet - did duda say anything about the fire', 'did duda say anything about the fire'],
    ['my friend swears duda said the girls were joyful. source?', 'duda said the girls were joyful'],
    ['citation needed: who called the warrants a propaganda stunt', 'who called the warrants a propaganda stunt'],
    ['need a duda quote for a motivational poster', 'quotes from duda'],
    // (…prep for it, named before the ask; the asker's wish to quote someone, theirs.)
    ['exam prep on the escape room fire: what did duda say', 'what did duda say about the escape room fire'],
    ['debate prep - who commented on the fire', 'who commented on the fire'],
    ["i'd like to cite duda, what did he say about the fire", 'duda, what did he say about the fire'],
    ['anything from duda i could quote on the fire', 'anything from duda on the fire'],
    ['what did duda say about the fire that we can use?', 'what did duda say about the fire?'],
    // (A line someone said, asked whose it is, is no friend's claim to check.)
    ['someone said this day is very hard, who was that', 'who said this day is very hard'],
    // (Not a place of that name: "the post office" is no one's post.)
    ['what did pelosi say about funding for the post office', 'what did pelosi say about funding for the post office'],
    // Who someone is, asked with what they said: what they said.
    ['who is kino gabriel and what did he say about the pullout', 'what did kino gabriel say about the pullout'],
    ["who's tanya chan? her take on the speech", "tanya chan's take on the speech"],
    ['never heard of seth john, who is he and what did he say about the algae', 'what did seth john say about the algae'],
    ['who is the pope and what did he say about abuse', 'what did the pope say about abuse'],
    // A line asked about for what it meant: what was said about it.
    ['what did mugabe mean by only god will remove me', 'what did mugabe say about only god will remove me'],
    ['what was cengiz referring to when she said the world stayed silent', 'what did cengiz say about the world stayed silent'],
    ['context for kimbrell calling the count a reprieve', 'what did kimbrell say about the count a reprieve'],
    ['in what context did greta say how dare you', 'what did greta say about how dare you'],
    ['what did the guy who said the explosion was powerful mean', 'who said the explosion was powerful'],
    // Whether anyone of a kind was quoted: what such people said.
    ['any geochemists quoted on the algae bloom?', 'what did geochemists say on the algae bloom?'],
    ['were there any lawmakers quoted about the speech', 'what did lawmakers say about the speech'],
    // Whom someone agreed with is no word of the topic; what they agreed with is.
    ['did ouellet side with francis on the new rules', 'did ouellet side with the new rules'],
    ['did hutchinson agree with the flapping study', 'did hutchinson agree with the flapping study'],
    // A people asked for as one side is its country, as "what did germany say" asks…
    ["what did the germans say about navalny's poisoning", "what did germany say about navalny's poisoning"],
    ['how did the french react to the notre dame fire', 'how did france react to the notre dame fire'],
    ['what were the scots saying about the ruling', 'what were scotland saying about the ruling'],
    ['did the saudis blame iran', 'did saudi arabia blame iran'],
    // (…with "the" or without, as a second language drops it.)
    ['what did germans say about the flood', 'what did germany say about the flood'],
    // (…with a word for how exactly, or as a fragment after "tell me".)
    ['what exactly did the french say about the fire', 'what exactly did france say about the fire'],
    ['what the french said about the fire', 'what france said about the fire'],
    // …but not a kind of people, a people with no country, nor one person of a people.
    ['what did the police say about the fire', 'what did the police say about the fire'],
    ['what did the kurds say about the withdrawal', 'what did the kurds say about the withdrawal'],
    ['what did the german say about the fire', 'what did the german say about the fire'],
    // The news media asked for as voices, however the asker names them, and how they covered a story as what they said.
    ['how did the papers cover the cuba bus crash', 'what did media say about the cuba bus crash'],
    ['what were british journalists saying about the attacker', 'what were british media saying about the attacker'],
    // (Not an office the press names: a press secretary is one person.)
    ['what did the press secretary say about the call', 'what did the press secretary say about the call'],
    // A favour asked of the bot is the ask: "would you grab me …", "i need you to find …".
    ['would you grab me a quote from pelosi on the wall', 'a quote from pelosi on the wall'],
    ['will you look up what pelosi said about the wall', 'what pelosi said about the wall'],
    ['i need you to find what musk said about the launch', 'what musk said about the launch'],
    ['would you mind fetching what graham said about syria', 'what graham said about syria'],
    // Those who knew someone, asked for their words on them: others who spoke of them.
    ['what did actors who worked with doris day say', 'who praised doris day'],
    ['what did people who knew conway say about him', 'who praised conway'],
    // Two voices set side by side after a lead-in that says so: the two voices.
    ['compare and contrast: macron and bolsonaro on the amazon', 'macron and bolsonaro on the amazon'],
    ['agree or disagree? pelosi and schumer on the wall', 'pelosi and schumer on the wall'],
    // What a quote did is no word of what it was about.
    ['the tusk line that made headlines about the stabbing', 'the tusk line about the stabbing'],
    ['the mayor quote about the flood that went viral', 'the mayor quote about the flood'],
    ['which lines went viral after the verdict', 'quotes on after the verdict'],
    ['the viral tweet from tusk about the fire', 'what did tusk say about the fire'],
    // Scorn and weariness around the ask.
    ['oh great, what did the mayor say this time about the flood', 'what did the mayor say about the flood'],
    ['what nonsense did the mayor spout this time about the flood', 'what did the mayor say about the flood'],
    ['what did tusk say about the stabbing, as usual', 'what did tusk say about the stabbing'],
    ['let me guess, pelosi called the wall immoral?', 'pelosi called the wall immoral?'],
    ['of course tusk commented on the stabbing, what did he say', 'tusk commented on the stabbing, what did he say'],
    // (Guard: a course the story runs is the story's.)
    ['what did the mayor say about the course of the flood', 'what did the mayor say about the course of the flood'],
    // A second language's word orders: the story first, the verb last; a name, then "what say".
    ['about the flood what the mayor said?', 'what did the mayor say about the flood'],
    ['the flood, mayor said what', 'what did mayor say about the flood'],
    ['mayor what say about flood', 'what did mayor say about flood'],
    // (Guards: "who said what" after a story, and a pronoun, name no one.)
    ['the flood, who said what', 'the flood, who said what'],
    ['the stabbing, her last post said what', 'the stabbing, her last post said what'],
    // A quote asked how it goes, a quiz's lead-in, and an obituary as the story of a death.
    ['how does that mayor quote go, something about the flood', 'quotes from mayor about the flood'],
    ['how does that line go again?', 'the quote'],
    ['trivia: who were the voices in the tusk obituary', "who commented on tusk's death"],
    ["who was quoted in tusk's obituary", "who was quoted in tusk's death"],
    // (Guard: writers of obituaries are people, not a death.)
    ['what did the obituary writers say', 'what did the obituary writers say'],
    // The formal register: the ask and its words for "about", "attributed to", "made regarding".
    ['could you please provide the remarks attributed to tusk concerning the stabbing?', 'the remarks from tusk about the stabbing?'],
    ['kindly furnish the quotations attributed to tusk in relation to the stabbing.', 'the quotations from tusk about the stabbing.'],
    ['i would appreciate the statements made by tusk with respect to the stabbing.', 'what did tusk say about the stabbing'],
    ['what remarks were attributed to the mayor regarding the flood?', 'what did the mayor say regarding the flood?'],
    ['an overview of the statements made regarding the flood', 'the statements regarding the flood'],
    ['for the record, what did tusk state concerning the stabbing?', 'what did tusk say about the stabbing?'],
    ['would you be so kind as to share what tusk stated about the stabbing?', 'what tusk said about the stabbing?'],
    ['the quotations from all parties concerning the flood', 'the quotations from everyone on the flood'],
    // (Guards: "concerning" that says how worrying, and a state that is no verb.)
    ['what did the mayor say about a concerning rise in floods', 'what did the mayor say about a concerning rise in floods'],
    ['what is the state of the flood', 'what is the state of the flood'],
    // Someone told by what they did in the story: the person who did it.
    ['what did whoever was leading the rescue say', 'what did the person who was leading the rescue say'],
    ['what did the person in charge of the rescue say', 'what did the person who was in charge of the rescue say'],
    ['what did the people running the shelter say', 'what did the people who were running the shelter say'],
    // A guess at what someone would, will or might say: what they did say.
    ['what would the mayor say about the flood', 'what did the mayor say about the flood'],
    ["what's tusk likely to say about the stabbing", 'what did tusk say about the stabbing'],
    ['what is tusk going to say about the stabbing', 'what did tusk say about the stabbing'],
    ['what could the mayor possibly say about the flood', 'what did the mayor say about the flood'],
    ['will tusk say anything about the stabbing', 'did tusk say anything about the stabbing'],
    ['is tusk gonna comment on the stabbing', 'did tusk comment on the stabbing'],
    ['who would have commented on the flood', 'who commented on the flood'],
    ['who will react to the flood', 'who reacted to the flood'],
    ['has tusk said anything yet about the stabbing', 'has tusk said anything about the stabbing'],
    ['has tusk commented on the stabbing yet?', 'has tusk commented on the stabbing?'],
    // What someone is going to do is what they said they would (their plans are asked for
    // as their words in the question set: "what are leisha riddell's plans for the weekend").
    ['what is the mayor going to do about the flood', 'what did the mayor say about the flood'],
    // (Guard: whether they will is no ask for words.)
    ['is the mayor likely to resign', 'is the mayor likely to resign'],
    // Words paid or given, asked for by what they are: theirs, to whom.
    ['the tribute the mayor paid to the firefighters', "the mayor's tribute to the firefighters"],
    ['what warning did the ministry give drivers', "the ministry's warning to drivers"],
    ['the condolences from tusk to the families', "tusk's condolences to the families"],
    ['any tribute from tusk to the late mayor', "tusk's tribute to the late mayor"],
    ['was there a message from the mayor to the firefighters', "the mayor's message to the firefighters"],
    ['got any condolences from tusk to the families', "tusk's condolences to the families"],
    // Who speaks for a body, asked for: what the body said; a side taken stays one.
    ['who spoke for the fire brigade after the warehouse blaze', 'what did the fire brigade say after the warehouse blaze'],
    ['who spoke for the rail union about the strike', 'what did the rail union say about the strike'],
    ['who spoke on behalf of the miners after the collapse', 'what did the miners say after the collapse'],
    ['who spoke for the bill in the assembly', 'who spoke for the bill in the assembly'],
    ['what did the airline say through its spokeswoman about the delays', 'what did the airline say about the delays'],
    ['tusk speaking for the government on the fire, his words', 'tusk on the fire, his words'],
    // Words asked for by their agent, in the passive or after what they are: the agent's; "by
    // whom" first, who did it.
    ['what was tweeted by the mayor about the flood', 'what did the mayor say about the flood'],
    ['remarks made by the coach after the final', 'what did the coach say after the final'],
    ['the statements issued by the union on the strike', 'what did the union say on the strike'],
    ['was anything said by the senator about the vote', 'did the senator say anything about the vote'],
    ['by whom was the budget criticised', 'who criticised the budget'],
    // When words came, padded as news pads it: after, before, when (and one comma, not two).
    ['in the hours after the crash, what did the pilot say', 'after the crash, what did the pilot say'],
    ['what did the senator say ahead of the vote', 'what did the senator say before the vote'],
    ['as soon as the verdict came in, what did the mayor say', 'when the verdict came in, what did the mayor say'],
    ['reactions in the wake of the ruling', 'reactions after the ruling'],
    // A crowd of reactions by the news's noun for it: the reaction to it.
    ['any outcry over the new speed limits', 'any reaction to the new speed limits'],
    ['the uproar after the referee decision', 'the reaction to the referee decision'],
    // Whom someone's words were for or about, asked of them: their words, which tell it.
    ["who was the coach's remark aimed at", "what was the coach's remark"],
    ['who was the mayor talking about when she mentioned the landlords', 'what did the mayor say when she mentioned the landlords'],
    ['who did the senator offer his condolences to after the crash', 'what did the senator say after the crash'],
    ['who was talking about the strike', 'who talked about the strike'],
    // One of several asked for by how many they are: which of them.
    ['which of the two coaches talked about the referee', 'what did the coaches say about the referee'],
    // Words asked for as words used: whoever said them.
    ["who used the phrase 'a perfect storm' about the floods", "who said 'a perfect storm' about the floods"],
    ["did the mayor use the word 'disgrace'", "did the mayor say 'disgrace'"],
    // A wish to know before the ask is no word of it.
    ['wanna know what the mayor said about the flood', 'what the mayor said about the flood'],
    ['tryna find out who commented on the strike', 'who commented on the strike'],
    // The hedge of words heard second-hand is no word of them.
    ['who reportedly spoke about the flood', 'who spoke about the flood'],
    ['supposedly the mayor said something about the strike', 'the mayor said something about the strike'],
    ['what is the coach said to have told the players', 'what did the coach tell the players'],
    // Chat's other ways to ask for someone's words: "quick one -", "pull X's quotes", "what
    // line did X use", "i remember X saying something about …", "X's exact wording".
    ['quick one - who commented on the flood', 'who commented on the flood'],
    ["can u pull the mayor's quotes on the flood", "the mayor's quotes on the flood"],
    ['what line did the mayor use about the flood', 'what did the mayor say about the flood'],
    ['i remember the mayor saying something about the flood', 'what did the mayor say about the flood'],
    ['what did the mayor say when reporters asked her about the flood', 'what did the mayor say when asked about the flood'],
    ['what did the coach say when he was asked about the loss', 'what did the coach say when asked about the loss'],
    ['the mayor made a statement about the flood, what was it', 'what did the mayor say about the flood'],
    ['what has the coach been quoted saying about the loss', 'what did the coach say about the loss'],
    ['is there a kipchoge quote about the record', 'quotes from kipchoge about the record'],
    // The article as go-between: its story is the topic, the one it quotes the speaker.
    ['according to the article on the flood, what did the mayor say', 'what did the mayor say about the flood'],
    ['per the flood article, what did the mayor say about it', 'what did the mayor say about flood'],
    ['how does the story on the flood quote the mayor', 'what did the mayor say about the flood'],
    ['what does the article on the flood have the mayor saying', 'what did the mayor say about the flood'],
    ['what did the article say the mayor said about the flood', 'what did the mayor say about the flood'],
    ['how is the mayor quoted', 'what did the mayor say'],
    ['the article about the flood, which bit is the mayor quoted in', 'what did the mayor say about the flood'],
    ['who does the article on the flood quote', 'who was quoted about the flood'],
    ['what quotes does the story about the flood include', 'quotes on the flood'],
    ['does the article on the flood have any quotes from the mayor', 'quotes from the mayor about the flood'],
    ['is the mayor quoted in the flood article', 'what did the mayor say about flood'],
    ['did the article mention what the mayor said about the flood', 'what did the mayor say about the flood'],
    ['does the flood story quote the mayor', 'what did the mayor say about flood'],
    ["what does the article say about the mayor's reaction to the flood", "the mayor's reaction to the flood"],
    // (Guard: the story's words are whole words: not 'th' of 'this', then 'is flood …'.)
    ['according to the article on this flood, what did the mayor say', 'what did the mayor say about this flood'],
    // (Guard: anyone is no one named.)
    ['does the article quote anyone', 'does the article quote anyone'],
    // Chat's asks for the news of a story's voices: who said what; anyone at all.
    ["what's the word on the strike", 'who said what about the strike'],
    ['did anyone important say anything about the strike', 'did anyone say anything about the strike'],
    ['i need all the reactions to the strike in one place', 'all the reactions to the strike'],
    ['compile the statements about the strike', 'the statements about the strike'],
    // The voices of a story asked for as voices: who commented.
    ['who were the main voices on the strike', 'who commented on the strike'],
    // A second story asked in a second ask: after the first, as "and then about" asks it.
    ['what did the mayor say about the flood and what did she say about the strike', 'what did the mayor say about the flood and then about the strike'],
    // (Guard: the ask of who someone is first has no story before it.)
    ['who is the mayor and what did she say about the flood', 'what did the mayor say about the flood'],
    // Reactions asked for as they go on, or as what there was: how people reacted.
    ['how are fans reacting to the transfer', 'how did fans react to the transfer'],
    ["how's the coach taking the loss", 'how did the coach react to the loss'],
    ['has anything been said about the transfer', 'who said anything about the transfer'],
    ['anybody got thoughts on the transfer', 'what did people think about the transfer'],
    ['what was the reaction to the transfer like', 'what was the reaction to the transfer'],
    // Whether the bot saw, heard or has someone's words is chat's way of asking for them.
    ['did you catch what the mayor said about the flood', 'what the mayor said about the flood'],
    ['u hear how the coach reacted to the loss?', 'how did the coach react to the loss?'],
    ["have you read the senator's statement on the vote", "the senator's statement on the vote"],
    ['u have any quotes from the coach on the loss', 'any quotes from the coach on the loss'],
    ["have you got the union's comments on the strike", "the union's comments on the strike"],
    // (Guard: a story seen, or the asker told to see, asks for no one's words.)
    ['did you see the flood story', 'did you see the flood story'],
    ['you have to see what the mayor said', 'you have to see what the mayor said'],
    // (No tag without its comma but a negated one: "what did they" asks.)
    ['the protesters at the airport, what did they', 'the protesters at the airport, what did they'],
  ])('%s → %s', (question, asked) => {
    expect(plain(question)).toBe(asked);
  });
});

describe('unedited: a correction sent after the ask', () => {
  it.each([
    // A last line with "*" and the word meant, for the word it is a slip of.
    ['what did the mayor say about the flod\n*flood', 'what did the mayor say about the flood'],
    ['what did the mayor say about the flod\n*flood?', 'what did the mayor say about the flood'],
    ['what did the mayor say about the gold toilet\n*toilet theft', 'what did the mayor say about the gold toilet theft'],
    ['what did john sony say about floods (soni* autocorrect)', 'what did john soni say about floods'],
    // "edit:" with the word it replaces, named; or a word that says which, added.
    ['what did the mayor say after typhoon hagibis. edit: phanfone, not hagibis', 'what did the mayor say after typhoon phanfone'],
    ['what did the mayor say about the flood bill\nedit: the nsw one', 'what did the mayor say about the flood bill nsw'],
    // No slip of it in the ask: the last name after "the" or a preposition.
    ['what did the mayor say about the victoria flood law, sorry i meant nsw', 'what did the mayor say about the nsw flood law'],
    ['who commented on the crash in massachusetts\n*connecticut', 'who commented on the crash in connecticut'],
    // (Guard: an apology that corrects nothing, a speaker corrected midway, no correction.)
    ['what did the mayor say about the flood, sorry to bother', 'what did the mayor say about the flood, sorry to bother'],
    ['did tusk, sorry, duda say anything about the flood', 'did tusk, sorry, duda say anything about the flood'],
    ['what did the mayor say about the flood', 'what did the mayor say about the flood'],
  ])('%s → %s', (question, asked) => {
    expect(unedited(question)).toBe(asked);
  });
});

describe('the speaker spoken to', () => {
  it.each([
    // A story's voices, all spoken to.
    ['to everyone quoted about the flood: what did you all say', { speech: true, topic: 'the flood' }],
    ['all of you who spoke about the flood, what did you say', { speech: true, topic: 'the flood' }],
    ['those of you quoted on the flood - what did you say', { speech: true, topic: 'the flood' }],
    // One named, spoken to as "u".
    ['yo john smith, what did u say about the flood', { speech: true, speaker: 'john smith', topic: 'the flood' }],
  ])('%s', (question, parsed) => {
    expect(parseQuestion(question)).toMatchObject(parsed);
  });

  it('reads holders of an office, however many and whichever sex, as the office\'s people', () => {
    expect(parseQuestion('what did the two women mps say about the flood bill')).toEqual({ speech: true, topic: 'mps the flood bill' });
    expect(parseQuestion('what did the female senators say about the flood bill')).toEqual({ speech: true, topic: 'senators the flood bill' });
  });
});

describe("chat's names for a country", () => {
  it.each([
    ['what did people say about the toilet paper limits in oz', 'what did people say about the toilet paper limits in australia'],
    ['what did the aussie pm say', 'what did the australian pm say'],
    // (Guard: an ounce.)
    ['what did the chef say about the 16 oz steak', 'what did the chef say about the 16 oz steak'],
  ])('%s → %s', (question, asked) => {
    expect(plain(question)).toBe(asked);
  });
});

describe("chat's slang for speaking", () => {
  it.each([
    ['did the mayor throw shade at the governor over the flood', { speech: true, speaker: 'mayor', topic: 'the governor the flood' }],
    ['what was the mayor ranting about at the meeting', { speech: true, speaker: 'mayor', topic: 'at the meeting' }],
    ['who went off about the flood bill getting pulled', { speech: true, topic: 'the flood bill getting pulled' }],
    ['how did the mayor clap back at the governor over the flood', { speech: true, speaker: 'mayor' }],
    ['the mayor went off on the governor, what did she say', { speech: true, speaker: 'mayor', topic: 'the governor' }],
    // Idioms of speaking out and of making light of something.
    ['who sounded the alarm about the dam', { speech: true, topic: 'the dam' }],
    ['who did the mayor point the finger at for the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['did the mayor play down the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['did the fire service open up about the injured baby', { speech: true, speaker: 'fire service', topic: 'the injured baby' }],
    ['did the mayor go public with the report', { speech: true, speaker: 'mayor' }],
  ])('%s', (question, parsed) => {
    expect(parseQuestion(question)).toMatchObject(parsed);
  });

  it.each([
    // (Guard: a verb of going, and a call out to someone, are no speech of slang.)
    ['how is the city going about the rebuild', 'how is the city going about the rebuild'],
    ['what went on at the march', 'what went on at the march'],
    ['the mayor called out to the crowd', 'the mayor called out to the crowd'],
    ['the mayor brushed off calls for a recount', 'the mayor dismissed calls for a recount'],
    ['the alarm sounded at noon', 'the alarm sounded at noon'],
  ])('%s → %s', (question, asked) => {
    expect(slangSpoken(question)).toBe(asked);
  });
});

describe("the bot's own library, named in the ask", () => {
  it.each([
    ['is there a quote in your library from the mayor about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['search your articles for the mayor on the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['in your database, what did the mayor say about the flood', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ['check your sources: what did the mayor say about weekends', { speech: true, speaker: 'mayor', topic: 'weekends' }],
    ['which quotes do you have stored about the flood', { speech: true, topic: 'the flood' }],
    ["what's in your library on the flood", { speech: true, topic: 'the flood' }],
  ])('%s', (question, parsed) => {
    expect(parseQuestion(question)).toMatchObject(parsed);
  });
});

describe('an article that quotes someone, then the ask', () => {
  it.each([
    ['the flood piece quotes john smith on drawing, what was it', { speech: true, speaker: 'john smith', topic: 'drawing' }],
    ['the report quoted the mayor, what did she say', { speech: true, speaker: 'mayor', topic: 'the report' }],
    // (Guard: someone quoted, in the passive, is theirs.)
    ['i saw kelly smith quoted about the flood, what was her point', { speech: true, speaker: 'kelly smith', topic: 'the flood' }],
  ])('%s', (question, parsed) => {
    expect(parseQuestion(question)).toMatchObject(parsed);
  });
});

describe("chat's short words for an office, and words typed as heard", () => {
  it.each([
    ['what did the us secstate say about the vote', 'what did the us secretary of state say about the vote'],
    ['what did the who dg say about the outbreak', 'what did the who director-general say about the outbreak'],
    ['any words from the fbi dir on the gunman', 'any words from the fbi director on the gunman'],
    ['what did the nasa admin say about the launch', 'what did the nasa administrator say about the launch'],
    ['what did the hk ce say about the protests', 'what did the hong kong chief executive say about the protests'],
    ['what did the prime minster say about the flood', 'what did the prime minister say about the flood'],
    ['what did the shereef say about the aria 51 crowds', 'what did the sheriff say about the area 51 crowds'],
    ['what did the dam board spox say about the flood', 'what did the dam board spokesperson say about the flood'],
    ['what did the us amb to japan say about the flood', 'what did the us ambassador to japan say about the flood'],
    ['the water min on the flood', 'the water minister on the flood'],
    ['what did the home sec say about the flood', 'what did the home secretary say about the flood'],
    ['sec of state pompeo on the flood', 'secretary of state pompeo on the flood'],
    ['the dpm on the flood', 'the deputy prime minister on the flood'],
    // (Guard: an administration is no administrator.)
    ['what did the trump admin say about the flood', 'what did the trump admin say about the flood'],
    // (…minutes are no minister, nor a moment a secretary, nor the SEC someone's.)
    ['what did the mayor say in the first 30 min of the flood', 'what did the mayor say in the first 30 min of the flood'],
    ['what did the sec say about the flood a min ago', 'what did the sec say about the flood a min ago'],
  ])('%s → %s', (question, asked) => {
    expect(plain(question)).toBe(asked);
  });

  it('keeps when, told before the topic, as the story\'s', () => {
    expect(parseQuestion('what did the mayor say after the flood about the deaths')).toEqual({ speech: true, speaker: 'mayor', topic: 'the deaths after the flood' });
  });
});

describe('the speaker named after the ask', () => {
  it.each([
    ['what did she say about the flood, the mayor', { speech: true, speaker: 'mayor', topic: 'the flood' }],
    ["what'd he write about the flood, smith", { speech: true, speaker: 'smith', topic: 'the flood' }],
    ['what did she say about the bill, the governor, when she signed it', { speech: true, speaker: 'governor', topic: 'the bill when she signed it' }],
    // (Guard: an afterthought, or whose someone is, names no one here.)
    ['what did she say about the flood, though', { speech: true, topic: 'the flood' }],
  ])('%s', (question, parsed) => {
    expect(parseQuestion(question)).toEqual(parsed);
  });
});

describe("sport's and politics' shorthand, and a story pointed back at", () => {
  it.each([
    ['what did the runner say after her wr', 'what did the runner say after her world record'],
    ['the 400mh at doha worlds, quotes?', 'the 400 m hurdles at doha world championships, quotes?'],
    ["the senator's unga speech", "the senator's un general assembly speech"],
    ['what did the uscg capt say about the search', 'what did the coast guard captain say about the search'],
    ['what did the mayor there write that day', 'what did the mayor write'],
    // (Guard: "there" as a place of its own, and a 400 m race's own "m".)
    ['what did the mayor say about there being no warning', 'what did the mayor say about there being no warning'],
  ])('%s → %s', (question, asked) => {
    expect(plain(question)).toBe(asked);
  });
});
