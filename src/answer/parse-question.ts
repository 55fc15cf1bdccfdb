import { asksOnlyForm, corrected, isSmallTalk, inWords, undictated, unfielded, unmarked, unslipped, withoutAsides } from './chat-asides.ts';
import { clean, plain } from './plain-question.ts';
import { sentences } from './message-sentences.ts';
import { unwrapped } from './unwrap-question.ts';
import { withoutStanding } from './standing-asked.ts';
import { wordsHad } from './words-had.ts';
import { AIMING, HEADLINE_SAYS, OWN_ADJECTIVES, OWN_WORDS, REACT, SAY, SAYING, TALKS, VIEW } from './speech-words.ts';
import { isPartyWord, isPeopleWord, isTitle } from '../quotes/index.ts';

/** What a question asks for: voices or facts, whose voice, and on what. */
export interface ParsedQuestion {
  /** It asks what people said ("who said what…", "how did X react…"). */
  speech: boolean;
  /** The person it asks about, as typed ("pelosi", "Nancy Pelosi"); undefined for everyone. */
  speaker?: string;
  /** What it is about, without the framing words ("the Lee–Xi meeting"). */
  topic: string;
  /**
   * The speaker is read from chat shorthand ("pelosi on the wall", "erdogan reaction to
   * …"), which plain words can also take ("inflation on the rise"): a speaker only if the
   * library quotes them; otherwise the question is its plain words.
   */
  guessed?: boolean;
  /** A kind of people asked for instead of a name ("police", "experts"): whom to put first. */
  group?: string;
  /** What the one asked for did, where they are told by it, not named ("the guy who flew over the channel"). */
  deed?: string;
  /** Whom the voices asked for were aimed at ("trump" of "who criticized trump for …"): not one of them. */
  aimedAt?: string;
  /** Whose words are asked for by every voice but theirs ("the pope" of "other than the pope, who commented …"). */
  except?: string;
  /** Words of theirs the asker already has ("the warm water …" of "apart from the warm water …, what else did alley say"): shown last. */
  had?: string;
}

// A reader's judgement after what they tell of a story: "the area 51 raid thing was hilarious
// honestly", "that whole fiasco is so sad tbh".
const JUDGEMENT = String.raw`hilarious|funny|crazy|wild|insane|nuts|bonkers|sad|awful|terrible|horrible|weird|bizarre|scary|wholesome|amazing|incredible|shocking|tragic|heartbreaking|interesting|surreal|unreal|mad|messed\s+up|a\s+lot|brutal|absurd`;
const JUDGED_LAST = new RegExp(String.raw`\s+(?:was|is|were|are|seemed|seems|sounded|sounds|looked|looks|felt|feels)\s+(?:so\s+|really\s+|kinda\s+|kind\s+of\s+|pretty\s+|totally\s+|absolutely\s+|just\s+|honestly\s+)*(?:${JUDGEMENT})(?:\s+(?:honestly|tbh|ngl|lol|lmao|imo|fr|though|tho|to\s+be\s+honest))*\s*[.!?]*\s*$`, 'i');

// "houthi spokesman warning the saudis", "trump threatening iran over …": whom or what they
// were saying it of, all of it the topic. ("bolsonaro hitting back at macron": a reply in
// words; "bolsonaro slams macron over the amazon", a headline's verb, the same.)
const SAYING_SHORTHAND = new RegExp(`^\\s*([\\p{L}'’.&-]+(?:\\s+[\\p{L}'’.&-]+){0,4}?)\\s+(?:${SAYING}|${HEADLINE_SAYS}|saying|telling|tweeting|vowing|blaming|accusing|praising|slamming|blasting|mocking|thanking|denying|admitting|defending|criticising|criticizing|condemning|welcoming|dismissing|rejecting|apologising|apologizing|mourning|reacting|responding|replying|(?:hitting|firing|pushing|snapping|clapping)\\s+back|(?:lashing|hitting)\\s+out)\\s+(?=\\S)`, 'iu');

// "what did the pg&e exec who had to announce the power shutoffs say": someone told by what
// they did, whose deed may hold a verb of speech ("announce"); the asking verb is the last.
const DESCRIBED_ASK = new RegExp(`^\\s*(?:so\\s+|and\\s+)?(?:what|how)\\s+(?:else\\s+|exactly\\s+)?(?:did|does|do|has|have|had)\\s+((?:the|a|an|that|this)\\s+(?:[\\p{L}'’.&-]+\\s+){0,4}?(?:who|whose)\\s+.{2,80}?)\\s+(?:say|said|think|react|respond|reply|tweet|write|post)\\b(?!.*\\b(?:say|said|think|react|respond|reply)\\b)`, 'iu');

// "pelosi on the wall quotes", "gordon + phanfone quotes", "scripps director on walter munk -
// quote": the ask again after the topic's last word; not a quote the topic names ("his
// quote", "the president's quote").
const QUOTES_AGAIN = /(?<=(?:^|\s)(?!(?:the|a|an|his|her|their|its|that|this|these|those|my|your|our|whose|which|what|any|some|no|one)\s)[\p{L}\p{N}-]+(?<!['’]s?))(?:\s*[-–—:,]\s*|\s+)quotes?\s*[?.!]*\s*$/iu;

// What someone is told to have said, or the act of saying it: "spanton's lawyer said she
// was relieved", "the queen congratulated boris on …". No name holds one: "larijani praised
// mir-mohammadi after he died" is not "pelosi after the vote". (Not "announced": "trump
// announced he's pulling troops. what were people saying" tells what happened.)
const STATED = 'said|says|claimed|claims|told|tweeted|wrote|insisted|admitted|denied|compared|likened|praised|critici[sz]ed|congratulated|thanked|mourned|condemned|blamed|accused|slammed|welcomed|hailed|mocked|warned|promised|vowed|pledged|urged|echoed|repeated|called(?!\\s+off\\b)|apologi[sz]ed|described|suggested|argued|predicted|confirmed|conceded|acknowledged|defended|rejected|dismissed|demanded|explained|feared|doubted|questioned';
const NO_STATEMENT = `(?!(?:[\\p{L}'’.&-]+\\s+){0,5}?(?:${STATED})\\s)`;

// A mood, which is said in words: "was lebron upset about …", "was the mother at peace with …".
const FELT = 'surprised|upset|angry|happy|unhappy|pleased|glad|delighted|relieved|satisfied|content|grateful|thankful|worried|concerned|nervous|scared|afraid|frightened|shocked|stunned|disappointed|frustrated|annoyed|furious|outraged|devastated|heartbroken|optimistic|hopeful|confident|critical|sceptical|skeptical|proud|sad|saddened|at\\s+peace';

// Frames that name one speaker; group 1 is who, as typed. Case-insensitive: people type
// "what did pelosi say". Each frame's tail ("about…", "to…") is the topic.
const SPEAKER_FRAMES = [
  DESCRIBED_ASK,
  // ("what else did facebook claim", "what exactly did she say".)
  new RegExp(`^\\s*(?:so\\s+|and\\s+)?what\\s+(?:else\\s+|exactly\\s+|specifically\\s+|actually\\s+)?(?:did|does|do|has|have|had|was|were|is|are)\\s+(.{2,60}?)\\s+(?:${SAY}|${SAYING}|${AIMING}|${REACT})\\b`, 'i'),
  // ("how long did trump say …", "why did pelosi say …", "how did mendez see himself", "how
  // many dead did the taliban claim", "how did pelosi plan to start her term": plans are told.)
  // ("how did anderson cooper break the news": news told is told in words; "how did officials
  // talk about the fire": what they said of it.)
  new RegExp(`^\\s*(?:so\\s+|and\\s+)?(?:how(?:\\s+(?:else|exactly|long|soon|often|far)|\\s+(?:much|many)(?:\\s+[\\w-]+){0,2}?)?|why|when)\\s+(?:did|does|do|has|have|was|were|is|are)\\s+(.{2,60}?)\\s+(?:${REACT}|${SAY}|see|saw|view|viewed|consider|considered|plan|planned|intend|intended|(?:break|broke|share|shared)\\s+(?:the\\s+)?news|(?:talk|talked|talking|speak|spoke|speaking)\\s+(?=about|of|on)\\b)\\b`, 'i'),
  // "what zelensky said about the call" (after "tell me"), not "what was said about …";
  // "something musk said".
  new RegExp(`^\\s*(?:what|anything|something)\\s+(?!(?:was|were|is|are|has|have|had|people|everyone|they|did|does|do)\\b)(.{2,60}?)\\s+(?:said|says|told|thinks|thought|wrote|tweeted|meant|claimed|promised|warned)\\b`, 'i'),
  // (Not "what was his argument": a pronoun is no one's name, "hi" least of all.)
  new RegExp(`^\\s*what\\s+(?:was|is|were|are)\\s+(?!(?:his|her|their|its)\\s)(.{2,60}?)(?:['’]s?)?\\s+${OWN_ADJECTIVES}(?:${VIEW})\\b`, 'i'),
  new RegExp(`^\\s*what\\s+(?:was|is|were|are)\\s+(?!(?:his|her|their|its)\\s)(.{2,60}?)(?:['’]s?|(?<=[^s])s)\\s+${OWN_ADJECTIVES}(?:${OWN_WORDS})\\b`, 'i'),
  // ("what's pelosi's quote about …": one quote owned, never "what is the quote about …".)
  new RegExp(`^\\s*what\\s+(?:was|is)\\s+(?!(?:his|her|their|its|the|a|an|that|this)\\s)(.{2,60}?)['’]s?\\s+${OWN_ADJECTIVES}(?:(?:best|key|main|top|big|famous)\\s+)?quote\\b`, 'i'),
  // "what was said by the coach after the match".
  /^\s*what\s+(?:was|were|is|has\s+been)\s+said\s+by\s+(.{2,60}?)(?=\s+(?:about|on|after|regarding|over|following|when|during|at|in)\b|\s*$)/i,
  // Chat shorthand: "morawiecki reaction to the stabbing", "pelosi's take on the vote",
  // "judge waddoups ruling on american samoans".
  // ("pg&e apology about …": "&" is inside a name.)
  // ("the new hampshire governor quote about …", "judge amy berman jackson's message on …":
  // an office with its place, a name with its title, take five words.)
  // ("cnn numbers on syrian refugees", "the health ministry's figures on new cases": a
  // figure given is given in words.)
  new RegExp(`^\\s*([\\p{L}'’.&-]+(?:\\s+[\\p{L}'’.&-]+){0,4}?)(?:['’]s?)?\\s+${OWN_ADJECTIVES}(?:(?:facebook|instagram|twitter|youtube|tiktok|social\\s+media|televised|video|radio|tv)\\s+)?(?:${VIEW}|numbers?|figures?|stats|statistics|estimates?|projections?|count|tally|(?:press|news)\\s+(?:release|conference|briefing)|briefing|video|op-ed|e-?mail|thoughts|words|tweets?|posts?|quotes?|remarks|messages?|interviews?|speech(?:es)?|letters?|address(?:es)?|ruling|verdict|decision|explanation|apology|warning|testimony|announcement|advice|tributes?|condolences|praise|criticism|reply|defen[cs]e|plans|demands?|claims?|${OWN_WORDS})\\s+(?:(?:on|to|about|regarding|after|over|of|for|when|at|during|(?:in|amid)\\s+the\\s+(?:backlash|outcry|uproar|row|fallout|wake))\\b|(?=\\p{L}{3,}ing\\b))`, 'iu'),
  // "souhail alouini on banning face veils?": a name, then "on" and the topic.
  // The first "on" ends the name: "vlada stamenkovic on life on mars".
  // ("the former cia deputy director on tony mendez": an office may take five words.)
  // ("kitty mak weighs in on …", "sheldon yett speaks on …": the verb is no part of the name.)
  // ("the us attorney in el paso on …": five words after "the".)
  new RegExp(`^\\s*${NO_STATEMENT}((?:the\\s+)?[\\p{L}'’.&-]+(?:\\s+[\\p{L}'’.&-]+){0,4}?)\\s+(?:${TALKS}\\s+|(?:weighs?|weighed|weighing|chimes?|chimed|chiming)\\s+in\\s+|(?:sounds?|sounded|sounding)\\s+off\\s+)?on\\s+(?=\\S)`, 'iu'),
  // "in bolsonaro's words, macron and the amazon": whose words, then what on.
  /^\s*in\s+([\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,4}?)['’]s?\s+(?:own\s+)?words\s*[,:–—-]?\s+(?=\S)/iu,
  // ("erdogan about the 2016 coup": "about" as "on", after a name, not after words of a
  // topic: "zelensky's demands from iran about the plane"; "macron warns about …", "boris
  // spoke about …": the verb is no part of the name.)
  new RegExp(`^\\s*${NO_STATEMENT}((?:(?!(?:from|for|with|in|to|of|at|by)\\s)[\\p{L}'’.&-]+\\s+){0,2}?[\\p{L}'’.&-]+)\\s+(?:(?:${SAY}|${REACT})s?\\s+|(?:${SAYING}|${TALKS})\\s+)?about\\s+(?=\\S)`, 'iu'),
  // ("pompeo after bolton was fired": what they said after it.)
  // (Not "…, then kitty mak after the elections", the second of several voices asked for.)
  new RegExp(`^\\s*${NO_STATEMENT}(?!(?:then|and|but|so|also|or)\\s)((?:(?!(?:from|for|with|in|to|of|at|by|the|a|an)\\s)[\\p{L}'’.&-]+\\s+){0,2}?[\\p{L}'’.&-]+)\\s+(?:after|following)\\s+(?=\\S)`, 'iu'),
  SAYING_SHORTHAND,
  new RegExp(`^\\s*(?:did|has|have|does)\\s+(.{2,60}?)\\s+(?:${SAY}|${REACT}|comment|commented|speak|spoke|spoken|talk|talked|(?:weigh|weighed|chime|chimed)\\s+in|(?:speak|spoke)\\s+out)\\s+(?:anything\\s+)?(?:about|on|to|regarding)\\b`, 'i'),
  // "did geingob comment when iyambo died": what they said then.
  /^\s*(?:did|has|have|does)\s+(.{2,60}?)\s+(?:comment|commented|speak|spoke|spoken|talk|talked|(?:weigh|weighed|chime|chimed)\s+in)\s+(?=(?:when|after|following)\s)/i,
  // "pelosi said what about …", "where does pelosi stand on …", "was pelosi quoted on …".
  /^\s*([\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}?)\s+said\s+what\b/iu,
  /^\s*where\s+(?:does|did|do)\s+(.{2,60}?)\s+stand\b/i,
  /^\s*(?:was|were|has|have)\s+(?!(?:anyone|anybody|someone|somebody|everyone|everybody)\s)(.{2,60}?)\s+(?:been\s+)?quoted\s+(?=on|about|regarding|over)/i,
  // "did pelosi make any statement on …", "what reason did pelosi give for …".
  /^\s*(?:did|has|have|does)\s+(.{2,60}?)\s+(?:make|made|give|gave|issue|issued|offer|offered)\s+(?:any|a|an|some)\s+(?:statements?|comments?|remarks|reasons?|explanations?|response|reply|warning|apology)\b/i,
  // ("what help did boris offer brazil": help offered is offered in words.)
  /^\s*what\s+(?:statements?|comments?|remarks|reasons?|explanations?|excuses?|arguments?|justifications?|case|point|pitch|plea|response|reply|message|warning|apology|help|assistance|support|aid|assurances?|guarantees?)\s+(?:did|has|have|does)\s+(.{2,60}?)\s+(?:make|give|issue|offer|have|promise|pledge)\b/i,
  // "what was ardern getting at", "what point was hay making about the reef": what she meant.
  /^\s*what\s+(?:point|argument|case|claim|pitch)\s+(?:was|is|were|are)\s+(.{2,60}?)\s+(?:making|trying\s+to\s+make|putting\s+across)\b/i,
  /^\s*what\s+(?:was|is|were|are)\s+(.{2,60}?)\s+(?:getting\s+at|driving\s+at|trying\s+to\s+say|(?:going\s+)?on\s+about)\b/i,
  // "why was the geochemist surprised by the bloom", "was lebron upset about …": a mood is said in words.
  new RegExp(`^\\s*(?:(?:why|how)\\s+)?(?:was|were|is|are)\\s+(.{2,60}?)\\s+(?:so\\s+|very\\s+|really\\s+)?(?:${FELT})\\b`, 'i'),
  // ("how surprised was stamenkovic by the results": the mood first.)
  new RegExp(`^\\s*how\\s+(?:${FELT})\\s+(?:was|were|is|are)\\s+(.{2,60}?)(?=\\s+(?:by|about|at|with|over|after|when|that)\\b|\\s*[?.!]*$)`, 'i'),
  // "is regina ip for or against the law", "is boris ok with no deal", "does pelosi support
  // the inquiry", "what's trump's problem with bolton": a side taken is taken in words.
  // (Not "back" of "hit back at", "fire back", a reply read below.)
  // (Shorthand: "is the law against …" names nobody, and is read as plain words.)
  /^\s*(?:(?:why|how\s+come)\s+)?(?:was|were|is|are)\s+(.{2,60}?)\s+(?:for\s+or\s+against|against|opposed\s+to|in\s+favou?r\s+of|(?:ok|okay|fine|cool|alright|on\s+board)\s+with)\s+(?=\S)/iu,
  /^\s*(?:(?:why|how\s+come)\s+)?(?:did|does|do|has|have)\s+(?!(?:anyone|anybody|someone|somebody|everyone|everybody)\s)(.{2,40}?)\s+(?:support|oppose|(?<!\b(?:hit|fire|fired|clap|clapped|snap|snapped|push|pushed|strike|struck|shoot|shot|bounce|bounced|come|came)\s+)back|endorse|approve\s+of|object\s+to|agree\s+with|disagree\s+with|(?:take|accept)\s+responsibility\s+for|regret|trust)\s+(?=\S)/iu,
  /^\s*what\s+(?:was|is|were|are)\s+(?!(?:his|her|their|its|the)\s)(.{2,60}?)(?:['’]s?|(?<=[^s])s)\s+(?:(?:main|real|big|biggest)\s+)?(?:problem|issue|beef|gripe|objection|complaint)s?\s+(?:with|about|over|to)\s+(?=\S)/iu,
  // "did zelensky feel pressured by trump", "did pelosi say the vote was rigged".
  new RegExp(`^\\s*(?:did|has|have|does)\\s+(?!(?:anyone|anybody|someone|somebody|everyone|everybody)\\b)(.{2,40}?)\\s+(?:${SAY}|${REACT})\\s+(?=\\S)`, 'i'),
  // "did rouhani apologise", "has pelosi commented": whether they said anything at all.
  new RegExp(`^\\s*(?:did|has|have|does)\\s+(?!(?:anyone|anybody|someone|somebody|everyone|everybody)\\b)(.{2,40}?)\\s+(?:${SAY}|${REACT}|comment|commented)$`, 'i'),
  // "spanton's lawyer said she was relieved?": whether someone said it, told as a statement.
  // ("the queen congratulated boris on …", "larijani praised mir-mohammadi after …": a
  // speech act told likewise, whose words are on whom it was aimed at.)
  new RegExp(`^\\s*([\\p{L}'’.&-]+(?:\\s+[\\p{L}'’.&-]+){0,4}?)\\s+(?:${STATED})\\s+(?=\\S)`, 'iu'),
];

// A reply to something, which a speaker's name never holds: "the response to trump's call".
const REPLY_TO = new RegExp(`\\s(?:${VIEW}|reactions?|responses?|replies|answers?|letter|message|tweets?|posts?|speech|appeal|apology|tributes?)\\s+to\\s`, 'i');

const SIDE_TAKEN = '(?:was|were|is|are)\\s+on\\s+(?:the\\s+)?side\\s+of|took\\s+the\\s+side\\s+of|went\\s+after|took\\s+aim\\s+at|hit\\s+out\\s+at|railed\\s+against|spoke\\s+out\\s+against|called\\s+out|pressured|pressed|put\\s+pressure\\s+on|sided\\s+with|stood\\s+(?:up\\s+for|by)|came\\s+to\\s+(?:the\\s+)?defen[cs]e\\s+of';
// "who was upset about …", "who opposed …": a mood or a side taken is said in words.
const MOOD =
  '(?:was|were|got|is|are|seemed|sounded|felt|feels)\\s+(?:(?:so|very|really|quite|(?:the\\s+)?most|more|(?:the\\s+)?least)\\s+)?(?:upset|upbeat|vocal|outspoken|alarmed|harsh|blunt|cautious|defiant|angry|unhappy|happy|pleased|critical|furious|outraged|concerned|worried|shocked|sad|saddened|disappointed|delighted|glad|emotional|nervous|scared|afraid|frightened|excited|proud|hopeful|optimistic|pessimistic|gloomy|relieved|surprised|heartbroken|devastated|gutted|grateful|thankful|frustrated|annoyed|confident|enthusiastic|positive|negative|against|opposed|supportive|skeptical|sceptical|for|in\\s+favou?r\\s+of)|supported|opposed|backed|supports|opposes|backs|slammed|attacked|questioned|doubted|disagreed|agreed|objected|protested|mourned|celebrated|thanked|apologi[sz]ed|expressed|voiced|' +
  // A side taken against or for someone: "who went after trump", "who stood up for the kurds".
  SIDE_TAKEN;

// Questions about voices with no one speaker: everyone on a story, or a group.
const SPEECH =
  /\b(?:voices?|tributes?|condolences|what\s+(?:people|everyone|they)\s+(?:said|say|think|thought)|what\s+was\s+said|who\s+(?:said|says|commented|comments|spoke|speaks|(?:was|were|is|are|gets|got)\s+quoted|weighed\s+in|chimed\s+in|hit\s+back|fired\s+back|lashed\s+out|pushed\s+back|refused|declined|(?:took|claimed|accepted)\s+responsibility|talked|talks|discussed|was\s+interviewed|were\s+interviewed|spoke\s+out|reacted|responded|warned|criticized|criticised|praised|called|described|blamed|accused|condemned|welcomed|denied|claimed|tweeted|posted|wrote|announced|reported|backtracked|backpedal(?:l)?ed|u-?turned|flip-?flopped|doubled\s+down|retracted|estimated|stated|confirmed|revealed|promised|vowed|urged|defended|argued|predicted|admitted|hinted|joked|pleaded|begged|disputed|insisted|dismissed|rejected|threatened|pledged|demanded|bragged|boasted|mocked|ridiculed|hailed|applauded|lauded|blasted|slammed|conceded|mentioned|brought\s+up|pointed\s+out|noted|told|asked|thought|compared|likened|contradicted|challenged|countered|rebutted|refuted|contested|objected|disagreed|opposed)|said\s+what|who\s+(?:had|has|gave|offered|voiced|expressed|raised)\s+\w+|did\s+(?:anyone|anybody|someone|somebody)\s+\w+|reactions?\s+(?:to|from|on|after|over|about|following|when)|react(?:ed|s)?\s+to|respond(?:ed|s)?\s+to|how\s+(?:did\s+)?(?:people|everyone|folks|they)\s+(?:react|reacted|respond|responded|felt)|responses?\s+to|quotes?\s+(?:about|on|from|by)|quoted|comments?\s+(?:on|about|from)|according\s+to|what\s+(?:were|are|was|is)\s+(?:\w+\s+){0,2}(?:saying|warning|claiming|arguing)|what\s+did\s+(?:\w+\s+){0,2}(?:say|think))\b/i;
// ("the thai king's statement on his sister - what did it say": a pronoun asks again about
// the one named before, not about everyone.)
// ("the scottish judges said suspending parliament was illegal, reactions": everyone's too.)
const ASKED_AFTER = /(?:,|\s[-–—]+|\sand)\s+(?:(?:what|who|how)\s+(?:did|do|does|was|were)\s+(?:(?!(?:he|she|it)\s)\w+\s+)?(?:say|said|think|react|respond)|who\s+said\s+what|(?:any\s+)?(?:reactions?|responses?|quotes)\s*[?.!]*\s*$|(?:any\s+)?(?:thoughts|words|comments|reactions|quotes|opinions|takes)\s+from\s+(?:anyone|anybody|someone|somebody|people|officials|experts)\s*[?.!]*\s*$)/i;
const WHO_MOOD = new RegExp(`\\bwho\\s+(?:${MOOD})\\b`, 'i');
// Whom the voices asked for were aimed at: "who criticized trump for pulling out of syria",
// "who hit back at boris over parliament", "who contradicted trump's account" ask for others'
// words on Trump, not his.
const AIMED_AT = new RegExp(`^\\s*who\\s+(?:(?:has|have|had)\\s+(?:been\\s+)?)?(?:critici[sz]ed|slammed|attacked|blasted|praised|defended|blamed|accused|thanked|supported|backed|opposed|supports|backs|opposes|condemned|mocked|questioned|congratulated|disputed|contradicted|challenged|countered|rebutted|refuted|contested|(?:hit|fired|pushed)\\s+back\\s+(?:at|against|on)|lashed\\s+out\\s+at|(?:was|were)\\s+(?:angry|furious|upset)\\s+(?:at|with)|(?:was|were)\\s+against|(?:agreed|disagreed)\\s+with|${SIDE_TAKEN})\\s+((?:[\\p{L}'’.&-]+\\s+){0,2}?[\\p{L}'’.&-]+)(?=\\s+(?:for|over|about|on|after|when|because|of|in|at|and)\\b|\\s*[?.!]*$)`, 'iu');

// Whose account it was, before what it told: "who disputed trump's version of why bolton
// left" asks about Bolton leaving; "version" is no word of that story, and Trump's own words
// are left out as aimed at.
const ACCOUNT_AIMED_AT = new RegExp(`(?<=\\p{L})['’]s?\\s+${OWN_ADJECTIVES}(?:${OWN_WORDS}|claims?)\\s+(?:of|on|about|over|that)\\s+`, 'iu');

// Not a name: question words and common words that open a sentence ("inflation on the
// rise" is not someone on something).
// (Of these, words of a topic may say whose an office is: "the law professor".)
const TOPIC_WORDS = 'news|story|rules?|ban|vote|law|plan|prices?|rates?|effect|impact|war|attack|policy';
const NOT_A_NAME = new RegExp(`\\b(?:what|who|how|why|when|where|which|is|are|was|were|did|does|do|has|have|had|the|a|an|any|some|all|more|other|this|that|these|those|it|anything|something|everything|nothing|${TOPIC_WORDS}|opinions?|reactions?|responses?|quotes?|comments?|statements?|remarks|voices?|citations?|thoughts|views|tweets?|posts?|articles?|headlines?|reports?|updates?|latest)\\b`, 'i');
const OF_A_TOPIC = new RegExp(`\\b(?:${TOPIC_WORDS})\\b`, 'gi');

// Words that stand for a group, not a person to look up: "what did experts say".
const GROUP = new RegExp(
  `(?:^|\\s)(?:${[
    'experts?|officials?|scientists?|researchers?|people|critics?|analysts?|politicians?|lawmakers?|residents?|(?:eye)?witness(?:es)?|authorities|police|doctors?|activists?|protesters?|leaders|they|them|he|she|him|her|others|everyone|everybody|anyone|anybody|somebody|someone|government|opposition|government\\s+officials|world|international\\s+community|country|nation|public|media|internet',
    'survivors?|victims?|families|relatives|locals|fans|supporters|opponents|voters|students?|undergrad(?:uate)?s?|advocates?|campaigners?|workers|firefighters|rescuers|both\\s+sides|each\\s+side|(?:people|every(?:one|body)|any(?:one|body)|sources|those|voices|ones)\\s+(?:quoted|cited|interviewed)|celebs|celebrities|stars|folks|marchers|demonstrators|investigators|diplomats|economists|engineers|agencies|charit(?:y|ies)|ngos|groups|organi[sz]ations|bodies|teams?',
  ].join('|')})$`,
  'i',
);

// What happened, not who: the last word of a story people name ("the notre dame fire").
const HAPPENING = /\s(?:fires?|shootings?|attacks?|crash|stabbing|bombings?|explosion|blast|storm|hurricane|typhoon|earthquake|elections?|protests?|vote|ruling|trial|meeting|summit|debate|hearing|funeral|strike|collapse|outbreak|race|marathon|ceremony|convention|story|lawsuit|case|inquiry|investigation|scandal|verdict|sentencing|shutdown|impeachment|resignation|pullout|withdrawal|eruption|floods?|pileup|raid|rally|riots?|killing|murder|leak)$/i;
// Someone described by what they did, not named: "the cow urine guy", "the toilet artist lady".
export const SOMEONE = /\s+(?:guy|dude|lady|bloke|woman|man|person)$/i;
// Someone described by what they did: "the judge who sentenced manafort", "the guy who flew
// over the channel". Whom the articles call so goes first (a judge), on what they did.
const DESCRIBED = /^\s*(?:the|a|an|that|this)\s+((?:[\p{L}'’.&-]+\s+){0,2}?[\p{L}'’.&-]+)\s+(?:who|whose|that)\s+(\S.*)$/iu;

// (…without its "the", as a second language drops it, where the kind is an office, a people or
// a guy: "what did tour manager who helped say".)
const DESCRIBED_BARE = /^\s*((?:[\p{L}'’.&-]+\s+){0,2}?[\p{L}'’.&-]+)\s+(?:who|whose)\s+(\S.*)$/iu;

function describedAs(text: string): { topic: string; group?: string; deed: string } | undefined {
  const bare = DESCRIBED.test(text) ? null : DESCRIBED_BARE.exec(text);
  const kindWord = bare?.[1]!.split(/\s+/).at(-1) ?? '';
  const described = DESCRIBED.exec(text) ?? (bare && (isTitle(kindWord) || isPeopleWord(kindWord) || SOMEONE.test(` ${kindWord}`)) ? bare : null);
  if (!described) return undefined;
  const kind = described[1]!;
  const deed = described[2]!;
  if (!SOMEONE.test(` ${kind}`)) return { topic: deed, group: kind.toLowerCase(), deed };
  // ("the norwegian guy who won the hurdles": what he is, with what he did, tells the story.)
  return { topic: `${` ${kind}`.replace(SOMEONE, '').trim()} ${deed}`.trim(), deed };
}

/** The words before a group's own word: "fema" of "fema official"; none for "people" or "they". */
function whose(group: string): string {
  return group.replace(GROUP, '').replace(/^(?:the|a|an|some|many|other|local)\s+/i, '').trim();
}

/**
 * The kind of people in a group asked for, if it is one by trade ("police", "the experts"),
 * not "people" or "they"; with whose they are ("fema official", "polish leaders").
 */
function groupOf(who: string): { group?: string } {
  const group = OCCUPATION.exec(who)?.[1]?.toLowerCase();
  return group ? { group: [whose(who).toLowerCase(), group].filter(Boolean).join(' ') } : {};
}
const OCCUPATION = /(?:^|\s)(experts?|officials?|government|authorities|media|scientists?|researchers?|critics?|analysts?|politicians?|lawmakers?|residents?|(?:eye)?witness(?:es)?|police|doctors?|activists?|protesters?|leaders?|investigators|diplomats|economists|engineers|students?|undergrad(?:uate)?s?|advocates?|campaigners?|teams?)$/i;

// Chat's last word after a question, which names nobody: "the wall? lol".
const CHAT_LAST_WORD = /^(?:lol|lmao|pls|plz|please|thx|ty|ok|okay|anyone|anybody|someone|pls\s+help|help|idk|tbh|again|quotes?|sources?)$/i;

// What is left of the question once its framing is gone is the topic.
const TOPIC_AFTER = /\b(?:about|on|regarding|over|to|concerning|of)\s+(.+)$/i;
// Verbs that take someone or something, then what they should do: "want the trial to start"
// ("ask people to do" asks what, of whom the topic says little).
const WANTING = /\b(?:want|wanted|ask|asked|urge|urged|expect|expected|tell|told)\s*$/i;
const WANTED = /^\s*((?:(?!\b(?:about|on|regarding|over|concerning|of|to)\b).)+?)\s+to\s+(?!(?:the|a|an|his|her|their|its|him|them|me|us)\b|do$)(\S.*)$/i;
// Verbs that take whom they charge, then with what: "accuse kabul of covering up".
const CHARGING = /\b(?:accuse|accused|blame|blamed|fault|faulted|credit|credited|thank|thanked|praise|praised|critici[sz]e|critici[sz]ed|condemn|condemned|congratulate|congratulated)\s*$/i;
// ("congratulated boris on his election win": whom, then on what.)
const CHARGED = /^\s*((?:(?!\b(?:about|on|regarding|over|concerning|of|for)\b).)+?)\s+(?:of|for|over|on)(?:\s+(\S.*))?$/i;
// A mood said in words ("was pelosi worried …"), which a clause may follow.
const MOODY = new RegExp(`\\b(?:${FELT})\\s*$`, 'i');
// (…or before whom it was: "how frustrated was the mayor".)
const MOOD_FIRST = new RegExp(`^\\s*how\\s+(?:${FELT})\\s+(?:was|were|is|are)\\s`, 'i');
// Verbs whose object is what is said, never whom it is said to: "say her husband …".
const SAID_CLAUSE = /\b(?:say|says|said|think|thinks|thought|claim|claimed|believe|believed|admit|admitted|deny|denied|suggest|suggested|insist|insisted|fear|feared|predict|predicted|argue|argued|concede|conceded|acknowledge|acknowledged|confirm|confirmed)\s*$/i;
// …and a side taken on what follows, whole: "does pelosi support the push to impeach trump".
const SIDED = /\b(?:against|opposed\s+to|in\s+favou?r\s+of|with|support|oppose|back|endorse|approve\s+of|object\s+to|responsibility\s+for|regret|trust)\s*$/i;

// The ask about "he", "she" or "they", then whom the pronoun stands for, after a comma, and
// maybe when. (Not someone's, "…, his rivals, when …": whose they are is another pronoun.)
const RIGHT_NAMED = /^(\s*(?:what|how|why)\s+(?:did|does|do|has|had|was|is)\s+)(he|she|they)((?:\s+all)?\s+\S.*?)\s*,\s+((?:the|that|this)\s+[^,]+?|(?!(?:his|her|their)\s)[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2})\s*(?:,\s*((?:when|after|before|as|while)\s.+?))?\s*[?.!]*\s*$/iu;

// Words chat ends an ask with that name no one: "…, though", "…, exactly", "…, again".
const AFTERTHOUGHT = /^(?:though|tho|then|too|again|exactly|anyway|anyways|actually|honestly|really|btw|specifically|precisely|already|lately|recently|today|yesterday|first|originally|in\s+full|word\s+for\s+word|verbatim)$/i;

// An article that quotes someone, then the ask for their words.
const QUOTED_IN = /^\s*(?:in\s+)?(.+?)\s+(?:quotes|quoted|cites|cited)\s+(?!(?:about|on|in|by|as|for|over|regarding)\b)((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)(?:\s+(?:on|about)\s+([^,:–—]+?))?\s*[,:–—-]\s*(?:so\s+)?what\s+(?:did|does|was|is)\s+(?:he|she|they|it)\b(?:\s+(?:say|said|write|wrote))?\s*[?.!]*\s*$/iu;

// Everyone quoted on a story, spoken to, then asked what they said.
const SPOKEN_TO_ALL = /^\s*(?:to\s+)?(?:everyone|everybody|all\s+of\s+you|those\s+of\s+you|you\s+(?:all|guys)|y['’]?all|all\s+you)\s+(?:(?:who|that)\s+(?:was|were|got|have|has)?\s*)?(?:quoted|spoke|commented|talked|weighed\s+in)\s+(?:about|on|over|regarding)\s+([^:,–—]+?)\s*(?:[:,–—]|\s-)\s*(?:so\s+)?(?:what|how)\s+(?:did|do|have)\s+(?:you|u|y['’]?all)(?:\s+(?:all|guys|two|both))?\s+(?:say|said|think|thought|react|reacted|tell|told)(?:\s+(?:people|us|the\s+press))?\s*[?.!]*\s*$/i;

/**
 * Reads a question as a reader means it: whether it asks for voices, whose, and about
 * what. Pure: the speaker is as typed, and ask() decides whether the library knows them.
 *
 * @example
 * parseQuestion('how did pelosi react to the ruling?')
 * // → { speech: true, speaker: 'pelosi', topic: 'the ruling' }
 */
export function parseQuestion(asked: string): ParsedQuestion {
  // ("khamenei on soleimani? keep it short": what the answer should be like is no sentence of the ask.)
  const question = withoutStanding(unwrapped(corrected(withoutAsides(unslipped(undictated(unfielded(unmarked(inWords(asked)))))))));
  // "what did cooper say about the prorogation? and hammond?": a second voice on the same
  // story, asked after the first; "…? and when cummings died?", the same voice on another.
  const joined = withFollowUp(question);
  if (joined) return parseQuestion(joined);
  // "apart from X, what else did Y say", "Y said X, what else did he say": Y's words, X the
  // asker's already (not "besides X, who else …", every voice but X's, below).
  const had = wordsHad(question);
  if (had) return { ...parseQuestion(had.asked), had: had.had };
  // "who told reporters what after …", "who told the bbc what about …": who said what; to whom
  // is no word of the story. (Not "who told trump what to do", "who told them what happened".)
  const toldWhat = /^\s*who\s+(?:told|tells)\s+(?:the\s+)?(?:[\p{L}\p{N}'’.&-]+\s+){0,2}?(?!what\b)[\p{L}\p{N}'’.&-]+\s+what\s+(?!(?:to|happened|was|is|were|are|had|has|would|will|could|should|did|does|he|she|they|it|we)\b)(\S.*)$/iu.exec(question);
  if (toldWhat) return parseQuestion(`who said what ${toldWhat[1]}`);
  // "other than the pope, who commented on …", "…, not from mnangagwa", "everyone except de
  // blasio on …": every voice but one, whose words are not asked for.
  // ("everyone except de blasio on him dropping out": whom "him" stands for is the story's.)
  const but = allBut(plain(question));
  if (but) return { ...parseQuestion(but.asked.replace(/\b(?:him|her|his|them|their)\b/i, but.who)), except: but.who };
  // "the scottish court ruling on prorogation reactions", "the pope's order on reporting abuse
  // - any reactions?": others' reactions to all that comes before, whoever it names (not
  // "trump's reactions", his own).
  const reactedTo = /^(.{3,}?)\s*(?:[-–—:,]+\s*)?(?:any\s+)?(?:reactions|responses)\s*[?.!]*\s*$/i.exec(question);
  if (reactedTo && !/(?:['’]s?|\b(?:his|her|their|its|what|who|how|did|does|do|were|was))$/i.test(reactedTo[1]!.trim()) && !/^\s*(?:what|who|how|did|does|do|were|was|is|are|any)\b/i.test(reactedTo[1]!)) return { speech: true, topic: clean(plain(reactedTo[1]!)) };
  // "the researcher who studied guns and teen suicides, what was his argument": what he said.
  const theirs = /^(.{3,}?[,:–—-])\s*(?:so\s+)?(?:what|how)\s+(?:was|were|is|are)\s+(his|her|their)\s+(?:(?:exact|own|main|first|latest|public|official|initial)\s+)?(?:take|reaction|response|view|views|position|stance|comment|comments|statement|opinion|answer|words|thoughts|remarks|argument|point|reason|explanation|message|warning|findings?|conclusions?)\b\s*(.*)$/i.exec(question);
  if (theirs) return parseQuestion(`${theirs[1]} what did ${{ his: 'he', her: 'she' }[theirs[2]!.toLowerCase()] ?? 'they'} say ${theirs[3]}`.trim());
  // "who was the woman whose husband was a cia disguise expert and what did she say": whom
  // the reader cannot name, then what they said.
  const unnamed = /^\s*who\s+(?:was|is|were)\s+((?:the|that|this)\s+\S.*?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)((?:what|how)\s+(?:did|does|was|is|has)\s+(?:he|she|they)\b.*)$/i.exec(question);
  if (unnamed) return parseQuestion(`${unnamed[1]}, ${unnamed[2]}`);
  // "when zamperoni died, what did his girlfriend say": the kin of whom the time is told by.
  // (Read plain only where a pronoun could own kin: plain() is a tenth of a parse.)
  const plainly = /\b(?:his|her|their)\s/i.test(question) ? plain(question) : '';
  const kinOf = POSSESSED_KIN.exec(plainly);
  const time = kinOf ? TIME_TOLD.exec(plainly.replace(kinOf[0], ' ')) : null;
  const whose = time ? subjectOf(time[1]!) : undefined;
  if (whose && !(/^his$/i.test(kinOf![1]!) ? FEMALE : /^her$/i.test(kinOf![1]!) ? MALE : /$^/).test(whose)) {
    return parseQuestion(plainly.replace(kinOf![0], `${whose}'s ${kinOf![2]}`));
  }
  // "child abusers? kaczynski": a topic asked, then whose words on it, by a bare name.
  // ("child abusers - kaczynski", "child abusers: kaczynski?" likewise.)
  const thenWho = /^(.{3,}?)(?:\?+|\s*[:–—]|\s+-)\s+((?:[\p{L}'’.-]+\s+){0,2}[\p{L}'’.-]+)\s*[?.!]*$/u.exec(question.trim());
  const who = thenWho?.[2];
  if (who && !NOT_A_NAME.test(who) && !/\b(?:who|whom|whose|what|which|how|said|says|say)\b|['’]s?(?:\s|$)/i.test(who) && !GROUP.test(who) && !SOMEONE.test(` ${who}`) && !isSmallTalk(who) && !CHAT_LAST_WORD.test(who) && !parseQuestion(thenWho[1]!).speech) {
    return { speech: true, speaker: who, topic: clean(plain(thenWho[1]!)), guessed: true };
  }
  // "to everyone quoted about the flood: what did you all say", "all of you who spoke about
  // the flood, what did you say": the story's voices, spoken to.
  // (Read plain only where the ask could be either: plain() is a tenth of a parse, and a parse
  // reads its parts again.)
  const asPlain = /\b(?:everyone|everybody|of\s+you|you\s+(?:all|guys)|y['’]?all|all\s+you)\b/i.test(question) || (/[,…]|\.{3}/.test(question) && /\b(?:what|how|why)\b.*\b(?:he|she|they)\b/i.test(question)) ? plain(question).trim() : '';
  const spokenTo = SPOKEN_TO_ALL.exec(asPlain);
  if (spokenTo) return { speech: true, topic: clean(plain(spokenTo[1]!)) };
  // "what did she say about the flood, the mayor", "what'd he write about it, trump", "what did
  // she say about the bill, the governor, when she signed it": whom the pronoun stands for,
  // named after the ask.
  const named = RIGHT_NAMED.exec(asPlain);
  const namedAfter = named?.[4]!.split(/\s+(?:and|&)\s+/).every((one) => !NOT_A_NAME.test(one.replace(/^(?:the|that|this|his|her|their)\s+/i, '')) && !AFTERTHOUGHT.test(one));
  if (named && namedAfter && !isSmallTalk(named[4]!) && !CHAT_LAST_WORD.test(named[4]!)) {
    return parseQuestion(`${named[1]}${named[4]}${named[3]!.replace(/^\s+all\b/i, '')}${named[5] ? ` ${named[5]}` : ''}`);
  }
  // "the ginger baker obituary quotes jagger, what did he say", "the furnal equinox piece quotes
  // chuck jones on drawing, what was it": the one the article quotes, on what it tells.
  const quotedIn = /\b(?:quotes|quoted|cites|cited)\b/i.test(question) ? QUOTED_IN.exec(question.trim()) : null;
  if (quotedIn && !NOT_A_NAME.test(quotedIn[2]!.replace(/^the\s+/i, ''))) return parseQuestion(`what did ${quotedIn[2]} say about ${quotedIn[3] ?? quotedIn[1]}`);
  // "gdansk mayor stabbed on stage. the polish president said what", "iran wants trump
  // arrested lol. us envoy response": what the reader saw first, then the ask.
  // ("hi! quick question. what did minnis say about abaco? thanks!": greetings and thanks
  // are no lead-in of the story.)
  const said = sentences(question);
  // ("…? i'd like all the quotes if possible": how the answer should come is no sentence of an
  // ask made in another; "remember the taiwan vote? any quotes" is the ask.)
  const talk = said.every(isSmallTalk) ? said : said.filter((sentence) => !isSmallTalk(sentence));
  // (Each sentence read once: whether it asks for words.)
  const asks = new Map(talk.length > 1 ? talk.map((sentence) => [sentence, parseQuestion(sentence).speech]) : []);
  const askedElsewhere = talk.some((sentence) => asks.get(sentence) && !asksOnlyForm(sentence));
  const told = askedElsewhere ? talk.filter((sentence) => !asksOnlyForm(sentence)) : talk;
  if (told.length === 1 && said.length > 1) return parseQuestion(told[0]!);
  const at = told.length > 1 ? told.map((sentence) => asks.get(sentence)).lastIndexOf(true) : -1;
  if (at >= 0) {
    // (What the reader thought of it is no word of the story: "… was hilarious honestly".)
    const leadIns = told.filter((_, i) => i !== at).map((s) => clean(plain(s.replace(JUDGED_LAST, ''))));
    return withLeadIn(leadIns.join(' '), told[at]!, leadIns);
  }
  // "harry dunn's mother - what did she say about anne sacoolas": whom "she" stands for is
  // named before, and the topic, if any, after.
  // ("carrie lam video address - what has hong kong become according to her": her account.)
  const pronoun =
    /^(.{3,}?)\s+[-–—:]+\s+((?:what|how|why)(?:\s+\w+)?\s+(?:did|does|do|was|is|has)\s+(?:he|she|it)\b.*)$/i.exec(plain(question).trim()) ??
    /^(.{3,}?)\s+[-–—:]+\s+((?:what|how|why|who|when)\b.+?),?\s+according\s+to\s+(?:him|her)[?.!]*$/i.exec(plain(question).trim());
  if (pronoun) {
    const asked = parseQuestion(pronoun[2]!);
    const own = /\b(?:about|on|regarding|over|to|concerning)\s+\S/i.test(pronoun[2]!) || !/\b(?:he|she|it)\b/i.test(pronoun[2]!);
    const topic = own ? clean(asked.topic.replace(/^\s*(?:what|how|why|who|when)\s+(?:did|does|do|was|were|is|are|has|have|had)\s+/i, '')) : undefined;
    const named = parseQuestion(pronoun[1]!);
    if (named.speaker) return { ...named, topic: topic ?? named.topic };
    const who = clean(pronoun[1]!).replace(/^(?:the|a|an)\s+/i, '');
    // ("trump firing bolton - what reason did he give": whom it tells of doing something,
    // and that is the topic.)
    const doer = subjectOf(who) ?? DOING.exec(who)?.[1];
    if (doer && !NOT_A_NAME.test(doer) && !GROUP.test(doer)) return { speech: true, speaker: doer, topic: clean(`${who} ${topic ?? ''}`), guessed: true };
    return { speech: true, speaker: who, topic: topic ?? who };
  }
  // "pelosi when she became speaker: what did trump say", "the wall, what did pelosi say":
  // the topic, then the question.
  // ("the gdansk stabbing - who commented?": after a dash too.)
  const colon = /^([^:,]{3,}?)(?:[:,]\s+((?:what|who|how|did|does|has|was|were|any)\b.+)|\s+[-–—]+\s+((?:what|who|how|did|does|has|was|were)\b.+))$/i.exec(plain(question).trim());
  if (colon) {
    const then = colon[2] ?? colon[3]!;
    // ("who was angry at iran over the plane, what did they say": the ask again, after a
    // question that asked it first.)
    const first = /^(?:what|how)\s+(?:did|do|does|have|has)\s+(?:they|people|everyone)\s+(?:say|said|think|thought|react|reacted)\s*[?.!]*$/i.test(then) ? parseQuestion(colon[1]!) : undefined;
    if (first?.speech && !first.speaker) return first;
    const asked = parseQuestion(then);
    const own = asked.topic !== asked.speaker && asked.topic !== clean(plain(then));
    // ("erdogan wants a mosque, what did he say": "he" is no name to look up; the words before it name him.)
    const { speaker, ...told } = asked;
    const pronoun = speaker !== undefined && /^(?:he|she|they|it)$/i.test(speaker);
    // ("the sheriff near area 51, what did he say about …": whom "he" stands for, an office
    // by its place. Not "the mars sponge researcher, how did he react …", which the topic's
    // search finds better than any office would.)
    const described = own && !asked.group && /^(?:what|how|why)\s+(?:\w+\s+)?(?:did|does|was|is|has)\s+(?:he|she)\b/i.test(then) ? /^\s*(?:so\s+)?((?:the|that|this)\s+)?((?:\S+\s+){0,5}?(?:(\S+)\s+(?:of|in|at|near)\s+\S+(?:\s+\S+){0,2}|pm|fm|cm|ag))\s*$/i.exec(colon[1]!) : null;
    // (Without "the", only an office: "chancellor of uc san diego", not "warholm won the hurdles in doha".)
    if (described && (described[1] || isTitle(described[3] ?? ''))) return { speech: true, speaker: described[2]!, topic: asked.topic };
    // ("carrie lam on hk independence, what did she say": the words before it ask for her
    // on the story, as they would alone; "he" stands for whom they name.)
    const heShe = /^(?:what|how|why)\s+(?:\w+\s+)?(?:did|does|was|is|has)\s+(?:he|she)\b/i.test(then) && !asked.speaker && !asked.group;
    const before = heShe ? parseQuestion(colon[1]!) : undefined;
    // ("he" or "she" says it is someone, whom shorthand alone only guessed.)
    if (before?.speaker && !before.group && before.topic !== before.speaker) {
      return { speech: true, speaker: before.speaker, topic: /\b(?:he|she)\b/i.test(asked.topic) ? before.topic : `${before.topic} ${asked.topic}` };
    }
    // ("tony abbott, what did he think of the nsw law": a bare name before the ask about "he";
    // not "trump firing bolton", which tells of someone doing something.)
    // ("the texas judge gray miller, what did he write": an office, then the name, after "the".)
    const titled = colon[1]!.trim().replace(/^the\s+/i, '').split(/\s+/);
    const office = titled.map((word) => isTitle(word)).lastIndexOf(true);
    const officeThenName = /^\s*the\s/i.test(colon[1]!) && office >= 0 && office < titled.length - 1;
    const bare = heShe && !before?.speech ? /^\s*([\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3})\s*$/u.exec(officeThenName ? titled.join(' ') : colon[1]!)?.[1] : undefined;
    if (bare && !NOT_A_NAME.test(bare) && !GROUP.test(bare) && !SOMEONE.test(` ${bare}`) && !subjectOf(bare) && !DOING.test(bare)) {
      return { speech: true, speaker: bare, topic: own ? asked.topic : bare, guessed: true };
    }
    // ("the judge who sentenced manafort, what did she say about his apology".)
    const someone = heShe ? describedAs(colon[1]!) : undefined;
    if (someone) return { speech: true, ...someone, topic: clean(/\b(?:he|she)\b/i.test(asked.topic) ? someone.topic : `${someone.topic} ${asked.topic}`) };
    // ("navalny after waking from the coma, what did he say": whom the words before "after" name.)
    const who = heShe ? /^\s*((?:[\p{L}'’.-]+\s+){0,2}?[\p{L}'’.-]+)\s+(?:after|during|at|when|before|following)\s+(\S.*)$/iu.exec(colon[1]!) : null;
    // (Not "navalny got arrested when he flew back, what did he say": a clause, not a name.)
    if (who && !NOT_A_NAME.test(who[1]!) && !GROUP.test(who[1]!) && !/\b(?:got|gets|get|went|came|became|been|being)\b/i.test(who[1]!)) return { speech: true, speaker: who[1]!, topic: clean(/\b(?:he|she)\b/i.test(asked.topic) ? who[2]! : `${who[2]} ${asked.topic}`) };
    // ("heather antos, how many days do you have to work to earn a weekend": the question put
    // to someone by name, as if they could answer, is what they said.)
    // ("kipchoge, how did you feel after the race": "you" is whom it names.)
    // ("yo warholm, what did u say about …": "u", which the ask reads as no one.)
    const toYou = /^(?:you|u)$/i.test(asked.speaker ?? '') || (!asked.speaker && /\b(?:did|do|does|would|will|were|are|have|had|could|can)\s+(?:you|u)\b/i.test(then));
    const putTo = (!asked.speech || toYou) && /\b(?:you|your|u|ur)\b/i.test(then) ? /^\s*(?!(?:the|a|an|this|that)\s)([\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3})\s*$/iu.exec(colon[1]!)?.[1] : undefined;
    if (putTo && !NOT_A_NAME.test(putTo) && !GROUP.test(putTo) && !isSmallTalk(putTo) && !SOMEONE.test(` ${putTo}`)) {
      return { speech: true, speaker: putTo, topic: asked.speech ? asked.topic : clean(then.replace(/^\s*(?:what|how|why|when|where|which)\s+(?:(?:many|much)\s+)?/i, '').replace(/\b(?:do|did|does|would|could|can|will|should|have|had|are|were)\s+(?:you|u)\b/gi, ' ').replace(/\s+/g, ' ')), guessed: true };
    }
    const whom = pronoun ? told : asked;
    // ("what's the deal with the hagia sophia thing, who said what": the thing.)
    const context = clean(colon[1]!).replace(SOMEONE, '').replace(/^what\s+(?:is\s+(?:the\s+(?:deal|story|situation)|going\s+on|happening)|happened)\s+(?:with|to|in|at)\s+/i, '');
    if (asked.speech) return { ...whom, topic: own ? `${context} ${asked.topic}` : context };
  }
  // "scientists surprised by their own results: the martian brine guy and the hawaii algae
  // guy": people of a kind, then which of them: each one's voice, found by what they are.
  const listed = /^(?:the\s+|some\s+|two\s+)?([\p{L}-]+)(?:\s[^:]{0,80})?:\s+(\S.*?\s(?:and|&)\s.+)$/iu.exec(plain(question).trim());
  if (listed && (isPeopleWord(listed[1]!) || GROUP.test(` ${listed[1]}`) || /[^s]s$/i.test(listed[1]!)) && !parseQuestion(listed[2]!).speech) {
    return { speech: true, topic: clean(listed[2]!.replace(/\s+(?:guy|dude|lady|bloke|woman|man|person)\b/gi, '')) };
  }
  const q = clean(plain(question));
  // "quotes from greta thunberg", "any comments by carrie lam on the bill".
  // "anything from greta thunberg on climate", "opinion of the pope on abuse".
  // ("any update from the detective on the toilet", "any word from ford on …": news of what they said.)
  const from = /^\s*(?:(?:is\s+there|was\s+there|are\s+there)\s+)?(?:any\s+|some\s+|the\s+|an?\s+)?(?:(?:new|latest|official)\s+)?(?:quotes?|quotations?|citations?|comments?|statements?|remarks|words?|tweets?|reactions?|responses?|anything(?:\s+said)?|something|opinions?|views?|thoughts|take|stance|position|latest|updates?(?=\s+from))\s+(?:from|by|of)\s+(?!(?:when|after|before|during|while)\s)(.+?)(?:\s+(?:on|about|regarding|over|concerning|to|in(?=\s+(?:the|that|this|a)\s+(?:\S+\s+){0,5}?(?:story|article|piece|report|coverage)\b))\s+(.+))?$/i.exec(q);
  if (from) {
    const who = from[1]!.replace(/^(?:the|a|an)\s+/i, '');
    // "a quote from a witness of the boat fire", "…from someone who was at the area 51 event":
    // a group's words, or anyone's, on the story.
    const ofStory = /^(.+?)\s+(?:of|from|at|in|to)\s+(.+)$/i.exec(who);
    if (ofStory && GROUP.test(ofStory[1]!)) return { speech: true, topic: clean(`${ofStory[2]} ${from[2] ?? ''}`), ...groupOf(ofStory[1]!) };
    const anyone = /^(?:someone|somebody|anyone|anybody|people|a\s+person|those)\s+(?:who|that)\s+(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?(?:at|in|on|there\s+at)?\s*(.+)$/i.exec(who);
    if (anyone) return { speech: true, topic: clean(`${anyone[1]} ${from[2] ?? ''}`) };
    // "any quotes from greta": no topic but the person, whatever they said.
    // ("quotes from the notre dame fire": from a happening, not from someone.)
    if (/^the\s/i.test(from[1]!) && HAPPENING.test(who)) return { speech: true, topic: clean(`${who} ${from[2] ?? ''}`) };
    const topic = clean(from[2] ?? '') || who;
    return GROUP.test(who) ? { speech: true, topic, ...groupOf(who) } : { speech: true, speaker: who, topic };
  }
  // "ginger baker's quote", "pelosi's words": no topic but theirs, whatever they said.
  const owned = /^\s*(?:the\s+)?([\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}?)['’]s?\s+(?:quotes?|quotations?|words|lines?|one-liners?|remarks|statements?|comments?|tweets?|posts?)\s*$/iu.exec(q);
  if (owned && !NOT_A_NAME.test(owned[1]!) && !/\s['’‘]/u.test(owned[1]!)) return GROUP.test(owned[1]!) ? { speech: true, topic: owned[1]!, ...groupOf(owned[1]!) } : { speech: true, speaker: owned[1]!, topic: owned[1]! };
  // "according to the prosecutor, what did the manifesto show", "why did egyptians sacrifice
  // ibises according to sally wasef": whose account of a plain question is asked for.
  const typed = plain(question).replace(/[?.!]+\s*$/, '');
  // ("…, per zinichev": chat's "according to"; after a comma, not "miles per hour".)
  // ("according to gownaris what are the biggest threats": chat leaves the comma out; the
  // question word says where the account's question starts. "According to who were 337
  // arrested" asks whose account it is.)
  const account = /^\s*(?:according\s+to|per)\s+(?!whom?\s+(?:is|are|was|were|did|does|do|has|have|had)\s)(.{2,60}?)(?:,\s*|\s+(?=(?:what|whats|how|why|when|where|which|who|is|are|was|were|did|does|do|has|have|had|will|would|can|could)\s))(.+)$/i.exec(typed) ?? swap(/^(.+?)(?:,?\s+according\s+to|,\s*per)\s+(.{2,60})$/i.exec(typed));
  if (account && !parseQuestion(account[2]!).speech) {
    const who = account[1]!.replace(/^(?:the|a|an)\s+/i, '');
    // ("what time did the attack happen, per saudi media", "does bolton's exit change anything,
    // according to pompeo": the question's words are no words of the topic.)
    const topic = clean(account[2]!.replace(/^\s*(?:(?:what|which|how)(?:\s+(?:time|day|year|much|many|long|kind\s+of|sort\s+of))?\s+|why\s+|when\s+|where\s+|who\s+)?(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can)\s+/i, '').replace(/\s+(?:anything|something)$/i, '')) || q;
    // ("…, according to the guy who started it": someone told by what they did, as in "what
    // did the guy who started it say".)
    const someone = describedAs(account[1]!);
    if (someone) return { speech: true, ...someone, topic: `${someone.topic} ${topic}`.trim() };
    return GROUP.test(who) ? { speech: true, topic, ...groupOf(who) } : { speech: true, speaker: who, topic };
  }
  for (const frame of SPEAKER_FRAMES) {
    const match = frame.exec(q);
    if (!match) continue;
    // "what has pompeo been saying": the auxiliary is not part of the name.
    const who = match[1]!
      // ("what was in trumps tweet about bolton": what the tweet held.)
      .replace(/^(?:in\s+)?(?:the|a|an|any|some)\s+|^in\s+/i, '')
      .replace(/\s+quoted\s+as$/i, '')
      // ("what did mugabe once say", "what did she later tell reporters".)
      .replace(/\s+(?:been|be|being|really|rly|actually|ever|just|also|once|later|first|then|previously|originally|recently|publicly|privately|initially|finally|even|still|already|officially|always|never|apparently|supposedly|reportedly|allegedly)$/i, '')
      .replace(/\s+(?:quotes?|comments?|remarks)$/i, '')
      // ("ted cruz - reaction to term limits": the dash after a name is no part of it.)
      .replace(/\s+[-–—]+$/, '')
      .replace(/['’]s?$/, '')
      .trim();
    // "what is zelensky's stance on the call": "call" is not the verb when a topic's
    // preposition came first; "what was the reaction to …" names nobody. An office's "to"
    // is the name's own: "the us ambassador to germany".
    // "what was pelosi's response when asked …": a clause is no part of a name either.
    const someone = describedAs(match[1]!);
    if (!someone && (/\s(?:on|about|regarding|over|when|while|after|before|because|since|if)\s/i.test(` ${who} `) || REPLY_TO.test(` ${who} `) || /^(?:the|a|an|his|her|their|its)$/i.test(who))) continue;
    // The shorthand frames take any words before "on": only a name-like few count, and
    // none where everyone's words are asked for after ("the scottish court ruling on
    // prorogation - who said what").
    // ("the speaker of the parliament on mir-mohammadi": an office of a body is one person;
    // "the head of the who", of the WHO.)
    // (Read for the test without that "the", and without the WHO's "who".)
    const office = /^(.*\S)\s+of\s+the\s+(\S.*)$/i.exec(who);
    // ("the who chief", "who head": the WHO's office, typed before it.)
    const whoOffice = /^who\s+(\S+(?:\s+\S+)?)$/i.exec(who)?.[1];
    const headed = (words: string) => isTitle(words.split(/[\s-]+/).at(-1)!) || /\s(?:boss|head|chief|leader|official|exec)$/i.test(` ${words}`);
    const nameLike = office && isTitle(office[1]!.split(/[\s-]+/).at(-1)!) ? `${office[1]} of ${office[2]!.replace(/^who$/i, '')}` : whoOffice && headed(whoOffice) ? whoOffice : who;
    // ("the law professor on …": a word of a topic before an office says whose office it is.)
    const endsInOffice = isTitle(nameLike.split(/\s+/).at(-1)!) && !NOT_A_NAME.test(nameLike.replace(OF_A_TOPIC, ' '));
    if (frame.flags.includes('u') && frame !== DESCRIBED_ASK && ((NOT_A_NAME.test(nameLike) && !endsInOffice) || ASKED_AFTER.test(question))) continue;
    // ("did greta accuse world leaders of anything": "of anything" asks whether, not about what.)
    // ("what has carrie lam said publicly about …": how she said it is no word of the topic.)
    const rest = q
      .slice(match.index + match[0].length)
      .replace(/(?:(?:^|\s+)(?:anyone|anybody|someone|somebody))?(?:^|\s+)(?:of|for|about|on|over)\s+(?:anything|something)\s*$/i, '')
      .replace(/^\s*(?:publicly|privately|openly|officially|recently|previously|earlier|later|exactly|specifically|actually|really)\s+(?=(?:about|on|regarding|over|after|when)\s)/i, ' ');
    // "what did the pope ask for": a dangling preposition is no topic.
    // A frame that ends with its preposition ("pelosi's take on …", "spano on …") leaves the
    // topic whole, even where it has another ("… vote and on the senate trial").
    const own = /\b(?:on|to|about|regarding|after|over)\s*$/i.test(q.slice(0, match.index + match[0].length)) || frame === SAYING_SHORTHAND;
    // "when does mcconnell want the senate trial to start": what they want to happen is the
    // topic, not only the verb after "to".
    const asked = q.slice(0, match.index + match[0].length);
    const wanted = WANTING.test(asked) ? WANTED.exec(rest) : null;
    // "what did the council member accuse kabul of covering up": whom they charged is the topic
    // as much as the charge.
    const charged = CHARGING.test(asked) ? CHARGED.exec(rest) : null;
    // "was tedros worried countries werent doing enough about covid": a mood's clause is the
    // topic whole, not only its last "about".
    // ("what did qandeel baloch say her husband did to her": likewise what is said.)
    const feared = (MOODY.test(asked) || SAID_CLAUSE.test(asked) || SIDED.test(asked)) && !/^\s*(?:about|on|over|by|with|at|for|of|to|regarding|after|when|because|since|if|in|during|before|following|as|and|or|this|last|next|today|yesterday|recently|earlier|later|then|once|again|first|back)\b/i.test(rest) && /\S\s+\S/.test(rest.trim()) ? rest.replace(/^\s*that\s+/i, '') : undefined;
    // ("did kipchoge say anything after the race": what he said is no word of the topic.)
    // ("pelosi reacting to the vote", "bolsonaro hitting back at macron": what she reacted to is the topic.)
    const replied = frame === SAYING_SHORTHAND && /(?:reacting|responding|replying|reacts|responds|replies|back|out)\s*$/i.test(asked) ? rest.replace(/^\s*(?:to|at)\s+/i, '') : rest;
    // ("what did people say when the thai princess tried to run for pm": the whole of what
    // happened, not only what follows its "to"; "when asked about the wall" is the wall.)
    const happened = /^\s*(?:when|while|as|once)\s+(?!(?:asked|questioned|pressed|interviewed)\b)((?:\S+\s+){2,}\S+)$/i.exec(rest)?.[1];
    // ("what did minnis say after the hurricane about the deaths": when is the story's too.)
    const timed = /^\s*((?:after|before|following|during)\s+\S.*?)\s+(?:about|regarding|concerning)\s+(\S.*)$/i.exec(rest);
    // ("was the mother relieved by the sentence", "how frustrated was the mayor that …": what
    // the mood was at, without its preposition.)
    const moodAt = MOODY.test(asked) || MOOD_FIRST.test(asked) ? rest.replace(/^\s*(?:by|with|at|that)\s+(?=\S)/i, '') : rest;
    const told = clean(own ? replied.replace(QUOTES_AGAIN, '') : wanted ? `${wanted[1]} ${wanted[2]}` : charged ? `${charged[1]} ${charged[2] ?? ''}` : (feared ?? happened ?? (timed ? `${timed[2]} ${timed[1]}` : undefined) ?? TOPIC_AFTER.exec(moodAt)?.[1] ?? moodAt.replace(/^\s*(?:for|of|in|at|with)\s*$/i, ''))).replace(/^(?:anything|something)\s+(?:(?:about|on|regarding|over)\s+)?(?=\S)/i, '');
    if (someone) return { speech: true, ...someone, topic: `${someone.topic} ${told}`.trim() };
    // "the critics of the wall", "survivors of the shooting": a group, and words of the topic.
    const ofStory = /^(.+?)\s+(?:of|from|to|at|in)\s+(.+)$/i.exec(who);
    // (Not "the team leader of lost 52 project": one holder of an office, whom whoIsAsked finds.)
    const oneHolder = ofStory !== null && /\s/.test(ofStory[1]!.trim()) && isTitle(ofStory[1]!.trim().split(/\s+/).at(-1)!);
    if (ofStory && GROUP.test(ofStory[1]!) && !oneHolder) return { speech: true, topic: `${ofStory[2]} ${told}`.trim(), ...groupOf(ofStory[1]!) };
    if (GROUP.test(match[1]!.trim()) || GROUP.test(who)) return { speech: true, topic: told || q, ...groupOf(who) };
    // "what did a student there say": someone described, not named; the words of the topic.
    if (/^(?:an?|one)\s/i.test(match[1]!.trim())) return { speech: true, topic: `${who} ${told}`.trim() };
    // "what was macron's amazon tweet": whose, then what it was about (not "spanton's
    // lawyer" or "harry dunn's mother", who are someone of theirs).
    const whose = /^\s*(?:so\s+|and\s+)?what\s+(?:was|is)\s/i.test(match[0]!) ? /^([\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+)?)['’]s\s+([\p{L}\s-]+)$/u.exec(who) : null;
    const whoseLast = whose?.[2]!.split(/\s+/).at(-1) ?? '';
    if (whose && !isTitle(whoseLast) && !isPeopleWord(whoseLast) && !KIN_WORDS.test(whoseLast)) return { speech: true, speaker: whose[1]!, topic: clean(`${whose[2]} ${told}`) };
    // "what was bolton's side of the story": no topic but the person.
    const topic = told || (/^\s*$/.test(rest) ? who : q);
    // "the kurds", "the democrats": a people or a party, words of the topic.
    // (A party's members are whose words, never a name typed one slip off: "the tories" are
    // no Torres.)
    if (isPartyWord(who) && told) return { speech: true, topic: told, group: who.toLowerCase() };
    // ("the two women mps", "the female senators": holders of an office, however many and
    // whichever sex, as "the mps" are.)
    const counted = /^(?:(?:two|both|three|four)\s+)?(?:(?:women|female|male)\s+)?([\p{L}-]+s)$/iu.exec(who);
    if (/^the\s/i.test(match[1]!) && counted && (counted[1] === who || isTitle(counted[1]!.replace(/s$/i, '')))) return { speech: true, topic: `${counted[1]} ${told}`.trim() };
    return frame.flags.includes('u') ? { speech: true, speaker: who, topic, guessed: true } : { speech: true, speaker: who, topic };
  }
  // "boris's do or die brexit quote from when he became pm", "pelosi's statement from when the
  // inquiry began": their words, on the words around what their words are called.
  // (Not "ginger baker's quote", below: theirs, whatever they said.)
  const ownedOn = /^\s*(?:the\s+)?([\p{L}.&-]+(?:\s+[\p{L}.&-]+){0,3}?)['’]s?\s+((?:[\p{L}\d'’‘“”"-]+\s+){0,8}?)(?:quotes?|quotations?|words|lines?|one-liners?|remarks|statements?|tweets?)(?:\s+(?:from|about|on|regarding|over|at|during|in)\s+(.+?))?\s*$/iu.exec(q);
  if (ownedOn && !NOT_A_NAME.test(ownedOn[1]!) && !GROUP.test(ownedOn[1]!) && (ownedOn[2] || ownedOn[3])) {
    // (Words that say which of their words, not on what: "own", "most famous", "strongest".)
    const words = ownedOn[2]!.replace(/(?<!\p{L})(?:exact|own|full|actual|real|whole|original|official|written|famous|best|worst|top|latest|first|last|most\s+\p{L}+|strongest|warmest|angriest|harshest|biggest|toughest|boldest|sharpest|bluntest|wildest|craziest|funniest|saddest|kindest)\s+/giu, '');
    return { speech: true, speaker: ownedOn[1]!, topic: clean(`${words}${(ownedOn[3] ?? '').replace(/^(?:when|while|as|after)\s+/i, '')}`) || ownedOn[1]! };
  }
  // "erdogan hagia sophia quote?": voices, with the name left in the topic.
  // ("hotel fire - any quotes?", "the verdict: reactions".)
  // ("hurricane lorenzo azores warnings", "turpin children statements at sentencing".)
  // ("the manchester arena inquiry report came out. any reactions": voices, on what came before.)
  if (/^(?:any|some|more|the|a)?\s*(?:quotes?|comments?|reactions?|remarks|responses?|statements?|tributes?)$/i.test(q)) return { speech: true, topic: q };
  const tail = TAIL.exec(q);
  // ("who praised the nurses during covid, quotes pls": a question that asked already.)
  const askedFirst = tail && !tail[2] && /^\s*who\s/i.test(tail[1]!) ? parseQuestion(tail[1]!) : undefined;
  if (askedFirst?.speech) return askedFirst;
  // ("the polish health minister when adamowicz died, quote?": whom, then on what, as "pelosi on the wall" is.)
  const whoOn = tail && !tail[2] ? /^(?:the\s+)?((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(?:when|after|on|about|over)\s+(\S.*)$/iu.exec(tail[1]!) : null;
  if (whoOn && !NOT_A_NAME.test(whoOn[1]!) && !GROUP.test(whoOn[1]!)) return { speech: true, speaker: whoOn[1]!, topic: whoOn[2]!, guessed: true };
  // ("any quotes" alone, after "the mockumentary, ": no topic of its own.)
  // (Not "what were the election numbers": a fact asked for, which the articles tell.)
  const factAsked = tail && /^(?:what|who|how|which|were|was|are|is|did|does|do)\b/i.test(tail[1]!) && /\b(?:figures|numbers|stats|statistics)\b/i.test(q.slice(tail[1]!.length));
  if (tail && !factAsked && !/^(?:any|some|the|more|other|all|new|latest)$/i.test(tail[1]!) && !(tail[2] && /^(?:what|who|how|were|was|are|is)\b/i.test(tail[1]!))) return { speech: true, topic: tail[2] ? `${tail[1]} ${tail[2]}` : tail[1]! };
  // "voices from …", "tributes to …", "any statements on the drone strike", "citations on …".
  const voices = /^\s*(?:the\s+|any\s+|some\s+)?(?:voices?\s+(?:from|on|about|of|in)|(?:tributes?|condolences)\s+(?:to|for|after|when|following)|(?:(?:an?\s+)?quotes?|quotations?|citations?|opinions|thoughts|views|statements|comments|reactions|remarks|tweets|posts)\s+(?:on|about|regarding|over|to|after|following|(?:from\s+)?when|during))\s+(.+)$/i.exec(q);
  if (voices) return { speech: true, topic: clean(voices[1]!) };
  // "how was the verdict received": its reception is people's words.
  const received = /^\s*how\s+(?:was|were|is|are|has|have)\s+(.+?)\s+(?:been\s+)?received\b/i.exec(q);
  if (received) return { speech: true, topic: received[1]! };
  // "notre dame fire - who said what", "witnesses to the shooting - what did they say": the
  // voices asked for after the topic, which clean() took off.
  if (!SPEECH.test(q) && !WHO_MOOD.test(q) && ASKED_AFTER.test(question)) return { speech: true, topic: q };
  if (SPEECH.test(q) || WHO_MOOD.test(q)) {
    // "who criticized trump over syria", "who said the amazon was burning": all that follows
    // the verb is the topic, "about" and the like aside.
    // ("who has been talking about …", "who has commented on …": after its auxiliary.)
    const who = new RegExp(`^\\s*(?:who|did\\s+(?:anyone|anybody|someone|somebody))\\s+(?:(?:has|have)\\s+(?:been\\s+)?(?=\\w+\\s+\\S)|had\\s+been\\s+)?(?:(?:was|were|is|are|gets|got)\\s+(?:quoted|interviewed)|(?:weighed|chimed)\\s+in|spoke\\s+out|brought\\s+up|pointed\\s+out|(?:hit|fired|pushed)\\s+back|lashed\\s+out|doubled\\s+down|${MOOD}|\\w+)\\s+(?!what\\b)(.+)$`, 'i').exec(q);
    // ("did anyone blame anyone for …": no one of the topic.)
    // ("who took responsibility for the attack", "who declined to comment on the crash".)
    // ("who said that enough is enough": what they said, without "that".)
    // (Not "who was quoted", "who has been quoted": the ask alone, which no frame here reads.)
    const aimed = AIMED_AT.exec(q)?.[1];
    const aimedAt = aimed && !NOT_A_NAME.test(aimed) && !GROUP.test(aimed) ? { aimedAt: aimed } : {};
    if (who && !/^(?:been\s+)?(?:quoted|interviewed|commented|said|spoken|reacted|responded|talked)$/i.test(who[1]!.trim())) return { speech: true, ...aimedAt, topic: clean(who[1]!.replace(aimed ? ACCOUNT_AIMED_AT : /$^/, ' on ').replace(/^(?:responsibility\s+for|to\s+(?:comment|speak|talk)(?:\s+(?:on|about))?|that|(?:something|stuff|words?)\s+(?:like|along\s+the\s+lines\s+of))\s+/i, '').replace(/^(?:anything\s+|something\s+|anyone\s+|anybody\s+|someone\s+|somebody\s+)?(?:about|on|regarding|over|concerning|of|with|by|at|to|for)\s+/i, '')) || q };
    const tail = /\b(?:about|on|regarding|over|to|concerning|of|after|following|when)\s+(.+)$/i.exec(q.replace(/^.*?\b(?:said\s+what|reactions?|responses?|quotes?|comments?|saying|warning|claiming|arguing|say|think)\b/i, ''));
    return { speech: true, topic: clean(tail?.[1] ?? q) || q };
  }
  const toWhom = officeTo(q);
  if (toWhom) return toWhom;
  // "another typhoon at christmas, the disaster official compared it to haiyan?": the ask
  // after a lead-in and a comma, where the whole asks for no one's words.
  const comma = /^(.{3,}),\s+(.{3,})$/.exec(plain(question).trim());
  if (comma && parseQuestion(comma[2]!).speech) return withLeadIn(clean(comma[1]!), comma[2]!);
  return { speech: false, topic: q };
}

/**
 * Chat's "the turpin judge to the parents": an office, then "to" and whom its holder spoke to,
 * asks for their words to them. Not an office whose "to" is its own ("the us ambassador to
 * germany"), nor words that ask anything else.
 */
function officeTo(q: string): ParsedQuestion | undefined {
  const to = /^\s*(?:the\s+)?((?:[\p{L}'’.&-]+\s+){0,3}?([\p{L}'’.&-]+))\s+to\s+((?:the|his|her|their)\s+\S.*|\p{L}\S*(?:\s+\S+)?)$/iu.exec(q);
  if (!to || !isTitle(to[2]!) || OFFICE_TO.test(to[2]!) || NOT_A_NAME.test(to[1]!.replace(OF_A_TOPIC, ' ')) || /\b(?:what|who|how|why|when|where|which)\b/i.test(to[3]!)) return undefined;
  return { speech: true, speaker: to[1]!, topic: to[3]!, guessed: true };
}
// Offices whose "to" is their own: "the ambassador to germany", "the envoy to the un".
const OFFICE_TO = /^(?:ambassador|envoy|adviser|advisor|delegate|representative|secretary|minister|emissary|attaché|consul)$/i;

/**
 * A question and a short one after it that asks the same of someone else, or of the same
 * one on something else, as one question: "what did cooper say about the prorogation? and
 * hammond?" is "what did cooper and hammond say about the prorogation"; "…about the syria
 * pullout? and when cummings died?" is "…about the syria pullout and then when cummings died".
 */
function withFollowUp(question: string): string | undefined {
  // (Two sentences, or a comma and "and": not "e. coli", whose full stop ends none.)
  const said = sentences(question.trim());
  const split = said.length === 2 ? [said[0]!, said[1]!] : /^(.{8,}?\S)\s*,\s*(?:and|also|plus|&)\s+(\S.{1,60}?)\s*[?!.]*\s*$/i.exec(question.trim())?.slice(1);
  if (!split) return undefined;
  const first = split[0]!.trim();
  const then = split[1]!.trim().replace(/^(?:(?:and|also|plus|&)\s+)/i, '').replace(/\s*[?!.]+$/, '').replace(/\s+(?:too|as\s+well|also)$/i, '');
  const asked = parseQuestion(first);
  if (!asked.speech || !asked.speaker || asked.group || asked.except) return undefined;
  // (…on something else: "and about harry dunn?", "and when cummings died?".)
  const topic = /^(?:(?:what|how)\s+about\s+)?((?:about|on|regarding|over|when|after|during|following)\s+\S.*)$/i.exec(then)?.[1];
  if (topic) return `${first.replace(/[?!.,\s]+$/, '')} and then ${topic}`;
  // (…of someone else: "and hammond?", "what about pompeo?", "putin too?", "and bolsonaro's
  // reply?", "and how did joshua wong respond?", "did the victims' group guy agree?".)
  const who =
    /^(?:(?:what|how)\s+about\s+)?(?!(?:how|what|why|did|does|who)\s)((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+?)(?:['’]s?\s+(?:reply|response|reaction|take|side|view|answer))?$/iu.exec(then)?.[1] ??
    /^(?:how|what)\s+(?:did|does)\s+((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(?:say|respond|react|reply|think)$/iu.exec(then)?.[1] ??
    /^did\s+((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(?:agree|disagree|respond|react|reply|comment)$/iu.exec(then)?.[1];
  // (A name, not a voice with its own topic: "…, and khamenei about suleimani"; nor "he" of
  // "trump on greenland??? what did he say", nor an ask of its own: "manafort said sorry.
  // the judge replied"; nor what the asker heard was said: "…? he took responsibility?".)
  if (!who || NOT_A_NAME.test(who.replace(/^the\s+/i, '')) || /^(?:he|she|they|it|him|her|them|you|u|i|we)(?:$|\s)/i.test(who) || /\s(?:about|on|regarding|over|when|after|to|for|in|at|with|from)\s/i.test(` ${who} `) || isSmallTalk(who) || CHAT_LAST_WORD.test(who)) return undefined;
  const own = parseQuestion(then);
  if (own.speech && own.speaker !== undefined && own.speaker !== who) return undefined;
  // (The same one asked again is no second voice: "was schiff more dismissive …? what did schiff say".)
  if (who.toLowerCase() === asked.speaker.toLowerCase()) return undefined;
  return `what did ${asked.speaker} and ${who} say about ${asked.topic}`;
}

// "not sure - …", "not really, …": chat's not, before no one.
const NOT_HIM_CHAT = /^(?:sure|really|exactly|quite|certain|kidding|joking|much|yet|now|again|bad|good|great|that|this|it|so|too|even|only|just|me|you|u|i|a|an|any|all|one|to|in|on|for|from|about|yes|no|ok|okay|gonna|going|trying|asking|saying)\b/i;

/** Every voice but one asked for: the question without the one, and whose they are. */
function allBut(question: string): { asked: string; who: string } | undefined {
  const first = /^\s*(?:other\s+than|besides|apart\s+from|aside\s+from|except(?:\s+for)?|excluding|not\s+counting)\s+(.{2,40}?)\s*,\s*(\S.*)$/i.exec(question);
  if (first) return { asked: first[2]!, who: first[1]! };
  // ("not trump's version - what did bolton say …", "not pelosi: what did schumer say …")
  const notHim = /^\s*not\s+(.{2,40}?)(?:['’]s?\s+(?:version|side|take|account|words|view))?\s*[-–—:,]\s*(\S.*)$/i.exec(question);
  if (notHim && !NOT_HIM_CHAT.test(notHim[1]!) && !NOT_A_NAME.test(notHim[1]!.replace(/^the\s+/i, ''))) return { asked: notHim[2]!, who: notHim[1]! };
  // "who else besides bolsonaro talked about the amazon fires": who, without the one.
  const whoBut = /^\s*who\s+(?:else\s+)?(?:besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?|excluding|but)\s+(.{2,40}?)\s+((?:said|says|spoke|speaks|talked|talks|commented|comments|reacted|responded|weighed|chimed|was|were|has|have|had|gave|paid|tweeted|wrote|criticized|criticised|praised|called|warned|blamed|defended)\b.*)$/i.exec(question);
  if (whoBut) return { asked: `who ${whoBut[2]}`, who: whoBut[1]! };
  const everyone = /^\s*(?:every(?:one|body)|any(?:one|body)|all|others?)\s+(?:except(?:\s+for)?|but|other\s+than|besides|apart\s+from)\s+(.{2,40}?)\s+(?:on|about|regarding|over)\s+(\S.*)$/i.exec(question);
  if (everyone) return { asked: `who commented on ${everyone[2]}`, who: everyone[1]! };
  // (Not "…other than it being big": no one's name.)
  const last = /^(.*\S)\s*,?\s+(?:but\s+)?(?:not\s+(?:from|by)|except(?:\s+for)?|excluding|other\s+than|besides|apart\s+from|aside\s+from)\s+((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s*[?.!]*$/iu.exec(question);
  if (last && !/^(?:it|that|this|those|these|them|him|her|the\s+fact)\b/i.test(last[2]!) && !NOT_A_NAME.test(last[2]!.replace(/^the\s+/i, ''))) return { asked: last[1]!, who: last[2]! };
  return undefined;
}

// Voices asked for after their topic: "erdogan hagia sophia quote", "hotel fire - any
// quotes?", "turpin children statements at sentencing", "the hurricane center forecast".
// ("samoa measles figures, during the shutdown and then …": the figures people gave, which
// the articles give as someone's.)
const TAIL = /^(.+?)(?:\s*[-–—:,]\s*(?:any\s+|some\s+)?|\s+)(?:quotes?|comments?|reactions?|remarks|responses?|statements?|warnings?|tributes?|words|voices|tweets?|posts?|forecasts?|predictions?|figures|numbers|stats|statistics)(?:,?\s+((?:at|after|during|following|before)\s+.+))?$/i;

// A body the lead-in named, asked for again by what it is: "pg&e cuts power. what did the
// company say" asks for PG&E, whose name the story's words hold.
const BODY = /^(?:company|firm|utility|agency|ministry|department|government|club|team|airline|court|council|university|school|hospital|police|army|military|network|paper|newspaper|white\s+house|palace|kremlin)$/i;
// Words that point back to the lead-in and hold nothing of their own: "what does zelensky
// want from them", "the times reporter said what about it".
const POINTS_BACK = /^(?:(?:from|to|about|on|of|for|with|at|say|said|it|this|that|him|her|them|his|their|its|he|she|they|there|then|himself|herself|themselves|itself)\s*)*$/i;

// Whom a lead-in tells of: the words before its verb ("the pope went to …", "puerto rico
// governor quit …", "pelosi didn't like …").
const SUBJECT = /^\s*(?:the\s+)?((?:[\p{L}'’.&-]+\s+){0,3}?[\p{L}'’.&-]+)\s+(?:(?:did|does|do|was|were|is|are|has|have|had|would|could|can|wo)n['’]?t|never|is|was|has|had|went|quit|won|lost|came|left|got|made|took|gave|told|said|met|ran|flew|sailed|caught|spoke|wrote|\p{L}{2,}ed)\b/iu;

// Someone's kin asked for by a pronoun ("what did his girlfriend say"), and a time told by
// someone ("when zamperoni died", "after mandela's funeral"): whose kin the pronoun means.
const POSSESSED_KIN = /(?<=(?:^|\b(?:did|does|do|has|have|had|from|by|was|were|is|are))\s*)\b(his|her|their)\s+(family|relatives|parents|mother|mum|mom|father|dad|wife|husband|son|daughter|brother|sister|lawyer|attorney|fianc[ée]e?|widow|widower|girlfriend|boyfriend|partner|children|kids)\b/i;
const TIME_TOLD = /\b((?:when|after|before|once|while|since)\s+[^,?.!]+)/i;

// Someone's death, arrest or the like, by which a time is told: "zamperoni's death".
const OWNED_EVENT = /^(?:the\s+)?((?:[\p{L}.-]+\s+)?[\p{L}.-]+)['’]s\s+(?:death|murder|killing|arrest|funeral|resignation|election|sentencing|conviction|trial|release|disappearance|passing)\b/iu;

// Words that say whether "he" or "she" can stand for someone.
const FEMALE = /\b(?:princess|queen|woman|mother|mom|mum|wife|widow|sister|daughter|girl|lady|actress|aunt|niece|grandmother|fiancee|fiancée|girlfriend)\b/i;
const MALE = /\b(?:prince|king|man|father|dad|husband|widower|brother|son|boy|guy|actor|uncle|nephew|grandfather|boyfriend)\b/i;

/** The ask after a lead-in (of one sentence or `several`): its speaker, if it names one, on the lead-in's story and its own words. */
function withLeadIn(leadIn: string, asking: string, several: readonly string[] = [leadIn]): ParsedQuestion {
  const asked = parseQuestion(asking);
  const whole = clean(plain(asking));
  // ("… hong kong has become what, according to her": the question word is no word of it.)
  const own = asked.topic === asked.speaker || asked.topic === whole || POINTS_BACK.test(asked.topic) ? '' : asked.topic.replace(/\s*\b(?:what|how|who|why)\b/gi, '').trim();
  const topic = `${leadIn} ${own}`.trim();
  const { speaker, guessed: _, ...rest } = asked;
  const kin = speaker ? /^(?:his|her|their)\s+(\S.*)$/i.exec(speaker)?.[1] : undefined;
  // (A lead-in about the same one gives its topic, not its words about them: "was schiff
  // more dismissive than durbin about the emergency? what did schiff say".)
  const told = speaker !== undefined ? parseQuestion(leadIn) : undefined;
  const ownLead = told?.speech && told.speaker?.toLowerCase() === speaker?.toLowerCase() && told.topic !== told.speaker ? `${told.topic} ${own}`.trim() : topic;
  if (speaker !== undefined && !kin && !/^(?:he|she|they|it|its)\b/i.test(speaker) && !BODY.test(speaker)) return { ...asked, topic: ownLead };
  // "kosgei broke the record. radcliffe reaction": whom the shorthand names, on the story.
  // One word is a name, and "… trudeau's reaction?" says the library never quotes him;
  // more may be an office the articles give another way ("… sdf spokesman quote"): whom
  // the articles describe so goes first, and its words search the story.
  const shorthand = speaker === undefined && !asked.group ? TAIL.exec(whole) : null;
  const who = shorthand?.[1]!.replace(/^the\s+/i, '').replace(/['’]s?$/, '');
  if (who && !shorthand![2] && asked.topic === shorthand![1] && !NOT_A_NAME.test(who) && !GROUP.test(who) && !BODY.test(who)) {
    return /\s/.test(who) ? { speech: true, topic: `${leadIn} ${who}`, group: who } : { speech: true, speaker: who, topic: leadIn };
  }
  // ("… i think it was ouellet? what did he say": whom the reader names as the one they mean,
  // in a sentence of its own; the other sentences tell the story.)
  const recalled = speaker === undefined && /\b(?:he|she|they|him|her|them)\b/i.test(asking) ? [...several].reverse().find((sentence) => isRecalledName(IT_WAS.exec(sentence)?.[1])) : undefined;
  if (recalled) return { speech: true, speaker: IT_WAS.exec(recalled)![1]!, topic: `${several.filter((sentence) => sentence !== recalled).join(' ')} ${own}`.trim(), guessed: true };
  // ("mugabe always said only god could remove him? the quote": the lead-in asks, whose
  // words the bare ask only asks for again.)
  const named = parseQuestion(leadIn);
  // ("they found water on k2-18b. cloutier said it's not certain, right? what did he say":
  // of several sentences, the nearest that names someone, on the others' story too.)
  const each = several.length > 1 ? several.map((sentence) => parseQuestion(sentence)) : [];
  const at = each.map((one) => one.speaker !== undefined && !one.group).lastIndexOf(true);
  const nearest = at >= 0 ? { ...each[at]!, topic: clean([...several.filter((_, i) => i !== at), each[at]!.topic].join(' ')) } : undefined;
  // ("who attacked boris over parliament? quotes pls", "was the nsw law criticized by anyone?
  // quotes pls": likewise, whoever it asks for.)
  // (Not an ask of its own for everyone's words: "my teacher mentioned chernobyl. who was quoted
  // about it?" is no question of the teacher's.)
  if (speaker === undefined && !asked.group && !own && named.speech && !/^\s*who\s+(?:was|were|got|has|have)\s+quoted\b/i.test(plain(asking))) return nearest ?? named;
  if (!/\b(?:he|she|his|her|him)\b/i.test(asking)) return { ...rest, topic };
  // "trump on greenland??? what did he say": whom "he" stands for, on the story: whom the
  // ask tells of before it ("yvette cooper was furious, what did she say"), or the lead-in
  // names, or it tells of ("the pope went to iraq, anything he said there"); if the library
  // quotes them; the story's voices if not.
  const before = /^([^,]+),\s+(?=.*\b(?:he|she)\b)/i.exec(asking)?.[1];
  // ("the woman who heads the anti racism group in toronto, her take on mcarthur".)
  const someone = describedAs(leadIn);
  if (someone && !kin) return { speech: true, ...someone, topic: `${someone.topic} ${own}`.trim() };
  const candidate = (before && subjectOf(before)) ?? nearest?.speaker ?? (named.speaker && !named.group ? named.speaker : undefined) ?? subjectOf(leadIn);
  // ("the thai princess ran for pm and the king objected. his statement": not hers.)
  const male = /\b(?:he|his|him)\b/i.test(asking);
  const whom = candidate && !(male ? FEMALE : MALE).test(candidate) ? candidate : undefined;
  // ("qandeel baloch was murdered. what did her brother admit": the kin of whom it tells of.)
  if (whom && kin) return { speech: true, speaker: `${whom}'s ${kin}`, topic, guessed: true };
  if (whom === named.speaker && whom) return { ...named, topic: `${named.topic} ${own}`.trim() };
  if (whom && !kin) return { speech: true, speaker: whom, topic, guessed: true };
  // "his words when resigning", "what did the company say": the story's voices.
  return { ...rest, topic };
}

// Whom a reader names as the one they mean, in a sentence of its own: "i think it was ouellet",
// "pretty sure it was the cardinal", "was it tusk?". (Not "it was awful": a judgement.)
const isRecalledName = (name: string | undefined): name is string => name !== undefined && !NOT_A_NAME.test(name) && !GROUP.test(name) && !JUDGED.test(name);
const JUDGED = new RegExp(`^(?:${JUDGEMENT})$`, 'i');
const IT_WAS = /^\s*(?:(?:i\s+think|i\s+believe|maybe|probably|pretty\s+sure|i['’]m\s+pretty\s+sure)\s+)?(?:it\s+was|it['’]s|was\s+it|that\s+was)\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s*[?.!]*\s*$/iu;

// Someone of someone's: "harry dunn's mother", "spanton's lawyer", "boris's camp".
const KIN_WORDS = /\b(?:family|relatives|parents|mother|mum|mom|father|dad|wife|husband|son|daughter|brother|sister|lawyer|attorney|friends?|fiancée?|widow|widower|children|kids|team|office|camp|government|staff|spokes\w+)$/i;

// Someone doing something: "trump firing bolton", "erdogan wanting a mosque" (not "the el
// paso shooting", whose "-ing" word names what happened).
const DOING = /^((?:[\p{L}'’.&-]+\s+){0,2}?[\p{L}'’.&-]+)\s+(?!(?:shooting|bombing|meeting|building|hearing|ruling|wedding|landing|sentencing|briefing|opening|killing|stabbing|uprising|warning|funding|spending|housing|training|morning|evening|during|following|according|being)\b)\p{L}{3,}ing\s+\S/iu;

function subjectOf(text: string): string | undefined {
  // ("when zamperoni died", "after zamperoni's death": whom the time is told by.)
  const clause = text.replace(/^\s*(?:when|after|before|once|while|since)\s+/i, '');
  const subject = SUBJECT.exec(clause)?.[1] ?? (clause !== text ? OWNED_EVENT.exec(clause)?.[1] : undefined);
  return subject && !NOT_A_NAME.test(subject) && !GROUP.test(subject) ? subject : undefined;
}

/** A match of "(topic) according to (who)" as one of "according to (who), (topic)". */
function swap(match: RegExpExecArray | null): [string, string, string] | null {
  return match ? [match[0], match[2]!, match[1]!] : null;
}
