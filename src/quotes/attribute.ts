import { isCueWord, TELLING, WEAK_CUES } from './cues.ts';
import { isTitle, nameKey } from './names.ts';
import { contentBefore, phrasalCueEnd, reported, SECONDARY } from './content.ts';
import { colonAttribution } from './colon.ts';
import { between, DETERMINERS, glossBefore, hasName, isPersonName, oneNameAfterRole, phraseEndingAt, phraseStartingAt, placeInSubject, PRONOUNS, relativeClause, stops, textOf } from './phrases.ts';
import type { Token } from './tokens.ts';

/** What one sentence says about who said what: the cue, the speaker's words and the content. */
export interface SentenceAttribution {
  cue: [start: number, end: number];
  /** Token index range [from, to) of the speaker mention. */
  mention?: [from: number, to: number];
  /** Token index range of an appositive that describes the speaker ("a professor of …"). */
  description?: [from: number, to: number];
  /** Character range of reported content, when the sentence reports rather than quotes. */
  content?: [start: number, end: number];
  /** Where the content goes on after a cue set off by commas ("The bill, she said, would …"). */
  rest?: [start: number, end: number];
  /** Token range of whom it was said to: "told reporters", "told Reuters in an interview". */
  object?: [from: number, to: number];
  /** Where the cue sits relative to the content: the speaker may come before or after. */
  order: 'speaker-first' | 'content-first' | 'participle' | 'according-to' | 'dash' | 'colon';
}

// Words that count rather than name: a phrase of these and numbers is no speaker.
const COUNTS = /^(?:total|number|numbers|majority|rest|toll|tally|figure|figures|count|both|million|billion|thousand|hundred|dozens?)$/;
// "said Friday", "said Tuesday night": a time, not a speaker.
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|last|this|next|earlier|later|on|in|at)\.?$/i;
export interface SentenceView {
  tokens: readonly Token[];
  /** Token index range of the sentence. */
  from: number;
  to: number;
  /** True for tokens inside quote marks. */
  quoted: (index: number) => boolean;
  hasQuote: boolean;
}


function isCue(t: Token, index: number, view: SentenceView): boolean {
  if (phrasalCueEnd(view.tokens, index) !== undefined) return view.hasQuote;
  if (!isCueWord(t.lower)) return false;
  // The tagger reads "Viguerie notes." as a noun now and then; a cue word is a verb
  // unless a determiner makes it a noun ("the notes", "his claims").
  const before = view.tokens[index - 1]?.lower ?? '';
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && (DETERMINERS.has(before) || /^['’]s$/.test(before))) return false;
  // "Per reports, the sources said …", "amid claims": after a preposition it is a noun too
  // (not after a name: "From said", Al From's).
  if (/^(?:per|amid|despite)$/.test(before) || /^(?:from|of)$/.test(view.tokens[index - 1]?.text ?? '')) return false;
  // "alleged ties" is an adjective; "Grenell alleged, …" is the tagger's slip for a verb.
  // "Hotak also alleged the government …": over an adverb, a name before it makes it a verb too.
  let subject = index - 1;
  while (subject > view.from && between(view.tokens, subject)) subject--;
  const named = view.tokens[subject]?.pos === 'PROPN';
  // ('"…," Toomey fumed on Tuesday': a name right after a quotation makes it a verb too.)
  const afterQuotation = subject > view.from && view.quoted(subject - 1);
  if (t.pos === 'ADP' || (t.pos === 'ADJ' && !(named && (subject < index - 1 || afterQuotation || /^[,:"“]$|^that$/.test(view.tokens[index + 1]?.text ?? ''))))) return false;
  // "AU member states", "the peace statement": a noun after a noun is a compound.
  if (t.pos === 'NOUN' && /^(?:NOUN|ADJ|NUM)$/.test(view.tokens[index - 1]?.pos ?? '')) return false;
  // A proper noun inside a sentence is part of a name ("United States"); a title-case
  // headline's "Says" is tagged a verb and stays a cue.
  if (index !== view.from && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) return false;
  // "what it calls "…"" names a thing; "Calling it "…", X …", "called on drivers to "…"" and
  // a name's "Jeremy Corbyn called the move a "…"" report words.
  if (/^call/.test(t.lower) && index !== view.from && !/^(?:on|upon|for)$/.test(view.tokens[index + 1]?.lower ?? '') && !(named && view.hasQuote)) return false;
  // "the nurses we spoke to said": a relative clause's verb, before the cue it leads to.
  if (/^(?:spoke|talked)$/.test(t.lower) && /^(?:to|with)$/.test(view.tokens[index + 1]?.lower ?? '') && isCueWord(view.tokens[index + 2]?.lower ?? '')) return false;
  // "Durbin questioned why Trump is terminating judges": asking why is speaking.
  if (/^question/.test(t.lower) && /^(?:why|how|whether|what)$/.test(view.tokens[index + 1]?.lower ?? '')) return true;
  return !WEAK_CUES.has(t.lower) || view.hasQuote;
}

/**
 * Finds the attribution in one sentence, if it has one: a reporting verb outside quote
 * marks and the speaker it belongs to, before it ("Woo said"), after it ("said Woo"), or
 * as the subject of the main clause after a participle ("Calling it …, Lee's post …").
 * "According to X" is its own pattern.
 */
export function attributeSentence(view: SentenceView): SentenceAttribution | undefined {
  const { tokens, from, to, quoted } = view;
  const last = tokens[to - 1]?.pos === 'PUNCT' ? to - 1 : to;

  // A pull quote signed with a dash: '"…" ― Sonya Herridge'.
  for (let c = from + 1; c < to; c++) {
    if (!/^[\u2014\u2015\u2013]$|^--$/.test(tokens[c]!.text) || quoted(c) || !quoted(c - 1)) continue;
    const np = phraseStartingAt(tokens, c + 1, to);
    if (np && hasName(tokens, np) && np[1] >= last) return { cue: [tokens[c]!.start, tokens[c]!.end], mention: np, order: 'dash' };
  }

  // Every reporting verb proposes an attribution; the one that stands by a quotation
  // and names a speaker wins ("In one tweet, Trump said: "…"" is Trump's, not the tweet's).
  let best: SentenceAttribution | undefined;
  let bestScore = -Infinity;
  for (let c = from; c < to; c++) {
    const candidate = attributeAt(view, c, last);
    // "Qawi was later accused of inciting the murder, which he denied": a relative clause
    // with a pronoun remarks on what came before; the words before it are not the
    // speaker's ("…, which the BBC described as "…"" still quotes the BBC).
    if (!candidate || (candidate.mention && tokens[candidate.mention[0]]!.lower === 'which' && candidate.mention[1] - candidate.mention[0] === 2 && PRONOUNS.has(tokens[candidate.mention[0] + 1]!.lower))) continue;
    // "the total reported casualties increased", "1.6 million confirmed": a count says nothing.
    const counted = candidate.mention && tokens.slice(...candidate.mention);
    if (counted && counted.every((t) => /^(?:NUM|DET|CCONJ)$/.test(t.pos) || COUNTS.test(t.lower)) && counted.some((t) => t.pos === 'NUM' || COUNTS.test(t.lower))) continue;
    const score = plausibility(view, c, candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best ?? colonAttribution(view);
}

const ASKED_BY = /^(?:interviewed|surveyed|polled|contacted|asked|questioned|consulted|met|spoke|talked)$/;

/** Where "Wikinews interviewed" or "we spoke to" starts, right before `end`, after a noun. */
function beforeReducedRelative(tokens: readonly Token[], end: number, from: number): number | undefined {
  let v = end - 1;
  if (/^(?:to|with)$/.test(tokens[v]?.lower ?? '') && /^(?:spoke|talked)$/.test(tokens[v - 1]?.lower ?? '')) v--;
  if (v - 2 < from || !ASKED_BY.test(tokens[v]!.lower)) return undefined;
  let agent = v - 1;
  if (!/^(?:we|i|they|he|she)$/.test(tokens[agent]!.lower)) {
    if (tokens[agent]!.pos !== 'PROPN') return undefined;
    while (agent - 1 > from && tokens[agent - 1]!.pos === 'PROPN') agent--;
  }
  return agent - 1 >= from && tokens[agent - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[agent - 1]!.text) ? agent : undefined;
}

function plausibility(view: SentenceView, c: number, att: SentenceAttribution): number {
  const { tokens, quoted } = view;
  let score = 0;
  if (tokens[c]!.pos === 'VERB') score += 1;
  if (att.mention && hasName(tokens, att.mention)) score += 2;
  // (A cue of two words and a manner's adverb after it, "fired back forcefully: "…"", stand
  // by the quotation after them.)
  const cueEnd = phrasalCueEnd(tokens, c) ?? c + 1;
  const unit = att.mention ? [Math.min(c, att.mention[0]), Math.max(cueEnd, att.mention[1])] : [c, cueEnd];
  const near = (i: number) => i >= view.from && i < view.to && quoted(i);
  if (near(unit[0]! - 1) || near(unit[0]! - 2) || near(unit[1]!) || near(unit[1]! + 1) || near(unit[1]! + 2)) score += 3;
  if (att.content) score += 1;
  // "A teacher explained that …, LaMont continued.": the cue that closes the sentence after
  // a comma reports all before it, another cue included.
  const closes = unit[1]! >= view.to - 1 || (unit[1]! === view.to - 2 && TIME_WORDS.test(tokens[view.to - 2]!.text));
  if (att.content && att.mention && tokens[unit[0]! - 1]?.text === ',' && closes) score += 0.5;
  // "…, as he concluded a visit": a cue in a subordinate clause seldom reports.
  const opener = att.mention ? tokens[att.mention[0] - 1]?.lower : undefined;
  if (opener && /^(?:as|when|while|after|before|because|if|since|until|though|although|where)$/.test(opener)) score -= 3;
  // Earlier cues win ties: the main clause usually reports first.
  return score - (c - view.from) * 0.001;
}

/**
 * The subject of the clause that ends at token `end`: a name or "he"/"she"/"they" opening the
 * sentence, or after an opener's comma ("Eight years ago, he …"), with a verb of its own
 * next (no cue) and nothing quoted before `end`.
 */
function clauseSubject(view: SentenceView, end: number): [number, number] | undefined {
  const { tokens, from, quoted } = view;
  for (let i = from; i < end; i++) if (quoted(i)) return undefined;
  const comma = tokens.slice(from, end).findIndex((t) => t.text === ',');
  for (const start of comma >= 0 ? [from, from + comma + 1] : [from]) {
    const subject = phraseStartingAt(tokens, start, end);
    if (!subject) continue;
    let verb = subject[1];
    while (verb < end && between(tokens, verb)) verb++;
    const pronoun = subject[1] - subject[0] === 1 && /^(?:he|she|they)$/.test(tokens[subject[0]]!.lower);
    if (verb < end - 1 && tokens[verb]!.pos === 'VERB' && !isCueWord(tokens[verb]!.lower) && (pronoun || isPersonName(tokens, subject))) return subject;
  }
  return undefined;
}

/**
 * "according to reports", "according to police": one plain word, alone before a comma or the
 * sentence's end, that the tagger reads as a verb or as no noun, is still who says so; else
 * the cue was left with no one and its words went to whoever spoke last. (Not "according to
 * agreed facts", nor a pronoun.)
 */
function plainWordAt(tokens: readonly Token[], at: number, to: number): [number, number] | undefined {
  const word = tokens[at];
  if (!word || at + 1 > to || !/^\p{Ll}+$/u.test(word.text) || /^(?:this|that|these|those|which|whom?|it|him|her|them|me|us|you)$/.test(word.lower)) return undefined;
  return at + 1 === to || /^[,.;:!?)]$/.test(tokens[at + 1]!.text) ? [at, at + 1] : undefined;
}

/** The attribution that the cue at token `c` would make, if it is a cue with a speaker. */
function attributeAt(view: SentenceView, c: number, last: number): SentenceAttribution | undefined {
  const { tokens, from, to, quoted } = view;
  const end = (i: number) => tokens[i]!.end;
  const t = tokens[c]!;
  if (quoted(c)) return undefined;

  if (t.lower === 'according' && tokens[c + 1]?.lower === 'to') {
    let np = phraseStartingAt(tokens, c + 2, to) ?? plainWordAt(tokens, c + 2, to);
    if (!np) return undefined;
    // "according to a tweet on Monday by Secretary of State Mike Pompeo": the author speaks.
    const author = tokens[np[1]]?.lower === 'by' ? phraseStartingAt(tokens, np[1] + 1, to) : undefined;
    if (author && hasName(tokens, author)) np = author;
    // "according to Windsor Locks' first selectman, Chris Kervick, …": the name it gives.
    const named = tokens[np[1]]?.text === ',' ? phraseStartingAt(tokens, np[1] + 1, to) : undefined;
    if (named && tokens[named[1]]?.text === ',' && isPersonName(tokens, named) && !isPersonName(tokens, np)) np = named;
    const cue: [number, number] = [t.start, end(c + 1)];
    // "According to the National Transportation Safety Board (NTSB), CONTENT": its initials
    // are the name's, not the content's.
    const close = tokens[np[1]]?.text === '(' ? tokens.slice(np[1], np[1] + 8).findIndex((t) => t.text === ')') : -1;
    const nameEnd = close > 0 ? np[1] + close + 1 : np[1];
    // "According to Dr. Tom Frieden, formerly the director of the CDC, the pandemic is …": a
    // phrase with no verb between two commas describes the speaker; the content follows it.
    // (Not a time or place, "according to the study, in 2014 …", nor the subject of the verb
    // after it, "according to ISNA, the prosecutor general, Ali Alghasi Mehr, said …".)
    const comma = tokens[nameEnd]?.text === ',' ? tokens.slice(nameEnd + 1, last).findIndex((t) => t.text === ',') : -1;
    const phrase = comma > 0 ? tokens.slice(nameEnd + 1, nameEnd + 1 + comma) : [];
    // (The content is then a whole clause: a subject, with no comma, before its first verb.)
    const following = tokens.slice(nameEnd + 2 + comma, last);
    const firstVerb = following.findIndex((t) => /^(?:VERB|AUX)$/.test(t.pos));
    const described =
      phrase.length > 0 &&
      !/^(?:ADP|SCONJ|NUM)$/.test(phrase[0]!.pos) &&
      !phrase.some((t, i) => /^(?:VERB|AUX)$/.test(t.pos) || quoted(nameEnd + 1 + i)) &&
      firstVerb > 0 &&
      following.slice(0, firstVerb).every((t) => t.text !== ',') &&
      following.slice(0, firstVerb).some((t) => /^(?:NOUN|PROPN|PRON)$/.test(t.pos));
    const after = described ? nameEnd + 1 + comma : nameEnd;
    // "According to X, CONTENT." or "CONTENT, according to X."
    const content: [number, number] | undefined =
      c === from || tokens[c - 1]?.text === ','
        ? c === from
          ? after < last
            ? [tokens[after + (tokens[after]?.text === ',' ? 1 : 0)]!.start, end(last - 1)]
            : undefined
          : [tokens[from]!.start, tokens[c - 1]!.start]
        : undefined;
    // 'Pelosi called Trump's conduct a "breach …," according to NBC': a named subject's own
    // cue opens the content; the outlet only reports it.
    const closing = /^["\u201d]$/.test(tokens[c - 1]?.text ?? '') && tokens[c - 2]?.text === ',';
    if (c > from && (tokens[c - 1]?.text === ',' || closing)) {
      const subject = phraseStartingAt(tokens, from, c);
      const verb = subject?.[1];
      const named = subject && (isPersonName(tokens, subject) || (subject[1] - subject[0] === 1 && tokens[subject[0]]!.pos === 'PROPN'));
      if (subject && named && verb !== undefined && verb < c - 2 && tokens[verb]!.pos === 'VERB' && isCueWord(tokens[verb]!.lower) && !quoted(verb)) {
        return { cue: [tokens[verb]!.start, tokens[verb]!.end], mention: subject, content: [tokens[verb + 1]!.start, tokens[closing ? c - 1 : c - 2]!.end], order: 'speaker-first' };
      }
    }
    // "Longer term, according to NASA's Jim Bridenstine, the goal is to …": set off by commas
    // inside the sentence, its content is on both sides (not "…, according to prosecutor Josh
    // Bash, the U.S. Attorney for …": a phrase with no verb describes him; nor "…, according
    // to police, who said officers arrived …", whose own cue reports the rest).
    const clause = (k: number) => tokens.slice(k, last).some((t) => /^(?:VERB|AUX)$/.test(t.pos));
    const rest: [number, number] | undefined =
      c > from && tokens[c - 1]?.text === ',' && tokens[np[1]]?.text === ',' && last - (np[1] + 1) >= 3 && !quoted(np[1] + 1) && clause(np[1] + 1) && !/^(?:who|which)$/.test(tokens[np[1] + 1]!.lower) ? [tokens[np[1] + 1]!.start, end(last - 1)] : undefined;
    return { cue, mention: np, ...(content ? { content } : {}), ...(rest ? { rest } : {}), order: 'according-to' };
  }

  // "Politico quoted Tim Manning, formerly …, as saying "…"": the one quoted speaks, not the outlet.
  if (/^quot(?:ed|es|ing)$/.test(t.lower) && !quoted(c)) {
    const np = phraseStartingAt(tokens, c + 1, to);
    let k = np ? np[1] : to;
    while (k < Math.min(to, c + 24) && !(tokens[k]!.lower === 'as' && /^(?:saying|telling|writing)$/.test(tokens[k + 1]?.lower ?? ''))) k++;
    if (np && hasName(tokens, np) && k < Math.min(to, c + 24)) {
      const description: [number, number] | undefined = tokens[np[1]]?.text === ',' && k - 1 > np[1] + 1 ? [np[1] + 1, tokens[k - 1]?.text === ',' ? k - 1 : k] : undefined;
      return { cue: [tokens[k + 1]!.start, tokens[k + 1]!.end], mention: np, ...(description ? { description } : {}), ...reported(view, k + 1, np), order: 'speaker-first' };
    }
  }
  if (!isCue(t, c, view)) return undefined;
  // "He also wrote for other artists": writing songs or books, not words said.
  if (/^(?:write|writes|wrote|writing|written)$/.test(t.lower) && /^(?:for|songs?|books?|music|lyrics|novels?|poems?|scripts?)$/.test(tokens[c + 1]?.lower ?? '')) return undefined;
  // "a coalition to counter ISIS", "plans to announce": an infinitive after a noun says
  // what for, not who spoke ("went on to say" and "declined to comment" still report).
  if (tokens[c - 1]?.lower === 'to' && /^(?:NOUN|PROPN|NUM)$/.test(tokens[c - 2]?.pos ?? '')) return undefined;
  const cue: [number, number] = [t.start, phrasalCueEnd(tokens, c) !== undefined ? tokens[c + 1]!.end : t.end];

  // "The highest rate noted by the team was in Alaska": a participle after a noun, then "by",
  // describes the noun; it reports no one's words.
  // ("figures reported by the AP show …" still gives the AP's.)
  if (tokens[c + 1]?.lower === 'by' && /ed$/.test(t.lower) && !/^(?:reported|published|released|issued)$/.test(t.lower) && /^(?:NOUN|PROPN)$/.test(tokens[c - 1]?.pos ?? '') && !quoted(c - 1)) return undefined;
  // "Gutierrez was described by the CBCP as "…"", "he was told by Minister Zinichev of "…"":
  // a passive cue's speaker follows "by", and the words follow the speaker.
  if (/^(?:was|were|is|are|been|being)$/.test(tokens[c - 1]?.lower ?? '') && tokens[c + 1]?.lower === 'by') {
    const np = phraseStartingAt(tokens, c + 2, to);
    if (np && hasName(tokens, np)) {
      let k = np[1];
      while (k < last && /^(?:as|of|that|,|:)$/.test(tokens[k]!.lower)) k++;
      return { cue, mention: np, ...(k < last ? { content: [tokens[k]!.start, tokens[last - 1]!.end] as [number, number] } : {}), order: 'speaker-first' };
    }
  }
  // "Said Dorothy Poynter, who grew up with Ali, "…"": the cue opens the sentence and the
  // speaker follows it, before the quotation.
  if (c === from && t.lower === 'said') {
    const np = phraseStartingAt(tokens, c + 1, to);
    if (np && isPersonName(tokens, np) && tokens.slice(np[1], to).some((_, i) => quoted(np[1] + i))) return { cue, mention: np, order: 'colon' };
  }
  // A participle opening the sentence: "Calling it "…", Lee's post garnered …" (but not
  // "Speaking to reporters, Lee said …", where the main clause has its own cue).
  if (c === from && /ing$/.test(t.lower) && !hasLaterCue(view, c)) {
    let k = c + 1;
    while (k < to && (quoted(k) || tokens[k]!.text !== ',')) k++;
    const np = phraseStartingAt(tokens, k + 1, to);
    if (np && hasName(tokens, np)) return { cue, mention: np, order: 'participle' };
    return undefined;
  }

  // "Eight years ago, he supported Barack Obama over Clinton and said, "…"": a cue that "and"
  // joins to a clause of its own belongs to that clause's subject, not to its object.
  if (tokens[c - 1]?.lower === 'and' && c - 1 > from) {
    const subject = clauseSubject(view, c - 1);
    if (subject) return { cue, mention: subject, ...reported(view, c, subject), order: 'speaker-first' };
  }

  // Speaker before the cue, over adverbs and auxiliaries: "Woo said", "Choo Jae-woo, a professor …, said".
  let s = c;
  const skipBetween = () => {
    // ("she was urging the committees to …": before a verb in -ing, "was" is no passive's.)
    while (s - 1 >= from && (between(tokens, s - 1) || (/ing$/.test(t.lower) && /^(?:is|are|was|were|been|am)$/.test(tokens[s - 1]!.lower))) && !quoted(s - 1)) s--;
    // "Baslan Damang, a security official, on Tuesday told …": a time between them.
    // ("USA Today noted": capitalised inside a sentence, "Today" is a name's.)
    if (s - 1 >= from && /^(?:yesterday|today|tonight|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)$/.test(tokens[s - 1]!.text)) {
      s--;
      if (/^(?:on|last|this)$/i.test(tokens[s - 1]?.text ?? '')) s--;
    }
  };
  skipBetween();
  skipBetween();
  // "Some of the protesters Wikinews interviewed said", "the experts we spoke to said": a
  // relative clause with no "who" between the speakers and the cue.
  s = beforeReducedRelative(tokens, s, from) ?? s;
  // A party tag or age in brackets: "Rep. Gwen Moore (D-Wis.) said", "Gov. John Kasich (R-OH), said".
  if (tokens[s - 1]?.text === ',' && tokens[s - 2]?.text === ')') s--;
  if (tokens[s - 1]?.text === ')') {
    let k = s - 1;
    while (k > from && tokens[k]!.text !== '(') k--;
    if (tokens[k]!.text === '(' && s - 1 - k <= 8) s = k;
  }
  if (s - 1 >= from && tokens[s - 1]!.text === ',' && !quoted(s - 1)) {
    // Appositives between commas describe the subject before them; there may be more than
    // one: "Rep. Mike Mrowicki, D-Putney, another bill sponsor, said".
    // The comma at or before `at` that the same clause holds, if any.
    const comma = (at: number) => {
      let k = at;
      while (k >= from && tokens[k]!.text !== ',' && !quoted(k) && !stops(tokens, k)) {
        // An aside in parentheses is one, whatever commas it holds: "The general secretary of
        // the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash".
        let open = k - 1;
        if (tokens[k]!.text === ')') while (open >= from && tokens[open]!.text !== '(') open--;
        k = tokens[k]!.text === ')' && open >= from ? open - 1 : k - 1;
      }
      return k >= from && tokens[k]!.text === ',' ? k : undefined;
    };
    // "A senior at North Country Union High School, Wilburn, 17, recalls", "the princess, 67,":
    // a name, or a role, with an age after it is a person's.
    const aged = ([a, b]: [number, number]) =>
      tokens[b]?.text === ',' && /^\d{1,3}$/.test(tokens[b + 1]?.text ?? '') && tokens[b + 2]?.text === ',' &&
      (tokens.slice(a, b).every((t) => t.pos === 'PROPN') || (/^(?:the|a|an)$/i.test(tokens[a]!.text) && b - a >= 2 && tokens.slice(a + 1, b).every((t) => /^(?:NOUN|PROPN|ADJ)$/.test(t.pos))));
    const heads: Array<{ head: [number, number]; comma: number; subject: boolean }> = [];
    let close = s - 1;
    for (let hop = 0; hop < 3; hop++) {
      const k = comma(close - 1);
      if (k === undefined || k === from) break;
      // "The Emergencies Ministry has, in a statement, called": the auxiliary before the aside.
      const head = phraseEndingAt(tokens, /^(?:has|have|had|is|was|also)$/.test(tokens[k - 1]?.lower ?? '') ? k - 1 : k, from);
      // The subject opens the sentence or follows the quotation ('"…," Jeff Weaver,
      // Sanders' campaign manager, said'), or is a person's name after an opener ("Late on
      // Sunday, the President, in a statement …, announced").
      // ("This past Friday, the princess, 67, announced": a role with an age after it is someone.)
      // ('"…," an intelligence source, who was not authorized to speak, told Fox News': right
      // after the quotation, a source the writer leaves unnamed is the subject too.)
      const unnamedAfterQuote = head && quoted(head[0] - 1) && DETERMINERS.has(tokens[head[0]]!.lower) && /^(?:who|whom|whose)$/.test(tokens[k + 1]?.lower ?? '');
      if (head && (hasName(tokens, head) || aged(head) || unnamedAfterQuote)) heads.push({ head, comma: k, subject: head[0] === from || quoted(head[0] - 1) });
      close = k;
    }
    // ("Late on Sunday, the United States President Donald Trump, in a statement …, announced":
    // a role with "the", then the name its title gives, is that person.)
    const titledName = ([a, b]: [number, number]) => {
      let k = b;
      while (k > a && tokens[k - 1]!.pos === 'PROPN') k--;
      return b - k >= 2 && k > a && isTitle(tokens[k - 1]!.text) && isPersonName(tokens, [k, b]);
    };
    // A person's name first, as the subject or after an opener; else any subject ("The mayor
    // of Paris, Anne Hidalgo, wrote", where the appositive holds the name).
    const chosen =
      heads.find((h) => h.subject && isPersonName(tokens, h.head)) ??
      // ("…, as Lucas Cameron-Vaughn, an attorney for the ACLU, explained": the name after "as".)
      heads.find((h) => (tokens[h.head[0] - 1]?.text === ',' || (tokens[h.head[0] - 1]?.lower === 'as' && tokens[h.head[0] - 2]?.text === ',')) && (isPersonName(tokens, h.head) || aged(h.head) || titledName(h.head))) ??
      // ("As a result, the court …, asking": an opener is no subject.)
      heads.find((h) => h.subject && !/^(?:ADP|SCONJ|ADV)$/.test(tokens[h.head[0]]!.pos));
    if (chosen) {
      const { head } = chosen;
      const appositive: [number, number] = [chosen.comma + 1, s - 1];
      // "a State Department spokesperson, Morgan Ortagus, indicated": the name is in the
      // appositive, and the role describes it. ("The United States, which has retreated from
      // ousting Bashar al-Assad, has stated": a relative clause names no one who speaks.)
      const relative = /^(?:which|who|whom|whose|that|where|when)$/.test(tokens[appositive[0]]!.lower);
      // ("His mother, Anwar, said": one name after a role of kin or trade is the name too.)
      if (!isPersonName(tokens, head) && (isPersonName(tokens, appositive) || oneNameAfterRole(tokens, head, appositive)) && !relative) {
        return { cue, mention: appositive, description: head, ...reported(view, c, appositive), order: 'speaker-first' };
      }
      return { cue, mention: head, description: appositive, ...reported(view, c, head), order: 'speaker-first' };
    }
    // "The American Samoan delegate to the U.S. House of Representatives, Aumua Amata, told
    // the press", "(According to AFP,) the judge presiding over the case, Bernard Schwartz,
    // said": a role too long to read as one phrase, then the name that speaks. A finite verb
    // in the role makes it a clause ("After the vote ended, …"), not a role.
    const nameStart = comma(s - 2);
    if (nameStart !== undefined) {
      const named: [number, number] = [nameStart + 1, s - 1];
      // ('"…," his wife, Gabriela Violeta Lazar, wrote': the role starts after the quotation.)
      let openerStart = (comma(nameStart - 1) ?? from - 1) + 1;
      while (openerStart < nameStart && (quoted(openerStart) || tokens[openerStart]!.pos === 'PUNCT')) openerStart++;
      const opener: [number, number] = [openerStart, nameStart];
      const role = tokens.slice(opener[0], opener[1]);
      const roleOpens = role.length >= 2 && DETERMINERS.has(role[0]!.lower) && role.every((t, i) => !quoted(opener[0] + i) && t.pos !== 'AUX' && (t.pos !== 'VERB' || /ing$/.test(t.lower)));
      if (roleOpens && isPersonName(tokens, named)) return { cue, mention: named, description: opener, ...reported(view, c, named), order: 'speaker-first' };
    }
  }
  let before = phraseEndingAt(tokens, s, from);
  // "the Law and Justice Party ((pl))Polish language: ‍Prawo i Sprawiedliwość publicly
  // declared": the name in the original language is a gloss; the phrase before it speaks.
  const gloss = before && glossBefore(tokens, before[0], from);
  if (gloss !== undefined) before = phraseEndingAt(tokens, gloss, from);
  // "a lawsuit against the state of emergency President Trump declared": a thing, then who
  // did it, as a preposition's object inside the clause is a relative clause, not speech.
  if (before && relativeClause(tokens, before, from)) return undefined;
  // "Erdoğan cited Article 5 … and said": the phrase is the first verb's object; its subject speaks.
  const coordinated = tokens.slice(s, c).some((t) => t.lower === 'and' || t.lower === 'but');
  if (before && coordinated && before[0] - 1 > from && tokens[before[0] - 1]!.pos === 'VERB' && !quoted(before[0] - 1)) {
    // ("the Syrian Democratic Forces (SDF), opposed the withdrawal and said": over the
    // appositive's comma and the initials in brackets.)
    let end = before[0] - 1;
    if (tokens[end - 1]?.text === ',') end--;
    if (tokens[end - 1]?.text === ')') {
      let open = end - 2;
      while (open > from && tokens[open]!.text !== '(' && end - open <= 6) open--;
      if (tokens[open]?.text === '(') end = open;
    }
    before = phraseEndingAt(tokens, end, from) ?? before;
  }
  // "the website noted the signal from Jakarta but declared …": a preposition's object is
  // no subject; the sentence's is (below).
  if (before && coordinated && tokens[before[0] - 1]?.pos === 'ADP') before = undefined;
  // 'The State Department gave its "deepest sympathies" and said …': the second verb's
  // subject opens the sentence.
  if (!before && coordinated) {
    const subject = phraseStartingAt(tokens, from, c);
    let verb = subject?.[1] ?? c;
    while (verb < c && between(tokens, verb)) verb++;
    if (subject && hasName(tokens, subject) && verb < c && /^(?:VERB|AUX)$/.test(tokens[verb]!.pos) && !quoted(verb)) {
      return { cue, mention: subject, ...reported(view, c, subject), order: 'speaker-first' };
    }
  }
  // "The governor tweeted her reasoning saying, …": the phrase is another cue's object;
  // that cue's subject is the speaker.
  const object = before && before[0] - 1 > from && !quoted(before[0] - 1) && isCueWord(tokens[before[0] - 1]!.lower);
  if (before && object) before = phraseEndingAt(tokens, before[0] - 1, from) ?? before;
  // "Terri Collins who sponsored the bill remarked …": the speaker comes before "who".
  if (before && tokens[before[0] - 1]?.pos === 'VERB') {
    for (let w = before[0] - 2; w >= Math.max(from, before[0] - 4); w--) {
      if (/^[,"“”]$/.test(tokens[w]!.text)) break;
      if (tokens[w]!.lower === 'who') {
        before = phraseEndingAt(tokens, w, from) ?? before;
        break;
      }
    }
  }
  // "Richard Ferrand in relaying the news to parliament said": a phrase after a preposition
  // is its object; the name opening the sentence is the subject.
  if (before && /^(?:to|in|at|for|with|from|by|on|into)$/.test(tokens[before[0] - 1]?.lower ?? '') && before[0] - 1 > from) {
    const subject = phraseStartingAt(tokens, from, before[0] - 1);
    let plain = !!subject;
    for (let i = subject?.[1] ?? 0; plain && i < before[0]; i++) plain = tokens[i]!.text !== ',' && !quoted(i);
    if (subject && plain && isPersonName(tokens, subject)) {
      return { cue, mention: subject, ...reported(view, c, subject), order: 'speaker-first' };
    }
  }
  // "Planned Parenthood, along with the American Civil Liberties Union have announced": who
  // comes along is not the subject; the phrase before the comma is.
  const along = before && before[0] - 3 > from && /^(?:along|together)$/.test(tokens[before[0] - 2]?.lower ?? '') && tokens[before[0] - 1]!.lower === 'with' && tokens[before[0] - 3]!.text === ',';
  if (before && along) {
    const subject = phraseEndingAt(tokens, before[0] - 3, from);
    if (subject && hasName(tokens, subject) && !quoted(subject[0])) return { cue, mention: subject, ...reported(view, c, subject), order: 'speaker-first' };
  }
  // "Bob Durkin, the president … of the Scranton Chamber of Commerce said", "Nils Kinuani,
  // Federal Policy Manager at African Communities Together (ACT), said": an appositive
  // whose closing comma is missing or comes after a bracket; the name before it speaks.
  const describes = (range: [number, number]) =>
    DETERMINERS.has(tokens[range[0]]!.lower) || !isPersonName(tokens, range) || tokens.slice(range[0], range[1]).some((t) => /^(?:of|at|for|with)$/.test(t.lower));
  if (before && describes(before) && tokens[before[0] - 1]?.text === ',') {
    const named = phraseEndingAt(tokens, before[0] - 1, from);
    // ("On a recent episode of The Border Chronicles, Pinheiro said": an opener is not who speaks.)
    if (named && isPersonName(tokens, named) && (named[0] === from || quoted(named[0] - 1)) && !/^(?:ADP|SCONJ)$/.test(tokens[named[0]]!.pos)) {
      return { cue, mention: named, description: before, ...reported(view, c, named), order: 'speaker-first' };
    }
  }
  if (before && !quoted(before[0])) {
    const mention = placeInSubject(tokens, from, before) ?? before;
    return { cue, mention, ...reported(view, c, mention), order: 'speaker-first' };
  }

  // "Amodei backed the inquiry, telling the Nevada Independent: …", "Hutchinson questioned
  // the findings, saying Caudipteryx …": the one telling or saying is the sentence's
  // subject; who follows the participle is who was told, or what was said.
  // "Obama ended his speech by saying "…"": after "by", the same.
  const participle = SECONDARY.test(t.lower) && (tokens[c - 1]?.text === ',' || tokens[c - 1]?.lower === 'by');
  if (participle) {
    // "It also credited Leonov with …, noting on Twitter …": a pronoun opening the sentence
    // is its subject; the name after the verb is its object.
    if (PRONOUNS.has(tokens[from]!.lower) && tokens[from + 1]?.pos !== 'PUNCT') return { cue, mention: [from, from + 1], ...reported(view, c, [from, from + 1]), order: 'speaker-first' };
    // The main clause's subject, opening the sentence or after an opener, with its verb
    // next ("Since 1983, the research team has been putting …, noting …").
    const comma = tokens.slice(from, c - 1).findIndex((t) => t.text === ',');
    for (const start of comma >= 0 ? [from, from + comma + 1] : [from]) {
      const subject = phraseStartingAt(tokens, start, c);
      let verb = subject?.[1] ?? c;
      while (verb < c && between(tokens, verb)) verb++;
      if (subject && !/^(?:ADP|SCONJ|ADV)$/.test(tokens[start]!.pos) && verb < c && /^(?:VERB|AUX)$/.test(tokens[verb]!.pos) && !quoted(verb)) {
        return { cue, mention: subject, ...reported(view, c, subject), order: 'speaker-first' };
      }
    }
    // The first phrase that names someone by a full name, else by any name: past openers
    // and appositions such as "Since then, a Republican, Mark Amodei, …".
    for (const words of [2, 1]) {
      for (let k = from; k < c - 1; k++) {
        const subject = phraseStartingAt(tokens, k, c);
        const text = subject && textOf(tokens, subject);
        if (subject && text && nameKey(text).length >= words) return { cue, mention: subject, ...reported(view, c, subject), order: 'speaker-first' };
      }
    }
  }
  // Speaker after the cue: '"…," said Woo Su-keun, head of …' or '…, he said.'
  // "it was reported Baker was …": a passive cue has no speaker after it.
  const passive = /^(?:was|were|is|are|been|be|being)$/.test(tokens[c - 1]?.lower ?? '');
  // The speaker follows the cue only after the content: '"…," said Woo', '…, said Woo' —
  // not in "imaging suggests Aleppo contained …".
  const contentBeforeCue = c === from || quoted(c - 1) || /^[,;:"”’\u2014\u2013-]$/.test(tokens[c - 1]!.text);
  // '…, told VTDigger the bill …': who follows "told" was told, never the speaker.
  const told = TELLING.test(t.lower);
  const after = participle || passive || told || !contentBeforeCue ? undefined : phraseStartingAt(tokens, c + 1, to);
  // "Many people, including Robinson, say it can be hard": "it" opens what they say.
  if (after && !TIME_WORDS.test(tokens[after[0]]!.text) && !/^(?:it|they|we|you|i|there|this|that|these|those)$/.test(tokens[after[0]]!.lower)) {
    let description: [number, number] | undefined;
    // '"…," wrote Chief Justice Roberts, "…"': the second part is quoted speech, no description.
    // ('"…," said Ana Ruiz, a harbour engineer, "…"': the description ends where the words go on.)
    if (tokens[after[1]]?.text === ',' && after[1] + 1 < last && !quoted(after[1] + 1)) {
      let end = after[1] + 1;
      while (end < last && !quoted(end)) end++;
      description = [after[1] + 1, end < last && tokens[end - 1]!.text === ',' ? end - 1 : end];
    }
    const content = contentBefore(view, c);
    // '"…," said his father, Abdullah Kurdi, after the ceremony': the name in the apposition.
    const apposed = description && phraseStartingAt(tokens, description[0], last);
    if (apposed && !isPersonName(tokens, after) && isPersonName(tokens, apposed)) {
      return { cue, mention: apposed, description: after, ...(content ? { content } : {}), order: 'content-first' };
    }
    // '"…," said University of California, San Diego's chancellor, Pradeep Khosla': the name
    // ending a chain of appositions, whose body and office describe the person.
    const lastComma = description ? tokens.slice(description[0], last).map((t) => t.text).lastIndexOf(',') : -1;
    const ending = description && lastComma > 0 ? phraseStartingAt(tokens, description[0] + lastComma + 1, last) : undefined;
    // (Not '"…," said Reuters, citing an official, John Smith': whom a verb brings in.)
    if (description && ending && ending[1] === last && tokens[description[0]]!.pos !== 'VERB' && !isPersonName(tokens, after) && isPersonName(tokens, ending)) {
      return { cue, mention: ending, description: [after[0], description[0] + lastComma], ...(content ? { content } : {}), order: 'content-first' };
    }
    // '"…," said the 46-year-old': right after a quotation, a role is a speaker too, and so
    // is one of a number ('"…," said one of those advisers', '"…," said another official').
    const role = (DETERMINERS.has(tokens[after[0]]!.lower) || /^(?:one|another)$/.test(tokens[after[0]]!.lower)) && (quoted(c - 1) || (tokens[c - 1]!.text === ',' && quoted(c - 2)));
    if (hasName(tokens, after) || role) return { cue, mention: after, ...(description ? { description } : {}), ...(content ? { content } : {}), order: 'content-first' };
  }
  return undefined;
}

function hasLaterCue(view: SentenceView, after: number): boolean {
  for (let k = after + 1; k < view.to; k++) if (!view.quoted(k) && isCue(view.tokens[k]!, k, view)) return true;
  return false;
}

// Words that join a second speaker's attribution to the first one's content.
const JOINS = /^(?:though|although|while|whereas|but|and|;)$/;

/**
 * Another speaker's attribution joined on inside the main one's content: "The scientists
 * only noted …, though Dr. Alison Kock has reported …". The main content ends before the
 * join (`joinAt`, a character offset). Only a named speaker before a cue with words of
 * its own, after three words or more of the first content: "said Pelosi and Schumer
 * agreed …" is one content.
 */
export function joinedAttribution(view: SentenceView, main: SentenceAttribution): (SentenceAttribution & { joinAt: number }) | undefined {
  const { tokens, from, to } = view;
  const content = main.content;
  if (!content || !main.mention) return undefined;
  const last = tokens[to - 1]?.pos === 'PUNCT' ? to - 1 : to;
  for (let c = from; c < last; c++) {
    if (tokens[c]!.start < content[0] || tokens[c]!.end > content[1]) continue;
    const other = attributeAt(view, c, last);
    if (!other?.mention || !other.content || other.order !== 'speaker-first' || !hasName(tokens, other.mention)) continue;
    const join = other.mention[0] - 1;
    if (!JOINS.test(tokens[join]?.lower ?? '') || tokens[join]!.start <= content[0]) continue;
    const end = tokens[join - 1]?.text === ',' ? join - 1 : join;
    const words = tokens.slice(from, end).filter((t) => t.start >= content[0] && t.pos !== 'PUNCT').length;
    if (words >= 3) return { ...other, joinAt: tokens[end - 1]!.end };
  }
  return undefined;
}
