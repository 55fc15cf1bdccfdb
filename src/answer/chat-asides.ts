import { isEnglishWord } from '../library/index.ts';
import { askedInEnglish } from './asked-in-english.ts';
import { emojiAsWords } from './emoji-words.ts';
import { withNamesForNicknames } from './nicknames.ts';
import { lookupTable } from '../lookup-table.ts';

/*
 * What chat types around or into an ask that asks nothing: small talk, how the answer should
 * come, capitals, slips of the keys, slang and asides, a speaker corrected midway, Discord's
 * markdown. Each reading returns the question without it; plain-question.ts reads the rest.
 */

// How the asker sees the question they are about to ask, not what it asks: "quick one",
// "random q", "probably a dumb question", "sorry if this is a stupid question", "this might be
// a silly question", "noob question here".
export const ASK_HEDGE = String.raw`(?:sorry\s+(?:if\s+(?:this\s+is\s+|it['’]?s\s+)?|for\s+(?:the\s+|a\s+)?)|(?:this|it)\s+(?:might|may|could)\s+be\s+|(?:probably|maybe|possibly|prob|prolly|perhaps)\s+|this\s+is\s+)?(?:an?\s+)?(?:(?:really|very|kinda|pretty|super)\s+)?(?:quick|random|dumb|stupid|silly|noob|newbie|naive|basic|odd|weird|honest|genuine|serious|simple)\s+(?:q|qn|question|one)(?:\s+here)?`;
const HEDGE_ONLY = new RegExp(String.raw`^${ASK_HEDGE}(?:\s*,?\s*but)?$`, 'i');
// (…before the ask, set off from it: "quick question: …", "random q - …", "dumb q but …".)
const HEDGED_FIRST = new RegExp(String.raw`^\s*${ASK_HEDGE}\s*(?:[:,.!?…;]+\s*(?:but\s+)?|\s[-–—]+\s*|\s+but\s+)(?=\S)`, 'i');

// A sentence of a chat message that asks nothing: a greeting, thanks, or that a question follows.
const SMALL_TALK = /^(?:(?:hi|hey|hello|yo|hiya|howdy|sup|greetings|good\s+(?:morning|afternoon|evening|day))(?:\s+(?:there|all|everyone|guys|folks|bot|citewire))?|(?:thanks?|thank\s+you|thx|ty|cheers|much\s+appreciated|appreciate\s+it)(?:\s+(?:so\s+much|a\s+lot|in\s+advance|again|bot|citewire))*|(?:a\s+)?quick\s+(?:q|qn|question)|i\s+(?:have|got)\s+a\s+(?:quick\s+)?question|(?:a\s+)?question\s+for\s+(?:the\s+bot|you|u|citewire)|sorry\s+to\s+bother(?:\s+you)?|i['’]?m\s+new\s+(?:here|to\s+this)|ok(?:ay)?(?:\s+so)?|so|um+|hm+|please|pls|lol|here\s+we\s+go(?:\s+again)?|oh\s+(?:great|look|joy|boy)|surprise,?\s+surprise|shocker|go\s+figure|ugh+|sigh)(?:\s+(?:pls|plz|please|lol))?$/i;

// Emoji say how, not what: "what did pelosi say about the wall 🤔".
export const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+/gu;

/**
 * True for a sentence that asks only how the answer should come, after the ask: "i'd like all
 * the quotes if possible", "exact words please". It names no one and no story.
 */
export function asksOnlyForm(sentence: string): boolean {
  return FORM_ONLY.test(sentence);
}

// How the answer should be laid out, in chat's words: "bullet points", "in a table", "one line
// each", "exact words only, no summary", "just the quote and the link", "with the article
// name", "say which article", "quote it word for word", "chronologically", "list them in order …".
export const LAYOUT = [
  String.raw`(?:(?:in|as)\s+(?:a\s+)?)?(?:bullet(?:ed)?(?:\s+(?:points?|list|form))?|bullets|(?:numbered\s+)?list(?:\s+form)?|table(?:\s+form(?:at)?)?|tabular\s+form)`,
  String.raw`(?:one|1|a)\s+(?:line|sentence|quote)\s+(?:each|per\s+(?:person|speaker|article|source))`,
  String.raw`(?:(?:exact|direct|actual)\s+)?(?:words|wording|quotes?|quotations?)\s+only|only\s+(?:the\s+)?(?:exact\s+|direct\s+)?(?:words|quotes?)`,
  String.raw`no\s+(?:summary|summaries|commentary|context|paraphras(?:e|es|ing)|fluff|opinions?)`,
  String.raw`just\s+(?:the\s+)?(?:exact\s+|direct\s+)?(?:quotes?|words|wording|text|lines?)`,
  String.raw`(?:article|story|source|publication)\s+(?:names?|titles?|links?|urls?|dates?)`,
  String.raw`(?:say|tell\s+me|show(?:\s+me)?|name|note|mention|include)\s+(?:which|what|the)\s+(?:article|story|source|piece|publication)s?(?:\s+(?:names?|titles?))?(?:\s+(?:it['’]?s|they['’]?re|it\s+(?:is|was)|they\s+(?:are|were))\s+(?:from|in))?`,
  String.raw`(?:quote|cite|give)\s+(?:it|them|me\s+(?:it|them))\s+(?:word\s+for\s+word|exactly|verbatim|directly|in\s+full)`,
  String.raw`(?:list|rank|sort|order|number|arrange|put)\s+(?:them|these|those|the\s+(?:quotes|speakers|voices|people))\b.*`,
  String.raw`(?:in\s+(?:chronological|date|time)\s+order|chronologically|in\s+order|(?:oldest|newest|latest)\s+first)(?:\s+if\s+(?:you\s+can|possible))?`,
].join('|');

const FORM_ONLY = new RegExp(
  String.raw`^\s*(?:(?:(?:i['’]?d|i\s+would)\s+like|i\s+(?:want|need)|(?:please\s+)?(?:give|show|send)\s+me|please|pls)?\s*(?:(?:all|every|the|some|any)\s+)*(?:(?:exact|full|direct)\s+)?(?:quotes?|words|wording|sources?|links?|citations?|lines)|(?:please\s+|pls\s+)?(?:${LAYOUT}))(?:\s+(?:if\s+possible|if\s+you\s+can|please|pls|thanks|thank\s+you))*\s*[.!?]*\s*$`,
  'i',
);

/** True for a sentence that asks nothing: "hi!", "thanks in advance", "quick question". */
export function isSmallTalk(sentence: string): boolean {
  const bare = sentence.replace(EMOJI, ' ').replace(/[\s,.!?:;…-]+$/u, '').replace(/^[\s,.!?:;…-]+/u, '').trim();
  return SMALL_TALK.test(bare) || HEDGE_ONLY.test(bare);
}

/**
 * A question typed in capitals ("WHAT DID TRUMP SAY ABOUT THE WALL") or with every word
 * capitalised ("Who Reacted When Trump Tested Positive") in lower case: its capitals say
 * nothing of which words are names, which the library tells by how it writes them. Any
 * other question as typed ("what did Nancy Pelosi say").
 */
export function unshouted(question: string): string {
  const words = question.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  const shouted = words.filter((w) => w.length > 1 && w === w.toUpperCase()).length >= 0.8 * words.filter((w) => w.length > 1).length;
  return words.length >= 3 && (shouted || capitals.length === words.length) ? question.toLowerCase() : question;
}

/**
 * A word stretched for feeling as English writes it: each run of three or more of a letter as
 * one ("whaaat", "sayyy", "sooo") or, where only that makes a word, two ("floooood", "gooood");
 * a name or a word English lacks, as one ("pelosiii").
 */
function unstretched(word: string): string {
  const once = word.replace(/(\p{L})\1{2,}/gu, '$1');
  const twice = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  return isEnglishWord(once.toLowerCase()) || !isEnglishWord(twice.toLowerCase()) ? once : twice;
}

/**
 * A question with chat's spellings and fast typing's slips of its own words spelled out:
 * "wat did pelosi sya abt …", "teh", "reactoins to", "dose chip taylor think …". Read before
 * any frame, so that each reads the words it knows; names and a story's words are the
 * library's to respell (Library.respelled).
 */
export function unslipped(question: string): string {
  return (
    question
      // ("whaaat did pelosi sayyy", "sooo", "the floooood": a word stretched for feeling.)
      // (Not inside a link or a handle: "www.", "@cnnn".)
      .replace(/(?<![\p{L}\p{N}./:@#_-])\p{L}*(\p{L})\1\1\p{L}*(?![\p{L}\p{N}/:@_-]|\.[\p{L}\p{N}])/gu, unstretched)
      .replace(/\b(?:wat|wht|waht|whta|wut|whut|wot)\b/gi, 'what')
      .replace(/\b(?:hw|hwo)\b/gi, 'how')
      .replace(/\b(?:teh|hte)\b/gi, 'the')
      .replace(/\b(?:abt|bout|abut|abou|abotu|aboout|abuot|baout)\b/gi, 'about')
      .replace(/\b(?:sya|sai)\b/gi, 'say')
      .replace(/\b(?:siad|sayed)\b/gi, 'said')
      .replace(/\b(?:reactoin|raection|recation|reacton)(s?)\b/gi, 'reaction$1')
      .replace(/\b(?:comented|commneted|commeted)\b/gi, 'commented')
      .replace(/\b(?:coment|commnet|comemnt)(s?)\b/gi, 'comment$1')
      .replace(/\b(?:qoute|quoet|qutoe)(s?)\b/gi, 'quote$1')
      .replace(/\b(?:reponse|repsonse|respone|resopnse)(s?)\b/gi, 'response$1')
      // ("dose chip taylor think …", "were did the tusk come from", "wen did …", "evn", "ppl",
      // "next yr": an auxiliary's or a question word's slip, where no other word could stand.)
      .replace(/(^\s*|\b(?:how|what|why|when|where|who|which)\s+)dose(?=\s+(?!(?:of|a|an|the|is|was)\b)\p{L})/giu, '$1does')
      .replace(/^\s*were\s+(?=(?:did|does|do|is|was|are|were|can|could)\b)/i, 'where ')
      // ("what dd pelosi say", "how dud she react": "did" a letter off, after a question word.)
      .replace(/(\b(?:how|what|why|when|where|who|which)\s+)(?:dd|dud|di|ddi|dif)(?=\s+\p{L})/giu, '$1did')
      .replace(/\bwen\b/gi, 'when')
      .replace(/\b(?:wich|whcih|wihch)\b/gi, 'which')
      .replace(/\bevn\b/gi, 'even')
      .replace(/\bppl\b/gi, 'people')
      .replace(/\byrs?\b/gi, (w) => (w.length === 3 ? 'years' : 'year'))
  );
}

/**
 * A question without chat's asides around or inside the ask: "ngl", "tbh", "istg", "iirc",
 * "lmao", "bruh", "lowkey"; "i forgot what …", "tbh i never got what …", "confused, what …" before
 * it; "…, curious", "…, anyone?", "… i missed it", "…? help" after it. They tell how the asker
 * feels, not whom or what they ask about: "ngl i forgot what minnis said about abaco, smh" is
 * "what minnis said about abaco". (A word that is also a name or an abbreviation, "fr", "ong",
 * "tho", only where it ends the message: "fr casicas" is Father Casicas.) Surprise before it
 * as well: "wait, …", "hold on, did …", "no way X said …", "did i read that right, …",
 * "can't believe …"; and the argument it settles: "settle a bet: …", "me and my mom disagree
 * on what …", "we're arguing about whether …", "…, who's right?".
 */
export function withoutAsides(question: string): string {
  // (The sentence an aside ended keeps its stop: "so sad tbh. what did …" is two sentences.)
  let asked = question.replace(SLANG, ' ').replace(/\s+(?=[.?!](?:\s|$))/g, '').replace(SLANG_LAST, '');
  for (let before = ''; before !== asked; ) {
    before = asked;
    asked = asked.replace(ASIDE_FIRST, '').replace(ASKED_AROUND_FIRST, '').replace(SURPRISE_FIRST, '').replace(ARGUED_FIRST, '').replace(ARGUED_LAST, '').replace(ASIDE_LAST, '').replace(SLANG_LAST, '').replace(THANKED_LAST, '').replace(IN_THE_LIBRARY_LAST, '$1');
  }
  return asked.replace(/\s{2,}/g, ' ').replace(/^\s*[,;:.!-]+\s*|\s*[,;:]+\s*$/g, '').trim();
}

/**
 * A question with the speaker as the asker corrected or named them on second thought:
 * "what did trump, sorry, pence say …" and "what did pelosi — no wait, schumer — say …" ask
 * for Pence and Schumer; "what did she say about the gun laws, ardern i mean" for Ardern;
 * "what did the pope, francis i mean, say …" for Francis. ("What did corbyn, or was it
 * cooper, say" is left to the reading of several voices, one-of.ts.) One named twice over, by
 * an office and a name set off by commas ("what did the sheriff, kerry lee, say", "how did
 * kay ivey, the governor, react"), is the office and the name together, as typed without
 * them: not a sheriff, whichever.
 */
export function corrected(question: string): string {
  return question
    .replace(CORRECTED_BEFORE, (_, ask: string, sorry?: string, meant?: string) => `${ask}${sorry ?? meant} `)
    .replace(NAMED_AFTER, (_, ask: string, rest: string, meant: string) => `${ask}${meant}${rest}`)
    .replace(NAMED_TWICE, (_, ask: string, one: string, other: string) => `${ask}${one} ${other} `);
}

// "did A, sorry, B say", "did A — no wait, B — say", "did A, B i mean, say": B, before the verb.
const CORRECTED_BEFORE = /^(\s*(?:what|how|why|when|where)\s+(?:did|does|do|has|have)\s+)(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?(?:\s*,|\s+[—–-]+)\s*(?:(?:sorry(?!\s+(?:to|for|if|but|about)\b)|no\s+wait|no|wait|oops|i\s+mean|my\s+bad|scratch\s+that)\s*,?\s+((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)|((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+i\s+mean)(?:\s*,|\s+[—–-]+)?\s+(?=(?:say|said|tweet|tweeted|write|wrote|think|thought|mean|react|reacted|respond|responded|claim|claimed|warn|warned|tell|told|post|posted)\b)/iu;
// "what did she say about X, ardern i mean": the name meant, for the pronoun before the verb.
const NAMED_AFTER = /^(\s*(?:what|how|why|when|where)\s+(?:did|does|do|has|have)\s+)(?:he|she|they)\b(.*?)\s*,\s*((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+i\s+mean\s*[?.!]*\s*$/iu;
// "did A, B, say": one speaker named twice, right before the verb. (Not a list, "did A, B and C
// say", nor a second thought, "did A, or was it B, say", read above and in one-of.ts.) Where
// the ask starts, or its sentence does: "… was hilarious. but what did the sheriff, kerry lee, say".
const NAMED_TWICE = /((?:^|[.?!;]\s+)\s*(?:(?:but|so|and|then|ok|okay)\s+)?(?:(?:what|how|why|when|where)\s+)?(?:did|does|do|has|have|had|was|is|were)\s+)((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?)\s*,\s+((?!(?:or|and|sorry|no|wait|oops|i|my|maybe|perhaps|whoever)\b)(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?)\s*,\s+(?=(?:say|said|tell|told|think|thought|mean|react|reacted|respond|responded|claim|claimed|warn|warned|tweet|tweeted|write|wrote|post|posted|comment|commented|feel|felt|describe|explain|talk|speak|want|urge|blame|admit|deny|promise|announce|call|have|make|do)\b)/iu;

const SLANG = /(?:^|(?<=\s)|(?<=[,;:?!.]))\s*,?\s*(?:ngl|tbh|tbf|imo|imho|smh|istg|idk(?!\s+who\b)|iirc|afaik|afaict|fwiw|lmf?ao+|lo+l|rofl|bruh+|deadass|lowkey|highkey|no\s+cap|ikr|omg|omfg|wtf|ffs|welp|ugh+)(?![\p{L}\p{N}'’])\s*,?/giu;
const SLANG_LAST = /(?:\s+|\s*[,;:]\s*)(?:fr(?:\s+fr)?|frfr|ong|tho|rn|jk|yk)\s*[?.!]*\s*$/i;
const ASIDE_FIRST = /^\s*(?:(?:just\s+|so\s+|ok(?:ay)?\s+so\s+)?(?:i\s+)?(?:(?:totally\s+|kinda\s+|completely\s+)?(?:forgot|forget|can['’]?t\s+remember|cannot\s+remember|don['’]?t\s+remember|never\s+(?:got|understood|knew|caught|saw)|don['’]?t\s+(?:know|get|understand)|(?:am\s+|['’]m\s+)?(?:(?:so|really|kinda|just)\s+)?(?:curious|wondering|confused))\s+(?:about\s+)?|(?:just\s+|so\s+)?(?:curious|wondering|confused)\s*[,:-]?\s+))(?=(?:what|who|why|how|whether|if|which)\b)/i;
// A request or a question around the question, whose answer is the question's: "tell me how
// big the fireball was and what X saw", "do you know who said …", "anyone know what X said
// about …", "can you tell me when …", "do you know of any experts quoted on …". (Not "do you
// know the senator who …": no question follows.) A command with no question after it asks
// for what it names, likewise: "tell me geingob on …", "gimme the reactions to …", "lemme
// see X at Y" (not "tell me about …", read as the words it asks about, plain-question.ts).
const ASKED_AROUND_FIRST = /^\s*(?:(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)\s+)?(?:please\s+|pls\s+)?(?:tell|show)\s+(?:me|us)|(?:do|does|did)\s+(?:you|u|anyone|anybody|any1|someone|somebody)\s+(?:happen\s+to\s+)?(?:know|kno|remember|recall)|(?:anyone|anybody|any1|some(?:one|body))\s+(?:know|knows|kno|remember|remembers)|(?:you|u|ya)\s+know)\s*[,:-]?\s+(?:of\s+(?=any\b))?(?=(?:what|who|whom|whose|how|which|when|where|why|whether|was|were|did|does|is|are|has|have|had|any)\b)|^\s*(?:please\s+|pls\s+)?(?:(?:tell|show|get)\s+me|gimme|lemme\s+see|let\s+me\s+see)\s*[,:-]?\s+(?!about\b)(?=\S)/i;
// (A word of surprise needs its mark, "seriously, what …", "really? what …"; "no way" and
// "can't believe" open what they doubt, "no way mary quant said …". Not "no way to …".)
const SURPRISE_FIRST = /^\s*(?:(?:wait|hold\s+on|hang\s+on|whoa|woah|wow|seriously|really|damn|dang|geez|jeez|yikes|huh|ok(?:ay)?\s+wait)\s*(?:[,.!?…]+|\s[-–—]+)\s*|no\s+way\b(?!\s+(?:to|of|in|that|for)\b)\s*[,.!?…]*\s*|(?:did|am)\s+i\s+(?:read|reading|hear|hearing|see|seeing|get|getting)\s+(?:that|this|it)\s+(?:right|correctly)\s*[,.!?…:]*\s*|(?:i\s+)?(?:can['’]?t|cannot|couldn['’]?t)\s+believe\s+(?:that\s+)?)(?=\S)/i;
// (An argument the ask settles: who argues is no one asked for, and "whether" no word of it.)
const ARGUED_FIRST = /^\s*(?:(?:settle|end|solve)\s+(?:(?:a|this|the|our)\s+(?:bet|argument|debate|dispute)|this|it)\s*(?:[:,.!-]+|\s+(?:for\s+(?:us|me)\s*[:,.!-]*))\s*|(?:(?:me|i)\s+and\s+my\s+\p{L}+|my\s+\p{L}+\s+and\s+(?:i|me)|we|we['’]re|we\s+are)\s+(?:(?:are|were|keep|kept|have\s+been)\s+)?(?:disagree(?:ing)?|argu(?:e|ing|ed)|can['’]?t\s+agree|(?:have|had|made)\s+a\s+bet)\s+(?:on|about|over|whether|if)\s+(?:whether\s+|if\s+)?)(?=\S)/iu;
const ARGUED_LAST = /\s*[,;:–—-]+\s*(?:who['’]?s|who\s+is)\s+right\s*[?.!]*\s*$/i;
// ("… pls", "…? thanks", "…, thank you so much": a request's manners after it; "thanks" and
// the like only after a mark, not "who said thank you"; not "…, names please", a form asked.)
// ("… in the articles?", "… according to your library": where the asker knows the answer
// must come from, which every answer does.)
const IN_THE_LIBRARY_LAST = /\s*,?\s+(?:in|from|according\s+to|per)\s+(?:the|your|ur|these|those|our|its)\s+(?:(?:news\s+)?articles?|library|sources?|stories|docs|documents|database|data)\s*([?.!]*)\s*$/i;
const THANKED_LAST = /(?<!\b(?:names?|quotes?|sources?|links?|words|citations?|details|text|lines?|list)[\s,]*)(?:\s*[,;:?!.–—-]*\s+(?:pl[sz]|please+|pretty\s+please)|\s*[,;:?!.–—-]+\s*(?:thanks?|thx|ty|tysm|cheers|thank\s+you)(?:\s+(?:so\s+much|a\s+lot|in\s+advance))?)\s*[?.!]*\s*$/i;
const ASIDE_LAST = /(?:\s*[,;:?!.–—-]+\s*(?:(?:i['’]?m\s+|just\s+)?(?:curious|wondering)(?:\s+fr)?|help|anyone|anybody|any(?:one|body)\s+(?:know|got\s+(?:it|this|that)|remember)|wild|crazy|insane|weird)|\s+(?:(?:ngl\s+)?it\s+hits(?:\s+different)?|i\s+(?:(?:totally|kinda)\s+)?(?:missed|forgot)\s+(?:it|that|this|them)?|(?:i\s+)?forgot\s+(?:it|that|this|them)))\s*[?.!]*\s*$/i;

/**
 * The ask typed as a form's fields, as /cite's options or a search box take them: "speaker:
 * pelosi topic: the wall", "speaker=pelosi, topic=the wall", "who: pelosi | about: the wall",
 * "/cite topic:the wall speaker:pelosi", "query: pelosi on the wall"; or as parts between
 * bars, "pelosi | the wall | quotes", "who said what | the wall". Read as the ask they stand
 * for; before, the field names were read as the story ("speaker: pelosi topic: the wall").
 */
export function unfielded(question: string): string {
  const typed = question.replace(/^\s*\/(?:cite|ask|quotes?|search)(?=\s)/i, '').trim();
  const marks = [...typed.matchAll(FIELD)];
  if (marks.length > 0 && marks[0]!.index === 0) {
    const fields = new Map<string, string>();
    marks.forEach((mark, i) => {
      const value = typed.slice(mark.index! + mark[0].length, marks[i + 1]?.index ?? typed.length).replace(/[\s,;|]+$/, '').trim();
      const field = FIELD_IS[mark[1]!.toLowerCase()] ?? 'form';
      if (value && !fields.has(field)) fields.set(field, value);
    });
    // ("query: pelosi on the wall": a search's words are the ask itself.)
    return asAsk(fields.get('speaker'), fields.get('topic')) ?? fields.get('query') ?? question;
  }
  const parts = typed.split(/\s+\|\s+|\s*\|\s*$/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return question;
  const said = parts.filter((part) => !VOICES_ASKED.test(part));
  if (said.length === parts.length || said.length === 0) return question;
  return said.length === 1 ? `who said what about ${said[0]}` : `what did ${said[0]} say about ${said[1]}`;
}

// A field's name, and what it holds: whose words, which story, or the whole ask.
const FIELD = /(?:^|[\s,;|]+)(speaker|person|who|name|from|by|topic|about|subject|story|query|search|type|kind|format)\s*[:=]\s*/gi;
const FIELD_IS: Record<string, string> = lookupTable({ speaker: 'speaker', person: 'speaker', who: 'speaker', name: 'speaker', from: 'speaker', by: 'speaker', topic: 'topic', about: 'topic', subject: 'topic', story: 'topic', query: 'query', search: 'query' });
const VOICES_ASKED = /^\s*(?:who\s+said\s+what|(?:any\s+|all\s+)?(?:quotes?|comments?|reactions?|statements?|citations?|remarks|voices)|what\s+(?:people|they|everyone)\s+said)\s*[?.!]*\s*$/i;
const ANYONE = /^(?:any(?:one|body)?|every(?:one|body)|all|n\/?a|-|\*)$/i;

/** The ask a form's speaker and topic stand for, if they stand for one. */
function asAsk(speaker: string | undefined, topic: string | undefined): string | undefined {
  const someone = speaker && !ANYONE.test(speaker) ? speaker : undefined;
  if (topic) return someone ? `what did ${someone} say about ${topic}` : `who said what about ${topic}`;
  return someone ? `what did ${someone} say` : undefined;
}

/**
 * A question dictated to a phone with its punctuation as the phone wrote it, spoken: "what did
 * X say about Y question mark", "…, comma and the fake vest", "who said quote the shot of a
 * lifetime end quote". Spoken marks are no words of the story. ("Period" at the end is left:
 * it ends too many stories, "the transition period".) Nor are speech's fillers, left in as a
 * phone types them: "uh what did larry sharpe say about like running in 2020" asks what "what
 * did larry sharpe say about running in 2020" does (outside quotation marks, which hold
 * someone's words as they were).
 */
export function undictated(question: string): string {
  return question
    .split(/("[^"]*"|“[^”]*”)/)
    .map((part, i) => (i % 2 === 1 ? part : unfilled(part)))
    .join('')
    .replace(/\b(?:open\s+)?quote\s+(\S.*?)\s+(?:end\s+quote|close\s+quote|unquote)\b/gi, '"$1"')
    .replace(/\s*\bquestion\s+mark\b/gi, '?')
    .replace(/\s*\bexclamation\s+(?:mark|point)\b/gi, '!')
    .replace(/(?<!\b(?:the|a|an|an?\s+oxford|serial|oxford|this|that|inverted)\s*)\s+comma\s+(?=\p{L})/giu, ', ')
    .replace(/\s+full\s+stop\s*$/i, '.')
    .replace(/^[\s,]+|\s+$/g, '');
}

// Hesitations, with the commas a phone sets around them: "uh", "umm", "erm", "hmm". (Not "er":
// the ER is a place.)
const HESITATION = /\s*,?\s*(?<![\p{L}\p{N}'’-])(?:u+h+|u+m+|uhm+|erm+|hm+)(?![\p{L}\p{N}'’-])\s*,?/giu;
// "Like" where it stands for nothing: opening the ask or after "so" ("so like who …"), between
// a preposition and its object ("about like running"), or set off at the end ("…, like?").
// (Not before what it compares: "people like him", "what was it like".)
const LIKE_FIRST = /(^\s*|[,;:.!?]\s*|\bso\s+)like\s*,?\s+(?=\S)/gi;
const LIKE_AFTER = /(\b(?:about|on|regarding|concerning|over|with)\s+)like\s*,?\s+(?=\S)/gi;
const LIKE_LAST = /\s*,\s*like\s*(?=,|[?.!]*\s*$)/gi;
const EMPTY_ADVERB = /(?<![\p{L}'’-])(?:basically|literally)\s*,?\s*(?=\S|$)/giu;

/** Words of speech with no sense of their own: "uh", "um", "so like", "basically", "…, you know". */
function unfilled(spoken: string): string {
  return spoken
    // (A comma before it stays before a last word or two it set off: "…, uh, help".)
    .replace(HESITATION, (hesitation: string, at: number, all: string) => (/^\s*,/.test(hesitation) && /^\s*\S+(?:\s+\S+)?\s*$/.test(all.slice(at + hesitation.length)) ? ', ' : ' '))
    .replace(LIKE_FIRST, '$1')
    .replace(LIKE_AFTER, '$1')
    .replace(LIKE_LAST, '')
    .replace(/\s*,\s*you\s+know\s*,\s*/gi, ' ')
    .replace(/\s*,\s*you\s+know\s*(?=[?.!]*\s*$)/gi, '')
    .replace(EMPTY_ADVERB, '')
    .replace(/\s*,(?:\s*,)+/g, ',')
    .replace(/\s{2,}/g, ' ');
}

// A greeting before the ask, with its mark or without: "hey, …", "hi all - …", "yo …".
// (…or the bot addressed by name or mention: "@citewire …", "<@123…> …".)
const GREETED_FIRST = /^\s*(?:(?:hey+|hi|hello|yo|hiya|heya|howdy|greetings)(?:\s+(?:there|all|everyone|guys|folks|y['’]?all|bot|citewire))?|@citewire|<@!?\d+>)\s*(?:[,.!?…:;]+|\s[-–—]+)?\s+(?=\S)/i;

/**
 * A question without the marks of Discord's markdown ("**pelosi**", "`…`", "> …", "||…||",
 * "*…*", "~~…~~", "__…__", "# …", "-# …"), its custom emoji and channel links ("<:thonk:…>",
 * ":eyes:", "<#…>") or the label it was pasted with ("Q: …", "question: …", "/ask question:
 * …", "!ask …", a prefix bot's command), the greeting it opens with ("hey, …") or what the
 * asker thinks of it ("quick question: …"): they say how it looks, not what it asks. (Not one
 * "_": addresses hold it.)
 */
export function unmarked(question: string): string {
  // ("what did ~~duda~~ brudzinski say": the words struck through are taken back, where any
  // others are left.)
  const struck = question.replace(/~~[^~\n]+~~/g, ' ');
  return (/\p{L}/u.test(struck) ? struck.replace(/ {2,}/g, ' ') : question)
    .replace(/<a?:\w+:\d+>|<#\d+>|(?<![\w:/]):[a-z][a-z\d_+-]*:(?![\w:/])/gi, ' ')
    .replace(/^\s*(?:(?:>>>|>)\s*|(?:-#|#{1,3})\s+)/gm, '')
    .replace(/\*\*|\|\||~~|`+|(?<![\p{L}\p{N}])(?:\*|__)|(?:\*|__)(?![\p{L}\p{N}])/gu, '')
    .replace(GREETED_FIRST, '')
    .replace(HEDGED_FIRST, '')
    .replace(/^\s*(?:\/ask\s+(?:question\s*:\s*)?|[!?.$%]ask\s+|(?:q|qn|question|ask)\s*:\s*)/i, '')
    // ("context: lam's policy address. question: what did she say …", "background: …; q: …",
    // "q (for my class): …": a message's parts labelled. The context is a sentence told first
    // where the question points back at it ("she"); a question whole without it is asked alone.)
    .replace(LABELLED_PARTS, (_, context: string, asked: string) => (/\b(?:he|she|they|it|his|her|their|its|him|them|there|then|that)\b/i.test(asked) ? `${context} ${asked}` : asked))
    .replace(/^\s*(?:(?:some|for|a\s+bit\s+of)\s+)?(?:context|background|backstory|info|setup)\s*:\s*/i, '')
    .replace(/([.;!?\n]\s*)(?:(?:my|the|actual)\s+)?(?:q|qn|question|ask)\s*:\s*/gi, '$1')
    .replace(/^\s*(?:q|qn|question)\s*\(([^)]*)\)\s*:\s*/i, '$1: ')
    .trim();
}

// "context: <what the asker knows> <stop> question: <the ask>".
const LABELLED_PARTS = /^\s*(?:(?:some|for|a\s+bit\s+of)\s+)?(?:context|background|backstory|info|setup)\s*:\s*(?:(?:i['’]?m|i\s+am)\s+)?(?:(?:writing|working|reading|researching)\s+(?:(?:a|an|my)\s+\S+\s+)?(?:about|on)\s+)?(.+?[.;!?\n])\s*(?:(?:my|the|actual)\s+)?(?:q|qn|question|ask)\s*:\s*(\S.*)$/is;

// A correction sent after the ask, as chat sends one: a last line "*flood" or "flood*",
// "(soni* autocorrect)", "edit: …", "…, sorry i meant X", "… — sorry, X".
const STARRED = /\n\s*(?:\*\s*([^\n*?]+?)|([^\n*?]+?)\s*\*)\s*[.!?]*\s*$|\s*\(\s*([\p{L}'’-]+)\*(?:\s+[^)]*)?\)\s*$/u;
const EDITED = /(?:\s*[.,;!?]|\s+[-–—]+)?\s*\n?\s*(?:edit|eta|correction)\s*:\s*([^\n]+?)\s*$/i;
const MEANT = /(?:\s*[,.;!?]|\s+[-–—]+)\s*(?:(?:sorry|oops|whoops|my\s+bad)[,!.]?\s+)?(?:i\s+)?(?:meant|mean)\s+([^\n]+?)\s*[.!]*$|(?:\s*[,.;!?]|\s+[-–—]+)\s*(?:sorry|oops|whoops|my\s+bad)[,!.]?\s+(?!(?:to|if|for|but|about|i)\b)([^\n]+?)\s*[.!]*$/i;
// (A correction is a word or three, no ask of its own: "did A, sorry, B say" is corrected().)
const CORRECTION = /^(?:the\s+)?[\p{L}\p{N}'’.&-]+(?:\s+[\p{L}\p{N}'’.&-]+){0,2}$/u;
const ASKS = /\b(?:say|said|says|think|thought|react|reacted|comment|commented|respond|responded|what|who|how|did|does)\b/i;
// Words a correction never stands for.
const NOT_CORRECTED = /^(?:what|who|whom|how|why|when|where|which|did|does|do|say|said|says|about|after|before|the|a|an|of|on|in|at|to|for|and|or|with|from|that|this|his|her|their|its)$/i;

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The ask with a correction sent after it put in its place: "what did steve winwod say\n*winwood"
 * asks about Winwood, "… after typhoon hagibis. edit: phanfone, not hagibis" about Phanfone,
 * "… the gold toilet\n*toilet theft" about the theft. The word corrected is the one the
 * correction is a slip of, or the one "not" names, or else the last name after "the" or a
 * preposition ("the b-17 crash in massachusetts\n*connecticut"); "edit: the nsw one" adds
 * the word that says which.
 */
export function unedited(question: string): string {
  const found = STARRED.exec(question) ?? EDITED.exec(question) ?? MEANT.exec(question);
  if (!found) return question;
  let correction = (found[1] ?? found[2] ?? found[3] ?? '').trim().replace(/[.!]+$/, '');
  const ask = question.slice(0, found.index).trim();
  // ("phanfone, not hagibis": the word to replace, named.)
  const not = /^(.+?),?\s+not\s+(.+)$/i.exec(correction);
  const wrong = not ? new RegExp(`\\b${not[2]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi') : undefined;
  if (not && wrong && ask.search(wrong) >= 0) return ask.replace(wrong, not[1]!);
  // ("edit: the nsw one": a word that says which, added.)
  const which = /^(?:the\s+)?(.+?)\s+one$/i.exec(correction);
  if (which) return CORRECTION.test(which[1]!) && !ASKS.test(which[1]!) ? `${ask.replace(/\s*[?.!]+$/, '')} ${which[1]}` : question;
  if (!CORRECTION.test(correction) || ASKS.test(correction)) return question;
  const words = ask.split(/(\s+)/);
  let best = -1;
  let bestDistance = Infinity;
  for (const typed of correction.toLowerCase().split(/\s+/)) {
    words.forEach((word, i) => {
      const bare = word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '');
      if (bare.length < 3 || NOT_CORRECTED.test(bare)) return;
      const distance = editDistance(bare, typed);
      if (distance <= Math.max(1, Math.floor(Math.min(bare.length, typed.length) / 3)) && distance < bestDistance) [best, bestDistance] = [i, distance];
    });
  }
  // (No slip of it: the name it replaces is the last one after "the" or a preposition, "the
  // victoria abortion law, sorry i meant nsw", "the crash in massachusetts\n*connecticut".)
  if (best < 0) {
    words.forEach((word, i) => {
      if (i >= 2 && /^(?:the|in|from|at|of|on|near)$/i.test(words[i - 2]!) && word.replace(/[^\p{L}\p{N}]/gu, '').length >= 3 && !NOT_CORRECTED.test(word)) best = i;
    });
  }
  if (best < 0) return `${ask.replace(/\s*[?.!]+$/, '')} ${correction}`;
  words[best] = words[best]!.replace(/[\p{L}\p{N}'’-]+/u, correction);
  return words.join('');
}

// Swear words as chat types them, whole or with letters starred out ("f***ing", "sh*tty",
// "d*mn", "h*ll").
const SWEARS = ['fucking', 'fuckin', 'fucked', 'fuck', 'shitty', 'shit', 'damned', 'damn', 'goddamn', 'hell', 'heck', 'crappy', 'crap', 'frigging', 'friggin', 'freaking', 'effing'];
const STARRED_OUT = /(?<![\p{L}\p{N}*])\p{L}+\*[\p{L}*]*/gu;
// ("the fucking sheriff", "the sh*tty attack", "f'ing", "the damn mayor": how the asker feels, no
// word of whom or what they ask about.)
const SWORN_AT = /(?<![\p{L}'’])(?:fucking|fuckin|fkn|fking|f['’]ing|effing|frigging|friggin|freaking|frickin|goddamn(?:ed)?|damn(?:ed)?|shitty|crappy)\s+(?=\p{L})/giu;
// ("what the fuck did X say", "who the hell said", "how tf did": the ask without the oath.)
const OATH = /\b(what|who|how|why|where|when|which)\s+(?:the\s+(?:fuck|hell|heck|devil|crap|shit)|tf)\b/gi;

/**
 * A question without the swearing chat puts around an ask ("wtf did X even say" reads
 * already, among chat's asides): the word starred out is the swear it hides where one fits
 * ("d*mn", not "tr*mp"); then an oath after the question word and a swear before a word are
 * left out.
 */
export function unsworn(question: string): string {
  const unstarred = question.replace(STARRED_OUT, (word) => {
    const hidden = new RegExp(`^${word.replace(/\*+/g, '\\p{L}{1,4}')}$`, 'iu');
    return SWEARS.find((swear) => hidden.test(swear)) ?? word;
  });
  return unstarred.replace(OATH, '$1').replace(SWORN_AT, '');
}

/**
 * The question with what chat types in place of words written as words: emoji for things and
 * countries, public figures' nicknames, another language's frame, a correction sent after it,
 * swearing.
 */
export function inWords(question: string): string {
  return unedited(askedInEnglish(withNamesForNicknames(unsworn(emojiAsWords(question)))));
}
