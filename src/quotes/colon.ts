import { nameKey } from './names.ts';
import { between, isPersonName, phraseEndingAt, phraseStartingAt, placeInSubject, textOf } from './phrases.ts';
import type { SentenceAttribution, SentenceView } from './attribute.ts';
import type { Token } from './tokens.ts';

/*
 * Attributions a colon makes without a reporting verb: 'Bolsonaro opposed Macron's
 * statement: "…"', 'The palace issued the following statement from the king: "…"'.
 */

/**
 * 'Brazilian President Jair Bolsonaro opposed Macron's statement: "…"': no reporting verb,
 * but a named subject, its verb, and a quotation after a colon that ends the sentence.
 */
export function colonAttribution(view: SentenceView): SentenceAttribution | undefined {
  const { tokens, from, to, quoted } = view;
  let colon = from;
  while (colon < to && !(tokens[colon]!.text === ':' && !quoted(colon) && quoted(colon + 1))) colon++;
  if (colon >= to) return undefined;
  for (let k = colon + 1; k < to; k++) if (!quoted(k) && tokens[k]!.pos !== 'PUNCT') return undefined;
  // "… doesn't surprise Republican pollster Daron Shaw: "…"": the name right before the colon.
  const named = phraseEndingAt(tokens, colon, from);
  if (named && isPersonName(tokens, named)) return { cue: [tokens[colon]!.start, tokens[colon]!.end], mention: named, order: 'colon' };
  // 'Clinton: "Our goal is …" Bush: "The mission is …"': a surname alone opening the
  // sentence, as a transcript gives each speaker.
  if (named && named[0] === from && named[1] === colon && colon - from === 1 && tokens[from]!.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(tokens[from]!.text)) {
    return { cue: [tokens[colon]!.start, tokens[colon]!.end], mention: named, order: 'colon' };
  }
  const issued = statementBeforeColon(tokens, from, colon);
  if (issued) return { cue: issued.cue, mention: issued.mention, order: 'colon' };
  // "tour manager Thomas Gray, 24, who cited his experience of rugby: "…"": the one the
  // relative clause is about.
  const who = tokens.slice(from, colon).findIndex((t, i) => t.lower === 'who' && tokens[from + i - 1]?.text === ',');
  if (who > 0) {
    let end = from + who - 1;
    if (tokens[end - 1]?.pos === 'NUM' && tokens[end - 2]?.text === ',') end -= 2;
    const person = phraseEndingAt(tokens, end, from);
    if (person && isPersonName(tokens, person)) return { cue: [tokens[colon]!.start, tokens[colon]!.end], mention: person, order: 'colon' };
  }
  // The subject opens the sentence, or follows an opener ("On Monday, …"): a name or a
  // pronoun ("She then addressed the supporters again: "…"").
  const comma = tokens.slice(from, colon).findIndex((t) => t.text === ',');
  for (const start of comma >= 0 ? [from, from + comma + 1] : [from]) {
    const subject = phraseStartingAt(tokens, start, colon);
    let verb = subject && subject[1];
    // "Shaw, the chairman of the board, provided the only comment: "…"": over the appositive.
    if (verb !== undefined && tokens[verb]?.text === ',') {
      const close = tokens.slice(verb + 1, colon).findIndex((t) => t.text === ',');
      if (close >= 0) verb += close + 2;
    }
    while (verb !== undefined && between(tokens, verb)) verb++;
    const pronoun = subject && subject[1] - subject[0] === 1 && /^(?:he|she|they)$/.test(tokens[subject[0]]!.lower);
    // ("The report makes that clear: "These assessments …"": a document speaks too, when the
    // words it hands over are sentences of their own.)
    // (Not "In a statement, the Department called it "defensive": "…"": that places the words.)
    const document = subject && tokens[subject[0]]!.pos !== 'ADP' && DOCUMENT.test(tokens[subject[1] - 1]!.lower) && wholeSentences(view, colon);
    if (subject && verb !== undefined && tokens[verb]?.pos === 'VERB' && (pronoun || document || nameKey(textOf(tokens, subject)).length > 0)) {
      return { cue: [tokens[verb]!.start, tokens[verb]!.end], mention: placeInSubject(tokens, from, subject) ?? subject, order: 'colon' };
    }
  }
  return undefined;
}

// What writes rather than who: "the report", "Hoff's letter", "a footnote in the report".
const DOCUMENT = /^(?:report|letter|memo|statement|footnote|document|filing|complaint|lawsuit|ruling|order|indictment|study|survey|bill|law|resolution|platform|post|tweet|email|e-mail|ad|advert|advertisement|website|article|editorial|column|book|speech|transcript)$/;

/** True when the quotation after the colon opens with a capital and runs on for a few words: a sentence, not a title. */
function wholeSentences(view: SentenceView, colon: number): boolean {
  const first = view.tokens[colon + 2];
  return !!first && /^\p{Lu}/u.test(first.text) && view.to - colon >= 8;
}

// "issued the following statement", "made a brief announcement": words that hand over a text.
const HANDS_OVER = /^(?:issued|released|published|posted|made|gave|sent|read)$/;
const STATEMENT = /^(?:statements?|announcements?|messages?|notes?|responses?|replies)$/;
const STATEMENT_WORDS = /^(?:a|an|the|this|its|his|her|their|following|brief|short|joint|written|new|further|official|formal|public)$/;

/**
 * 'The palace issued the following statement from the king: "…"', 'an official government
 * Twitter account made the following announcement: "…"': the statement's author speaks —
 * whom it is from, else whoever issued it, a role as much as a name.
 */
function statementBeforeColon(tokens: readonly Token[], from: number, colon: number): { cue: [number, number]; mention: [number, number] } | undefined {
  let k = colon - 1;
  let author: [number, number] | undefined;
  let by = colon - 1;
  while (by > from && tokens[by]!.lower !== 'from') by--;
  if (by > from) {
    const np = phraseStartingAt(tokens, by + 1, colon);
    if (!np || np[1] !== colon) return undefined;
    author = np;
    k = by - 1;
  }
  if (!STATEMENT.test(tokens[k]?.lower ?? '')) return undefined;
  const noun = k;
  while (k - 1 > from && STATEMENT_WORDS.test(tokens[k - 1]!.lower)) k--;
  const verb = k - 1;
  if (verb <= from || !HANDS_OVER.test(tokens[verb]!.lower)) return undefined;
  const cue: [number, number] = [tokens[verb]!.start, tokens[noun]!.end];
  if (author) return { cue, mention: author };
  // The subject opens the sentence or follows an opener's comma, and ends at the verb
  // (over "has", "also").
  let end = verb;
  while (end - 1 > from && /^(?:has|have|had|also|then|later|today|yesterday)$/.test(tokens[end - 1]!.lower)) end--;
  let start = end - 1;
  while (start > from && tokens[start - 1]!.text !== ',') start--;
  const subject = phraseStartingAt(tokens, start, end);
  return subject && subject[1] === end ? { cue, mention: subject } : undefined;
}
