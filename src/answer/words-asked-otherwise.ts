import { isTitle } from '../quotes/index.ts';
import { REACT, SAY } from './speech-words.ts';

/**
 * Someone's words asked for in other terms, in the plain form the question frames read
 * (parse-question.ts): judged ("do you think graham was right about isis"), taken back or
 * said again ("did iran walk back its denial over …"), by side or degree ("which side was
 * corbyn on in …", "the loudest critic of …"), addressed to someone ("any words from duda
 * for …"), pointed at an article ("in the article about …, what did …"), in a courtroom ("at
 * sentencing what did the judge tell …"), or why ("what was erdogan thinking …"). Pure; other
 * questions come back as they were.
 *
 * @example
 * asWordsAskedOtherwise('was minnis exaggerating how bad abaco was') // → 'what did minnis say about abaco'
 */
export function asWordsAskedOtherwise(question: string): string {
  return question
    // "at sentencing what did the judge tell the abusers", "in court, what did the turpins
    // say": where it was said, typed first, is asked after the ask.
    .replace(/^\s*((?:at|during|after|in)\s+(?:(?:the|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:sentencing|court|trial|hearing|verdict|inquest|arraignment|funeral|vigil|memorial))\s*[,:]?\s+(?=(?:what|who|how|did|does|do|has|have)\b)(.*?)([?.!]*)\s*$/iu, '$2 $1$3')
    // ("the crown prosecutor": Britain's name for the prosecutor, whom the article calls so.)
    .replace(/^\s*crown\s+(?=prosecut)|(?<=\bthe\s+)crown\s+(?=prosecut)/gi, '')
    // "what did the accused cops say": the cops, whom "accused" only describes (not "what did
    // the accused say", the accused themselves).
    .replace(new RegExp(`\\b(the|two|both|three)\\s+accused\\s+(?!(?:${SAY}|${REACT}|of|in|and|or)\\b)(?=\\p{L})`, 'giu'), '$1 ')
    // "who was the loudest critic of the pullout", "the strongest supporter of the bill": who
    // criticised or supported it; how loud is the answer's to show. "who was quoted the most
    // about …": who was quoted.
    .replace(/\bwho\s+(?:was|were|is|are)\s+(?:the\s+)?(?:loudest|biggest|strongest|harshest|fiercest|staunchest|most\s+vocal|most\s+outspoken|main|leading|chief|top|first)\s+(?:(critics?)|(supporters?|backers?|champions?)|(opponents?)|(defenders?))\s+(?:of|on|against|for)\s+(?=\S)/gi, (_, critic?: string, supporter?: string, opponent?: string) => `who ${critic ? 'criticised' : supporter ? 'supported' : opponent ? 'opposed' : 'defended'} `)
    .replace(/\b(quoted|talked|spoke|commented|tweeted|posted)\s+(?:the\s+)?most\s+(?=(?:about|on|over|regarding)\b)/gi, '$1 ')
    // Two voices set against each other are each one's words: "did trump sound more sure than
    // schumer about …, what did trump say", "o'rourke was blunter than the others on guns";
    // "which of the researchers was more worried about …" asks what they said of it. How
    // sure or blunt is the answer's to show.
    .replace(COMPARED_VOICES, '$1 spoke ')
    .replace(/^\s*which\s+of\s+(?:the\s+)?(.+?)\s+(?:was|were|sounded|seemed)\s+(?:the\s+)?(?:more|most|less|least)\s+\p{L}+\s+(?:about|on|over|regarding|by|with)\s+(?=\S)/iu, 'what did the $1 say about ')
    // The bot asked to judge someone's words is answered with the words: "do you think graham
    // was right about isis", "was minnis exaggerating how bad abaco was", "what would erdogan
    // say to critics of …", "who made the better case on …".
    .replace(/^\s*(?:do|did|does)\s+(?:you|u|anyone|people)\s+(?:think|reckon|believe|feel)\s+(?:that\s+)?(?=\S)/i, '')
    .replace(new RegExp(`^\\s*(?:(?:was|is|were|are)\\s+((?:the\\s+)?${JUDGED})|((?:the\\s+)?${JUDGED})\\s+(?:was|is|were|are))\\s+(?:being\\s+)?(?:${JUDGEMENT})\\s+(?:(?:about|on|over|regarding|with|in\\s+saying|when\\s+(?:he|she|they|it)\\s+said)\\s+)?(?:how\\s+(?:bad|big|serious|severe|much|many|far|dangerous|close)\\s+)?(\\S.*?)(?:\\s+(?:was|is|were|are|got))?\\s*([?.!]*)\\s*$`, 'iu'), (whole, one: string | undefined, other: string | undefined, what: string, end: string) => {
      // ("the governor", an office; not "the bill", a thing.)
      const who = one ?? other!;
      return /^the\s/i.test(who) && !isTitle(who.split(/\s+/).at(-1)!) ? whole : `what did ${who} say about ${what}${end}`;
    })
    .replace(/^\s*what\s+(?:would|will|might)\s+((?!(?:you|u|i|we|people|anyone|everyone)\b)[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}?)\s+(?:say|tell|think|reply|respond)\s+(?:(?:to|about|of|on|regarding)\s+)?(?=\S)/iu, 'what did $1 say about ')
    .replace(/^\s*who\s+(?:made|had|gave|makes|has)\s+(?:the\s+)?(?:better|best|stronger|strongest|more\s+convincing|most\s+convincing|more\s+persuasive|most\s+persuasive)\s+(?:case|argument|arguments|point|points)\s+(?:on|about|for|over|in|regarding|against)\s+(?=\S)/i, 'who argued about ')
    // "did iran walk back its denial over the jet", "did graham double down on isis", "has
    // erdogan repeated his plan for …", "did zelensky clarify whether he felt pressured": what
    // they said of it, before and after.
    .replace(/^\s*(?:did|has|have|does|do)\s+((?!(?:anyone|anybody|someone|somebody|everyone|he|she|they|it)\b)[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}?)\s+(?:ever\s+)?(?:walk(?:ed)?\s+back|back\s*track(?:ed)?\s+on|back(?:ed)?\s+down\s+on|doubl(?:e|ed)\s+down\s+on|flip[\s-]?flop(?:ped)?\s+on|u[\s-]?turn(?:ed)?\s+on|go(?:ne)?\s+back\s+on|chang(?:e|ed)\s+(?:his|her|their|its)\s+(?:tune|mind|stance|position|story)\s+(?:on|about|over)|contradict(?:ed)?\s+(?:himself|herself|themselves|itself)\s+(?:on|about|over)|clarif(?:y|ied)|repeat(?:ed)?|reiterat(?:e|ed)|st(?:and|ood)\s+by|st(?:ick|uck)\s+(?:to|by)|retract(?:ed)?|take\s+back)\s+(?:(?:his|her|their|its)\s+(?:claims?|comments?|remarks?|words|statements?|denials?|threats?|plans?|position|stance|view)\s+(?:on|about|over|that|of|for)\s+)?(?:whether\s+(?:(?:he|she|they|it)\s+(?:felt|feels|was|is|were|had\s+been|has\s+been)\s+)?|what\s+(?:he|she|they|it)\s+meant\s+(?:by|about)\s+)?(?=\S)/iu, 'what did $1 say about ')
    // How someone put it is what they said: "how did kosgei put it after …", "how did yett
    // phrase what he'd seen", "how did watson word his view of the deal", "in what words did
    // khan tweet about the march" (not "how did the storm put pressure on …").
    .replace(HOW_PUT, (_, who: string, on?: string) => `what did ${who} say ${on ? 'about ' : ''}`)
    .replace(IN_WHAT_WORDS, 'what did $1 ')
    // Silence or evasion asked about is answered with the words, where there are any: "did
    // tusk stay quiet after …", "was the minister silent on …", "did the surgeon dodge
    // questions about …", "did the pentagon decline to comment on …"; "did anyone stay
    // quiet …", "nobody kept quiet about …" asks who spoke. ("…, or did he say something":
    // the other half of the same question.)
    .replace(/\s*,?\s+or\s+(?:did|was|were|has|have|had)\s+(?:he|she|they|it|anyone|anybody)\s+(?:say|said|comment|speak|talk|keep|stay|kept|stayed|remain|remained)\b[^?]*/i, '')
    .replace(KEPT_QUIET, (_, who: string, on?: string, when?: string) => `what did ${who} say ${on ? 'about' : when} `)
    .replace(DODGED, 'what did $1 say about ')
    .replace(DECLINED, (_, who: string, on?: string) => `what did ${who} say${on ? ' about ' : ''}`)
    .replace(/^\s*(?:(?:did|has|have|had|was|were)\s+(?:anyone|anybody|someone|somebody)|(?:nobody|no\s*-?\s*one)\s+(?:has\s+)?)\s*(?:stay|stayed|keep|kept|remain|remained|been)\s+(?:quiet|silent|mum)\s+(?=(?:on|about|over|regarding|after|when|following|during)\s)/i, 'who spoke ')
    // "in the article about the escape room fire, what did …", "the story about the gold toilet
    // theft - who is quoted": the story pointed at is the lead-in, not words of it.
    .replace(/^\s*(?:(?:in|from|according\s+to)\s+)?(?:the|that|this)\s+(?:wikinews\s+)?(?:article|story|piece|report|one|news\s+item|write-?up)\s+(?:about|on|re|regarding|covering)\s+(?=\S)/i, '')
    // "another quote from ardern about …", "one more quote from minnis": quotes from them.
    .replace(/^\s*(?:(?:an)?other|more|one\s+more|a\s+second|a\s+different|any\s+other|some\s+other)\s+(?:quotes?|comments?|lines?|remarks|statements?)\s+(?=(?:from|by)\s)/i, 'quotes ')
    // "any words from duda for the girls' loved ones", "a message from trump for turkey": what
    // they said to them.
    .replace(/^\s*(?:(?:any|some|a|the)\s+)?(?:words?|messages?|notes?|comments?)\s+(?:from|by)\s+((?!(?:the|a|an|any|anyone|anybody|someone|somebody|people|officials)\b)[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}?)\s+(?:for|to)\s+(?=\S)/iu, 'what did $1 say to ')
    // "what did trump say about getting rid of bolton": about removing him ("rid" is a word
    // no article holds, which the search would read as a story none tells).
    .replace(/\b(?:get|gets|getting|got|gotten)\s+rid\s+of\b/gi, 'removing')
    // "warholm's remark about what comes next": about the future, as the articles put it
    // (not "what happened next", a question of its own).
    .replace(/(?<=\b(?:about|on|regarding|over)\s+)(?:what\s+(?:comes|is\s+coming|lies|is|['’]s)\s+(?:next|ahead)|what\s+the\s+future\s+(?:holds|brings)|the\s+road\s+ahead)\b/gi, 'the future')
    // "who took to twitter about de blasio": who posted about him.
    .replace(/\b(?:took|takes|take|went|go|goes)\s+to\s+(?:twitter|x|social\s+media|facebook|instagram)\s+(?:to\s+(?:say|talk|comment|post|write)\s+)?(?=(?:about|on|over|regarding|after|when|to)\b)/gi, 'posted ')
    // "what was erdogan thinking wanting hagia sophia as a mosque": what he said of it, his why.
    .replace(/^\s*what\s+(?:was|is|were|are)\s+((?!(?:he|she|they|it|you|u|i|we|everyone|people)\b)[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}?)\s+thinking\s+(?:(?:when|while|by|in|with|about|of|on)\s+)?(?=\S)/iu, 'what did $1 say about ')
    // "from pompeo's point of view, why should mahan air be banned": his words on it.
    .replace(/^\s*(?:from|in)\s+([\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}?)['’]s?\s+(?:point\s+of\s+view|perspective|pov|view|eyes|opinion)\s*,?\s*(?:(?:why|how|what)\s+(?:should|would|did|does|do|is|was|were|are|has|had)\s+)?(?=\S)/iu, 'what did $1 say about ')
    // "which side was corbyn on in the prorogation fight", "what side did sturgeon take on
    // brexit": what they said of it, the side they took.
    .replace(/^\s*(?:which|what|whose)\s+side\s+(?:was|is|were|are)\s+(.{2,60}?)\s+on\s+(?:in|over|about|regarding|with|when\s+it\s+came\s+to)\s+(?=\S)/i, 'what did $1 say about ')
    .replace(/^\s*(?:which|what)\s+side\s+(?:did|does|do|has|have)\s+(.{2,60}?)\s+(?:take|taken|took)\s+(?:on|in|over|about|regarding)\s+(?=\S)/i, 'what did $1 say about ')
    // "which senators opposed the bill", "which politicians were on the side of the marchers":
    // what that group said of it; the side taken is the answer's to show.
    .replace(/^\s*which\s+((?:\S+\s+){0,2}?\S+)\s+(?:supported|backed|opposed|endorsed|(?:was|were)\s+(?:against|opposed\s+to|in\s+favou?r\s+of|for|on\s+(?:the\s+)?side\s+of|critical\s+of|supportive\s+of)|sided\s+with|stood\s+(?:up\s+for|by))\s+(?=\S)/i, 'what did the $1 say about ');
}

// How someone spoke, compared: "more dismissive than", "blunter than" (not "stronger than",
// which a storm is).
const MANNER = 'blunt|harsh|tough|angry|calm|soft|clear|sure|certain|confident|critical|dismissive|optimistic|pessimistic|upbeat|hopeful|worried|concerned|sorry|emotional|outspoken|vocal|cautious|defiant|positive|negative|supportive|sceptical|skeptical|direct|candid|honest|apologetic|combative|measured|forceful|passionate|careful|diplomatic|aggressive|hostile|sympathetic|alarmed|alarmist|upset|frustrated|serious';
const MANNER_ER = 'blunter|harsher|tougher|angrier|calmer|softer|clearer|surer|sharper|gentler|kinder|bolder|franker|plainer';
// Whose silence is asked about: a name or an office, not a pronoun ("did anyone stay quiet" asks who spoke).
const SILENT_ONE = String.raw`(?:the\s+)?(?!(?:he|she|they|it|you|u|i|we|anyone|anybody|someone|somebody|everyone|everybody|people)\b)[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}?`;
// Whose words a judgement of them is asked of: a name of one to four words, not a pronoun or
// a thing ("was the bill right about …" names no one).
const JUDGED = String.raw`(?!(?:he|she|they|it|this|that|the|a|an|you|u|i|we|anyone|everyone|people|what|who|how|why|which|where|when|there|here|something|anything|nothing)\b)[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}?`;
// …and the judgement: whether they were right, honest, exaggerating.
const JUDGEMENT = 'right|wrong|correct|accurate|honest|truthful|straight|serious|fair|exaggerating|lying|misleading|overselling|overstating|understating|downplaying|playing\\s+down|spinning|bluffing|kidding|joking';

// Two voices compared, read once.
const COMPARED_VOICES = new RegExp(String.raw`^\s*(?:(?:did|was|were|is|are)\s+)?((?:[\p{L}'’.&-]+\s+){0,3}?[\p{L}'’.&-]+)\s+(?:(?:sound|sounded|seem|seemed|look|looked|come\s+across|came\s+across|was|were|is|are)\s+)?(?:(?:a\s+lot|much|far|way|even|a\s+bit)\s+)?(?:(?:more|less)\s+(?:${MANNER})|${MANNER_ER})\s+than\s+(?:(?:the|a|an)\s+)?(?:[\p{L}'’.&-]+\s+){0,3}?[\p{L}'’.&-]+\s+(?=(?:about|on|over|regarding)\s)`, 'iu');

// How someone put it, and their silence, read once.
const HOW_PUT = new RegExp(String.raw`^\s*how\s+did\s+(${SILENT_ONE})\s+(?:put\s+(?=(?:it|that|this|things)\b)|(?:phrase|word|express)\s+)(?:it|that|this|things|(?:his|her|their|its)\s+(?:view|take|thoughts|opinion|feelings|point|case)(?:\s+(?:of|on|about))?)?\s*(?:(about|on|over|regarding)\s+|(?=(?:after|when|before|during|following|at|in|to)\s)|(?=what\s))?`, 'iu');
const IN_WHAT_WORDS = new RegExp(String.raw`^\s*in\s+what\s+(?:words|terms|way)\s+did\s+(${SILENT_ONE})\s+(?=\p{L})`, 'iu');
const KEPT_QUIET = new RegExp(String.raw`^\s*(?:did|has|have|had|does|do|was|were|is|are)\s+(${SILENT_ONE})\s+(?:(?:stay|stayed|keep|kept|remain|remained|go|gone|went|been|be)\s+)?(?:quiet|silent|mum|tight[\s-]?lipped)\s+(?:(on|about|over|regarding)|(after|when|following|during|as))\s+(?=\S)`, 'iu');
const DODGED = new RegExp(String.raw`^\s*(?:did|has|have|had|does|do)\s+(${SILENT_ONE})\s+(?:dodge|duck|evade|sidestep|deflect|avoid|skirt|refuse\s+to\s+answer|decline\s+to\s+answer)\s+(?:the\s+|any\s+|all\s+|every\s+)?(?:questions?|query|queries|topic|issue|subject)\s+(?:on|about|over|of|regarding)\s+(?=\S)`, 'iu');
const DECLINED = new RegExp(String.raw`^\s*(?:did|has|have|had|does|do)\s+(${SILENT_ONE})\s+(?:declin(?:e|ed)|refus(?:e|ed))\s+to\s+(?:comment|talk|speak|say\s+anything|answer|weigh\s+in)\s*(?:(on|about|over|regarding)\s+(?=\S)|(?=[?.!]*\s*$))`, 'iu');
