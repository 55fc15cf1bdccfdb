import type { SentenceAttribution, SentenceView } from './attribute.ts';
import { isCueWord, TELLING } from './cues.ts';
import { phraseStartingAt } from './phrases.ts';
import type { Token } from './tokens.ts';

/*
 * What an attribution says: the content a cue reports, before it or after it, and what a
 * participle after the main attribution adds ("…, adding that …"). attribute.ts finds who
 * and which cue.
 */

export const SECONDARY = /^(?:saying|adding|noting|arguing|explaining|telling|insisting|warning|asking|stressing|suggesting|claiming|writing|posting|tweeting|declaring|announcing|replying|responding|commenting|promising|vowing|pledging|urging|acknowledging|admitting|conceding|predicting|recalling|referencing|referring|citing)$/;

/**
 * '"…," he said at a news conference, and then predicted: "…"': a second verb of saying the
 * sentence joins to the first with "and" hands over words of its own, when they follow it.
 */
function coordinated(view: SentenceView, c: number): boolean {
  const { tokens } = view;
  let k = c - 1;
  if (/^(?:then|later|also)$/.test(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'and' && tokens[k - 1]?.text === ',' && isCueWord(tokens[c]!.lower) && /^[:,]$/.test(tokens[c + 1]?.text ?? '') && view.quoted(c + 2);
}

/**
 * Participles that add words to the same speaker after the main attribution: "Lee said
 * …, adding that …", '"…," Choo said, noting …'. Each gives its cue and content range.
 */
export function secondaryAttributions(view: SentenceView, main: SentenceAttribution): Array<{ cue: [number, number]; content: [number, number] }> {
  const { tokens, from, to, quoted } = view;
  const last = tokens[to - 1]?.pos === 'PUNCT' && !/["\u201d]/.test(tokens[to - 1]!.text) ? to - 1 : to;
  const found: Array<{ cue: [number, number]; content: [number, number] }> = [];
  for (let c = from + 1; c < last; c++) {
    const t = tokens[c]!;
    // (The comma may sit inside the quotation's closing mark: '"…," adding, "…"'.)
    const afterComma = tokens[c - 1]!.text === ',' || (/^["\u201d]$/.test(tokens[c - 1]!.text) && tokens[c - 2]?.text === ',');
    if (t.start <= main.cue[0] || quoted(c) || !(SECONDARY.test(t.lower) ? afterComma : coordinated(view, c))) continue;
    let k = c + 1;
    if (t.lower === 'telling') k = phraseStartingAt(tokens, k, last)?.[1] ?? k;
    while (k < last && /^(?:that|,|:)$/.test(tokens[k]!.lower)) k++;
    let e = k;
    while (e < last && !(tokens[e]!.text === ',' && SECONDARY.test(tokens[e + 1]?.lower ?? ''))) e++;
    if (e - k >= 2) found.push({ cue: [t.start, t.end], content: [tokens[k]!.start, tokens[e - 1]!.end] });
  }
  return found;
}

/**
 * '"…," she went on.', 'as prosecutor Marc Trévidic put it, "…"', '"…," Trump shot back.': going
 * on is saying more, and putting it or firing back is saying, beside a quotation. The token
 * after the cue's words (and a manner's adverb after them, 'Rubio fired back forcefully:
 * "…"'), or undefined when no phrasal cue stands at `index`.
 */
export function phrasalCueEnd(tokens: readonly Token[], index: number): number | undefined {
  const next = tokens[index + 1]?.lower;
  const phrasal =
    (/^(?:went|goes|go)$/.test(tokens[index]!.lower) && next === 'on') ||
    (/^(?:put|puts)$/.test(tokens[index]!.lower) && next === 'it') ||
    (/^(?:shot|shoots|fired|fires|hit|hits)$/.test(tokens[index]!.lower) && next === 'back');
  const end = /^\p{L}+ly$/u.test(tokens[index + 2]?.lower ?? '') ? index + 3 : index + 2;
  return phrasal && /^[.,;:!?]?$/.test(tokens[end]?.text ?? '') ? end : undefined;
}

/** Reported content after "X said (that) …", or before "…, X said." */
// A day as a sentence writes it inside ("told reporters today", not "told USA TODAY").
const DAY = /^(?:today|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export function reported(view: SentenceView, cue: number, mention: [number, number]): { content?: [number, number]; rest?: [number, number]; object?: [number, number] } {
  const { tokens, to } = view;
  let last = tokens[to - 1]?.pos === 'PUNCT' && !/["\u201d]/.test(tokens[to - 1]!.text) ? to - 1 : to;
  // ('Pelosi called it a "breach …," according to NBC': who reported it is no part of it.)
  for (let a = cue + 2; a < last - 1; a++) {
    if (tokens[a]!.lower !== 'according' || tokens[a + 1]!.lower !== 'to' || view.quoted(a)) continue;
    if (tokens[a - 1]!.text === ',') last = a - 1;
    else if (/^["\u201d]$/.test(tokens[a - 1]!.text) && tokens[a - 2]?.text === ',') last = a;
    break;
  }
  // (The words after "fired back forcefully:" begin after the cue's particle and adverb.)
  let k = phrasalCueEnd(tokens, cue) ?? cue + 1;
  // "told reporters (that) …", "said:" / "said,"
  let object: [number, number] | undefined;
  if (TELLING.test(tokens[cue]!.lower)) {
    object = phraseStartingAt(tokens, k, last);
    // ("told reporters today psychiatric assessments will …": the day ends who was told.)
    const found = object ? tokens.slice(object[0] + 1, object[1]).findIndex((t) => DAY.test(t.text)) : -1;
    // (Not "his radio audience of Monday": a day a preposition other than "on" joins on.)
    const day = found >= 0 && (tokens[object![0] + found]!.pos !== 'ADP' || /^(?:on|last|this)$/i.test(tokens[object![0] + found]!.text)) ? found : -1;
    // (Its preposition too: '"…," Schiff told Capital Download on Wednesday, "…"'.)
    if (object && day >= 0) object = [object[0], object[0] + 1 + day - (/^(?:on|last|this)$/i.test(tokens[object[0] + day]!.text) ? 1 : 0)];
    if (object && day < 0) object = recipientOnly(tokens, object);
    if (object) k = object[1];
    if (object && day >= 0) {
      k += /^(?:on|last|this)$/i.test(tokens[k]?.text ?? '') && DAY.test(tokens[k + 1]?.text ?? '') ? 2 : DAY.test(tokens[k]?.text ?? '') ? 1 : 0;
      if (/^(?:morning|afternoon|evening|night)$/.test(tokens[k]?.text ?? '')) k++;
    }
  }
  const withObject = <T extends object>(result: T) => (object ? { ...result, object } : result);
  // "…, experts say, as he concluded …" and '"…," Choo said, noting …': a comma after the
  // cue means the content came before it.
  const contentFirst = tokens[k]?.text === ',' && k - cue <= 1 && !/^["\u201c]/.test(tokens[k + 1]?.text ?? '');
  while (k < last && /^(?:that|,|:)$/.test(tokens[k]!.lower)) k++;
  // ("Stern said in an interview with Rolling Stone he was open to …": a clause after the
  // place, with its own subject, is what was said.)
  if (/^(?:in|on|at|during)$/.test(tokens[k]?.lower ?? '')) {
    const subject = tokens.slice(k, last).findIndex((t, i) => /^(?:he|she|they|we|i)$/.test(t.lower) && /^(?:NOUN|PROPN)$/.test(tokens[k + i - 1]!.pos) && /^(?:AUX|VERB)$/.test(tokens[k + i + 1]?.pos ?? ''));
    const plain = tokens.slice(k, k + Math.max(0, subject)).every((t, i) => !view.quoted(k + i) && !/^(?:that|,|after|before|because|until|while|when|if|as|since|who|which)$/.test(t.lower));
    if (subject > 0 && plain && last - (k + subject) >= 3) return withObject({ content: [tokens[k + subject]!.start, tokens[last - 1]!.end] as [number, number] });
  }
  // '…, LaMont said during a vote on Tuesday.': after the cue only when and where; the
  // words came before it (not "said in a statement that …").
  // ("In an interview with Dawn, she said as a teenager she was …": a phrase with no verb
  // before the speaker is where, not what; the words follow the cue.)
  const placed = tokens[k]?.pos === 'ADP' && !tokens.slice(k, last).some((t, i) => t.lower === 'that' || view.quoted(k + i)) && contentBefore(view, mention[0]);
  if (placed && holdsVerb(view, placed)) return withObject({ content: placed });
  if (!contentFirst && last - k >= 3) return withObject({ content: [tokens[k]!.start, tokens[last - 1]!.end] as [number, number] });
  // "If the governor signed it, Henderson said, it would have …", "The bill, she said, would
  // hurt …": a cue set off by commas inside the sentence has its content on both sides (not
  // "…, he said, adding …" or "…, experts say, as he concluded …").
  const aside = mention[0] - 1 > view.from && tokens[mention[0] - 1]!.text === ',' && !view.quoted(mention[0] - 2);
  if (contentFirst && aside && last - k >= 2 && !SECONDARY.test(tokens[k]!.lower) && !/^(?:ADP|SCONJ|ADV|PUNCT)$/.test(tokens[k]!.pos) && !view.quoted(k)) {
    return withObject({ content: [tokens[view.from]!.start, tokens[mention[0] - 2]!.end] as [number, number], rest: [tokens[k]!.start, tokens[last - 1]!.end] as [number, number] });
  }
  const before = contentBefore(view, mention[0]);
  if (before) return withObject({ content: before });
  // Nothing before it: the comma opened an aside ("Grenell alleged, by way of example,
  // Mahan had …"), and the content follows the aside.
  if (contentFirst) {
    let j = k;
    while (j < last && tokens[j]!.text !== ',') j++;
    while (j < last && /^(?:that|,|:)$/.test(tokens[j]!.lower)) j++;
    if (last - j >= 3) return withObject({ content: [tokens[j]!.start, tokens[last - 1]!.end] as [number, number] });
  }
  return withObject({});
}

const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|i|this)$/;
// Words of a name that are not capitalised: "Hamza bin Laden", "Ursula von der Leyen".
const NAME_PARTICLE = /^(?:bin|bint|ibn|al|el|de|del|della|der|den|di|da|do|dos|du|la|le|van|von|y|'s|’s)$/;

/**
 * Who was told, where the phrase after "told" ran on into the subject of what they were
 * told, with no "that" between: "told reporters he lost control", "told The Jakarta Post
 * radio broadcasts were …", "told NPR Hamza bin Laden had …". When a verb follows the
 * phrase, the recipient ends before its last pronoun, or else where its words last change
 * shape: a name's (capitalised), an outlet's capitals, a number's, plain words.
 */
function recipientOnly(tokens: readonly Token[], [from, to]: [number, number]): [number, number] {
  if (to - from < 2 || !/^(?:VERB|AUX)$/.test(tokens[to]?.pos ?? '')) return [from, to];
  for (let i = to - 1; i > from; i--) if (SUBJECT_PRONOUN.test(tokens[i]!.lower)) return [from, i];
  const shape = (t: Token) => (NAME_PARTICLE.test(t.lower) ? 'name' : /^\p{Lu}[\p{Lu}\d]+$/u.test(t.text) ? 'capitals' : /^\p{Lu}/u.test(t.text) ? 'name' : /^\d/.test(t.text) ? 'number' : 'word');
  // (A determiner opening it is no change of shape: "the Associated Press four victims were".)
  const start = /^(?:the|a|an)$/.test(tokens[from]!.lower) ? from + 1 : from;
  for (let i = to - 1; i > start; i--) {
    // ("told local media Adamowicz's heart was …": a possessive opens the phrase it is of.)
    if (/^['’]s$/.test(tokens[i - 1]!.text)) continue;
    const [before, after] = [shape(tokens[i - 1]!), shape(tokens[i]!)];
    if (before !== after) return [from, i];
  }
  return [from, to];
}

/** True when a span of the sentence holds a verb outside quotation marks: a clause, not a phrase. */
function holdsVerb(view: SentenceView, [start, end]: [number, number]): boolean {
  return view.tokens.some((t, i) => i >= view.from && i < view.to && t.start >= start && t.end <= end && /^(?:VERB|AUX)$/.test(t.pos) && !view.quoted(i));
}

/** "CONTENT, X said." — the clause before the comma that precedes the speaker or cue. */
export function contentBefore(view: SentenceView, index: number): [number, number] | undefined {
  const { tokens, from } = view;
  let k = index - 1;
  while (k >= from && tokens[k]!.text !== ',') k--;
  if (k - from < 3) return undefined;
  // ('He was a "respected manager …," Boistard said': the quotation's closing mark with it.)
  const closes = /^["\u201d]$/.test(tokens[k + 1]?.text ?? '') && view.quoted(k - 1);
  return [tokens[from]!.start, closes ? tokens[k + 1]!.end : tokens[k - 1]!.end];
}
