import { titleSpelled } from '../quotes/index.ts';
import { isEnglishWord } from '../library/index.ts';
import { ASK_HEDGE, EMOJI, unslipped } from './chat-asides.ts';
import { slangSpoken } from './speech-slang.ts';
import { asFigureAsked } from './figure-asked.ts';
import { asQuoteRequest } from './quote-request.ts';
import { asWordsAskedOtherwise } from './words-asked-otherwise.ts';
import { unwrapped } from './unwrap-question.ts';
import { OWN_ADJECTIVES, OWN_WORDS, REACT, SAY, SAYING, VIEW } from './speech-words.ts';
import { countryOfPeople } from './topic-names.ts';
import { lookupTable } from '../lookup-table.ts';

/**
 * A question as chat types it, put in plain form before any frame reads it: chat spellings,
 * politeness, emoji, how a reader opens or points at a story. Nothing here decides who is asked.
 */

/** A topic's words without what only asks again ("…, what did they say?") or ends a chat line ("lol"). */
export function clean(text: string): string {
  // "…, and what did they say?" asks again for the voices: not part of the topic.
  // ("who reacted to the fire and how": "and how" too.)
  // ("notre dame fire - who said what": after a dash as well.)
  // ("… about the flight so far": how recent is no word of the topic.)
  // ("… the shutdown lol", "… the wall tho", "…, right?": chat's last words are no topic.)
  return text
    // ("re: the african free trade zone — what did sisi say": the mark of a topic is none of its words.)
    .replace(/^\s*re:\s*/i, '')
    // ("the latest on navalny", "any news on the strike": asking for what is new is no word of
    // it; which words are newest is the answer's order, orderAsked.)
    .replace(/^\s*(?:(?:the|any)\s+)?(?:(?:very\s+)?latest|news|updates?)\s+(?:on|about|regarding)\s+(?=\S)/i, '')
    // ("that time iraq voted to expel us troops", "the one where somebody nicked a gold
    // toilet": how a reader points at a story is no word of it.)
    .replace(/^\s*(?:(?:remember|you\s+know|recall)\s+)?(?:that|the)\s+(?:time|one|story|bit|day)\s+(?:where|when|that|in\s+which)\s+(?=\S)|^\s*(?:(?:remember|you\s+know|recall)\s+)?(?:that|the)\s+time\s+(?=\S)/i, '')
    .replace(/(?:\s*,\s*right|\s+right(?=\s*\?+\s*$)|[\s,]+(?:lol|lmao|lmfao|haha+|tho|though|btw|again|exactly|yet|at\s+all|or\s+not|or\s+(?:oppose|support|back|reject|endorse)\s+(?:it|them)|or\s+against\s+(?:it|them)|or\s+what|or\s+something|and\s+stuff|anyways?|rn|if\s+anything|idk|smh|fr|ngl|tbh|imo|bruh|asap|each\s+time|both\s+times|every\s+time))+\s*[?.!]*\s*$/i, '')
    .replace(/\s+(?:so\s+far|lately|recently|these\s+days|up\s+to\s+now|until\s+now|back\s+then|at\s+the\s+time)\s*[?.!]*\s*$/i, '').replace(/(?:,\s*(?:and\s+)?|\s+and\s+|\s+[-–—]+\s+|[?!]+\s+)(?:(?:what|who|how)(?:\s+(?:reasons?|excuses?|explanation|exactly))?\s+(?:did|do|does|was|were)\b.*|who\s+said\s+(?:what|it)\b.*|(?:what|how)\s*[?.!]*\s*)$/i, '')
    // ("… on twitter", "… to reporters", "… in his speech", "… at the press conference": where
    // it was said is no word of what it was about, and "twitter" would find tweets on anything.)
    .replace(VENUE, '')
    // ("… say in court in his own defense", "… at his press conference about the gun laws",
    // "… tell reporters after the verdict": where, and to whom, wherever it stands in the topic.)
    .replace(VENUE_WITHIN, '')
    .replace(/^\s*(?:the\s+)?(?:reporters|journalists|press|media|cameras)\s+(?=(?:after|when|about|on|at|during|following|before|as|over|regarding)\b)/i, '')
    // ("harry dunn's mum on tv about …": "on" read as the topic's.)
    .replace(/^\s*(?:tv|television|(?:the\s+)?radio|twitter|facebook|instagram|social\s+media)\s+(?:about|on|regarding|over)\s+(?=\S)/i, '')
    // ("notre dame reopened, anyone quoted?": the ask again.)
    .replace(/(?:,|\s+[-–—]+)\s*(?:anyone|anybody|someone|somebody|officials|experts|people|politicians|scientists)\s+(?:quoted|comment(?:ed)?|react(?:ed)?|respond(?:ed)?|say\s+anything|said\s+anything)\s*[?.!]*\s*$/i, '')
    // ("the wiranto stabbing — thoughts from anyone?": likewise.)
    .replace(/(?:,|:|\s+[-–—]+)\s*(?:any\s+)?(?:thoughts|words|comments|reactions|quotes|opinions|takes)\s+from\s+(?:anyone|anybody|someone|somebody|people|officials|experts)\s*[?.!]*\s*$/i, '')
    .replace(/[?.!,;:\s]+$/, '')
    .trim();
}

// Where something was said, after what it was about: "… on twitter", "… in an interview".
const VENUE =
  /(?:\s+|\s*,\s*)(?:on|in|at|to|via|during|over)\s+(?:twitter|x|facebook|instagram|tiktok|youtube|social\s+media|tv|television|(?:the\s+)?radio|reporters|journalists|the\s+(?:press|media|news|cameras)|(?:his|her|their|the|a|an|that|this)\s+(?:speech|statement|interview|press\s+conference|presser|news\s+conference|briefing|tweet|post|address|letter|video)s?)\s*[?.!]*\s*$/i;

// …and within it, where no word of a story reads so: "in court", "at a press conference", "in his statement".
const VENUE_WITHIN =
  /(?:^|\s+)(?:(?<!\b(?:appear\w*|went|go|goes|going|gone|taken|brought|due|faces?|faced|facing|back|up)\s+)in\s+court|(?:at|during|in)\s+(?:a|an|the|his|her|their|that|this)\s+(?:press|news)\s+(?:conference|briefing|release)|in\s+(?:a|an|his|her|their)\s+(?:(?:video|televised|written|radio|tv|facebook|instagram)\s+)?(?:statement|interview|letter|tweet|post|video|speech|address|op-ed|e-?mail))(?=\s|$)/gi;

// Someone described, asked for by who they are and what they said on something.
const WHO_IS_THE_ONE_QUOTED = /^\s*who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+((?:the\s+)?(?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(?:(?:who|that)\s+(?:talked|spoke|commented|weighed\s+in|(?:was|were|got)\s+quoted)|quoted)\s+(about|on|regarding|over)\s+(?=\S)/iu;
// Whom someone's words were for or about, asked of them: "who was schumer's plea aimed at",
// "who was durbin talking about when …", "who did X have in mind when …", "who did X offer
// his sympathy to …".
const WORDS_AIMED_AT = /^\s*who\s+(?:was|were|is|are)\s+((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}.&-]+?)['’]s?\s+(pleas?|remarks?|comments?|words|messages?|tweets?|statements?|criticism|warnings?|jabs?|digs?|letters?|speech(?:es)?)\s+(?:aimed|directed|meant|addressed)\s+(?:at|for|to)\s*[?.!]*\s*$/iu;
const TALKING_ABOUT_WHOM = /^\s*who\s+(?:was|were|is|are|did)\s+((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(?:talking|speaking|referring|writing|have\s+in\s+mind)(?:\s+(?:about|to|of))?(\s+(?:when|while|after|about|on|in)\s+\S.*?)?\s*[?.!]*\s*$/iu;
const GIVEN_TO_WHOM = /^\s*who\s+did\s+((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(?:offer|send|extend|express|give|pay)\s+(?:(?:his|her|their|its)\s+)?(?:sympathy|sympathies|condolences|thanks|tributes?|praise|support|apolog(?:y|ies))\s+to(\s+(?:after|when|over|following|for|about)\s+\S.*?)?\s*[?.!]*\s*$/iu;

const WAS_TALKING = /\bwho\s+(?:was|were)\s+(talking|speaking|commenting)\b/i;
// "who was first to report …", "who first said …": who did, the first of them among the rest.
const FIRST_TO = /\bwho\s+(?:(?:was|were)\s+(?:the\s+)?first\s+(?:(?:one|person|people|outlet|paper|source)\s+)?to\s+(say|report|announce|confirm|reveal|break|tweet|warn|comment|react|respond|speak|claim|predict|call)|(?:first|initially|originally)\s+(said|reported|announced|confirmed|revealed|broke|tweeted|warned|commented|reacted|responded|spoke|claimed|predicted|called))\b/i;
const FIRST_DONE: Record<string, string> = lookupTable({ say: 'said', report: 'reported', announce: 'announced', confirm: 'confirmed', reveal: 'revealed', break: 'broke', tweet: 'tweeted', warn: 'warned', comment: 'commented', react: 'reacted', respond: 'responded', speak: 'spoke', claim: 'claimed', predict: 'predicted', call: 'called' });

// Reactions by the news's nouns for a crowd of them: "outcry", "uproar", "fallout".
const OUTCRY = /(?<!\b(?:in|amid)\s+the\s+)\b(?:outcry|uproar|fallout|blowback)\s+(?:to|over|from|after|about|against|on|following)\s+(?=\S)/gi;

// One of several asked for by how many they are: "which of the two", "which one of the three".
const WHICH_OF_THEM = /\bwhich\s+(?:one\s+)?of\s+(?:the\s+|these\s+|those\s+)?(?:two|three|four|five|both|several|\d+)\s+(?=\p{L})/giu;
// Words asked for as words used: "used the phrase '…'", "use the term '…'".
const USED_WORDS = /\b(used|use|uses)\s+(?:the\s+)?(?:words?|phrases?|terms?|expressions?|line)\s+(?=['"‘“])/gi;
// Chat's wish to know, before the ask: "wanna know", "i'd like to see", "tryna find out".
const WANTS_TO_KNOW = /^\s*(?:i\s+)?(?:wanna|want\s+to|would\s+like\s+to|['’]d\s+like\s+to|need\s+to|gotta|got\s+to|tryna|trying\s+to|lemme|let\s+me)\s+(?:know|see|find(?:\s+out)?|hear|check|look\s+up)\s+(?=(?:what|who|how|which|whether|if)\b)/i;
// Hedges of words heard second-hand: "reportedly", "supposedly", "allegedly".
const HEARSAY = /\b(?:reportedly|allegedly|supposedly|apparently|purportedly|seemingly|ostensibly)\b,?\s+(?=\S)/gi;
// "what is X said to have said": what X said, as "what did X say" asks it.
const SAID_TO_HAVE = /\b(?:is|are|was|were)\s+((?:[\p{L}'’.&-]+\s+){0,5}?[\p{L}'’.&-]+)\s+(?:said|reported|alleged|believed|thought|understood)\s+to\s+have\s+(said|told|tweeted|written|called|warned|claimed|described)\b/giu;
const PLAIN_OF_PAST: Record<string, string> = lookupTable({ said: 'say', told: 'tell', tweeted: 'tweet', written: 'write', called: 'call', warned: 'warn', claimed: 'claim', described: 'describe' });

// When words came, padded as news pads it: "in the hours after", "in the wake of", "moments
// after"; "ahead of", "in the run-up to", "on the eve of".
const SOON_AFTER = /\b(?:in\s+the\s+(?:(?:first\s+)?(?:minutes|hours|days|weeks)\s+(?:after|following|since)|(?:immediate\s+)?(?:wake|aftermath)\s+of)|(?:(?:moments|minutes|hours)\s+)(?:after|following))\s+/gi;
const JUST_BEFORE = /\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[\s-]?up\s+to|leading\s+up\s+to|on\s+the\s+eve\s+of)\s+/gi;
// A statement issued, as news tells someone commenting.
const ISSUED_STATEMENT = /(\b(?:did|does|do|will|would|to)\s+(?:\S+\s+){0,3}?)?\b(?:issued?|issues|released?|releases|put\s+out|puts\s+out|published?|publishes)\s+(?:(?:a|an|any|some|their|his|her|its|the)\s+)?(?:(?:joint|written|formal|official|short|brief)\s+)?(?:statements?|press\s+releases?)\s+(?=(?:about|on|over|regarding|concerning|after|following|when|in\s+response\s+to)\s)/gi;
// "what" for "which", before people in the plural and what they did.
const WHAT_ONES_DID = /^(\s*)what(?=\s+(?:\p{L}+\s+){0,2}?(?:\p{L}+s|people)\s+(?:commented|spoke|reacted|responded|weighed\s+in|talked|(?:were|got)\s+quoted|critici[sz]ed|praised|condemned|welcomed|issued)\b)/iu;
// "first" before the first of several stories asked about in turn, after a comma.
const FIRST_ON = /\s*,\s*(?:first(?:ly)?|initially|at\s+first)\s+(?=(?:on|about|over|regarding|after|when)\s)/gi;

/** Politeness, which is no word of a topic or a name: "pelosi on the wall pls", "pls tell me …". */
export const POLITENESS = /(?:^|\s+)(?:pls|plz|please|thx|thanks|ty)\b[,!.:]?(?=\s|$)/gi;

// …emoticons typed as text say how, not what: "… lost in raqqa :)", "xD", "<3".
const EMOTICON = /(?<=^|\s)(?:[:;=8][-'^]?[()[\]dpo/\\|*3]+|<3+|xd+|\^_?\^)(?=$|\s|[?.!,])/gi;

// Patterns built from word lists once, not on every question (plain() runs several times per ask).
const THEIR_WORDS = new RegExp(`^\\s*(?:his|her|their)\\s+${OWN_ADJECTIVES}(?:${VIEW}|${OWN_WORDS}|quote|posts?|speech)\\b(?:\\s+(?:said|says)(?:\\s+what)?)?`, 'i');

// A claim put to be checked, before it ("is it true that", "fact check:", "someone told me",
// "correct me if i'm wrong but"; "i heard …" is read first, with whatever else a reader
// heard) and after it (", is that right", ", true?", "or am i making that up"). ("Can you
// confirm X said …" is "did X say …", quote-request.ts; "someone said …, was that X?" asks
// whose a line is, remembered-line.ts.)
// (…or its evidence asked for: "any proof that …", "where does it say …", "is there a quote
// proving …", "what quote backs up …".)
const CHECKED_FIRST = /^\s*(?:is\s+it\s+(?:true|correct|right|accurate)|correct\s+me\s+if\s+(?:i['’]?m|i\s+am)\s+wrong\s*,?(?:\s+but)?|fact[\s-]*check(?:ing)?\s*:?|some(?:one|body)\s+(?:told\s+me|swears|claims|claimed)|my\s+\w+\s+(?:told\s+me|says|said|swears|claims|claimed)|(?:is\s+there\s+)?(?:any\s+)?(?:proof|evidence)(?!\s+(?:of|for|in|on|to|about|from|against|is|was|were|are)\b)|where\s+does\s+it\s+say|(?:is\s+there\s+)?(?:a|any)\s+quote\s+(?:proving|showing|that\s+(?:proves|shows))|what\s+quote\s+(?:backs\s+up|proves|shows|supports))\s+(?:that\s+|the\s+claim\s+that\s+)?(?=\S)/i;
const CHECKED_LAST = /\s*[,–—-]?\s*(?:(?:is|was)\s+(?:that|this|it)\s+(?:true|right|correct|accurate)|(?:or\s+)?am\s+i\s+(?:making\s+(?:that|it|this)\s+up|wrong|misremembering)|true|yes)\s*[?.!]*\s*$/i;
// A tag after what the asker believes was said: ", didn't she?", ", right?", " didnt he lol",
// ", am i right", ", isn't that so". (A tag that is no negation needs its comma: "…, did
// they?", not "what did they".)
const TAG_QUESTION = /(?:,\s*(?:(?:did|does|do|was|were|is|are|has|have|had|would|will|could)(?:n['’]?t)?\s+(?:he|she|they|it|we|you|i)|right|no|yeah|yep|eh|correct|true|innit|or\s+not|am\s+i\s+right|(?:is|was)n['’]?t\s+(?:that|it)\s+(?:so|right|true))|\s+(?:did|does|do|was|were|is|are|has|have|had|would|will|could)n['’]?t\s+(?:he|she|they|it|we|you|i))(?:\s+(?:lol|lmao|haha))?\s*[?!.]*\s*$/i;
// Who a speaker may speak for: a body, an office, a people, a family ("who spoke for the police").
const SPOKEN_FOR = /^(?:famil(?:y|ies)|relatives|police|government|party|parties|authorities|officials|ministry|department|office|company|campaign|team|club|union|church|hospital|army|military|school|university|council|agency|service|firefighters|workers|victims|residents|protesters|opposition|administration|house|senate|congress|parliament|palace|kremlin|board|committee|group|organi[sz]ation|side|country|nation|people|staff|players|fans|students|court|city|state|region|province|community|industry|airline|firm|charity|movement|coalition|brigade|force|squad|crew)$/i;
// What someone pays, gives or sends in words: "the tribute obama paid to …".
const PAID = 'tributes?|condolences|compliments?|apology|apologies|warnings?|promises?|pledges?|praise|message|messages|assurances?|advice|thanks';
// Words for a quote, and what a quote did once said: "the line that made headlines".
const QUOTED_AS = 'quotes?|lines?|remarks?|statements?|tweets?|posts?|words|comments?|soundbites?';
const WHAT_IT_DID = String.raw`(?:made|grabbed|hit|got|caught|making)\s+(?:the\s+)?(?:headlines?|news|attention|everyone['’]?s\s+attention)|went\s+viral|blew\s+up|trended|(?:got|was|were)\s+(?:shared|quoted|retweeted|repeated)(?:\s+(?:everywhere|a\s+lot|widely|so\s+much))?|(?:everyone|everybody|people)\s+(?:quoted|shared|remembers?|talked\s+about|(?:was|were)\s+(?:quoting|sharing))`;
// A name as typed, up to four words; and the verbs of words said that "X <verb> …" reads as theirs.
// (One name: "was it warholm or kipchoge who …" asks among several, one-of.ts.)
const TYPED_NAME = String.raw`(?:(?!(?:or|and)\s)[\p{L}'’.&-]+\s+){0,3}?[\p{L}'’.&-]+`;
const SAID_SO = 'said|says|told|tweeted|wrote|claimed|warned|admitted|argued|insisted|promised';

// Whose quote "a kipchoge quote" asks for: a name, not a kind of quote ("a good quote").
const QUOTE_KIND = 'good|great|nice|short|long|famous|memorable|funny|strong|powerful|real|direct|single|new|recent|relevant|notable|interesting|key|best|top|main|money|headline|standout|signature|defining|important|quotable|useful|exact|actual|official|first|last|more|other|few';
const QUOTED_NAME = String.raw`(?:(?!(?:${QUOTE_KIND})\b)[\p{L}'’.&-]+\s+){0,3}?(?!(?:${QUOTE_KIND})\b)[\p{L}'’.&-]+`;

// "what meds did X say …", "which countries did X name …": one or two words of what they spoke of.
const THINGS_SAID = /^\s*(?:so\s+|and\s+)?(?:what|which)\s+((?:[\p{L}'’-]+\s+)?[\p{L}'’-]+)\s+(?:did|does|do|has|have|had)\s+(.{2,60}?)\s+(?:say|tell|mention|name|list|give|cite|recommend|suggest|promise|blame|report|announce)\b\s*(?:(?:for|on|about|of|in)\s+)?/iu;
// (Not how or what else was said: "what else did pelosi say", "what exactly did he tell".)
const NOT_THINGS = /^(?:else|exactly|precisely|specifically|really|actually|then|ever|again|all|more|most|now|way|kind|sort|\S+\s+(?:did|does|do|has|have|had)|did|does|do|has|have|had|is|was|were|are|the|a|an|this|that|they|he|she|it|you|we|i)$|^(?:\S+\s+)?(?:else|exactly|then|ever|again|really|actually)$/i;

// What was said, by its kind: "reason", "argument", "explanation" name no thing it was about.
const WORDS_GIVEN = /^(?:reasons?|arguments?|explanations?|excuses?|justifications?|messages?|answers?|responses?|comments?|words|thoughts|views?|opinions?)$/i;

// Both sides of a story asked for, before it ("give me both sides on", "the arguments for and
// against", "who was for and who was against", "pros and cons of", "were people divided on")
// or after it (", both sides", ", who was for it and who was against it", ", what each side
// said").
const BOTH_SIDES_FIRST = /^\s*(?:(?:give|show|get)\s+me\s+|(?:what|which)\s+(?:are|were|was|is)\s+)?(?:the\s+)?(?:(?:both|two|each|either)\s+sides?\b|(?:main\s+)?arguments|pros\s+and\s+cons|for\s+and\s+against|who\s+(?:was|were|is|are)\s+for\s+(?:it\s+)?and\s+who\s+(?:was|were|is|are)\s+against(?:\s+it)?|(?:were|are|was|is)\s+(?:people|opinions?|views|reactions|folks|voices)\s+(?:divided|split))(?:\s+(?:people|they)\s+(?:gave|made|offered))?(?:\s+for\s+and\s+against)?\s*[,:]?\s*(?:(?:on|of|in|about|over|regarding|to)\s+)?(?=\S)/i;
const BOTH_SIDES_LAST = /^\s*(.+?)\s*[,:–—-]+\s*(?:(?:both|each)\s+sides?(?:\s+quotes)?|who\s+(?:was|were|is|are)\s+for\s+it\s+and\s+who\s+(?:was|were|is|are)\s+against\s+it|what\s+each\s+(?:side\s+)?said|quotes\s+from\s+both(?:\s+sides)?)\s*[?.!]*\s*$/i;

// A quote as it strikes the asker, or how many: "the harshest thing", "most hopeful line",
// "the single most important line", "top 3 reactions" (the words after it stay).
const STRIKING = /(?<![\p{L}'’])(?:single\s+)?(?:(?:very\s+)?most\s+(?!of\b)\p{L}+|(?:harsh|strong|tough|angri|sadd|funni|bold|sharp|wild|weird|crazi|scari|cool|nic|kind|dark|brav|bigg|great|loud|fierc|blunt|bitter|clear|smart|wis|dumb|hard|nasti|cruel|mean|warm|sweet|brutal|cold|rud|spici|hott|bleak|grim|odd|strang)est|best|worst|key|top|standout|stand-out)\s+(?:(?:\d+|two|three|four|five)\s+)?(?=(?:lines?|quotes?|quotations?|things?|words|remarks?|comments?|reactions?|tributes?|statements?|responses?|one-liners?)\b)/giu;

// Chat's lead-ins before an ask: a greeting, "ok but", "in short,", "oh great,", "i have a
// question:", a mention, a hedge on the question ("probably a dumb q but").
const LEAD_IN = new RegExp(String.raw`^\s*(?:(?:hey|hi|hello|yo|ok|okay|so|and|but|also|btw|um|hmm|omg|lol|bruh|guys|bot|citewire)\b(?:\s+(?:there|all|everyone|guys|folks))?[,!.:]?\s+|(?:in\s+short|in\s+brief|briefly|in\s+a\s+nutshell|tl;?dr|quickly|trivia|(?:pop\s+)?quiz(?:\s+time)?)\s*[,:-]\s*|(?:oh\s+(?:great|look|joy|boy|wow)|surprise,?\s+surprise|here\s+we\s+go(?:\s+again)?|shocker|let\s+me\s+guess|go\s+figure|as\s+(?:usual|always|expected))\s*[,.!:;–—-]+\s*|(?:of\s+course|naturally|predictably|unsurprisingly)\s*[,.!:;–—-]*\s+|(?:i\s+(?:have|got)\s+a\s+(?:quick\s+)?question|(?:a\s+)?question\s+for\s+(?:the\s+bot|you|u|citewire))\s*[:,-]\s*|wait[,!.]\s+|<@!?\d+>\s*|@\S+\s+|${ASK_HEDGE}\b,?(?:\s+but)?\s*[-–—:,.…]*\s+)+(?=\S)`, 'i');

/** The question in plain form: "whats" is "what is", "tell me what X said" is "what X said". */
// The news media asked for as voices, after the ask's verb: "what did the press say", "how
// did the papers cover", "what were iranian news outlets saying" (a people's name kept).
const MEDIA_ASKED = new RegExp(String.raw`^(\s*(?:(?:so|and|but)\s+)?(?:what|how)\s+(?:did|do|does|were|was|are|is|has|have|had)\s+)(?:the\s+)?((?!(?:news|the)\s)\p{L}+\s+)??(?:news\s+)?(?:media|press|papers|newspapers|outlets|journalists|reporters|news\s+agencies|broadcasters|tabloids)\s+(?=(?:${SAY}|${SAYING}|${REACT}|reporting|cover|covered|covering|portray|portrayed|frame|framed|characteri[sz]e|characteri[sz]ed|treat|treated|handle|handled|writing)\b)`, 'iu');

// A people asked for as one side, before a verb of speech: "what were the scots saying",
// "what exactly did the germans say", "what the french said".
const PEOPLE_ASKED = new RegExp(`^(\\s*(?:(?:so|and|but)\\s+)?(?:(?:(?:what|how|why|when)\\s+(?:exactly\\s+|specifically\\s+|actually\\s+|really\\s+)?)?(?:did|do|does|were|are|was|have|has|had)\\s+|what\\s+))(?:the\\s+)?(\\p{L}+(?:\\s+kongers)?)\\s+(?=(?:${SAY}|${SAYING}|${REACT}|have\\s+to\\s+say)\\b)`, 'iu');

// "Pull out" and "throw in the towel" or "call it quits", form by form, as the articles' words.
const PULLED_OUT: Record<string, string> = lookupTable({ pull: 'withdraw', pulls: 'withdraws', pulled: 'withdrew', pulling: 'withdrawing' });
const QUIT: Record<string, string> = lookupTable({ throw: 'quit', throws: 'quits', threw: 'quit', thrown: 'quit', throwing: 'quitting', call: 'quit', calls: 'quits', called: 'quit', calling: 'quitting' });

export function plain(question: string): string {
  const opened = unwrapped(question)
    .replace(EMOJI, ' ')
    .replace(EMOTICON, ' ')
    // ("threw shade at", "clapped back at", "went off about": chat's slang for speaking.)
    .replace(/\S[\s\S]*/, slangSpoken)
    // ("the harshest thing corbyn said", "tsiaras's most hopeful line", "top 3 reactions to
    // …": how a quote strikes the asker, or how many, which the answer's order gives.)
    .replace(STRIKING, '')
    // ("give me both sides on …", "arguments for and against …", "who was for and who was
    // against …", "…, both sides": the story's voices, each side's among them.)
    .replace(BOTH_SIDES_FIRST, 'who said what about ')
    .replace(BOTH_SIDES_LAST, (_, story: string) => `who said what about ${story}`)
    .replace(/^(who said what about .+?)\s*[,–—-]+\s*who\s+said\s+what\s*[?.!]*\s*$/i, '$1')
    // ("the reef fish & the ice shelves": a phone's "and"; "pg&e" keeps its own.)
    .replace(/\s+&\s+/g, ' and ')
    // ("brigid kosgei… what did she say", "on john paul stevens passing…": a trailing-off, a
    // comma's pause or none.)
    .replace(/\s*(?:…|\.{3,})\s*$/, '')
    .replace(/(?<=\p{L})\s*(?:…|\.{3,})\s+(?=\p{L})/gu, ', ')
    // English learned as a second language, in the shapes the rest reads: "there is some
    // declaration of zelensky about …?" asks "is there a statement from zelensky about …",
    // "which persons gave opinion about …" asks "which people commented on …".
    .replace(/^\s*there\s+(is|are)\s+(?=(?:some|any)\s)/i, '$1 there ')
    .replace(/\b(some|any|a)\s+declarations?\s+(?:of|from|by)\s+/gi, '$1 statement from ')
    .replace(/\b(?:persons|peoples)\b/gi, 'people')
    // ("what would X say about …", "what's X likely to say", "will X say anything about …", "is
    // X gonna comment on …", "who would have commented on …", "has X said anything yet": a
    // guess at what someone would say, which the answer meets with what they did say.)
    .replace(GUESSED_WHAT, '$1$2 did $3 ')
    .replace(GUESSED_ASK, (_, lead: string, one?: string, other?: string) => `${lead}did ${one ?? other} `)
    .replace(GUESSED_WHO, (_, lead: string, verb: string) => `${lead}${PAST[verb.toLowerCase().replace(/\s+/g, ' ')] ?? verb}`)
    .replace(/\b(said|commented|spoken|responded|reacted|tweeted)(\s+(?:anything|something|much))?\s+yet\b/gi, '$1$2')
    .replace(/^(\s*(?:has|have)\s.*?)\s+yet(\s*[?.!]*\s*)$/i, '$1$2')
    // ("durbin he told what about …", "what putin he said about …": a name, then the pronoun
    // that stands for it; "what trump was threaten turkey with": a tense's auxiliary before
    // the verb's plain form, after the name.)
    .replace(RESUMED_SUBJECT, '$1 ')
    // ("scicluna say bishops not above law?": "says", the verb's agreement slipped.)
    .replace(SAY_SLIPPED, '$1 says ')
    .replace(TENSE_SLIPPED, '$1did $2 ')
    // ("opinion of philip hammond for …", "what's the opinion of experts on …": what they
    // thought of it; "malala her opinion about …": hers.)
    .replace(OPINION_OF, 'what did $1 think about ')
    .replace(OWNER_THEN_PRONOUN, "$1's ")
    // ("what was the reaction of pelosi to …": how she reacted.)
    .replace(REACTION_OF, 'how did $1 react to ')
    // Asks put to the library or about one article, and chat's other ways of asking for
    // someone's words: "what does the library have from X on …", "in which article does X talk
    // about …", "what quotes does X have on …", "is X quoted on …", "X was asked about …, what
    // did she say", "what X had to say about …", "what've X said".
    .replace(/^\s*what\s+(?:does|do|did)\s+(?:the\s+library|you|it|the\s+bot|this\s+bot|citewire)\s+have\s+(?:from|by|of)\s+(?=\S)/i, '')
    .replace(/^\s*(?:in\s+)?(?:which|what)\s+(?:article|story|piece|report)\s+(?:does|did|do)\s+(?=\S)/i, 'where did ')
    .replace(QUOTES_THEY_HAVE, '$2 $1 ')
    .replace(QUOTED_ON, 'was $1 quoted ')
    .replace(ASKED_THEN, (_, who: string, how: string, asked: string) => `what did ${who} say about ${how.toLowerCase() === 'about' ? '' : 'whether '}${asked}`)
    .replace(HAD_TO_SAY, 'what did $1 say ')
    // "what's matovic gonna do now he tested positive", "what was pelosi going to do about
    // trump": what they said they would do, then or about it.
    .replace(PLANS_ASKED, (_, who: string, rest: string) => `what did ${who} say ${/^(?:about|on|with|for|over|regarding|after|when|once|if)\b|^\s*[?.!]*\s*$/i.test(rest) ? '' : 'after '}${rest}`)
    .replace(/^\s*what['’]ve\s+/i, 'what have ')
    // ("pelosi regarding the wall", "pelosi: thoughts on the wall": shorthand's "on".)
    .replace(REGARDING, '$1 on ')
    .replace(COLON_VIEW, '$1 ')
    // ("what quotes are there about …", "who went on record about …", "which sources talk about
    // …": the story's voices.)
    .replace(/^\s*(?:what|which)\s+(quotes|comments|statements)\s+(?:are|were|is)\s+there\s+(?=(?:about|on|regarding|over)\b)/i, '$1 ')
    .replace(/^\s*who\s+(?:went|has\s+gone|had\s+gone)\s+on\s+(?:the\s+)?record\s+(?:about|on|regarding|over)\s+(?=\S)/i, 'who commented on ')
    // ("who did wikinews talk to about …", "who did the bbc interview at …", "who did reporters
    // quote on …": whom they asked is whose words were quoted.)
    // (Talked to by the press: "who did trump talk to about …" asks whom he phoned.)
    .replace(/^\s*who(?:m)?\s+(?:did|does|do|has|have|had)\s+(?:the\s+)?(?:wikinews|reporters|journalists|press|media|news|bbc|cnn|nbc|abc|cbs|fox|sky|reuters|ap|afp|guardian|times|paper|article|story|piece|report|interviewer)\s+(?:talk(?:ed)?|speak|spoke|chat(?:ted)?)\s+(?:to|with)\s+|^\s*who(?:m)?\s+(?:did|does|do|has|have|had)\s+(?:the\s+)?(?:[\p{L}&.-]+\s+){0,2}?(?:interview(?:ed)?|quote[ds]?|cite[ds]?|sit\s+down\s+with|sat\s+down\s+with)\s+(?=(?:about|on|at|over|regarding|after|for)\b)/iu, 'who was quoted ')
    .replace(/^\s*(?:which|what)\s+sources\s+(?=(?:talk|talked|speak|spoke|comment|commented|say|said)\b)/i, 'who ')
    // ("what did bolton himself say": he is whom it asks for, not someone "bolton himself".)
    .replace(/\s+(?:him|her|them|it)sel(?:f|ves)(?=\s+(?:say|says|said|tell|tells|told|think|thinks|thought|write|wrote|tweet|tweeted|comment|commented|react|reacted|respond|responded)\b)/gi, '')
    // ("who say what", "what the people there says": who said what, what people said.)
    .replace(/\bwho\s+(?:say|says)\s+what\b/gi, 'who said what')
    .replace(/\bwhat\s+(?:the\s+)?people(?:\s+there)?\s+(?:say|says)\b/gi, 'what did people say')
    // ("what did the people involved say about …": the story's voices, whoever they are.)
    .replace(/\b(?:the\s+)?(?:people|ones|parties|folks)\s+(?:involved|concerned)(?=\s+(?:say|said|think|thought|react|reacted)\b)/gi, 'people')
    // "what article quotes kino gabriel", "which story quotes the houthi spokesman on the
    // attacks": the quotes asked for by where they are, which the answer's citations give.
    .replace(/^\s*(?:which|what)\s+(?:articles?|stor(?:y|ies)|pieces?|reports?)\s+(?:quotes?|cites?|features?)\s+(\S.*?)(?:\s+(?:on|about|regarding|over)\s+(\S.*?))?\s*([?.!]*)\s*$/i, (_, who: string, what: string | undefined, end: string) => `what did ${who} say${what ? ` about ${what}` : ''}${end}`)
    .replace(/\b(?:gave|give|gives|given|shared|share|shares|expressed|express|expresses|offered)\s+(?:(?:their|his|her|its|an|any|some|the)\s+)?(?:opinions?|views?|thoughts)\s+(?:about|on|over|regarding|of|for)\s+/gi, 'commented on ')
    // ("who's the researcher that talked about Y", "who's the sheriff quoted about Y and what
    // did he say": what they said about Y.)
    .replace(WHO_IS_THE_ONE_QUOTED, (_, who: string, on: string) => `what did ${who} say ${on} `)
    // ("who was X's plea aimed at", "who was X talking about when …", "who did X have in mind
    // when …", "who did X offer his sympathy to": whom X's words were for, which X's words tell.)
    .replace(WORDS_AIMED_AT, (_, who: string, words: string) => `what was ${who}'s ${words}`)
    .replace(TALKING_ABOUT_WHOM, (_, who: string, rest = '') => `what did ${who} say${rest}`)
    .replace(GIVEN_TO_WHOM, (_, who: string, rest = '') => `what did ${who} say${rest}`)
    // ("who was talking about …": who talked about it; "who was first to report …": who reported it.)
    .replace(WAS_TALKING, (_, verb: string) => `who ${{ talking: 'talked', speaking: 'spoke', commenting: 'commented' }[verb.toLowerCase()]}`)
    .replace(FIRST_TO, (_, plain?: string, done?: string) => `who ${done ?? FIRST_DONE[plain!.toLowerCase()]}`)
    // ("any outcry over Y", "the fallout from Y": the reaction to Y; a backlash or pushback is
    // criticism, below.)
    .replace(OUTCRY, 'reaction to ')
    // ("which of the two researchers talked about …", "which one of the three experts said …":
    // which of them, however many.)
    .replace(WHICH_OF_THEM, 'which ')
    // ("who used the phrase 'suicide by cop'", "did X use the words '…'": who said it.)
    .replace(USED_WORDS, (_, verb: string) => (/^use$/i.test(verb) ? 'say ' : /^uses$/i.test(verb) ? 'says ' : 'said '))
    // ("wanna know what X said", "tryna find what X said", "lemme see what …": the ask.)
    .replace(WANTS_TO_KNOW, '')
    // ("who reportedly spoke …", "supposedly X said …", "what is X said to have said": the
    // hedge of one who heard it second-hand, no word of what was said.)
    .replace(HEARSAY, '')
    .replace(SAID_TO_HAVE, (_, who: string, verb: string) => `did ${who} ${PLAIN_OF_PAST[verb.toLowerCase()]}`)
    // ("in the hours after …", "in the wake of …", "in the run-up to …", "moments after …": when
    // the words came, as news's padding puts it: after, before, when.)
    .replace(SOON_AFTER, 'after ')
    .replace(JUST_BEFORE, 'before ')
    .replace(/\bas\s+soon\s+as\s+/gi, 'when ')
    // ("what did X say when reporters asked her about Y": when asked about it.)
    .replace(ASKED_BY_OTHERS, ' when asked ')
    // ("pelosi made a statement about the wall, what was it": what she said about it;
    // "what has pelosi been quoted saying about …", likewise.)
    .replace(MADE_STATEMENT, 'what did $1 say $2 $3')
    .replace(QUOTED_SAYING, 'what did $1 say ')
    // ("who issued a statement on …", "which groups put out statements after …": who commented.)
    .replace(ISSUED_STATEMENT, (_, auxiliary?: string) => (auxiliary ? `${auxiliary}comment ` : 'commented '))
    // ("what experts commented on …": which of them did.)
    .replace(WHAT_ONES_DID, '$1which')
    // ("X's statements, first on Y then on Z": the order the stories come in, no one's name.)
    .replace(FIRST_ON, ' ')
    // A quote half remembered, asked how it goes: "how does that arapaho quote go, something
    // about the buffalo healing them" is the arapaho quote about it. An obituary is the story
    // of a death: "the voices in the don imus obituary" are those on his death.
    .replace(GOES_HOW, (_, whose: string, story?: string) => `${whose ? `one ${whose}` : 'the '}quote${story ? ` about ${story}` : ''}`)
    .replace(/(['’]s)\s+obit(?:uary|s)?\b/gi, '$1 death')
    .replace(/\bthe\s+((?:[\p{L}'’.-]+\s+){0,2}?[\p{L}'’.-]+)\s+obit(?:uary|s)?\b/giu, "$1's death")
    // Scorn and weariness around the ask: "what nonsense did X spout this time about …", "…,
    // as usual". (Its lead-ins, "oh great, …", "let me guess, …", go with chat's others.)
    .replace(SCORNED, 'what did $1 say ')
    .replace(/\b(say|said|says|tweet|tweeted|write|wrote|post|posted)\s+this\s+time\b/gi, '$1')
    .replace(/\s*[,;–—-]+\s*(?:as\s+(?:usual|always|expected)|(?:yet\s+|once\s+)?again|of\s+course|predictably|naturally|go\s+figure|shocker)\s*([?.!]*)\s*$/i, '$1')
    // Someone told by what they did or do in the story: "whoever was leading …" and "the
    // person in charge of …" are "the person who was …", as the articles would describe them.
    .replace(/\bwhoever\s+(?=\S)/gi, 'the person who ')
    .replace(DOING_IT, (_, one: string, kind: string) => `${one} ${kind} who ${/^(?:people|folks|officials|researchers|scientists|doctors)$/i.test(kind) ? 'were' : 'was'} `)
    // The formal register: "could you please provide …", "kindly furnish …", "i would
    // appreciate …", "for the record, …"; "remarks attributed to X", "statements made
    // regarding …", "an overview of the statements …", "what did X state concerning …".
    .replace(FORMAL_ASK, '')
    .replace(FORMAL_ABOUT, ' about ')
    .replace(ATTRIBUTED_ASKED, 'what did $1 say ')
    .replace(/\b(remarks|statements|quotes|quotations|comments|words)\s+attributed\s+to\s+(?=\S)/gi, '$1 from ')
    .replace(/\b(statements?|remarks|comments|quotes|quotations)\s+(?:made|issued|given|offered|released)\s+(?=(?:about|regarding|on|over)\b)/gi, '$1 ')
    .replace(/^\s*(?:an?\s+)?(?:overview|summary|list|rundown|compilation|roundup|collection)\s+of\s+(?=(?:the|all|any)\s+(?:statements|remarks|comments|quotes|quotations|reactions)\b)/i, '')
    .replace(/\bfrom\s+(?:all\s+(?:parties|sides|concerned|involved)|everyone\s+(?:involved|concerned))\b/gi, 'from everyone')
    .replace(STATED, (asked: string, _: string, past?: string) => asked.replace(/stated?$/i, past ? 'said' : 'say'))
    .replace(POLITENESS, '')
    // ("who's commented", "who's been quoted": "has", before a verb of what someone did.)
    .replace(/\b(what|who|how)(?:['’]s|s)\b(?=(\s+(?:been|had|got|gotten|happened|said|spoken|commented|reacted|responded|talked|tweeted|weighed|warned|critici[sz]ed|praised|condemned|welcomed)\b)?)/gi, (_, w: string, perfect?: string) => `${w} ${perfect ? 'has' : 'is'}`)
    // "hey, what did pelosi say", "ok and what did she say".
    // ("omg what did …", "ok but what did …", "wait, who said …", "hey bot, …", "@citewire …",
    // "quick q - …", "sorry if dumb q but …", "in short, what did …".)
    .replace(LEAD_IN, '')
    // "i heard trump said something about the wall, what was it?": what he said about it.
    // ("pelosi pledged something when she got the gavel, what was it": likewise.)
    .replace(/^\s*(?:i\s+(?:heard|read|saw)\s+(?:that\s+)?)?(.+?)\s+(?:said|tweeted|wrote|posted|pledged|promised|claimed|warned|admitted|announced|revealed|predicted|suggested)\s+something\s+(about|on|regarding|after|when|at|during|before)\s+(.+?)[,\s]+(?:what|wat)\s+(?:was|is)\s+(?:it|that)\s*[?.!]*\s*$/i, 'what did $1 say $2 $3')
    // ("i remember pelosi saying something about the wall": likewise.)
    .replace(RECALLED_SAYING, 'what did $1 say $2 $3')
    // What a reader heard or wonders first: "i keep hearing about the hagia sophia thing, who
    // said what?" asks about the thing; "i was wondering what pelosi said" asks what she said.
    .replace(/^\s*i\s+(?:keep\s+)?(?:hearing|heard|reading|read|seeing|saw)\s+(?:(?:about|that)\s+)?(?=\S)/i, '')
    .replace(/^\s*i\s+(?:was|am|['’]m)\s+(?:wondering|curious)\s+(?:about\s+)?(?=\S)/i, '')
    // "when carrie lam withdrew the bill what did joshua wong tweet": the clause of when, then
    // the ask, with the comma chat leaves out.
    .replace(/^(\s*(?:when|after|before|once|while)\s+\S.*?[^\s,])\s*,?\s+(?=(?:what|how|who)\s+(?:did|does|do|was|were|has|have|is|are)\s+\S)/i, '$1, ')
    // ("who got quoted about …, and who are they": the answer names who they are.)
    .replace(/\s*,?\s+and\s+who\s+(?:are|were|is|was)\s+(?:they|them|he|she|those\s+people)\s*[?!.]*\s*$/i, '')
    // "X said …, didn't she?", "…, right?", "…, no?": a belief to confirm, asked as what was said.
    .replace(TAG_QUESTION, '')
    // "is it true that trump called …", "fact check: …", "someone told me leinen called …, true?",
    // "…, is that right", "… or am i making that up": a claim to check, likewise.
    .replace(CHECKED_FIRST, '')
    .replace(CHECKED_LAST, '')
    // "(is it true) people were quoted praising him when he died, who?", "someone slammed the
    // ruling, by whom": who did.
    .replace(/^\s*(?:some\s+)?(?:people|someone|somebody|folks|others)\s+(\S.*?)\s*,?\s+(?:who|by\s+whom|who\s+(?:was|were)\s+(?:it|they))\s*[?.!]*\s*$/i, 'who $1')
    .replace(/^\s*(?:some\s+)?(?:people|someone|somebody)\s+(?:was|were|got)\s+quoted\b/i, 'who was quoted')
    // "…, who exactly said that": who said it.
    .replace(/^\s*(\S.{2,}?)\s*,?\s+who\s+(?:exactly\s+|actually\s+|really\s+)?(?:said|says)\s+(?:that|this|it|so)\s*[?.!]*\s*$/i, 'who said $1')
    // "has erdogan changed his mind on hagia sophia", "…, did she change her tune": what they said of it.
    .replace(/^\s*(?:has|have|did|does|do)\s+((?:[\p{L}'’.&-]+\s+){0,3}?[\p{L}'’.&-]+)\s+(?:ever\s+|since\s+)?chang(?:e|ed|es)\s+(?:his|her|their|its)\s+(?:tune|mind|stance|position|views?)\b(?:\s+(?:on|about|over|regarding)\b)?/iu, 'what did $1 say about')
    .replace(/([,:–—-]\s*)(?:has|have|did|does|do)\s+(he|she|they)\s+(?:ever\s+)?chang(?:e|ed|es)\s+(?:his|her|their|its)\s+(?:tune|mind|stance|position|views?)\b/giu, '$1what did $2 say')
    // "nobody commented on the b-17 crash, did they?", "no one said anything when …": who did.
    .replace(/^\s*(?:nobody|no\s*-?\s*one)\s+(?=(?:said|commented|reacted|responded|spoke|talked|tweeted|weighed|was\s+quoted|got\s+quoted)\b)/i, 'who ')
    // Who speaks for a body is whose words it says through them: "who spoke for the police
    // after …" is "what did the police say after …", "who spoke on behalf of the family" what
    // the family said (not "who spoke for the bill", a side taken); "the bjp said through its
    // spokesman …" is what it said; "pelosi speaking for the house on …" is "pelosi on …".
    .replace(/^\s*who\s+(?:spoke|speaks|was\s+speaking|talked)\s+(on\s+behalf\s+of|for)\s+(.+?)(?:\s+((?:about|on|after|when|regarding|over|following|at|during|in)\s+.+))?\s*[?.!]*\s*$/i, (asked, how: string, whom: string, on?: string) =>
      /^on/i.test(how) || SPOKEN_FOR.test(whom.split(/\s+/).at(-1)!) ? `what did ${whom} say${on ? ` ${on}` : ''}` : asked,
    )
    .replace(/\s+(?:through|via|by)\s+(?:a|an|its|his|her|their|the)\s+spokes(?:man|woman|person|people)\b/gi, '')
    .replace(SPEAKING_FOR, (asked, who: string, whom: string) =>
      SPOKEN_FOR.test(whom.split(/\s+/).at(-1)!) ? `${who} ` : asked,
    )
    .replace(/\bon\s+behalf\s+of\b/gi, 'for')
    // ("anime north, anything quotable", "quotable lines about the run": its quotes.)
    .replace(/\b(?:anything|something)\s+quotable\b/gi, 'any quotes')
    .replace(/\bquotable\s+(?:lines|bits|stuff|things|moments|parts|words|material)\b/gi, 'quotes')
    // What a quote did is no word of what it was about: "the siegel line that made headlines
    // about …", "the muyembe quote … that went viral", "the viral tweet from …"; "which lines
    // went viral after …" asks for the quotes.
    .replace(WHICH_LINES_DID, 'quotes ')
    .replace(LINE_THAT_DID, '$1 ')
    .replace(THAT_DID_LAST, '')
    .replace(VIRAL_LINE, '');
  return asQuoteRequest(opened)
    // ("can u show what ardern said": "me" left out; "would you grab me a quote from …",
    // "would you mind finding what …", "i need you to find …": a favour asked is the ask.)
    // ("gimme lindsey graham's take …", "lemme see what …": chat's "give me", "let me";
    // "tell me about pelosi's statement on …": her statement; "looking for mark amodei's
    // comment on …", "need the quote where …", "paste what … said": what is looked for; as a
    // search box is told, too: "lookup kipchoge quotes", "search quotes about …", "look for …".)
    .replace(/^\s*(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody|any1)\s+(?:mind\s+)?|i\s+need\s+(?:you|u)\s+to\s+)?(?:please\s+|kindly\s+)?(?:(?:tell|show)\s+me\s+about(?=\s+(?:[\p{L}.&-]+\s+){0,3}[\p{L}.&-]+['’]s?\s)|(?:tell|show|give|find|get|grab|fetch)\s+me|gimme|lemme\s+(?:see|know|read)|(?:tell|show)(?=\s+(?:what|who|how)\b)|find(?:ing)?|grab(?:bing)?|fetch(?:ing)?|paste(?:\s+me)?|cite|look(?:ing)?\s*up|look(?:ing)?\s+for|(?:pull|dig|bring|round)(?:ing|ging)?\s+up|(?:compile|gather|collect|aggregate)(?=\s+(?:all\s+|every\s+|the\s+|some\s+)*(?:quotes?|comments?|statements?|reactions?|responses?|remarks)\b)|pull(?=\s+(?:[\p{L}.&-]+\s+){0,3}[\p{L}.&-]+['’]s?\s)|search\s+for|search(?=\s+(?:quotes?|comments?|statements?|reactions?|what|who|how)\b)|(?:i['’]?m\s+|i\s+am\s+)?(?:looking|searching)\s+for|(?:i\s+)?need(?=\s+(?:the|a|an|some|any|quotes?|what|who|how)\b|\s+(?:[\p{L}.&-]+\s+){0,3}[\p{L}.&-]+['’]s\s))\s+(?=\S)/iu, '')
    // ("a kipchoge quote", "some trump quotes": theirs; "pelosi's announcement line": her announcement.)
    .replace(/^\s*(?:(?:is|was|are|were)\s+there|there['’]?s|there\s+(?:is|was))\s+(?=(?:a|an|one|some|any)\s+\S+(?:\s+\S+)?\s+(?:quotes?|lines?|soundbites?)\b)/i, '')
    .replace(QUOTE_OF_NAME, (_, one?: string, some?: string) => `quotes from ${one ?? some}`)
    .replace(/\b(announcement|statement|speech|tweet|post|address|remarks|comments?|reaction|response)\s+(?:line|quote|bit|part|soundbite)s?\b/gi, '$1')
    // "the tribute obama paid to cummings", "what warning did the ministry give drivers":
    // theirs, as "obama's tribute to cummings" is.
    .replace(PAID_BY, "$2's $1 to ")
    .replace(PAID_ASKED, "$2's $1 to ")
    // "sources on pg&e shutting off the power": quotes on it, not a speaker called "sources".
    .replace(/^\s*(?:any\s+|some\s+)?sources\s+(?:on|for|about|re)\s+(?=\S)/i, 'quotes about ')
    // ("is there a quote in your library from X", "search your articles for X on Y", "in your
    // database, what did X say", "which quotes do you have stored about …": the library asked
    // about is the bot's own, and what it holds is what is asked for.)
    .replace(/^\s*what(?:['’]?s|\s+is)\s+(?:there\s+)?(?:in|from)\s+(?:your|ur|the)\s+(?:library|database|db|index|archive|articles)\s+(?=(?:on|about|regarding)\s)/i, 'quotes ')
    .replace(OWN_LIBRARY, ' ')
    .replace(/^\s*(?:which|what)\s+(quotes?|comments?|statements?|reactions?)\s+(?:do|did)\s+(?:you|u)\s+have\s+(?=(?:on|about|regarding|over)\s)/i, '$1 ')
    // "do you have anything from kaczynski on …", "got any quotes from …": what there is from them.
    // ("u have any quotes from …", "have you got X's comments on …".)
    .replace(WHAT_YOU_HAVE, '')
    // ("any tribute from X to Y", "got any condolences from …": after what there is, theirs.)
    .replace(PAID_FROM, "$2's $1 to ")
    // "who did pelosi blame for the shutdown", "what made tusk say that about brexit", "tusk
    // on brexit said what?": what she said about it.
    .replace(/^\s*(?:who|whom|what)\s+(?:did|does|do|has|have)\s+(.{2,60}?)\s+(?:blame|accuse|critici[sz]e|praise|thank|credit)\s+(?:for|over)\s+(?=\S)/i, 'what did $1 say about ')
    .replace(/^\s*(?:who|whom)\s+(?:did|does|do|has|have)\s+(.{2,60}?)\s+accused?\s+of\s+(?=\S)/i, 'what did $1 say about ')
    .replace(/^\s*(?:what|why)\s+(?:made|makes|led|prompted)\s+(.{2,60}?)\s+(?:to\s+)?say\s+(?:that|this|it|so)\s+(?=(?:about|on|regarding|over|after)\s)/i, 'what did $1 say ')
    .replace(/^\s*((?:[\p{L}'’.&-]+\s+){0,3}?[\p{L}'’.&-]+)\s+on\s+((?:(?!\bwho\b)[^–—,:;?])+?)\s+said\s+what\s*[?.!]*$/iu, 'what did $1 say on $2')
    // A second language's orders: the story first and the verb last ("about the flood what the
    // mayor said?", "the flood, mayor said what"), or the name, then "what say" ("mayor what
    // say about flood").
    .replace(STORY_THEN_WHAT, (_, story: string, who: string) => `what did ${who} say about ${story}`)
    .replace(STORY_THEN_SAID_WHAT, (_, story: string, who: string) => `what did ${who} say about ${story}`)
    .replace(NAME_THEN_WHAT_SAY, 'what did $1 say ')
    // "who else commented on …": who did, the others too.
    .replace(/^\s*who\s+else\s+(?=\S)/i, 'who ')
    // "didn't mbs say something about …": whether he said it.
    .replace(/^\s*(did|does|do|has|have|had|was|were|is)n['’]?t\s+(?=\S)/i, '$1 ')
    // "what did mugabe mean by …", "what was cengiz referring to when she said …", "context for
    // kimbrell calling …", "in what context did X say …": what they said about it, whose
    // article gives the context. "what did whoever said … mean": who said it.
    .replace(MEANT_BY, 'what did $1 say about ')
    .replace(TALKING_ABOUT_WHAT, 'what did $1 say about ')
    .replace(CONTEXT_OF, 'what did $1 say about ')
    .replace(IN_WHAT_CONTEXT, 'what did $1 say about ')
    .replace(/^\s*what\s+did\s+(?:the\s+(?:person|guy|woman|man|one)\s+(?:who|that)|whoever|whomever)\s+(said|called|tweeted|wrote)\s+(.+?)\s+mean\b.*$/i, 'who $1 $2')
    // "any geochemists quoted on the algae bloom?", "were there any lawmakers quoted about …":
    // what such people said about it.
    .replace(/^\s*(?:(?:are|were|is|was)\s+(?:there\s+)?)?(?:any|some)\s+((?:(?!(?:quoted|cited|interviewed|on|about)\b)[\p{L}'’.&-]+\s+){0,3}?[\p{L}'’.&-]+)\s+(?:quoted|cited|interviewed)\s+(?=(?:on|about|regarding|over)\s)/iu, 'what did $1 say ')
    // "did the victims' group agree with scicluna about bishops reporting": their words on it;
    // whom they agreed with is no word of its topic.
    .replace(AGREED_WITH, '$1 ')
    // "wasn't it tristan smith who said …", "isn't gownaris the one who said …": whether they said it.
    .replace(WAS_IT_THEM_WHO, '$1 ')
    .replace(WERE_THEY_THE_ONE, '$1 ')
    // "is there anything pelosi said about …": anything she said. "quote pelosi on …": her quotes.
    .replace(/^\s*(?:is|was)\s+there\s+anything\s+/i, 'anything ')
    .replace(/^\s*quote\s+(?!(?:by|from|of|on|about)\s)(?=\S)/i, 'quotes from ')
    // "quotes notre dame fire": quotes on it.
    .replace(/^\s*quotes\s+(?!(?:by|from|of|on|about|regarding|over|to|for|mentioning|discussing|that)\s)(?=\S)/i, 'quotes on ')
    // "wasn't there a quote from tusk about …": his quotes.
    .replace(/^\s*(?:is|was|are|were)(?:n['’]?t)?\s+there\s+(?:a|an|any|some)\s+(?=(?:quotes?|comments?|statements?|remarks|words?)\s+(?:from|by)\s)/i, '')
    // "on what date did pierluisi say …", "how long ago did the governor warn …", "when exactly
    // did trump announce …": when they said it, which the answer's article dates.
    .replace(/^\s*(?:(?:on|at|in)\s+)?(?:what|which)\s+(?:exact\s+)?(?:day|date|year|month|time|point)\s+(?=(?:did|does|do|has|have|had)\b)/i, 'when ')
    .replace(/^\s*(?:how\s+long\s+ago|when\s+exactly|exactly\s+when|since\s+when)\s+(?=(?:did|does|do|has|have|had)\b)/i, 'when ')
    // "what's the quote from pelosi on …": her quotes.
    .replace(/^\s*what\s+(?:is|was|are|were)\s+(?=(?:the\s+|some\s+|a\s+)?(?:(?:exact|actual|full|real|direct)\s+)?(?:quotes?|comments?|statements?|remarks|words|latest)\s+(?:from|by|on|about)\s)/i, '')
    // "a full list of quotes on …": the quotes, however many the answer has room for.
    .replace(/^\s*(?:(?:a|the)\s+)?(?:(?:full|complete|whole|entire)\s+)?list\s+of\s+(?:(?:all|every)\s+)?(?:the\s+)?(?=\S)/i, '')
    // "show quotes on …", "list the reactions to …"; "everything said about …".
    .replace(/^\s*(?:show|list)\s+(?=(?:the\s+|all\s+|any\s+)?(?:quotes|comments|statements|reactions|remarks|responses)\b)/i, '')
    // "list pelosi quotes", "show pelosi's comments on …": her quotes.
    .replace(/^\s*(?:show|list)\s+(?!me\b)(?=\S+(?:\s+\S+){0,2}?\s+(?:quotes|comments|statements|remarks)\b)/i, '')
    .replace(/^\s*(?:everything|all)\s+(?:that\s+)?(?:was\s+|has\s+been\s+)?said\b/i, 'what was said')
    // "every quote from pelosi on …", "all of wong's quotes from …": the quotes, as above.
    // ("everything kaczynski said about …": what he said.)
    .replace(/^\s*(?:all|every|each)(?:\s+single)?(?:\s+(?:one\s+)?of)?(?:\s+the)?\s+(?=(?:(?:\S+\s+){0,4}?\S+['’]s?\s+)?(?:quotes?|comments?|statements?|remarks|reactions?|responses?)\b)/i, '')
    .replace(/^\s*(?:every(?:\s+single)?\s*thing|all\s+(?:of\s+)?the\s+things|all(?!\s+(?:the|of)\b))\s+(?:that\s+)?(?!(?:was|has|have|is|were|quotes?)\b)(\S.*?)\s+(?:has\s+|have\s+)?(?:said|says|say|tweeted|wrote|posted)(?=\s|[?.!]*\s*$)/i, 'what did $1 say')
    // ("u know what kipchoge said …", "anyone kno what erdogan said …".)
    .replace(/^\s*(?:(?:i\s+)?(?:want|need)\s+to\s+know|any\s+idea|(?:do(?:es)?\s+)?(?:you|u|anyone|any1|anybody)\s+(?:know|kno|knw|remember))\s+/i, '')
    // ("did you see what X said …", "u catch how X reacted", "have you read X's statement on
    // …": whether the bot saw it is chat's way of asking for it.)
    .replace(SAW_IT, '')
    // "what did folks make of the boat fire": what they thought of it.
    .replace(/^\s*what\s+(did|do|does)\s+(.+?)\s+make\s+of\s+(?=\S)/i, 'what $1 $2 think about ')
    // "who is blaming who for the crash": who blamed anyone for it.
    .replace(/^\s*who\s+(?:(?:is|was|are|were)\s+)?(?:blam(?:ing|es|ed)|accus(?:ing|es|ed))\s+(?:who|whom)\s+(?=(?:for|of|over)\s)/i, 'who blamed anyone ')
    // "is anyone against the ban", "anyone in favour of the ban?": who is. "what's the mood
    // over the vote", "the general opinion on the verdict": what people think of it.
    .replace(/^\s*(?:(is|was|are|were)\s+)?(?:anyone|anybody|someone|somebody|any1)\s+(?=(?:against|for|opposed|in\s+favou?r|upset|angry|unhappy|happy|pleased|worried|concerned|critical|furious|outraged|shocked|sad|disappointed|glad|supportive|sceptical|skeptical)\b)/i, (_, be: string | undefined) => `who ${be ?? 'was'} `)
    .replace(/^\s*(?:what\s+(?:is|was)\s+|how\s+(?:is|was)\s+)?(?:the\s+)?(?:(?:general|public|overall|popular)\s+)?(?:mood|sentiment|consensus|feeling)\s+(?:about|on|over|in|after|around|regarding|towards?|following)\s+(?=\S)/i, 'what do people think about ')
    .replace(/^\s*(?:what\s+(?:is|was)\s+)?(?:the\s+)?(?:general|public|overall|popular)\s+(?:opinion|reaction|view|verdict)\s+(?:about|on|over|of|regarding|towards?)\s+(?=\S)/i, 'what do people think about ')
    // "how did people take the bill being withdrawn", "how did everyone take the news of mugabe
    // dying": how they reacted to it. (Not "take off", "take part", "take office".)
    .replace(/^\s*how\s+(did|do|does|will|would)\s+(\S.{0,40}?)\s+(?:take|receive)\s+(?!(?:off|part|over|place|up|out|down|office|charge|control|power|back|care|apart|aim|advantage|it|that|this)\b)(?:the\s+news\s+(?:of|that|about)\s+)?(?=\S)/i, 'how $1 $2 react to ')
    // As a learner writes it: "what merkel speak about …", "who say about …", "opinions
    // hurricane lorenzo".
    .replace(/^\s*what\s+(?!(?:people|everyone|they)\b)((?:(?!(?:did|does|do|is|was|are|were|has|have|had|exactly|else)\b)[\p{L}'’.&-]+\s+){0,3}?(?!(?:did|does|do|is|was|are|were|has|have|had|exactly|else)\b)[\p{L}'’.&-]+)\s+(?:speak|speaks|talk|talks|say)\s+(?:about|on|of|regarding|for)\s+(?=\S)/iu, 'what did $1 say about ')
    .replace(/^\s*who\s+(?:say|speak|speaks|talk)\s+(?:about|on|of|regarding|for)\s+(?=\S)/i, 'who talked about ')
    .replace(/^\s*(opinions)\s+(?!(?:on|about|of|from|by|to|2|regarding|re|over|after|when|following|for|in|at|with|and|or|please|pls|anyone|anybody|someone|somebody|that|where|which|\p{L}+ing)\b)(?=\p{L})/iu, '$1 on ')
    // "pelosi has said what about …": what she said; "how did pelosi comment on …", "how
    // pelosi reacted to …": how she reacted.
    .replace(/^\s*(\S.{0,40}?)\s+(?:has|have|had)\s+said\s+what\b/i, '$1 said what')
    .replace(/^\s*how\s+(?:did\s+|has\s+|have\s+)?(?!(?:did|does|do|has|have|had|is|was|were|are|can|could|should|would|will|people|everyone|they)\b)(\S.{0,40}?)\s+(?:comment|commented|reacted|responded|replied)\s+(?:on\s+|to\s+|about\s+)?(?=\S)/i, 'how did $1 react to ')
    // "summarize what officials said about …", "recap the reactions to …", "explain what ford
    // said about …", "the gist of what …", "any news on what …", "the scoop on what …": what
    // was said. (…and chat's words for the news, "the lowdown on the stabbing": its voices.)
    .replace(/^\s*(?:summari[sz]e|sum\s+up|recap|explain|clarify|paraphrase|break\s+down|(?:what['’]?s\s+)?(?:the\s+)?(?:gist|essence|upshot|main\s+point|short\s+version)\s+of|(?:any\s+)?(?:news|updates?)\s+on|(?:what['’]?s\s+)?the\s+latest\s+on|(?:the\s+|any\s+|some\s+)?(?:scoop|low-?down|tea|deets|dirt|skinny|411|rundown)\s+(?:on|about))\s+(?=what\b|the\s+(?:reactions?|responses?|quotes|comments)\b)/i, '')
    .replace(/^\s*(?:(?:gimme|give\s+me|got)\s+)?(?:the\s+|any\s+|some\s+)?(?:scoop|low-?down|tea|deets|dirt|skinny|411)\s+(?:on|about)\s+(?=\S)/i, 'who said what about ')
    // "i want pelosi's quotes on the wall", "i'd like to see what …".
    .replace(/^\s*i(?:\s+want|\s+need|\s+would\s+like|['’]d\s+like)\s+(?:to\s+(?:see|read|hear)\s+)?/i, '')
    // Chat spellings: "wat did", "abt the fire" (unslipped).
    .replace(/\S[\s\S]*/, unslipped)
    // ("y did rossello resign", "did any1 say", "what were they sayin", "reactions 2 the
    // shooting", "working w/ spacex", "the deal w the mosque".)
    .replace(/^\s*y\s+(?=(?:did|do|does|is|was|were|would|are|has)\b)/i, 'why ')
    .replace(/\b(any|some|every|no)1\b/gi, '$1one')
    .replace(/\b(say|talk|react|respond|comment|tweet|speak)in\b/gi, '$1ing')
    .replace(/(?<=\p{L})\s+([24])\s+(?=(?:the|a|an|his|her|their|its|this|that|these|those|him|them|me|us)\b)/giu, (_, digit: string) => (digit === '2' ? ' to ' : ' for '))
    .replace(/\s+w\/\s*|\s+w\s+(?=(?:the|a|an|his|her|their|its|this|that)\b)/gi, ' with ')
    .replace(/\b(what|how)['’]?d\b/gi, '$1 did')
    // "someone said … who was that": a remembered line, whose speaker is asked for.
    // ("someone said the next hours will decide everything, who was that".)
    .replace(/^\s*(?:someone|somebody|some\s+(?:guy|man|woman|lady|person|politician|official|expert))\s+(?:said|says|tweeted|wrote|claimed)\s+(?:that\s+)?(\S.*?)\s*(?:[,;:]|\s[-–—]+|\.{2,})?\s*(?:who\s+(?:was|is)\s+(?:that|it|this|he|she)|who\s+said\s+(?:that|it|this)|who\s+was\s+it|(?:but\s+)?who)\s*[?!.]*\s*$/i, 'who said $1')
    // "did anyone from the state department say …", "has anybody from iran responded to …",
    // "someone from the white house on …": the body or place they are from is whom it asks for.
    // (…and one or some of them by a word for anyone: "some guy from the faa", "an official
    // from the kremlin", "a rep from boeing", "officials from the kremlin"; not "people from
    // gdansk", who live there.)
    .replace(/\b(?:(?:any|some)\s*(?:one|body)|(?:some|a|an|one)\s+(?:guy|man|woman|lady|dude|bloke|person|official|rep|representative|member|staffer|worker)|(?:some\s+|the\s+)?(?:officials|reps|representatives|members|staffers))\s+(?:from|at)\s+(?=\S)/gi, '')
    // "any reviews of the mockumentary", "scathing reviews of …": its critics' words.
    .replace(/^\s*(?:(?:any|the|some|all)\s+)?(?:(?:good|bad|scathing|glowing|rave|early|first|critical|mixed|positive|negative|harsh)\s+)?reviews?\s+(?:of|for|on)\s+(?=\S)/i, 'what did critics say about ')
    // "how did the press cover …", "what were news outlets saying about …", "what did the
    // british papers report": the news media as the voices asked for, whoever's they are.
    .replace(MEDIA_ASKED, (_, ask: string, whose = '') => `${ask}${whose}media `)
    .replace(/^(\s*)how\s+(did|do|does|has|have)\s+((?:\p{L}+\s+)?media)\s+(?:cover(?:ed)?|report(?:ed)?(?:\s+on)?|describe[ds]?|portray(?:ed)?|frame[ds]?|characteri[sz]e[ds]?|treat(?:ed)?|handle[ds]?)\s+/iu, '$1what $2 $3 say about ')
    // "what did people who knew munk say", "musicians who played with ginger baker": those
    // who knew someone, asked for their words on them, are others who spoke of them, as "who
    // praised …" asks (their own words are not asked for).
    .replace(/^\s*what\s+(?:did|have|do)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:people|those|folks|friends|colleagues|musicians|players|actors|scientists|politicians|others)\s+who\s+(?:knew|worked\s+(?:with|alongside)|played\s+with|served\s+with|studied\s+(?:with|under)|were\s+close\s+to|grew\s+up\s+with|performed\s+with|toured\s+with)\s+(.+?)\s+(?:say|said|have\s+to\s+say)(?:\s+about\s+(?:him|her|them))?\s*[?.!]*\s*$/iu, 'who praised $1')
    // "what did the germans say about …", "how did the french react to …": a people as one
    // side is its country, as "what did germany say" asks (its government, its officials).
    .replace(PEOPLE_ASKED, (ask: string, before: string, people: string) => {
      const country = countryOfPeople(people);
      return country ? `${before}${country} ` : ask;
    })
    // "anyone say anything about …": did anyone; "who's been talking about …": who talked.
    .replace(/^\s*(anyone|anybody|someone|somebody)\s+(?=(?:say|said|comment|commented|react|reacted|talk|talked|speak|spoke|weigh|weighed)\b)/i, 'did $1 ')
    .replace(/\bwho(?:\s+is|\s+are|['’]s|s)?\s+(?:been\s+)?(?:talking|speaking|commenting)\b/gi, 'who talked')
    // ("who all talked about …": who did, everyone of them.)
    .replace(/\bwho\s+all\s+(?=\S)/gi, 'who ')
    // "any scientists commenting on the rivers": what they said on it.
    .replace(/^\s*(?:(?:are|were)\s+(?:there\s+)?)?(?:any|some)\s+((?:\S+\s+){0,2}?\S+)\s+(?:commenting|talking|speaking|weighing\s+in)\s+(?=on\b|about\b|regarding\b)/i, 'what did $1 say ')
    // "which expert talked about …", "which official said the site would close": that one's words.
    // ("which un official told cengiz to be patient".)
    .replace(/^\s*which\s+((?:\S+\s+){0,2}?\S+)\s+(?:said|says|talked|talks|spoke|speaks|commented|comments|warned|claimed|argued|predicted|told|urged|asked|called|described|blamed|praised|criticized|criticised|accused|promised|pledged|admitted|denied|insisted|tweeted|wrote|thought)\s+(?:about\s+|on\s+|that\s+)?(?=\S)/i, 'what did the $1 say about ')
    // Someone's words asked for in other terms: judged, taken back, by side or degree,
    // addressed to someone, in an article or a courtroom (words-asked-otherwise.ts).
    .replace(/^[\s\S]+$/, asWordsAskedOtherwise)
    // "who was it that said …", "who's the guy who said …", "whose tweet ended "we shall
    // overcome"": a remembered line, whose speaker is asked for.
    .replace(/^\s*who(?:\s+(?:was|is)|['’]s)\s+(?:it|the\s+(?:one|guy|man|woman|person|lady|politician|official))\s+(?:that|who)\s+(?=(?:said|says|wrote|tweeted|called|thought)\b)/i, 'who ')
    .replace(/^\s*whose\s+(?:tweets?|lines?|quotes?|words|posts?|comments?|statements?)\s+(?:was|is|were|are|went|ended(?:\s+with)?|said|says|read)\s+(?=\S)/i, 'who said ')
    // "who from the government commented on …": who commented.
    .replace(/^\s*who\s+(?:from|at|in)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?=(?:said|commented|spoke|talked|reacted|responded)\b)/i, 'who ')
    // "what's being said about …": what was said. "any notable quotes about …": quotes.
    .replace(/\b(?:is|are)\s+being\s+said\b/gi, 'was said')
    // ("a good quote about …", "the exact quote from …", "quotable reactions to …".)
    // "corbyn talking about the prorogation", "quotes of corbyn mentioning it", "any quote where
    // corbyn mentions it", "where does corbyn talk about it": what he said about it.
    .replace(/^\s*(?:(?:any|some|all)\s+)?(?:the\s+)?(quotes?|comments?|statements?|remarks|reactions?)\s+(?:that\s+)?(?:mentioning|mentions?|discussing|discuss(?:es)?)\s+(?=\S)/i, '$1 about ')
    // (Not where the words before the verb hold a topic of their own: "trump's reaction to
    // pelosi announcing the inquiry" is his on her announcing it.)
    .replace(MENTIONS, (whole, who: string) => (/\s(?:to|on|about|over|after|before)\s/i.test(` ${who} `) ? whole : `what did ${who} say about `))
    // "any backlash over the ban?", "criticism of the ruling", "praise for kipchoge": a side
    // taken on it, asked as whoever took it.
    .replace(/^\s*(?:(?:was|is|were|has|have)\s+there\s+(?:been\s+)?)?(?:any\s+|much\s+|a\s+lot\s+of\s+)?(?:(backlash|criticism|pushback|outrage|anger|condemnation)|(praise)|(support))\s+(?:over|to|of|against|for|after|about|on|at)\s+(?=\S)/i, (_, against?: string, praise?: string) => (against ? 'who criticized ' : praise ? 'who praised ' : 'who supported '))
    // ("critics of trump's emergency threat — quotes": whoever criticized it.)
    .replace(/^\s*(?:the\s+)?(?:(critics)|(supporters|defenders))\s+of\s+(?=\S)/i, (_, against?: string) => (against ? 'who criticized ' : 'who supported '))
    // "quotes from people involved in the boat fire": the story's voices.
    .replace(/^\s*(quotes?|comments?|reactions?|words|statements)\s+(?:from|by|of)\s+(?:the\s+)?(?:people|those|everyone|anyone)\s+(?:involved|caught\s+up)\s+in\s+(?=\S)/i, '$1 about ')
    // "pelosi + the wall": her on it.
    .replace(/^\s*([^+]{2,40}?)\s*\+\s*(?=\S)/, '$1 on ')
    // "kipchoge quote: the sub two marathon": whoever it names, on the rest.
    .replace(/^\s*((?:[\p{L}'’.&-]+\s+){0,3}?[\p{L}'’.&-]+)\s+(?:quotes?|comments?|words)\s*[:–—-]+\s*(?!(?:who|what|how|any|reactions?)\b)(?=\S)/iu, '$1 on ')
    // ("what's been said about …": what was said, not what someone named "been" said.)
    .replace(/^\s*what\s+(?:has|have)\s+been\s+(said|written|tweeted)\b/i, 'what was $1')
    // ("the harshest words", "her most famous line", "the first warning", "the key point".)
    .replace(QUALITY, '')
    // "the thing the governor said after the crash", "the point dittmar made about …": what they said.
    // ("first thing the coalition said after …": the same, its "the" gone with its "first".)
    .replace(/^\s*(?:what\s+(?:is|was)\s+)?(?:the\s+)?(?:things?|words?|lines?|quote|point|claim|remark|comment)\s+(?:that\s+)?((?:[\p{L}'’.&-]+\s+){0,5}?[\p{L}'’.&-]+)\s+(?:said|says|tweeted|wrote|told\s+\S+|made|gave|used)\b/iu, 'what did $1 say')
    // "the warning from the azores president as lorenzo came in": what they said then; "what's
    // the word from …" likewise.
    .replace(/^\s*(?:what\s+(?:is|was)\s+)?the\s+(?:quote|line|words?|news|warning|message|promise|claim|point|takeaway|tweet|statement|remark|comment|response|reaction|tribute|one-liner)\s+(?:from|by|of)\s+((?:[\p{L}'’.&-]+\s+){0,5}?[\p{L}'’.&-]+)\s+(?:(about|on|after|when|over|regarding)|as)\s+(?=\S)/iu, (_, who: string, opens?: string) => `what did ${who} say ${opens ?? 'when'} `)
    // "what were the reactions like to …": the reactions to it.
    .replace(/\b(reactions?|responses?)\s+like\s+(?=to|after|on)/gi, '$1 ')
    // "reaction roundup tony mendez dying", "a roundup of reactions to …": the reactions to it.
    .replace(/\s+(reactions?|responses?)\s+(?:round-?up|recap)\s*([?.!]*)\s*$/i, ' reactions$2')
    .replace(/\b(reactions?|responses?)\s+(?:round-?up|recap)(?:\s*[:–—-]|\s+(?:on|for|of|to))?\s+(?=\S)/gi, '$1 to ')
    .replace(/^\s*(?:an?\s+)?(?:round-?up|recap)\s+of\s+(?=(?:the\s+)?(?:reactions?|responses?|quotes)\b)/i, '')
    // "who said stuff about …": who said.
    .replace(/\b(said|say|says)\s+(?:stuff|things)\s+(?=about|on|regarding)/gi, '$1 ')
    // …and chat's short words: "what did ppl say", "how did the govt respond".
    .replace(/\bppl\b/gi, 'people')
    .replace(/\b(?:smth|sth|somethin)\b/gi, 'something')
    // ("100k covid deaths": the articles' "100,000".)
    .replace(/\b(\d{1,3})k\b/gi, '$1,000')
    // ("boris n corbyn on …": chat's "and"; not "the n word".)
    .replace(/(?<=\S)(?<!\bthe)\s+n\s+(?=\S)/gi, ' and ')
    .replace(/\b(?:govt|gov['’]t|gvt)\b/gi, 'government')
    .replace(/\bdept\b\.?/gi, 'department')
    // ("the us secstate", "the who dg", "the fbi dir", "the nasa admin", "the hk ce": chat's
    // short words for an office; "admin" only of an agency an administrator heads, not "the
    // trump admin".)
    .replace(/\bsec\s*state\b/gi, 'secretary of state')
    // ("the ntsb spox", "the us amb to germany", "the health min", "sec of state", "the foreign
    // sec", "the dpm": not "30 min", "a sec", nor the sec of Wall Street.)
    .replace(/\bspox\b/gi, 'spokesperson')
    .replace(/\bamb\b(?!\.)/gi, 'ambassador')
    .replace(/\bdpm\b/gi, 'deputy prime minister')
    .replace(/(?<=\p{L}\s+)(?<!\b(?:a|one|few|couple|of)\s+)min\b\.?(?!\s*\d)/giu, 'minister')
    .replace(/\bsec\b\.?(?=\s+of\b)|(?<=\b(?:foreign|home|health|defen[cs]e|press|treasury|energy|interior|labou?r|commerce|transport|education|culture|justice|business|trade|brexit|environment)\s+)sec\b\.?/gi, 'secretary')
    .replace(/\bsec\s*def\b/gi, 'defense secretary')
    .replace(/\bsec\s*gen\b/gi, 'secretary-general')
    .replace(/\bdg\b/gi, 'director-general')
    .replace(/\bdir\b\.?/gi, 'director')
    .replace(/\b(nasa|fema|epa|faa|tsa|sba|usaid)\s+admin\b\.?/gi, '$1 administrator')
    .replace(/\bhk\s+ce\b/gi, 'hong kong chief executive')
    // ("kosgei's wr", "the 400mh final", "doha worlds", "the unga speech", "the uscg capt",
    // "the sar": sport's and politics' shorthand for an event or an office.)
    .replace(/\bwr\b/gi, 'world record')
    .replace(/\bpb\b/gi, 'personal best')
    .replace(/\b(\d{2,3})\s*m?\s*h\b(?=\s|$)/gi, (whole: string, metres: string) => (/^(?:100|110|400)$/.test(metres) ? `${metres} m hurdles` : whole))
    .replace(/\bworlds\b/gi, 'world championships')
    .replace(/\bunga\b/gi, 'un general assembly')
    .replace(/\buscg\b/gi, 'coast guard')
    .replace(/\bcapt\b\.?/gi, 'captain')
    .replace(/(?<=\b(?:the|a)\s+)sar\b/gi, 'search and rescue')
    // ("what did the mayor there say", "…that day", "…back then": where and when the story the
    // message told first happened, pointed back at.)
    .replace(/(?<=\b(?:the|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+there\b(?=\s+(?:say|said|says|write|wrote|tell|told|confirm|confirmed|announce|announced|report|reported|think|thought|tweet|tweeted|post|posted|claim|claimed))/giu, '')
    .replace(/\s+(?:that\s+day|back\s+then|at\s+the\s+time|then)(?=\s*[?.!]*\s*$)/gi, '')
    // ("prime minster", "the shereef", "aria 51": a slip to another word, or a word as heard.)
    .replace(/\bprime\s+minster\b/gi, 'prime minister')
    .replace(/\b(?:shereef|sherrif|sherif|sherriff|shariff)\b/gi, 'sheriff')
    .replace(/\baria\s+(?=51\b)/gi, 'area ')
    .replace(/\bpotus\b/gi, 'the us president')
    .replace(/\bflotus\b/gi, 'the us first lady')
    // ("the toilet paper limits in oz", "the aussie pm", "back in blighty": chat's names for a
    // country and its people; "oz" only after a word of place, not "16 oz".)
    .replace(/\b(in|across|from|of|around|throughout|to)\s+oz\b/gi, '$1 australia')
    .replace(/\baussie\b/gi, 'australian')
    .replace(/\bblighty\b/gi, 'britain')
    // ("the lion air black box": the articles' "cockpit voice recorder", "flight data recorder".)
    .replace(/\bblack[\s-]+box(es)?\b/gi, (_, many?: string) => (many ? 'flight recorders' : 'flight recorder'))
    // ("the us pulling out", "when trump pulled out of syria": the articles' "withdrew", in two
    // words no word's other forms find, as they find "withdrawal" for "pullout".)
    .replace(/\b(pull|pulls|pulled|pulling)\s+out(\s+of)?\b/gi, (_, verb: string, of?: string) => `${PULLED_OUT[verb.toLowerCase()]!}${of ? ' from' : ''}`)
    // ("when he threw in the towel", "calling it quits": he quit, which news tells as "ends his bid".)
    .replace(/\b(?:(throw|throws|threw|thrown|throwing)\s+in\s+the\s+towel|(call|calls|called|calling)\s+it\s+quits)\b/gi, (_, thrown?: string, called?: string) => QUIT[(thrown ?? called)!.toLowerCase()]!)
    // ("the pill mill doctor": news's name for a practice prescribing opioids by the thousand,
    // which the article tells as "opioid prescriptions".)
    .replace(/\bpill[\s-]+mills?\b/gi, 'opioid')
    .replace(/\bvp\b/gi, 'vice president')
    .replace(/\b(?:prez|pres)\b(?!\.)/gi, 'president')
    .replace(/\b(?:the\s+)?gop\b/gi, 'republicans')
    .replace(/\bdems\b/gi, 'democrats')
    // ("the azores presidetn", "the un rapporetur": an office with a slip of the keys; not a
    // word English has, "fiance", which is no slip of "finance".)
    .replace(/\p{L}{6,}/gu, (word) => (isEnglishWord(word.toLowerCase()) ? word : (titleSpelled(word) ?? word)))
    // ("grenell wrt mahan air": with regard to it.)
    .replace(/\bw\.?r\.?t\.?(?=\s)/gi, 'on')
    .replace(/\s+re:?\s+(?=\S)/gi, ' about ')
    // "what did X have to say", "what's X got to say", "did X have nice things to say": what
    // they said (their kind is no word of the topic). (Not "who had …", below.)
    .replace(/(?<!\bwho\s+)\b(?:(?:have|has|had)(?:\s+got)?|got)\s+(?:(?:some|any)\s+)?(?:(?:things|words)\s+)?to\s+(say|add|tell)\b/gi, '$1')
    // "how many cases did tedros report", "what price did musk give": what they said of it.
    .replace(/\S[\s\S]*/, asFigureAsked)
    // "what meds did trump's doctor say he was getting", "which countries did pompeo say were
    // to blame": what they said of those things, as for a figure (above), whatever is named.
    // (A reason or an argument given is what was said: "what reason did the sheriff give for …".)
    .replace(THINGS_SAID, (whole, things: string, who: string) => (NOT_THINGS.test(things) ? whole : `what did ${who} say about ${WORDS_GIVEN.test(things) ? '' : `${things} `}`))
    // "who was quoted about what went down in tunisia", "reactions to what happened at the
    // base": the place is the story asked for; what happened there is any story's words.
    .replace(/\b(about|on|regarding|over|to)\s+what\s+(?:(?:has|had)\s+)?(?:happened|went\s+(?:down|on)|(?:was|is|'s)\s+(?:going\s+on|happening))\s+(?:in|at)\s+/gi, '$1 ')
    // "who had something to say about …", "who had good things to say": who said something.
    // (Said something when it happened, not a line said: "who had something to say when the
    // queen signed off …" is not whose the words "when the queen signed off …" are.)
    .replace(/\b(?:have|has|had)\s+(?:something|anything|a\s+lot|much|(?:(?:some|any)\s+)?(?:things|words))\s+to\s+say\b(?=(\s+(?:when|after|as|while|once|before|during|following|since|upon)\b)?)/gi, (_, when?: string) => (when ? 'said something' : 'said'))
    // ("did anyone say anything bad about …", "who spoke in favour of …": the side taken is the
    // answer's to show, no word of the story.)
    .replace(/\b(anything|something)\s+(?:good|bad|nice|positive|negative|critical|kind|unkind|nasty|mean|harsh|supportive|favou?rable)\s+(?=(?:about|on|of|regarding)\s)/gi, '$1 ')
    .replace(/\b(spoke|speak|speaks|speaking|argued|argue|argues|came\s+out|come\s+out)\s+(?:in\s+favou?r|in\s+support)\s+of\s+/gi, (_, verb: string) => `${/out$/i.test(verb) ? 'spoke' : verb} about `)
    // "his words when resigning", "her last post said what": a pronoun's words, whom a
    // lead-in named ("puerto rico's governor quit. his words?").
    .replace(THEIR_WORDS, 'what did they say')
    // "the congolese doctor in charge said", "a student there said…": what they said.
    // ("van tilburg disagreed?", "the judge replied": what they said, by its verb.)
    .replace(/^\s*((?!(?:who|what|how|why|when|where|which|did|does|do|has|have|had|was|were|is|are|it|i|you|u|we|they|he|she|people|everyone|someone|somebody|anyone|anybody|something|anything|everything|nothing)\b)\p{L}[\p{L}'’.&-]*(?:\s+\p{L}[\p{L}'’.&-]*){0,5}?)\s+(?:said|says|replied|responded|reacted|disagreed|agreed|objected|commented|apologi[sz]ed|tweeted|wrote)\s*[?.!:…]*\s*$/iu, 'what did $1 say')
    // "what's the reaction been to …": the reactions to it.
    .replace(/\b(reactions?|responses?)\s+(?:has\s+|have\s+)?been\s+(?=(?:to|from|on|after)\b)/gi, '$1 ')
    // "the syria pullout was called a stab in the back by who", "the pullout was slammed by
    // which senator", "'our house is burning' - said by whom?": whose words, the speaker last.
    // ("by which senator": whoever did, whom the story's words find; the articles seldom call
    // the one who did it so, "the Senate minority leader".)
    // "what was tweeted by trump about …", "the remarks made by the unicef guy during …", "was
    // anything said by pompeo about …": the agent's words; "by whom was Y commented on", who.
    .replace(BY_AGENT, (_, agent: string, rest = '') => `what did ${agent} say${rest}`)
    .replace(ANYTHING_BY_AGENT, (_, agent: string, rest = '') => `did ${agent} say anything${rest}`)
    // ("what did pelosi say about the shutdown and what did she say about impeachment": the
    // second story after the first, as "and then about" asks it.)
    .replace(ASKED_AGAIN_ON, ' and then $1 ')
    // ("what's the word on …": chat's ask for the news of it, who said what; "did anyone
    // important say …": anyone; "… in one place": how the answer should come.)
    .replace(/^\s*(?:what|whats)\s+(?:is\s+)?the\s+(?:latest\s+)?word\s+(?:on|about|re)\s+(?=\S)/i, 'who said what about ')
    .replace(/\b(anyone|anybody|someone|somebody)\s+(?:important|notable|famous|big|official|prominent|significant)\b/gi, '$1')
    .replace(/\s+(?:in\s+one\s+place|all\s+together|in\s+a\s+(?:list|single\s+post))(?=\s*[?.!]*\s*$)/i, '')
    // ("who were the main voices on …": who commented on it.)
    .replace(/^\s*(?:who\s+(?:were|are|was)\s+)?the\s+(?:(?:main|key|big|loudest|leading|major|other)\s+)?voices\s+(?:on|about|in|regarding|over)\s+(?=\S)/i, 'who commented on ')
    // ("has anything been said about …", "was there anything said about …": who said anything.)
    .replace(ANYTHING_SAID, 'who said anything ')
    // ("how are people reacting to …", "how's pelosi taking the news": how they reacted.)
    .replace(REACTING_NOW, 'how did $1 react to ')
    // ("anyone have thoughts on …": what people thought of it; "what was the reaction like":
    // the reaction.)
    .replace(ANYONES_THOUGHTS, 'what did people think about ')
    .replace(WHAT_IT_WAS_LIKE, '$1')
    .replace(BY_WHOM_FIRST, (_, what: string, verb: string) => `who ${verb.toLowerCase().replace(/\s+/g, ' ')} ${what}`)
    .replace(BY_WHOM, (_, what: string, verb: string, rest = '') =>
      /^(?:said|stated|uttered)$/i.test(verb) ? `who said ${what}` : `who ${verb.toLowerCase().replace(/\s+/g, ' ')} ${what} ${rest}`.trim())
    // "was the flapping study criticized by anyone", "was trump praised by haley": who did so,
    // or what the one named said of it.
    .replace(PASSIVE, (_, what: string, verb: string, by = '', rest = '') =>
      !by || /^(?:anyone|anybody|someone|somebody|people|others|any\s+\S+|other\s+\S+)$/i.test(by) || GROUP_WORD.test(by) ? `who ${verb} ${what} ${rest}`.trim() : `what did ${by} say about ${what} ${rest}`.trim())
    .replace(COMPARED, (_, ...parts: Array<string | undefined>) => {
      // (Whichever of the shapes matched: its two names and its topic; "vs" kept where typed.)
      if (parts[12] !== undefined) return `what did ${parts[12]} vs ${parts[14]} say about ${parts[15]}`;
      const [a, b, topic] = [0, 3, 6, 9].map((at) => parts.slice(at, at + 3)).find(([first]) => first !== undefined)!;
      return `what did ${a} and ${b} say${topic ? ` about ${topic}` : ''}`;
    })
    .replace(ECHO, echoed)
    .replace(TOPIC_FIRST, topicLast)
    // "actor doris day dies at 97 - mary quant's quote?": the story (a headline, pasted), then whose words.
    .replace(/^\s*(\S.*?\S)\s+[-–—:]+\s+((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+?)['’]s?\s+(?:quotes?|reactions?|response|take|view|words|comments?|statement|thoughts)\s*[?.!]*\s*$/iu, (whole, story: string, who: string) => (/^(?:any|the|their|his|her|some|all)$/i.test(who) ? whole : `what did ${who} say about ${story}`))
    .replace(/\S[\s\S]*/, inPlainOrder);
}

const MENTIONING = '(?:talking|speaking|commenting|ranting|tweeting|going\\s+on|warning|weighing\\s+in|talk|speak|comment|tweet)\\s+(?:about|on|of)|describing|explaining|announcing|confirming|addressing|critici[sz]ing|praising|slamming|blasting|condemning|welcoming|mentioning|mentions|mentioned|mention|discussing|discusses|discussed|discuss|bringing\\s+up|brings\\s+up|brought\\s+up';
const SOMEONE_NAMED = "((?!(?:who|what|how|why|when|where|which|did|does|do|has|have|had|was|were|is|are|it|i|you|u|we|they|he|she|people|everyone|someone|anyone|any|some|all|quotes?|comments?)\\b)\\p{L}[\\p{L}'’.&-]*(?:\\s+\\p{L}[\\p{L}'’.&-]*){0,4}?)";
const MENTIONS = new RegExp(
  `^\\s*(?:(?:any|a|the|some)\\s+(?:quotes?|time|bit|part)\\s+(?:where|when|in\\s+which)\\s+|quotes?\\s+(?:of|from|by)\\s+|where\\s+(?:does|did|do)\\s+|when\\s+did\\s+)?${SOMEONE_NAMED}\\s+(?:ever\\s+)?(?:${MENTIONING})\\s+(?=\\S)`,
  'iu',
);

// What kind of quote a reader wants, before the word for it: "the harshest words", "her most
// famous line", "the first warning", "the key point", "a short quote", "the money quote". No
// word of the story, nor of who said it.
const QUOTE_NOUN = 'quotes?|comments?|statements?|reactions?|remarks?|responses?|lines?|one-liners?|words?|things?|tweets?|tributes?|warnings?|promises?|claims?|points?|takeaways?|messages?|voices|criticisms?|moments?|soundbites?|apolog(?:y|ies)';
// (…or one that can be cited: "cited quotes", "sourced", "real".)
const EVALUATIVE = 'cited|sourced|referenced|attributed|verified|real|genuine|notable|best|worst|key|top|important|memorable|main|money|headline|standout|stand-out|signature|defining|interesting|relevant|official|public|good|great|nice|strong|powerful|short|exact|actual|direct|verbatim|quotable|famous|first|last|latest|initial|final|emotional|moving|touching|angry|bold|blunt|harsh|sharp|warm|tough|brave|crazy|funny|gracious|upbeat|defiant|provocative|grim|hopeful|telling|determined|critical|controversial|inspiring';
// (Not words in "-est" that are no superlative: "the protest tweets".)
const NOT_SUPERLATIVE = 'protest|contest|request|interest|forest|honest|modest|arrest|test|west|harvest|chest|guest|quest|conquest|manifest|digest|inquest|suggest|earnest';
const QUALITY = new RegExp(`\\b(?:(?:most|least)\\s+\\p{L}+|(?!(?:${NOT_SUPERLATIVE})\\b)\\p{L}{2,}est|${EVALUATIVE})\\s+(?=(?:${QUOTE_NOUN})\\b)`, 'giu');

// The topic marked and put first, then an ask of no topic of its own: "re: the amazon fires
// - what did macron say?", "on the prorogation: hammond's words?", "speaking of monarch
// butterflies, anything from kimbrell?".
const TOPIC_FIRST = /^\s*(?:re\b:?|regarding|concerning|about|on|speaking\s+of|talking\s+of|as\s+for|on\s+the\s+(?:topic|subject)\s+of)\s+(.+?)\s*(?:[,:;]|\s[-–—]+)\s*(.+?)\s*[?.!]*\s*$/i;

function topicLast(whole: string, topic: string, ask: string): string {
  const who =
    /^(?:so\s+)?(?:what|how)\s+(?:did|does|has|have)\s+(.+?)\s+(?:say|said|think|thought|react|respond|comment|tweet|write)$/i.exec(ask)?.[1] ??
    /^(?:anything|any\s+(?:quotes?|comments?|words?))\s+(?:from|by)\s+(.+)$/i.exec(ask)?.[1] ??
    /^(.+?)['’]s?\s+(?:words|quotes?|take|reaction|response|comments?|views?|thoughts)$/i.exec(ask)?.[1];
  if (who) return `what did ${who} say about ${topic}`;
  // ("re: the toilet paper limits - who said what", "on typhoon phanfone: reactions?".)
  if (/^(?:who\s+said\s+what|who\s+(?:was|got|were)\s+quoted|any(?:one|body)\s+quoted|reactions?|quotes?|voices|responses?)$/i.test(ask)) return `who said what about ${topic}`;
  return whole;
}

// Words of a subject a second-language question names before its verb: not the question's
// own words, a pronoun or a clause's opening ("what did he say after he told …").
const SUBJECT_WORD = String.raw`(?!(?:what|who|whom|how|why|when|where|which|did|does|do|has|have|had|was|were|is|are|it|i|you|u|we|they|he|she|and|or|but|after|before|if|that|because|so|then|since|while|as|until|once|about|on|for|of|to|in|at|with|anything|something|everything|nothing|anyone|someone|everyone|say|says|said|tell|tells|told|think|thinks|thought|swears|claims|claimed|wrote|tweeted)\b)\p{L}[\p{L}'’.&-]*`;
const SUBJECT_WORDS = String.raw`${SUBJECT_WORD}(?:\s+${SUBJECT_WORD}){0,4}?`;

// The plain forms of verbs such a question asks with.
const PLAIN_VERB = 'say|tell|think|want|ask|explain|answer|feel|react|respond|reply|write|tweet|post|mean|call|describe|promise|warn|threaten|claim';
const RESUMED_SUBJECT = new RegExp(`^(\\s*(?:(?:what|how)\\s+)?${SUBJECT_WORDS})\\s+(?:he|she|they)\\s+(?=(?:${PLAIN_VERB}|says|said|tells|told|thinks|thought|wants|wanted|asked|explained|answered|felt|reacted|responded|replied|wrote|tweets|tweeted|posted|meant|calls|called|described|promised|warned|threatened|claimed)\\b)`, 'iu');

// Verbs people ask for someone's words with, in any tense a second-language question puts
// them: "what he think of", "what has told the detective", "how tedros has described".
const ASKING_VERB = 'say|says|said|tell|tells|told|think|thinks|thought|want|wants|wanted|ask|asks|asked|explain|explains|explained|answer|answers|answered|feel|feels|felt|react|reacts|reacted|respond|responds|responded|write|writes|wrote|written|tweet|tweets|tweeted|mean|means|meant|declare|declares|declared|announce|announces|announced|describe|describes|described|promise|promises|promised|warn|warns|warned|claim|claims|claimed';
// Where the one asked for ends and the topic begins; "for" too, as "about" ("what says mary
// quant for doris day").
const TOPIC_OPENS = 'about|on|regarding|over|concerning|after|when|during|at';
// (Built once, as THEIR_WORDS is.)
const VERB_FIRST = new RegExp(`^\\s*(what|how)\\s+(?:(?:has|have|had|did|does|do)\\s+)?(?:${ASKING_VERB})\\s+((?!(?:it|this|that|them|him|her|us|me|you|there|about|on|for)\\b)(?:[\\p{L}'’.&-]+\\s+){0,5}?[\\p{L}'’.&-]+)(?:\\s+(for)\\s+|\\s+(?=(?:${TOPIC_OPENS})\\s)|\\s*[?.!]*\\s*$)`, 'iu');
const NO_AUXILIARY = new RegExp(`\\b(what|how)\\s+(he|she|they)\\s+(?:(?:has|have|had)\\s+)?(${ASKING_VERB})\\b`, 'giu');

/**
 * A question in the word order of other languages, as people for whom English is a second
 * language type it, put as "what did X say …": "what said boris johnson about …" (verb
 * before its subject), "tony abbott what he think of …" (no auxiliary, the name before),
 * "what mnangagwa has announced", "which words used minnis for abaco", "the us attorney, he
 * told what about the gunman". The frames then read it as any other.
 */
function inPlainOrder(text: string): string {
  return text
    // ("what has told the detective about the arrests", "what says mary quant for doris day".)
    .replace(VERB_FIRST, (_, w: string, who: string, dative?: string) => `${w} did ${who} say ${dative ? 'about ' : ''}`)
    // ("which words used minnis for abaco", "which words did minnis use to describe abaco".)
    .replace(/^\s*(?:which|what)\s+(?:words?|terms?|phrases?|language|expressions?|lines?)\s+(?:(?:did|does|has|have)\s+)?((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(?:used?|chose|choose)\s+(?:(?:for|about|on|to\s+describe|regarding)\s+)?/iu, 'what did $1 say about ')
    .replace(/^\s*(?:which|what)\s+(?:words?|terms?|phrases?|language|expressions?)\s+(?:used?|chose|choose)\s+((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(?:for|about|on|to\s+describe|regarding)\s+/iu, 'what did $1 say about ')
    // ("what mnangagwa has announced about mugabe", "how tedros has described the pandemic".)
    .replace(/^\s*(what|how)\s+((?!(?:has|have|had|is|was|are|were|did|does|do|he|she|they|it|people|everyone)\b)(?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+)\s+(?:has|have|had)\s+(said|told|announced|described|explained|answered|declared|written|wrote|tweeted|claimed|promised|warned|reacted|responded|replied)\b/iu, '$1 did $2 $3')
    // ("the us attorney in el paso, he told what about the gunman".)
    .replace(/([,:–—-]\s*)(he|she|they)\s+(?:said|says|told|tells|tweeted|wrote|answered|declared)\s+what\b/giu, '$1what did $2 say')
    // ("pierluisi, which argument he gave for staying governor".)
    .replace(/\b(?:which|what)\s+(arguments?|reasons?|explanations?|excuses?|justifications?)\s+(he|she|they)\s+(?:(?:has|have|had)\s+)?(?:gave|give|given|made|make|offered|used)\b/giu, 'what $1 did $2 give')
    // ("…, what they has said", "how he explain why …": no auxiliary, or one after the pronoun.)
    .replace(NO_AUXILIARY, '$1 did $2 $3')
    // ("tony abbott what did he think of …", "de blasio why did he drop out": the name, then the
    // ask about "he", as after a comma.)
    // ("the b-17 crash victims family what they said", "the b-17 crash who said what": likewise
    // the many.)
    .replace(/^\s*(?!(?:who|what|how|which|did|does|do|was|were|is|are)\s)([^,:?]{2,60}?[^\s,:?–—-])\s+(?=(?:what|how|why)\s+did\s+(?:he|she)\b|(?:what\s+did\s+(?:they|people)\s+(?:say|said)|who\s+said\s+what)\s*[?.!]*\s*$)/iu, '$1, ');
}

// Two voices asked to be set side by side: "compare what sturgeon and cherry said about the
// ruling", "compare bolsonaro and macron on the amazon", "how was bolsonaro's view different
// from macron's on the amazon", "the difference between what X and Y said about …". Each
// shape's two names and topic are groups of three; the answer is each one's words.
const NAME = '([\\p{L}.&-]+(?:\\s+[\\p{L}.&-]+){0,3}?)';
const VIEWS = '(?:views?|takes?|positions?|stances?|responses?|reactions?|opinions?|comments?|statements?|quotes?|words|answers?)';
const COMPARED = new RegExp(
  [
    `^\\s*compare\\s+what\\s+${NAME}\\s+(?:and|with|to|vs\\.?)\\s+${NAME}\\s+(?:said|say|think|thought)(?:\\s+(?:about|on|over|regarding)\\s+(.+?))?\\s*[?.!]*$`,
    `^\\s*compare\\s+${NAME}(?:['’]s?)?\\s+(?:and|with|vs\\.?)\\s+${NAME}(?:['’]s?)?(?:\\s+${VIEWS})?(?:\\s+(?:about|on|over|regarding|to)\\s+(.+?))?\\s*[?.!]*$`,
    `^\\s*how\\s+(?:was|were|is|are|did|does)\\s+${NAME}['’]s?\\s+${VIEWS}\\s+(?:different|differ)\\s+from\\s+${NAME}['’]s?(?:\\s+(?:about|on|over|regarding)\\s+(.+?))?\\s*[?.!]*$`,
    `^\\s*(?:what\\s+(?:is|was|were)\\s+)?the\\s+differences?\\s+between\\s+what\\s+${NAME}\\s+and\\s+${NAME}\\s+said(?:\\s+(?:about|on|over|regarding)\\s+(.+?))?\\s*[?.!]*$`,
    // ("pelosi vs trump on the wall": two sides set against each other, "vs" kept, so that a
    // side the library never quotes says so.)
    `^\\s*${NAME}(?:['’]s?)?\\s+(vs\\.?|versus)\\s+${NAME}(?:['’]s?)?(?:\\s+${VIEWS})?\\s+(?:about|on|over|regarding)\\s+(.+?)\\s*[?.!]*$`,
  ].join('|'),
  'iu',
);

// A side taken, asked in the passive: "was the study criticized by anyone", "was trump praised by haley".
const PASSIVE = /^\s*(?:was|were|is|are|has\s+been|have\s+been)\s+(.+?)\s+(critici[sz]ed|praised|welcomed|condemned|slammed|questioned|attacked|defended|backed|supported|opposed|mocked|disputed|doubted|challenged)(?:\s+by\s+((?:any|other)\s+[^\s?.!,]+|[^\s?.!,]+(?:\s+[^\s?.!,]+)?))?(?:\s+((?:for|over|after|when|about|because)\b.*?))?\s*[?.!]*\s*$/i;
// Whose words, asked in the passive with the speaker last: "X was called Y by who", "X was
// slammed by which senator", "'…' - said by whom?".
const BY_WHOM = /^\s*(.+?)(?:\s+(?:was|were|is|are|got|get|gets|has\s+been|had\s+been|have\s+been)|\s*[-–—:]+)\s+(called|described|compared|labell?ed|branded|critici[sz]ed|praised|welcomed|condemned|slammed|blasted|attacked|defended|backed|supported|opposed|mocked|blamed|questioned|said|stated|uttered|tweeted|explained|celebrated|commented\s+on)\b\s*(.*?)\s*,?\s+by\s+(?:who|whom|which\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+))\s*[?.!]*\s*$/iu;

// Words asked for by their agent, in the passive or after what they are: "what was tweeted by
// X about Y", "which words were used by X", "the comments made by X after Y".
const AGENT = String.raw`((?:[\p{L}'’.&-]+\s+){0,6}?[\p{L}'’.&-]+)(\s+(?:about|on|regarding|over|after|when|during|following|concerning|in|at)\s+\S.*?)?\s*[?.!]*\s*$`;
const BY_AGENT = new RegExp(String.raw`^\s*(?:(?:what|which\s+(?:words|quotes|lines|remarks|comments))\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got)\s+(?:said|tweeted|posted|written|stated|used|uttered|announced|shared|claimed)|(?:the\s+|any\s+|some\s+)?(?:words|comments?|remarks|statements?|quotes?|tweets?|posts?|things)\s+(?:used|made|given|said|written|posted|tweeted|issued|released|offered|shared|uttered))\s+by\s+${AGENT}`, 'iu');
const ASKED_AGAIN_ON = /(?<=\b(?:about|on|regarding|over|to|after)\s+\S.*?)\s*,?\s+and\s+(?:what|how)\s+(?:did|do|does|has|have)\s+(?:they|he|she|it|people|everyone|others)\s+(?:say|said|think|thought|react|reacted|respond|responded)\s+(about|on|regarding|after|to|when)\s+(?=\S)/gi;
const ANYTHING_SAID = /^\s*(?:(?:was|were|has|had|is)\s+(?:there\s+)?)?(?:anything|something)\s+(?:been\s+)?said\s+(?=(?:about|on|regarding|over|after|when)\s)/i;
const REACTING_NOW = new RegExp(String.raw`^\s*how\s+(?:is|are|was|were)\s+(${TYPED_NAME})\s+(?:reacting|responding|taking)\s+(?:to\s+)?(?=\S)`, 'iu');
const ANYONES_THOUGHTS = /^\s*(?:(?:does|do|did)\s+)?(?:anyone|anybody|any1|someone|somebody)\s+(?:have|has|got|had)\s+(?:any\s+)?(?:thoughts|opinions|views|takes?)\s+(?:on|about|regarding|re)\s+(?=\S)/i;
const WHAT_IT_WAS_LIKE = /^(\s*what\s+(?:was|were|is|are)\s+.*\b(?:reactions?|responses?|replies|reply|answers?|tone)\b.*?)\s+like(?=\s*[?.!]*\s*$)/i;
const ANYTHING_BY_AGENT = new RegExp(String.raw`^\s*(?:(?:was|were|has|had|is)\s+)?(?:anything|something)\s+(?:been\s+)?(?:said|tweeted|posted|written|stated|announced)\s+by\s+${AGENT}`, 'iu');
// Who did it, asked with "by whom" first: "by whom was the ruling criticised".
const BY_WHOM_FIRST = /^\s*by\s+whom\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(.+?)\s+(commented\s+on|critici[sz]ed|praised|welcomed|condemned|slammed|discussed|mentioned|addressed|questioned|defended|opposed|supported|described|called\s+\S+)\s*[?.!]*\s*$/i;

const GROUP_WORD = /^(?:the\s+)?(?:experts?|critics?|scientists?|researchers?|politicians?|officials?|leaders?|lawmakers?|activists?|doctors?|analysts?)$/i;

// A speaker's words asked back as a statement, the question word where the words would go:
// "macron defended what at the g7", "boris blamed who for the delay", "the tunisian rights
// guy defended the ban how"; in the present of a second-language question too, "john tory
// say what about …", "tony abbott call the nsw law what". ("who said what" and "did X say
// …" are others.)
const ECHO = new RegExp(
  `^\\s*(?!(?:who|what|how|why|when|where|which|whose|did|does|do|has|have|had|was|were|is|are|any|anyone|anybody|someone|somebody|everyone|everybody|people|they|he|she|it|i|you|u|we)\\b)` +
    // ("mike ryan from the who insisted what …": whom "from" places is read elsewhere.)
    // ("notre dame fire - who said what": a dash is no word of a name.)
    `((?:the\\s+)?\\p{L}[\\p{L}'’.&-]*(?:\\s+(?!(?:from|who|what|how)\\b)\\p{L}[\\p{L}'’.&-]*){0,4}?)\\s+` +
    `(?:say|says|tell|tells|tweet|tweets|call|calls|write|writes|said|claimed|warned|insisted|denied|admitted|thanked|praised|slammed|blamed|urged|defended|suggested|argued|accused|critici[sz]ed|apologi[sz]ed|vowed|promised|predicted|called|described|dismissed|rejected|welcomed|condemned|questioned|disputed|hinted|joked|declared|pleaded|told|tweeted|wrote|announced|revealed|explained|compared|bragged|boasted|stressed|replied|responded|reacted|conceded|acknowledged|complained|recalled|mourned|cautioned|threatened|pledged)` +
    // ("the archbishop apologised after the film, what did he say": a question of its own.)
    // ("covid declared a pandemic - who said what": the voices asked for after a dash.)
    `\\s+(?:((?:(?!\\s[-–—]+\\s)[^,])*?)\\s+)?(?:what|who|whom|how|why)\\b(?!\\s+(?:did|does|do|was|were|is|are|has|have|said|says|commented|reacted|responded|spoke)\\b)\\s*(.*)$`,
  'iu',
);

function echoed(_: string, who: string, before = '', after = ''): string {
  // ("the nato chief urged turkey to do what": "to do" asks what, no word of the story.)
  // ("kipchoge compared the run to what", "trump bragged about what": the preposition asks.)
  const topic = `${before.replace(/(?:^|\s+)(?:to\s+do|about|on|of|for|at|over|to|with|regarding|was|were|is|as)$/i, '')} ${after}`
    .trim()
    .replace(/^(?:about|on|of|for|at|after|over|to|with|regarding)\s+/i, '')
    .replace(/^(?:about|on|of|for|over|to|with|regarding)$/i, '');
  return topic ? `what did ${who} say about ${topic}` : `what did ${who} say`;
}

// The rewrites of plain(), built once.
const SPEAKING_FOR = new RegExp(String.raw`^\s*(${TYPED_NAME})\s+speaking\s+(?:for|on\s+behalf\s+of)\s+((?:\S+\s+){0,3}?\S+)\s+(?=(?:on|about|regarding|over)\s)`, 'iu');
const WHICH_LINES_DID = new RegExp(String.raw`^\s*(?:which|what)\s+(?:${QUOTED_AS})\s+(?:${WHAT_IT_DID})\s+(?=\S)`, 'i');
const LINE_THAT_DID = new RegExp(String.raw`\b(${QUOTED_AS})\s+(?:that|which)\s+(?:${WHAT_IT_DID})(?:\s+(?=\S)|\s*(?=[?.!]*\s*$))`, 'gi');
const THAT_DID_LAST = new RegExp(String.raw`\s+(?:that|which)\s+(?:${WHAT_IT_DID})\s*(?=[?.!]*\s*$)`, 'i');
const VIRAL_LINE = new RegExp(String.raw`\b(?:viral|much[\s-]quoted|most[\s-]quoted|widely[\s-]shared)\s+(?=(?:${QUOTED_AS})\b)`, 'gi');
const PAID_BY = new RegExp(String.raw`^\s*(?:the\s+|a\s+|an\s+)?(${PAID})\s+(${TYPED_NAME})\s+(?:paid|gave|offered|made|sent|issued|delivered)\s+(?:to\s+)?(?=\S)`, 'iu');
const PAID_FROM = new RegExp(String.raw`^\s*(?:(?:(?:is|was|are|were)\s+there|there['’]?s)\s+)?(?:the\s+|a\s+|an\s+|any\s+|some\s+)?(${PAID})\s+from\s+(${TYPED_NAME})\s+to\s+(?=\S)`, 'iu');
const PAID_ASKED = new RegExp(String.raw`^\s*what\s+(?:kind\s+of\s+)?(${PAID})\s+(?:did|does|has|have)\s+(${TYPED_NAME})\s+(?:pay|give|offer|make|send|issue|deliver)\s+(?:to\s+)?(?=\S)`, 'iu');

// Someone by name or office, not a pronoun or an ask's own word ("who", "they", "her last post").
const NAMED_FIRST = String.raw`(?!(?:who|whom|what|they|he|she|it|we|you|i|people|everyone|anyone|someone|her|his|their|its|actually|really)\b)(?:the\s+)?${TYPED_NAME}`;
// A second language's word orders (plain()): the story, then who said it and "what" last or
// in the middle; a name, then "what say".
const STORY_THEN_WHAT = new RegExp(String.raw`^\s*(?:about|on|for|regarding)\s+((?:(?!\b(?:who|what)\b)[^?])+?)\s*,?\s+what\s+(?:did\s+)?(${NAMED_FIRST})\s+(?:said|say|says|wrote|write|told|tell|tweeted|thought|think)\s*[?.!]*\s*$`, 'iu');
const STORY_THEN_SAID_WHAT = new RegExp(String.raw`^\s*(?:about\s+|on\s+|for\s+)?((?:(?!\b(?:who|what)\b)[^?])+?)\s*,\s*(${NAMED_FIRST})\s+(?:said|says|say|told|wrote|tweeted)\s+what\s*[?.!]*\s*$`, 'iu');
const NAME_THEN_WHAT_SAY = new RegExp(String.raw`^\s*(${NAMED_FIRST})\s*,?\s+what\s+(?:say|says|said|tell|told)\s+(?=(?:about|on|for|regarding)\s)`, 'iu');
// A quote asked how it goes, and what it was about if the asker recalls (plain()).
const GOES_HOW = /^\s*how\s+(?:does|did)\s+(?:that|the|this)\s+((?:[\p{L}'’.-]+\s+){0,3}?)(?:quote|line|saying|soundbite)\s+go(?:\s+again)?\b(?:\s*[,:–—-]+\s*|\s+)?(?:(?:it['’]?s\s+|it\s+was\s+)?(?:something|smth|sth)\s+(?:about|like|on)\s+(\S.*?))?\s*[?.!]*\s*$/iu;
// Someone's words asked for with scorn (plain()): "what nonsense did X spout …".
const SCORNED = new RegExp(String.raw`^\s*what\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:(?:bloody|absolute|utter)\s+)?(?:nonsense|rubbish|garbage|bs|bullshit|drivel|crap|lies|bull|word\s+salad)\s+(?:did|has|is|was)\s+(${TYPED_NAME})\s+(?:spout(?:ing|ed)?|spew(?:ing|ed)?|come\s+up\s+with|coming\s+up\s+with|came\s+up\s+with|say(?:ing)?|said|tweet(?:ing|ed)?|writ(?:e|ing)|wrote|talk(?:ing)?|post(?:ing|ed)?)\s+(?:this\s+time\s+)?(?=\S|$)`, 'iu');
// Someone by what they do in the story, after a word for a person (plain()).
const DOING_IT = /\b(the|a|an)\s+(person|guy|man|woman|lady|one|people|folks|team|official|officials|officer|detective|scientist|scientists|researcher|researchers|doctor|doctors|group)\s+(?=(?:in\s+charge\s+of|responsible\s+for|behind|running|leading|heading|organi[sz]ing|managing|overseeing|handling|coordinating|investigating)\s)/gi;
// The formal register's ask and words for "about" (plain()).
const FORMAL_ASK = /^\s*(?:for\s+the\s+record\s*[,:–—-]\s*)?(?:(?:(?:could|would|can|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+)?(?:be\s+so\s+kind\s+as\s+to\s+)?|please\s+|kindly\s+)(?:provide|furnish|supply|share|list)(?:\s+(?:me|us))?(?:\s+with)?\s+|i\s+would\s+(?:appreciate|be\s+grateful\s+for|welcome)\s+|i['’]d\s+(?:appreciate|be\s+grateful\s+for)\s+|would\s+you\s+be\s+so\s+kind\s+as\s+to\s+(?:share|tell\s+me|show\s+me|provide)\s+)?(?=\S)/i;
const FORMAL_ABOUT = /\s+(?<!\b(?:a|an|the|very|more|most|deeply|really|quite|so|is|was|be|are|were|been)\s+)(?:concerning|with\s+(?:respect|regard)\s+to|in\s+(?:relation|regard)\s+to|in\s+respect\s+of|pertaining\s+to|relating\s+to|as\s+regards|in\s+connection\s+with)\s+(?=\S)/gi;
const ATTRIBUTED_ASKED = new RegExp(String.raw`^\s*what\s+(?:remarks|statements|quotes|quotations|comments|words)\s+(?:were|was|are|have\s+been|has\s+been)\s+attributed\s+to\s+(${TYPED_NAME})\s+(?=(?:about|regarding|on|over)\b)`, 'iu');
const STATED = /^(\s*(?:what|how)\s+(?:did\s+(?:\S+\s+){1,5}?state|(?:\S+\s+){1,5}?state(d)))(?=\s+(?:about|regarding|on|when|after|in|to)\b|\s*[?.!]*\s*$)/i;

// plain()'s patterns from word lists, built once (it runs several times an ask).
const SAY_SLIPPED = new RegExp(`^(\\s*${SUBJECT_WORDS})\\s+say\\s+(?!(?:what|who|how|about|on|of|for|to)\\b)(?=\\S)`, 'iu');
const GUESSED = String.raw`(?:${PLAIN_VERB}|comment|speak|talk|weigh\s+in|have\s+to\s+say)`;
const GUESSED_WHAT = new RegExp(String.raw`^(\s*)(what|how)(?:\s+(?:would|will|might|may|could)|(?:\s+(?:is|are)|['’]s)(?=\s+\S+(?:\s+\S+){0,4}?\s+(?:gonna|(?:going|likely|expected|set|about)\s+to)\s))\s+(${SUBJECT_WORDS})\s+(?:(?:gonna|(?:going|likely|expected|set|about)\s+to)\s+)?(?:(?:possibly|probably|even|ever|actually|really)\s+)?(?:have\s+(?=(?:said|thought|felt|written|tweeted|commented|reacted|responded)\b)|(?=${GUESSED}\b))`, 'iu');
const GUESSED_ASK = new RegExp(String.raw`^(\s*)(?:(?:will|would|might|could)\s+(${SUBJECT_WORDS})|(?:is|are)\s+(${SUBJECT_WORDS})\s+(?:gonna|(?:going|likely|expected|set|about)\s+to))\s+(?=${GUESSED}\b)`, 'iu');
const GUESSED_WHO = /^(\s*who\s+)(?:would|will|might|could|may)\s+(?:have\s+)?(said|commented|reacted|responded|spoken|talked|weighed\s+in|say|comment|react|respond|speak|talk|weigh\s+in)\b/i;
const PAST: Record<string, string> = lookupTable({ say: 'said', comment: 'commented', react: 'reacted', respond: 'responded', speak: 'spoke', spoken: 'spoke', talk: 'talked', 'weigh in': 'weighed in' });
const TENSE_SLIPPED = new RegExp(`^(\\s*(?:what|how)\\s+)(${SUBJECT_WORDS})\\s+(?:was|were|is|are)\\s+(?=(?:${PLAIN_VERB})\\b)`, 'iu');
const OPINION_OF = new RegExp(`^\\s*(?:(?:what\\s+(?:is|was|were)|what['’]s)\\s+)?(?:the\\s+)?(?:opinions?|views?|thoughts)\\s+of\\s+(${SUBJECT_WORDS})\\s+(?:for|about|on|regarding|over|of)\\s+(?=\\S)`, 'iu');
const OWNER_THEN_PRONOUN = new RegExp(`^(\\s*${SUBJECT_WORDS})\\s+(?:his|her|their)\\s+(?=(?:opinion|view|take|reaction|response|thoughts|comments?|words|statement)\\b)`, 'iu');
const QUOTE_OF_NAME = new RegExp(String.raw`^\s*(?:(?:a|an|one)\s+(${QUOTED_NAME})\s+(?:quote|line|soundbite)|(?:some|any)\s+(${QUOTED_NAME})\s+(?:quotes|lines)(?=\s*[?.!]*$))\b`, 'iu');
const MEANT_BY = new RegExp(String.raw`^\s*what\s+(?:did|does|do)\s+(${TYPED_NAME})\s+mean\s+(?:(?:when|where)\s+(?:he|she|they|it)\s+(?:${SAID_SO}|called|mentioned|talked\s+about)|by(?:\s+saying)?|that|with|about)\s+`, 'iu');
const TALKING_ABOUT_WHAT = new RegExp(String.raw`^\s*what\s+(?:was|is|were|are)\s+(${TYPED_NAME})\s+(?:talking\s+about|referring\s+to|responding\s+to|reacting\s+to|getting\s+at|on\s+about)\s+(?:(?:when|where)\s+(?:he|she|they|it)\s+(?:${SAID_SO}|called|mentioned)|with|by|in\s+saying)\s+`, 'iu');
const CONTEXT_OF = new RegExp(String.raw`^\s*(?:what\s+(?:is|was)\s+the\s+)?context\s+(?:for|on|of|behind|to)\s+(${TYPED_NAME}?)(?:['’]s)?\s+(?:saying|calling|line\s+about|quote\s+about|words\s+about|comment\s+about|remark\s+about|talking\s+about)\s+`, 'iu');
const IN_WHAT_CONTEXT = new RegExp(String.raw`^\s*in\s+what\s+context\s+did\s+(${TYPED_NAME})\s+(?:say|call|mention|write|tweet)\s+`, 'iu');
const AGREED_WITH = new RegExp(String.raw`\b((?:agree|agreed|disagree|disagreed|side|sided|concur|concurred)\s+with)\s+(?!(?:the|a|an|this|that|it|him|her|them|what)\b)${TYPED_NAME}\s+(?:on|about|over|regarding|that)\s+(?=\S)`, 'iu');
const WAS_IT_THEM_WHO = new RegExp(String.raw`^\s*(?:was|is)\s+it\s+(${TYPED_NAME})\s+(?:who|that)\s+(?=(?:${SAID_SO})\s)`, 'iu');
const WERE_THEY_THE_ONE = new RegExp(String.raw`^\s*(?:was|is)\s+(${TYPED_NAME})\s+the\s+(?:one|guy|woman|man|person|lady|dude)\s+(?:who|that)\s+(?=(?:${SAID_SO})\s)`, 'iu');

// …and chat's other asks for someone's words.
// (Someone's words named by their owner: "X's statement", "the mayor's quotes".)
const OWNERS_WORDS = String.raw`(?:[\p{L}.&-]+\s+){0,3}[\p{L}.&-]+['’]s?\s+${OWN_ADJECTIVES}(?:${VIEW}|${OWN_WORDS}|quotes?|posts?|speech)\b`;
const MADE_STATEMENT = /^\s*(\S.*?)\s+(?:made|gave|issued|released|put\s+out|posted)\s+(?:a|an|some)\s+(?:statement|comment|remark|tweet|post)s?\s+(about|on|regarding|after|when|at|during|before)\s+(.+?)[,\s]+(?:what|wat)\s+(?:was|is|did)\s+(?:it|that|she|he|they)(?:\s+say)?\s*[?.!]*\s*$/i;
const QUOTED_SAYING = new RegExp(String.raw`^\s*what\s+(?:has|have|had|was|is|were|are)\s+(${TYPED_NAME})\s+(?:been\s+)?quoted\s+(?:as\s+)?saying\s+(?=\S)`, 'iu');
const RECALLED_SAYING = /^\s*i\s+(?:remember|recall|think\s+i\s+remember)\s+(\S.*?)\s+(?:saying|tweeting|writing|posting)\s+(?:something|stuff|things)\s+(about|on|regarding|after|when|at|during|before)\s+(.+?)(?:[,\s]+(?:what|wat)\s+(?:was|is)\s+(?:it|that))?\s*[?.!]*\s*$/i;
const ASKED_BY_OTHERS = /\s+when\s+(?:(?:he|she|they)\s+(?:was|were|got)\s+asked|(?:they|reporters|journalists|someone|somebody|the\s+(?:press|media)|an?\s+(?:reporter|journalist|interviewer))\s+(?:asked|pressed|questioned|quizzed)\s+(?:her|him|them))\s+(?=(?:about|on|over|regarding)\s)/gi;
const SEEN = '(?:see|seen|saw|catch|caught|hear|heard|read|notice|noticed|spot|spotted)';
const SAW_IT = new RegExp(String.raw`^\s*(?:(?:did|have|had)\s+(?:you|u|ya|y['’]?all|anyone|anybody|any1)|you|u|ya)\s+(?:happen\s+to\s+|ever\s+|already\s+|just\s+)?${SEEN}\s+(?=(?:what|how|who)\s|${OWNERS_WORDS})`, 'iu');
const WHAT_YOU_HAVE = new RegExp(String.raw`^\s*(?:do\s+(?:you|u)\s+have|have\s+(?:you|u)(?:\s+got)?|(?:you|u)\s+(?:got|have)|got)\s+(?!${SEEN}\s)(?=(?:anything|something|any\s+\w+|some\s+\w+|a\s+quote|quotes?)\b|${OWNERS_WORDS})`, 'iu');
const REACTION_OF = new RegExp(`^\\s*(?:(?:what\\s+(?:is|was|were)|what['’]s)\\s+)?(?:the\\s+)?(?:reactions?|responses?)\\s+of\\s+(${SUBJECT_WORDS})\\s+(?:to|on|about|over|regarding)\\s+(?=\\S)`, 'iu');
const QUOTES_THEY_HAVE = new RegExp(`^\\s*what\\s+(quotes?|comments?|statements?|remarks?)\\s+(?:does|do|did|has|have)\\s+(${SUBJECT_WORDS})\\s+(?:have|got)\\s+(?=(?:on|about|regarding|over)\\b)`, 'iu');
const QUOTED_ON = new RegExp(`^\\s*(?:(?:is|are)\\s+)?(?!(?:both|all|some|any|the|numbers?|people|many|few|several|two|three|four|who|anyone|everyone|someone|somebody)\\b)(${SUBJECT_WORDS})\\s+quoted\\s+(?=(?:on|about|regarding|over)\\b[^,]*$)`, 'iu');
const ASKED_THEN = new RegExp(`^\\s*(${SUBJECT_WORDS})\\s+(?:was|were|got|is)\\s+asked\\s+(about|if|whether)\\s+([^,]{3,80}?)\\s*,\\s*(?:and\\s+)?(?:what|how)\\s+did\\s+(?:he|she|they|it)\\s+(?:say|respond|answer|reply)\\s*[?.!]*\\s*$`, 'iu');
const PLANS_ASKED = new RegExp(String.raw`^\s*what(?:\s+(?:is|was|are|were)|['’]?s)\s+(${SUBJECT_WORDS})\s+(?:going\s+to|gonna|planning\s+to|about\s+to|set\s+to|supposed\s+to|expected\s+to)\s+do\b(?:\s+(?:now|next))?(?:\s+that)?\s*(.*)$`, 'iu');
const HAD_TO_SAY = new RegExp(`^\\s*what\\s+(${SUBJECT_WORDS})\\s+had\\s+to\\s+say\\s+`, 'iu');
const REGARDING = new RegExp(`^(\\s*${SUBJECT_WORDS})\\s+(?:regarding|in\\s+regards?\\s+to|with\\s+regards?\\s+to|concerning|wrt)\\s+(?=\\S)`, 'iu');
const COLON_VIEW = new RegExp(`^(\\s*${SUBJECT_WORDS})\\s*:\\s*(?=(?:thoughts|views?|take|comments?|reactions?|statements?|quotes?|words)\\s+(?:on|about|regarding)\\b)`, 'iu');
// The bot's own library, named in the ask: "in your library", "from your database", "stored",
// "check your sources:", "search your articles for".
const OWN_LIBRARY = /^\s*(?:check|search|look\s+(?:through|in)|go\s+through)\s+(?:your|ur)\s+(?:library|database|db|index|articles|sources|archive)\s*(?:for\s+|[:,–—-]\s*)?|\s*,?\s*\b(?:in|from|inside|within)\s+(?:your|ur|the)\s+(?:library|database|db|index|archive)\b\s*,?|\s*,?\s*\b(?:in|from|inside|within)\s+(?:your|ur)\s+(?:articles|sources|collection)\b\s*,?|\s+(?:stored|saved|indexed|on\s+file)\b/gi;
