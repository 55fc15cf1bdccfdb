/** A [start, end) range of UTF-16 indices into a text. */
export interface Span {
  start: number;
  end: number;
}

// Words that end in a period without ending a sentence. Lower-cased, without the dot.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'rev', 'col', 'lt', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'pres', 'supt', 'insp', 'hon', 'messrs', 'mt', 'ft', 'ave', 'rd', 'blvd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'bros', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'assn',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'u.s.a', 'a.m', 'p.m', 'ph.d',
]);

/** A word that ends in a period without ending a sentence ("dr", "u.s"), in any case. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);
const TERMINATORS = new Set(['.', '!', '?', '\u2026']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

function startsSentence(ch: string | undefined): boolean {
  // A new sentence opens with a capital, a digit or an opening quote/bracket.
  return ch !== undefined && /[\p{Lu}\p{N}"'\u201c\u2018(\[\u2014-]/u.test(ch);
}

/** The word that ends just before a period at `dot`, e.g. "Mr" or "U.S". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

// Abbreviations that also end sentences ("polls close at 7 p.m. He says …"): they do when a
// word that only opens a sentence follows.
const ENDS_TOO = new Set(['a.m', 'p.m', 'etc', 'u.s', 'u.k', 'u.n', 'inc', 'ltd', 'corp', 'co', 'jr']);
const OPENS = /^\s+(?:He|She|They|It|I|We|You|The|This|That|These|Those|His|Her|Their|Its|But|And|Yet|So|There|When|While|After|Before|If|As|In|On|At|A|An)\b/;

function endsSentenceAt(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  const word = wordBefore(text, dot);
  // "No. 10", "Nos. 3 and 4" count; "shaking his head no." ends a sentence.
  if (/^nos?$/i.test(word)) return !/^\s*\d/.test(text.slice(dot + 1, dot + 4));
  if (isAbbreviation(word)) return ENDS_TOO.has(word.toLowerCase()) && OPENS.test(text.slice(dot + 1, dot + 12));
  // A single capital is an initial ("John F. Kennedy").
  if (/^\p{Lu}$/u.test(word)) return false;
  return true;
}

/**
 * Sentence spans of `text`, in order, covering every non-blank character once. Line
 * breaks always end a sentence (scraped paragraphs have no other marker); inside a line,
 * a terminator ends one when a space and a capital, digit or quote follow it, and it
 * is not inside a double quotation: a quote of several sentences stays one span with its
 * attribution, so that a citation never shows quoted words cut from their speaker.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = -1;
  let inQuote = false;
  const close = (end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (start >= 0 && e > start) spans.push({ start, end: e });
    start = -1;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      close(i);
      continue;
    }
    if (start < 0) {
      if (/\s/.test(ch)) continue;
      start = i;
      inQuote = false;
    }
    if (ch === '\u201c') inQuote = true;
    else if (ch === '\u201d') inQuote = false;
    else if (ch === '"') inQuote = !inQuote;
    if (!TERMINATORS.has(ch)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    // A quote mark among the closers ends the quotation with the sentence. Step past the
    // closers either way, so that the mark is not read again as an opening one.
    if (/["\u201d]/.test(text.slice(i + 1, end))) inQuote = false;
    let next = end;
    while (isSpace(text[next])) next++;
    const ends =
      !inQuote &&
      end < text.length &&
      isSpace(text[end]) &&
      (next >= text.length || text[next] === '\n' || startsSentence(text[next])) &&
      endsSentenceAt(text, i);
    if (ends) close(end);
    i = end - 1;
  }
  close(text.length);
  return spans;
}
