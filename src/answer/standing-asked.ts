/*
 * Words asked for by where they stand in their article: "who gets the last word in …", "the
 * closing quote of the … story", "the first person quoted about …", "what did X say near the
 * end of the article on …", "which quote does the … article end with". Pure.
 */

/** Where in its article the words asked for stand: its first quotes or its last. */
export type Standing = 'opening' | 'closing';

// What an article is called in chat; a place in one is only asked where one is named ("at the
// end of the summit" is a time, not a place in an article).
const ARTICLE = '(?:article|story|piece|report|write[\\s-]?up|coverage)';
const NAMES_ARTICLE = `(?=(?:the|that|this|a)\\s+(?:[^\\s,?]+\\s+){0,6}?${ARTICLE}s?\\b)`;
const CLOSING = /^(?:last|final|closing|ending|end|bottom|close|finish|wrap)/i;

// Each reading: the words that ask for a place, what they leave of the question, and which of
// its words tells the place.
const READINGS: ReadonlyArray<{ asks: RegExp; leaves: string }> = [
  // "who gets the last word in …", "who had the final word on …".
  { asks: /\bwho\s+(?:gets|got|has|had|is\s+given|was\s+given)\s+the\s+(last|final|closing|first|opening)\s+word\s+(?:in|of)\s+/i, leaves: 'who was quoted in ' },
  { asks: /\bwho\s+(?:gets|got|has|had|is\s+given|was\s+given)\s+the\s+(last|final|closing|first|opening)\s+word\s+(?:on|about)\s+/i, leaves: 'who was quoted about ' },
  // "who is quoted last in …", "who's quoted at the top of …".
  { asks: /\bwho\s*(?:is|['’]s|was|gets|got)\s+quoted\s+(first|last|at\s+the\s+(?:end|top|bottom|start|beginning))\s+(?:in|of)\s+/i, leaves: 'who was quoted in ' },
  // "the first person quoted about …", "the last voice quoted in …".
  { asks: /\b(?:who\s+(?:is|was|['’]s)\s+)?the\s+(first|last|final|opening|closing)\s+(?:person|one|voice|speaker|source)\s+(?:to\s+be\s+)?quoted\s+(in|about|on|over)\s+/i, leaves: 'who was quoted $2 ' },
  // "the closing quote of the who pandemic story", "the last lines in that article".
  { asks: new RegExp(`\\b(?:the\\s+)?(opening|closing|first|last|final|lead|ending|end)\\s+(quotes?|quotations?|words|lines?|comments?|statements?|remarks?)\\s+(?:of|in|from)\\s+${NAMES_ARTICLE}`, 'i'), leaves: 'the $2 in ' },
  // "what did ardern say near the end of the article on …", "at the bottom of the story".
  { asks: new RegExp(`\\b(?:at|near|towards?|by)\\s+the\\s+(end|bottom|close|top|start|beginning|opening)\\s+of\\s+${NAMES_ARTICLE}`, 'i'), leaves: 'in ' },
  // "in the last paragraph of the … article".
  { asks: new RegExp(`\\bin\\s+the\\s+(first|opening|last|final|closing)\\s+(?:lines?|paragraphs?|part|bit|section)\\s+of\\s+${NAMES_ARTICLE}`, 'i'), leaves: 'in ' },
  // "which quote does the … article end with", "what does that story open on".
  { asks: new RegExp(`\\b(?:which|what)\\s+(?:quotes?\\s+|words\\s+|line\\s+)?(?:does|did)\\s+((?:the|that|this)\\s+(?:[^\\s,?]+\\s+){0,6}?${ARTICLE})\\s+(end|close|finish|wrap\\s+up|open|start|begin|lead)\\s+(?:with|on)\\b`, 'i'), leaves: 'the quote in $1' },
];

// Every voice in the order they stand: "from top to bottom", "from first to last", "in order".
const IN_ORDER = /\s+(?:from\s+top\s+to\s+bottom|from\s+first\s+to\s+last|in\s+(?:the\s+)?order(?:\s+(?:they|of)\s+(?:appear(?:ance)?|came|come))?)\b/i;

/**
 * Where in its article the words a question asks for stand, where it asks by place and not
 * by speaker alone: "who gets the last word in …" asks for the closing quote. Undefined where
 * it asks for none, or for both ends ("who is quoted first and who last").
 */
export function standingAsked(question: string): Standing | undefined {
  if (IN_ORDER.test(question)) return 'opening';
  for (const { asks } of READINGS) {
    const found = asks.exec(question);
    if (!found) continue;
    const word = found.slice(1).find((w) => w && /^(?:first|last|final|opening|closing|lead|ending|end|bottom|close|top|start|beginning|finish|wrap|open|begin)/i.test(w))!;
    return CLOSING.test(word) ? 'closing' : 'opening';
  }
  return undefined;
}

/**
 * The question without its place in the article, asked as the words it wants: "who gets the
 * last word in the … story and what did she say" is "who was quoted in the … story and what
 * did she say"; "the closing quote of the … story, from fauci" is "the quote from fauci in the
 * … story".
 */
export function withoutStanding(question: string): string {
  let asked = question.replace(/\bwho\s+(?:is|was)\s+quoted\s+first\s+and\s+who\s+(?:is\s+quoted\s+)?last\b/i, 'who was quoted').replace(IN_ORDER, '');
  for (const { asks, leaves } of READINGS) asked = asked.replace(asks, leaves);
  if (asked === question) return question;
  return asked
    // ("who was quoted about …, what did he say": what they said is what "quoted" asks.)
    .replace(/^(\s*who\s+was\s+quoted\b.*?)\s*,\s*(?:and\s+)?what\s+did\s+(?:he|she|they)\s+say\s*([?.!]*)\s*$/i, '$1$2')
    // ("the quote in …, from fauci", "…, the state department one": whose it is.)
    .replace(/^\s*(?:the\s+)?(quotes?|words|lines?|comments?|statements?|remarks?)\s+in\s+(.+?)\s*,\s*(?:from|by)\s+(.+?)\s*[?.!]*\s*$/i, 'the $1 from $3 in $2')
    .replace(/^\s*(?:the\s+)?(quotes?|words|lines?|comments?|statements?|remarks?)\s+in\s+(.+?)\s*,\s*(?:the\s+)?(.+?)\s+one\s*[?.!]*\s*$/i, 'the $1 from $3 in $2')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
