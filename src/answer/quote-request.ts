/**
 * A request for quotes, to cite or to check, in the plain form the question frames read
 * (parse-question.ts): "i need a quote from pelosi on the wall" is "a quote from pelosi on the
 * wall", "source for pelosi saying the shutdown should end" is "did pelosi say the shutdown
 * should end", "in the hong kong election article, who was quoted" is "who was quoted about
 * hong kong election", "finish this quote: tony was one of the best officers" is "who said
 * tony was one of the best officers". Pure; other questions come back as they were.
 *
 * @example
 * asQuoteRequest('need quotes for my essay on the amazon fires') // → 'quotes on the amazon fires'
 */
export function asQuoteRequest(question: string): string {
  return question
    // "finish this quote: tony was one of the best officers to ever", "what's the full quote
    // 'our house is burning'": a line half remembered, whose it is and the whole of it.
    .replace(/^\s*(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?:finish|complete|continue)\s+(?:this|the|that|my)\s+(?:quote|quotation|line|sentence)\s*[:,–—-]?\s*(?=\S)/i, 'who said ')
    .replace(/^\s*(?:what(?:['’]s|\s+is|\s+was)|whats)\s+the\s+(?:(?:full|whole|complete|entire|exact|rest\s+of\s+the)\s+)?(?:quote|quotation|line)\s*[:,–—-]?\s*(?=['"‘“])/i, 'who said ')
    // ("full quote where macron says our house is burning": whether, and how, they said it.)
    .replace(/^\s*(?:the\s+)?(?:full|whole|complete|entire|exact)\s+(?:quote|quotation|line)\s+(?:where|when|in\s+which)\s+((?:[\p{L}'’.&-]+\s+){0,3}?[\p{L}'’.&-]+)\s+(?:says|said|goes|went|tweets|tweeted|calls|called)\s+(?=\S)/iu, 'did $1 say ')
    // ("what's the rest of the archbishop's line '…'", "the rest of the quote '…'": the whole of it.)
    .replace(/\b(?:the\s+)?(?:rest|remainder)\s+of\s+(?=(?:the\s+|that\s+|this\s+)?(?:[\p{L}.&-]+\s+){0,3}?(?:[\p{L}.&-]+['’]s?\s+(?:\p{L}+\s+)?)?(?:line|quote|quotation|words|statement|sentence|tweet|post|speech|remark|comment)s?\b)/giu, '')
    // Asking for a quote to cite: "i need a quote from pelosi on …", "looking for quotes on
    // …", "can i get a quote from …" ask for those quotes; what it is for ("for my essay",
    // "i can cite") is no word of the topic.
    .replace(/^\s*(?:i\s+|i['’]m\s+|i\s+am\s+)?(?:need|want|looking\s+for|searching\s+for|(?:can|could|may)\s+i\s+(?:get|have|see)|do\s+you\s+have|(?:have\s+you\s+)?got|gimme|where\s+can\s+i\s+find)\s+(?=(?:(?:a|an|any|some|the|\w+)\s+){0,2}(?:quotes?|quotations?|citations?|sources?|words)\b)/i, '')
    // ("where can i find what …", "where do i find ben affleck's tribute …": what is looked for.)
    .replace(/^\s*where\s+(?:can|could|do|would|should)\s+(?:i|we)\s+(?:find|see|read)\s+(?=(?:what|how)\b|(?:[\p{L}.&-]+\s+){0,3}[\p{L}.&-]+['’]s?\s)/iu, '')
    // (The asker's own: "in his speech", "in the debate" are where it was said.)
    .replace(/\s*\b(?:for\s+(?:my|a|an|our)|in\s+(?:my|our))\s+(?:(?:school|class|uni|university|college|history|english|politics|research|science|group)\s+)?(?:essay|project|paper|article|presentation|homework|assignment|report|thesis|dissertation|class|blog(?:\s+post)?|newsletter|speech|debate|slides?)\b/gi, '')
    .replace(/\b(quotes?|quotations?|citations?)\s+(?:that\s+)?(?:(?:i|we)\s+(?:can|could|should)\s+(?:cite|use|quote|reference)|worth\s+(?:using|citing|quoting))\s+/gi, '$1 ')
    // "one line from ford about the doj probe", "a soundbite from …": a quote of theirs.
    .replace(/^\s*(?:(?:one|a|an|1|two|2|three|3|some|any|a\s+few|a\s+couple(?:\s+of)?)\s+)?(?:lines?|sentences?|sound\s?bites?|snippets?|excerpts?)\s+(?=(?:from|by)\s)/i, 'quotes ')
    // ("two or three quotes about …": how many is no one's name.)
    .replace(/\b(?:two|three|four|five|a\s+few|a\s+couple(?:\s+of)?|several|\d+)(?:\s+or\s+(?:two|three|four|five|\d+))?\s+(?=quotes\b)/gi, '')
    // ("any more quotes from curry on …", "more from pelosi on …", "anything else marshall said
    // about …": more of theirs is theirs; what was shown before is no word of the topic.)
    .replace(/\b(?:more|other|further|extra|additional)\s+(?=(?:quotes?|quotations?|comments?|remarks|words)\s+(?:from|by|of)\s)/gi, '')
    .replace(/^\s*(?:(?:got|have\s+you\s+got)\s+)?(?:any(?:thing)?\s+)?more\s+(?=from\s)/i, 'quotes ')
    .replace(/^\s*(anything|something)\s+else\s+(?=\S)/i, '$1 ')
    // "which quote from kipchoge should i use about …": his quotes on it.
    .replace(/^\s*which\s+(?=(?:quotes?|comments?)\s+(?:from|by|on|about)\b)/i, '')
    .replace(/\s+(?:should|could|can)\s+(?:i|we)\s+(?:use|cite|quote)\b/gi, '')
    // "…, word for word, …": how exactly is no word of the topic.
    // (…or "in his own words".)
    .replace(/(?:^|\s*,?\s+)(?:word\s+for\s+word|verbatim|in\s+(?:his|her|their|its)\s+(?:own\s+)?words)\b\s*,?/gi, ' ')
    // Asked to check: "verify: did pelosi say …", "can you confirm zapata said …": did they.
    .replace(/^\s*(?:verify|fact[\s-]?check|true\s+or\s+false)\s*[:,-]\s*/i, '')
    .replace(/^\s*(?:(?:can|could)\s+(?:you|u)\s+)?(?:confirm|verify|check)\s+(?:that\s+|whether\s+|if\s+)?(.{2,40}?)\s+(?:really\s+|actually\s+)?(?:said|says|called|claimed|tweeted|wrote)\s+(?=\S)/i, 'did $1 say ')
    // "source for pelosi saying the shutdown should end", "the quote where musk says he was
    // exhausted": did she say so; "citation for erdogan's comments on …": those comments.
    .replace(/^\s*(?:(?:is|was)\s+there\s+)?(?:a\s+|the\s+|any\s+)?(?:sources?|citations?|proof|evidence|receipts?)\s+(?:for|that|of)\s+(.{2,40}?)\s+(?:saying|said|says|calling|called|claiming|claimed)\s+(?=\S)/i, 'did $1 say ')
    .replace(/^\s*(?:i\s+want\s+|i\s+need\s+)?(?:the\s+)?(?:(?:exact|actual)\s+)?(?:quote|line|bit|part|clip)\s+where\s+(.{2,40}?)\s+(?:says|said|calls|called|talks\s+about)\s+(?=\S)/i, 'did $1 say ')
    // Where a figure or a claim comes from: "who is the source on 60k bahamians needing food",
    // "source for 10 million measles cases in 2018", "where does the 1.7 million marchers
    // number come from", "india had 142 cases, says who?": who said so. (Not "sources on the
    // wall", quotes on a topic, nor "source for obama commenting on …", his comments.)
    .replace(/^\s*(?:who|what)\s+(?:is|was|are|were)\s+(?:the\s+)?sources?\s+(?:for|on|of|behind)\s+(?=\S)/i, 'who said ')
    .replace(new RegExp(String.raw`^\s*(?:a\s+|the\s+|any\s+)?source\s+for\s+(?!.*\b(?:${SAYING})\b)(?=\S)`, 'i'), 'who said ')
    .replace(/^\s*where\s+(?:does|did|do|is|was|are|were)\s+(?:the\s+|that\s+|this\s+)?(\S.*?\b(?:numbers?|figures?|stats?|statistics?|estimates?|counts?|toll|data|percentages?)\b.*?)\s+(?:come\s+from|from)\s*[?.!]*\s*$/i, (_, claim: string) => `who said ${claim.replace(/\s+(?:numbers?|figures?|stats?|statistics?|estimates?|counts?|data|percentages?)\b/i, '')}`)
    .replace(/^(\s*\S.*?)\s*(?:[,?.!]|\s[-–—])\s*(?:says|said)\s+who\s*[?.!]*\s*$/i, 'who said $1')
    .replace(/^\s*(?:a\s+|the\s+|any\s+)?(?:sources?|citations?)\s+(?:for|of)\s+(?=\S)/i, '')
    // "exact words trump used about the wall": what he said about it; "the exact wording of
    // macron's statement": that statement.
    .replace(/^\s*(?:the\s+)?(?:(?:exact|actual|precise)\s+)?(?:words|language|phrase|quote)\s+(.{2,40}?)\s+used\s+(?:about|for|on|regarding|to\s+describe|when\s+talking\s+about)\s+/i, 'what did $1 say about ')
    .replace(/^\s*(?:the\s+)?(?:(?:exact|actual|precise|full)\s+)?(?:wording|text)\s+of\s+(?=\S)/i, '')
    // "quote me something from trump about …", "can you quote ardern on …": their quotes.
    .replace(/^\s*(?:(?:can|could)\s+(?:you|u)\s+)?quote\s+(?:me\s+)?(?:(?:something|anything|a\s+line|some\s+lines)\s+)?(?:(?:from|by)\s+)?(?=\S)/i, 'quote ')
    // The article as the reader knows it: "what did the article quote trump as saying about
    // …", "the boat fire article quote the sheriff saying": his words; "in the hong kong
    // election article, who was quoted", "the story about the samoa measles": that story.
    // ("according to the article on …, what did X say", "per the dorian article, …", "the
    // article about …, which bit is X quoted in": the story, then the ask of it.)
    .replace(ARTICLE_FIRST, (_, ...story: Array<string | undefined>) => withStory(story[4]!, story.slice(0, 4).find((words) => words !== undefined)))
    // ("how does the story on … quote X", "what does the wikinews piece on … have X saying",
    // "what did the article say X said about …": X's words on it.)
    .replace(ARTICLE_QUOTES, (_, before: string | undefined, after: string | undefined, who: string, rest: string) => withStory(`what did ${who} say${rest}`, before ?? after))
    .replace(ARTICLE_SAYS_SAID, (_, before: string | undefined, after: string | undefined, who: string, rest: string) => withStory(`what did ${who} say${rest}`, before ?? after))
    // ("does the story on … quote X", "is X quoted in the … article", "does the article on …
    // have any quotes from X", "did the article mention what X said", "what does the article
    // say about X's reaction to …": likewise.)
    .replace(ARTICLE_QUOTES_THEM, (_, before: string | undefined, after: string | undefined, who: string, rest: string) => withStory(`what did ${who} say${rest}`, before ?? after))
    .replace(QUOTED_IN_ARTICLE, (_, who: string, before: string | undefined, after: string | undefined, rest: string) => withStory(`what did ${who} say${rest}`, before ?? after))
    .replace(ARTICLE_HAS_THEIRS, (_, before: string | undefined, after: string | undefined, who: string, rest: string) => withStory(`quotes from ${who}${rest}`, before ?? after))
    .replace(ARTICLE_TELLS, '')
    // ("who does the article on … quote", "what quotes does the story about … include".)
    .replace(ARTICLE_QUOTES_WHOM, 'who was quoted about $1')
    .replace(ARTICLE_HOLDS_QUOTES, 'quotes on $1')
    // ("how is X quoted", "which bit is X quoted in": what X said.)
    .replace(HOW_QUOTED, 'what did $1 say')
    .replace(/^\s*in\s+the\s+(.{2,40}?)\s+(?:article|story|piece|report)\s*,?\s+(who|what)\b(.*)$/i, '$2$3 about $1')
    // ("there was a wikinews piece on the ibis mummies, who was quoted", "i read an article
    // about the gold toilet theft. what did the palace say": that story, then the ask.)
    .replace(/^\s*(?:there\s+(?:was|is)|i\s+(?:read|saw)|(?:do\s+you\s+)?remember)\s+(?:a|an|the|this|that|some)\s+(?:(?:wikinews|news)\s+)?(?:article|story|piece|report|write-?up)\s+(?:on|about|regarding)\s+(?=\S.*?(?:[,.;:?!]|\s[-–—])\s*(?:who|what|how|did|was|were|any)\b)/i, '')
    .replace(/\s+in\s+the\s+(?:(?:news\s+)?(?:article|story|piece|report))\s+(?=about\s|on\s)/gi, ' ')
    .replace(/\bquoted\s+in\s+the\s+(.{2,40}?)\s+(?:article|story|piece|report)\b/gi, 'quoted about $1')
    // "what quotes are in the kipchoge article", "list every quote in the article about the
    // gold toilet", "the most important quote in the brexit march article": its quotes.
    .replace(/^\s*(?:what|which)\s+quotes\s+(?:are|were)\s+(?:there\s+)?in\s+the\s+/i, 'quotes in the ')
    .replace(/^\s*(?:list|show(?:\s+me)?|give\s+me)\s+(?:every|all(?:\s+the)?|each)\s+(quotes?)\s+/i, '$1 ')
    .replace(/\b(?:most\s+)?(?:important|interesting|memorable|notable)\s+(?=quotes?\s+in\b)/gi, '')
    .replace(/\bquotes?\s+(?:in|from)\s+the\s+(?:article|story|piece|report)\s+(?:about|on)\s+/gi, 'quotes on ')
    .replace(/\bquotes?\s+(?:in|from)\s+the\s+(.{2,40}?)\s+(?:article|story|piece|report)\b/gi, 'quotes on $1');
}

// The article as the reader knows it, named by its story before or after the word for it:
// "the dorian article", "the wikinews piece on rossello quitting".
const ARTICLE = String.raw`(?:the|that|this|an?)\s+(?:((?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+)\s+)??(?:(?:wikinews|news)\s+)?(?:article|story|piece|report|write-?up|coverage)(?:\s+(?:on|about|regarding)\s+(.{2,60}?))?`;
const ASKS = String.raw`(?:what|whats|what['’]s|who|how|which|did|does|do|was|were|is|are|has|have|any)\b`;
const ARTICLE_FIRST = new RegExp(String.raw`^\s*(?:(?:according\s+to|per|in|from)\s+${ARTICLE}\s*[,:;–—-]*\s*|${ARTICLE}\s*(?:[,:;]|\s[-–—])\s*)(?<![\p{L}\d'’-])(?=${ASKS}|(?:[\p{L}.&-]+\s+){0,3}[\p{L}.&-]+['’]s\s)(.+)$`, 'iu');
const ARTICLE_QUOTES = new RegExp(String.raw`^\s*(?:what|how)\s+(?:did|does|do)\s+${ARTICLE}\s+(?:quote|have|has|cite)\s+(.{2,40}?)(?:\s+(?:as\s+)?(?:saying|say))?((?:\s+(?:about|on|regarding|over|after|when)\s.*)?)\s*[?.!]*\s*$`, 'iu');
const ARTICLE_SAYS_SAID = new RegExp(String.raw`^\s*what\s+(?:did|does|do)\s+${ARTICLE}\s+(?:say|said|claim|report)\s+(?:that\s+)?(.{2,40}?)\s+(?:said|says|told|thinks|thought)((?:\s+(?:about|on|regarding|over|after|when)\s.*)?)\s*[?.!]*\s*$`, 'iu');
const TOPIC_REST = String.raw`((?:\s+(?:about|on|regarding|over|after|when)\s.*)?)\s*[?.!]*\s*$`;
const ARTICLE_QUOTES_THEM = new RegExp(String.raw`^\s*(?:does|did|do)\s+${ARTICLE}\s+(?:quote|cite|mention\s+what)\s+(?!(?:anyone|anybody|someone|somebody|people|everyone|any\s+\S+)\b)(.{2,40}?)(?:\s+(?:as\s+)?(?:saying|said))?${TOPIC_REST}`, 'iu');
const QUOTED_IN_ARTICLE = new RegExp(String.raw`^\s*(?:is|was|are|were)\s+(\S.{0,40}?)\s+(?:quoted|cited|mentioned)\s+in\s+${ARTICLE}${TOPIC_REST}`, 'iu');
const ARTICLE_HAS_THEIRS = new RegExp(String.raw`^\s*(?:does|did|do)\s+${ARTICLE}\s+(?:have|include|contain|carry|feature)\s+(?:any\s+|some\s+)?(?:quotes?|comments?|words)\s+(?:from|by)\s+(.{2,40}?)${TOPIC_REST}`, 'iu');
const ARTICLE_TELLS = /^\s*(?:what\s+(?:does|did|do)\s+(?:the|that|this)\s+(?:(?:wikinews|news)\s+)?(?:article|story|piece|report)\s+say\s+about\s+(?=(?:[\p{L}.&-]+\s+){0,3}[\p{L}.&-]+['’]s\s)|(?:does|did|do)\s+(?:the|that|this)\s+(?:(?:wikinews|news)\s+)?(?:article|story|piece|report)\s+(?:mention|say|report|tell\s+(?:us|me))\s+(?=(?:what|how)\s))/iu;
const ARTICLE_QUOTES_WHOM = /^\s*who\s+(?:does|did|do)\s+(?:the|that|this)\s+(?:(?:wikinews|news)\s+)?(?:article|story|piece|report)\s+(?:on|about|regarding)\s+(.+?)\s+quote\b/i;
const ARTICLE_HOLDS_QUOTES = /^\s*what\s+quotes\s+(?:does|did|do)\s+(?:the|that|this)\s+(?:(?:wikinews|news)\s+)?(?:article|story|piece|report)\s+(?:on|about|regarding)\s+(.+?)\s+(?:include|have|contain|use|feature|carry|give)\b/i;
const HOW_QUOTED = /^\s*(?:how|which\s+(?:bits?|parts?|lines?|passages?|paragraphs?|quotes?))\s+(?:is|was|are|were)\s+(\S.{0,40}?)\s+quoted(?:\s+in)?\b/i;

/** An ask about a story its article is named by: the story as the ask's topic, where it has none. */
function withStory(ask: string, story: string | undefined): string {
  const asked = ask.replace(/[?.!\s]+$/, '');
  if (!story) return asked;
  // ("…, what did bolt say about it": the story is what "it" is.)
  if (/\s(?:about|on|regarding|over)\s+(?:it|that|this|them)$/i.test(asked)) return asked.replace(/\S+$/, story);
  return /\s(?:about|on|regarding|over)\s/i.test(asked) ? asked : `${asked} about ${story}`;
}

// Words that make what a source is asked for someone's words, not a claim they made.
const SAYING = 'saying|said|says|commenting|comments?|talking|speaking|reacting|responding|remarks|statements?|words|quotes?|tweets?|tweeting|posts?|calling|claiming';
