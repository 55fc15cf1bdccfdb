import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word or punctuation mark of an article, with its part of speech (Universal POS tags). */
export interface Token {
  start: number;
  end: number;
  text: string;
  pos: string;
  lower: string;
}

// wink-nlp's English lite model: MIT, installs from npm with no download step, ~95% POS
// accuracy, and tokenizes about 2 MB of text a second here, so a whole PolNeAR split
// tags in well under a second. Loaded once, on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;

/** Tokens of `text` with character offsets (UTF-16, into `text`) and POS tags. */
export function tokenize(text: string): Token[] {
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const out: Token[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    offset += spaces[i]!.length;
    // wink keeps each token's original text, so this re-finds it; a mismatch (never seen
    // on the corpora) falls back to searching forward rather than shifting every offset.
    const start = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
    if (start < 0) return;
    out.push({ start, end: start + value.length, text: value, pos: tags[i]!, lower: value.toLowerCase() });
    offset = start + value.length;
  });
  return joinHyphenated(text, joinSplitWords(text, out));
}

/**
 * Joins "Brudzi ń ski" back into "Brudziński": wink splits a word at each letter outside
 * ASCII and tags the pieces as anything ("ń/X ski/NOUN"), so a name with a diacritic fell
 * apart. A capitalised word is taken for a name (PROPN); a lower-case one keeps the tag of
 * its first piece the tagger could read.
 */
function joinSplitWords(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out.at(-1);
    if (prev && prev.end === t.start && /^\p{L}+$/u.test(prev.text) && /^\p{L}+$/u.test(t.text) && /[^\x00-\x7f]/.test(prev.text + t.text)) {
      const word = text.slice(prev.start, t.end);
      const pos = /^\p{Lu}/u.test(word) && prev.pos !== 'DET' ? 'PROPN' : prev.pos === 'X' ? t.pos : prev.pos;
      out[out.length - 1] = { start: prev.start, end: t.end, text: word, pos, lower: word.toLowerCase() };
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * Joins "Jae - woo" back into "Jae-woo": wink splits hyphenated words, and then tags
 * the parts of a foreign name as anything ("woo/VERB"), which breaks the name apart.
 */
function joinHyphenated(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out.at(-1);
    const next = tokens[i + 1];
    if (t.text === '-' && prev && next && prev.end === t.start && t.end === next.start && /\w$/.test(prev.text) && /^\w/.test(next.text)) {
      const pos = prev.pos === 'PROPN' || next.pos === 'PROPN' || /^\p{Lu}/u.test(prev.text) ? 'PROPN' : next.pos;
      out[out.length - 1] = { start: prev.start, end: next.end, text: text.slice(prev.start, next.end), pos, lower: text.slice(prev.start, next.end).toLowerCase() };
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
