import { LAYOUT } from './chat-asides.ts';

/*
 * The ask without what a chat wraps around it, before any frame reads it: a question of fact
 * before it, its topic in brackets after it or asked before it, who someone is, what the
 * quote is wanted for, and what the answer should be like. Pure.
 */

/**
 * The ask without what is wrapped around it: its topic in brackets after it or asked before
 * it, who someone is, what the quote is wanted for, and what the answer should be like.
 */
export function unwrapped(question: string): string {
  return withoutAnswerForm(withoutPurpose(withWhoTheyAre(topicInBrackets(topicAskedFirst(withoutNameAsked(askAfterFact(question)))))));
}

// A question of fact, then the ask for words: "when did the flood happen and what did the
// mayor say", "how many died in the flood and what did the mayor say about it", "what
// happened at the stabbing and who commented". The answer is the words; the question of fact
// names their story. (Not "was X …?": a judgement of someone, "was tusk more dismissive than
// duda about the report? what did tusk say", is read as before.)
const FACT_THEN_ASK = /^\s*((?:when|where|why|how\s+(?:many|much|big|bad|long|old|far|fast|high|severe)|what\s+(?:happened|caused|started|went\s+wrong))\b.+?)(?:\s*[?;]+\s*(?:and\s+)?|\s*,?\s+and\s+(?:also\s+)?)((?:what|who|how|which)\s+(?:\S+\s+){0,6}?(?:say|said|says|tell|told|describe|described|see|saw|think|thought|comment|commented|react|reacted|respond|responded|claim|claimed|write|wrote|tweet|tweeted|quoted)\b.*)$/i;

/** The ask after a question of fact, about the story that question names. */
function askAfterFact(question: string): string {
  const asked = FACT_THEN_ASK.exec(question);
  // (Not where the ask's "he" or "she" is someone the question of fact names: "was tusk
  // angry and what did he say".)
  if (!asked || /\b(?:he|she|they|him|her|them)\b/i.test(asked[2]!)) return question;
  const story = asked[1]!
    .replace(/^\s*(?:when|where|why|how\s+\w+|what)\s+/i, '')
    .replace(/^(?:did|does|do|was|were|is|are|has|have|had)\s+/i, '')
    .replace(/^(?:people\s+)?(?:die|died|killed|hurt|injured)\s+(?:in|at|on|during)\s+/i, '')
    .replace(/^(?:happened|went\s+wrong|caused|started)\s+(?:(?:at|in|on|with|during)\s+)?/i, '')
    .replace(/\s+(?:happen|start|occur|begin|end|crash)\s*[?.!]*\s*$/i, '')
    .trim();
  // (What an eyewitness saw or described is what they said of it.)
  const ask = asked[2]!.replace(/^((?:what|how)\s+did\s+(?:\S+\s+){1,5}?)(?:see|describe)\b/i, '$1say').replace(/\s*[?.!]+\s*$/, '');
  if (/\b(?:about|on|of)\s+(?:it|that|this|them)\b/i.test(ask)) return ask.replace(/\b(about|on|of)\s+(?:it|that|this|them)\b/i, `$1 ${story}`);
  return /\b(?:about|on|regarding|over|after)\s+\S/i.test(ask) ? ask : `${ask} about ${story}`;
}

// A name asked for, before or after whom it is of: "what's the name of the designer who said
// …", "…, what's his name", "…, names please".
const NAME_ASKED = /^\s*(?:(?:what['’]?s|what\s+is|what\s+was|whats)\s+the\s+)?names?\s+of\s+(?=(?:the|that|this|everyone|every|all)\b)/i;
const NAME_ASKED_AFTER = /\s*,?\s*(?:(?:what['’]?s|what\s+is|whats)\s+(?:his|her|their)\s+names?|names?\s+(?:please|pls|plz))\s*(?=[?.!]*\s*$)/i;

/** The ask for who someone is and what they said, without its words for the name: the answer names them. */
function withoutNameAsked(question: string): string {
  return question.replace(NAME_ASKED, 'who is ').replace(NAME_ASKED_AFTER, '');
}

// How the answer should come, or what it is for, after the ask: "…, with sources", "… + link
// to the article", "…? keep it short", "… - exact words please", "… - full quote", "…, the
// whole thing", "…? need it for a debate tomorrow", "…, i need the text", "… (source?)", "…
// (asking for a friend)", "…, if anything". No word of the story or of who is asked. (After a
// comma, a dash or a "?", or "and", "with", "plus": "the link between guns and suicide" is a
// story's.)
const ANSWER_FORM = new RegExp(
  `(?:\\s*[,;:?!.+–—(-]+\\s*(?:(?:and|with|w/|plus|incl(?:uding)?|also)\\s+)?|\\s+(?:and|with|w/|plus|incl(?:uding)?)\\s+)` +
    `(?:(?:the|a|some|any)\\s+)?(?:sources?|links?(?:\\s+to\\s+(?:the\\s+)?(?:article|story|source)s?)?|citations?|${LAYOUT}|refs|references|cite\\s+(?:it|them|the\\s+(?:article|source)s?|sources?)|exact\\s+(?:words|quote|wording|text)|(?:full|whole|complete|entire)\\s+(?:quote|quotation|thing|text|statement)|word\\s+for\\s+word|verbatim|in\\s+(?:full|its\\s+entirety|context)|unabridged|(?:keep\\s+it|make\\s+it|be)\\s+(?:short|brief|quick)|(?:short|brief|quick)\\s+(?:answer|version|one)|asap|urgent(?:ly)?|(?:i\\s+)?need\\s+(?:it|this|them|these|the\\s+(?:text|quote|source|wording))(?:\\s+(?:for|by)\\b.*)?|(?:it['’]?s|this\\s+is)\\s+for\\s+(?:a|my|our|the)\\b.*|for\\s+(?:a|my|our)\\s+(?:essay|paper|debate|class|assignment|presentation|report|thread|project|homework)\\b.*|asking\\s+for\\s+a\\s+friend|just\\s+(?:curious|wondering|asking)|out\\s+of\\s+curiosity|if\\s+(?:any(?:thing)?|you\\s+know|possible))` +
    `(?:\\s+(?:please|pls|plz|thx|thanks))?\\s*[?.!]*\\s*\\)?\\s*[?.!]*\\s*$`,
  'i',
);

/**
 * A question without what it says of the answer's form or use: "…, with sources" is "…",
 * "in one sentence, what did abbott say" and "tl;dr of wong on the bill" ask what they ask.
 */
export function withoutAnswerForm(question: string): string {
  let asked = question.replace(FORM_FIRST, '').replace(/^\s*(?:a\s+)?(?:quick\s+)?one[\s-]?liners?\s+(?=(?:from|by)\s)/i, 'quotes ').replace(IF_SO, '');
  for (let form = ANSWER_FORM.exec(asked); form && form.index > 0; form = ANSWER_FORM.exec(asked)) asked = asked.slice(0, form.index);
  return asked;
}

// An ask that hangs on the one before: "did X say …? if so, what exactly", "…, and if not,
// who did", "…? if yes, the quote". What the first asked is what it asks.
const IF_SO = /(?<=\S)(?:\s*[?,.;:–—-]+\s*|\s+and\s+)(?:and\s+|but\s+)?if\s+(?:so|yes|yeah|not|no|(?:he|she|they|it)\s+did(?:n['’]?t)?)\b.*$/i;

// …and said first: "in one sentence, …", "short version: …", "bullet points: …", "quote
// only, no commentary: …", "no need for context, just …", "tl;dr of …".
const FORM_FIRST = new RegExp(
  '^\\s*(?:(?:(?:in\\s+)?(?:one|a|1|two|2|three|3)\\s+(?:sentences?|lines?|words?|paragraphs?)(?:\\s+(?:each|max|only|tops))?|(?:keep\\s+it|make\\s+it)\\s+(?:short|brief|quick)|(?:only|just)\\s+(?:the\\s+)?(?:exact\\s+)?(?:words|wording|quotes?)|quotes?\\s+only(?:\\s*,?\\s*no\\s+(?:commentary|context|summary))?)(?:\\s*[:,–—-]+\\s*|\\s+(?=(?:what|who|how|why|did|does|quotes?)\\b))' +
    '|(?:tl;?\\s?dr|bullet(?:\\s+points?)?(?:\\s+(?:version|form))?|(?:in|as)\\s+(?:a\\s+)?(?:table|list|bullet\\s+points|bullets)|(?:the\\s+)?(?:short|brief|quick)\\s+(?:version|answer))(?:\\s*[:,–—-]+\\s*|\\s+of\\s+(?=\\S)|\\s+(?=(?:what|who|how|why|did|does|quotes?)\\b))' +
    '|no\\s+(?:need\\s+for\\s+)?(?:context|commentary|summary)(?:\\s*,?\\s*just\\s+|\\s*[:,–—-]+\\s*)' +
    // ("just the quotes from pelosi on …": hers.)
    '|(?:just|only)\\s+(?=(?:the\\s+)?(?:quotes?|comments?|words|statements?|remarks|tweets?)\\s+(?:from|by|of)\\s))',
  'i',
);

/**
 * A question without what the quote is wanted for: "need a quote from X on Y for my politics
 * class", "for my presentation, what did X say", "writing a blog post debunking cow cures -
 * what did X claim", "trying to settle a bet - did X say …", "my friend swears X said …,
 * source?", "citation needed: who called …". A story the purpose names stays the topic ("for
 * my essay on the nsw abortion vote"). Before, the purpose's words were read as the topic's
 * ("my media class khan being let out early") or as the speaker ("the school paper").
 */
export function withoutPurpose(question: string): string {
  // ("putting together a timeline of the impeachment, need pelosi's line": her line on it.)
  const lead = PURPOSE_FIRST.exec(question) ?? DOING_FIRST.exec(question) ?? TOPIC_IS.exec(question);
  const rest = lead ? question.slice(lead[0].length) : question;
  const story = (lead?.[1] ?? lead?.[2])?.trim();
  // ("…, what did officials say each time": how often is no word of the story.)
  const asked = story && !/\b(?:about|on|regarding|re|over|after|when)\b/i.test(rest) ? `${rest.replace(/[?!.\s]+$/, '').replace(/\s+(?:each|every|both)\s+times?$/i, '')} about ${story}` : rest;
  return asked
    .replace(PURPOSE_LAST, (_, told?: string) => (told ? ` about ${told}` : ''))
    .replace(/^\s*(?:(?:i['’]?m|im|i\s+am|we['’]?re)\s+)?(?:trying\s+to\s+)?(?:settle|settling|win|winning|having)\s+(?:a|an)\s+(?:bet|argument|debate|dispute)(?:\s+with\s+(?:a\s+friend|my\s+\S+|someone|a\s+coworker))?\s*[,:;–—-]+\s*/i, '')
    .replace(/^\s*(?:my\s+(?:friend|mate|buddy|dad|mom|mum|brother|sister|coworker|teacher|prof)|a\s+friend)\s+(?:swears|says|said|claims|insists|thinks|reckons|told\s+me)\s+(?:that\s+)?(?=\S)/i, '')
    .replace(/^\s*(?:\[?citation\s+needed\]?|source\s+(?:needed|pls|please)|need\s+(?:a\s+)?source)\s*[:,;–—-]*\s*(?=\S)/i, '')
    // ("same or different: lam and wong on the bill", "agree or disagree? …": the two voices
    // asked for, set side by side, which the answer does.)
    .replace(/^\s*(?:same\s+or\s+different|agree\s+or\s+disagree|for\s+or\s+against|side\s+by\s+side|compare(?:\s+and\s+contrast)?|contrast)\s*[?:,;–—-]+\s*(?=\S)/i, '')
    .replace(/[.,;!?]\s*(?:source|sauce|proof|receipts|citation)\s*[?!.]*\s*$/i, '')
    // ("i want to quote becerra, what did he say": his words; "anything from dilou i could
    // quote", "what did X say that i can cite": whose, not what it is for.)
    .replace(QUOTE_THEM_THEN_ASK, '$1, ')
    .replace(/^\s*i(?:\s+(?:want|need|would\s+like|wanna)|['’]d\s+like)\s+to\s+(?=quote\s)/i, '')
    .replace(I_COULD_QUOTE, '');
}

// What a quote is wanted for, as the asker calls it: "my politics class", "a gun control essay",
// "the school paper sports page". ("The" only with whose it is: not "the post office".)
const PURPOSE_NOUN = String.raw`(?:[\p{L}\d'’-]+\s+){0,3}?(?:essay|paper|presentation|class|course|lecture|seminar|project|report|assignment|homework|thread|blog(?:\s+post)?|newsletter|podcast|video|meme|debate|discussion|talk|slides?|deck|wikipedia\s+edit|research|exam|quiz|poster|roundup|timeline|column|op-?ed|zine|speech)s?(?:\s+(?!on\b|about\b|regarding\b)[\p{L}'’-]+){0,2}?`;
const PURPOSE = String.raw`(?:(?:my|our|a|an)\s+|the\s+(?=(?:school|class|company|team|news|uni|club|office)\b))${PURPOSE_NOUN}`;
const PURPOSE_FIRST = new RegExp(String.raw`^\s*(?:(?:(?:this\s+is\s+|it['’]?s\s+)?(?:for|(?:prepping|preparing|getting\s+ready)\s+for)\s+${PURPOSE}(?:\s+(?:on|about|regarding)\s+([^,:;–—?]+?))?)|(?:${PURPOSE_NOUN})\s+prep(?:aration)?(?:\s+(?:on|about|regarding|for)\s+([^,:;–—?]+?))?(?=\s*[,:;–—-])|(?:a\s+)?(?:roundup|round-up|recap|digest|compilation)\s+for\s+(?:my|our|a|an|the)\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}'’-]+)(?:\s*[,:;–—-]+\s*|\s+(?=(?:i\s+)?(?:need|want|what|who|how|did|does|quotes?|any)\b))`, 'iu');
const PURPOSE_LAST = new RegExp(String.raw`\s*,?\s+(?:for|in)\s+${PURPOSE}(?:\s+(?:on|about|regarding)\s+([^,?!.]+?))?\s*(?=[?!.]*\s*$)`, 'iu');
const QUOTE_THEM_THEN_ASK = new RegExp(String.raw`^\s*(?:i(?:\s+(?:want|need|would\s+like|wanna)|['’]d\s+like)\s+to\s+)?(?:quote|cite)\s+((?:[\p{L}'’.&-]+\s+){0,3}?[\p{L}'’.&-]+)\s*[,:;–—-]+\s*(?=(?:so\s+)?(?:what|how)\s+(?:did|does|do|has|have)\s+(?:he|she|they|it)\b)`, 'iu');
const I_COULD_QUOTE = /\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:can|could|might|may|should)\s+(?:quote|cite|use|reference)(?=\s*[?!.]*\s*$|\s+(?:on|about|regarding|over|in|for|from)\s)/i;
// "hong kong in 2019 is my essay topic: …": the story, then what is asked of it.
const TOPIC_IS = /^\s*(\S.{2,60}?)\s+is\s+(?:my|our|the)\s+(?:[\p{L}'’-]+\s+)?(?:topic|subject|focus)\s*[,:;–—-]+\s*/iu;
// "writing a blog post debunking cow cures - …", "putting together a timeline of the impeachment, …".
const DOING_FIRST = new RegExp(String.raw`^\s*(?:(?:i['’]?m|im|i\s+am|we['’]?re)\s+)?(?:writing|putting\s+together|making|doing|working\s+on|preparing|researching|drafting|building|compiling|creating)\s+(?:${PURPOSE}|${PURPOSE_NOUN})(?:\s+(?:on|about|of|for)\s+|\s+(?=\p{L}+ing\b))([^,:;–—?]+?)\s*(?:\s[-–—]+\s|[,:;]+)\s*`, 'iu');

/**
 * "who said what? (the covid-19 name)", "what did ford say? (about the doj probe)": an ask of
 * no topic, then its topic in brackets, as one question.
 */
export function topicInBrackets(question: string): string {
  return question.replace(/^\s*(who\s+said\s+what|what\s+did\s+\S.{0,40}?\s+say|(?:any\s+)?(?:reactions?|quotes?|comments?))\s*[?.!]*\s*\(\s*(?:(?:about|on|re:?|regarding)\s+)?([^()]+?)\s*\)\s*[?.!]*\s*$/i, '$1 about $2');
}

/**
 * "when asked if the colony is in trouble, what did gownaris say": what someone was asked,
 * before the ask for their answer, is its topic ("what did gownaris say about whether …").
 */
export function topicAskedFirst(question: string): string {
  return question.replace(/^\s*(?:when\s+|after\s+being\s+)?asked\s+(about|if|whether)\s+([^,]{3,80}?)\s*,\s*((?:what|how|why)\b.+?)\s*[?.!]*\s*$/i, (_, how: string, asked: string, ask: string) => `${ask} about ${how.toLowerCase() === 'about' ? '' : 'whether '}${asked}`);
}

/**
 * "who is jennifer lu and what did she say about …", "who's X? her take on …", "never heard of
 * X, who is he and what did he say", "X - who is that and what's her quote on …", "what's X's
 * job and what did he say …": who someone is, asked with what they said, asks what they said
 * (the answer names who they are). Before, "who is X" was read as words of the topic.
 */
export function withWhoTheyAre(question: string): string {
  const asked = WHO_THEY_ARE.exec(question);
  const name = asked?.slice(1, -1).find((group) => group !== undefined);
  if (!asked || !name) return question;
  const rest = asked.at(-1)!;
  const subject = /^((?:what|why|how|when|where)\s+\w+\s+)(?:he|she|they)\b/i.exec(rest);
  if (subject) return `${subject[1]}${name}${rest.slice(subject[0].length)}`;
  const possessive = /\b(?:his|her|their)\b/i.exec(rest);
  return possessive ? `${rest.slice(0, possessive.index)}${name}'s${rest.slice(possessive.index + possessive[0].length)}` : question;
}

// A name as typed after "who is", no word of a clause ("who is quoted about …").
const WHO_NAME = String.raw`(?:(?!(?:about|on|of|in|at|to|for|with|from|quoted|saying|talking|behind|responsible|the|a|an|it|this|that|he|she|they)\b)[\p{L}'’.-]+\s+){0,3}?(?!(?:about|on|of|in|at|to|for|with|from|quoted|saying|talking|behind|responsible|the|a|an|it|this|that|he|she|they)\b)[\p{L}'’.-]+`;
// (…or what they do, where they are from, their party: "what's X's job and …", "what position
// does X hold, and …", "where is X from, and …", "what party is X in and …".)
const WHAT_THEY_DO = String.raw`what(?:['’]s|\s+is|\s+was)\s+(${WHO_NAME})['’]s?\s+(?:job|title|role|position|post|background)|what\s+(?:position|job|role|title|office|post)\s+(?:does|did)\s+(${WHO_NAME})\s+(?:hold|have|do)|where\s+(?:is|was)\s+(${WHO_NAME})\s+from|what\s+party\s+(?:is|was)\s+(${WHO_NAME})\s+(?:in|from|with)`;
const WHO_THEY_ARE = new RegExp(String.raw`^\s*(?:(?:never\s+heard\s+of\s+)?(${WHO_NAME})\s*(?:[,.;:]+|\s[–—-]+)\s*who\s+(?:is|was|['’]s)\s+(?:he|she|they|that|this)|${WHAT_THEY_DO}|who\s*(?:exactly\s+)?(?:is|was|['’]s|s)\s+(?:exactly\s+|this\s+|that\s+)?((?:the\s+(?:[\p{L}'’.-]+\s+){0,5}?)?${WHO_NAME}))(?:\s*[?,;:.]+\s*(?:and\s+)?|\s+[–—-]+\s+(?:and\s+)?|\s+and\s+)(\S.*)$`, 'iu');
