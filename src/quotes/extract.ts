import { joinWrappedLines, splitSentences } from '../articles/index.ts';
import { attributeSentence, joinedAttribution, type SentenceAttribution, type SentenceView } from './attribute.ts';
import { SECONDARY, secondaryAttributions } from './content.ts';
import { TELLING } from './cues.ts';
import { describedAnywhere, withDescription } from './describe-speaker.ts';
import { findQuotations, type Quotation } from './detect.ts';
import { readInterview } from './interview.ts';
import { findNamedRuns, fold } from './names.ts';
import { resolveSpeaker, type PreviousSpeaker, type SpeakerContext } from './resolve-speaker.ts';
import { tokenize, type Token } from './tokens.ts';
import type { Quote, Speaker, TextSpan } from './types.ts';

// A quoted run this short with nobody saying it is a title or a scare quote, not speech.
const MIN_UNATTRIBUTED_WORDS = 5;
type Context = SpeakerContext;

function paragraphIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) starts.push(m.index! + m[0].length);
  return (offset) => {
    let lo = 0;
    while (lo + 1 < starts.length && starts[lo + 1]! <= offset) lo++;
    return lo;
  };
}

/**
 * "spoke on the phone", "asked for clarifications of EU law", "spoke on the economy": a few
 * words after a preposition, with no verb, say where or what about, not what was said.
 */
function placeOnly(ctx: Context, parts: ReadonlyArray<[number, number]>, cue: [number, number]): boolean {
  if (parts.length !== 1) return false;
  const [start, end] = parts[0]!;
  const words = ctx.tokens.filter((t) => t.start >= start && t.end <= end && /\p{L}/u.test(t.text));
  if (words.length === 0 || /["\u201c\u201d]/.test(ctx.text.slice(start, end))) return false;
  // ("was speaking at the opening of …, which features …", "were responding to a call …":
  // after these, a preposition's phrase is never the words, however long.)
  const preposition = words[0]!.pos === 'ADP' ? words[0]!.lower : /^\s*(to|with)\s*$/i.exec(ctx.text.slice(cue[1], start))?.[1];
  if (!preposition) return false;
  if (/^(?:sp[eo]ak|talk|respond|repl|react)/i.test(ctx.text.slice(...cue)) && !/^(?:about|of|that)$/.test(preposition)) return true;
  if (words[0]!.pos !== 'ADP') return false;
  return words.length <= 5 && words.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function span(ctx: Context, start: number, end: number) {
  return { start, end, text: ctx.text.slice(start, end) };
}

function quoteFrom(ctx: Context, fragments: Array<[number, number]>, kind: Quote['kind'], cue: [number, number] | undefined, speaker: Speaker | undefined): Quote {
  const start = fragments[0]![0];
  const end = fragments.at(-1)![1];
  const quote: Quote = { start, end, text: ctx.text.slice(start, end), kind };
  if (fragments.length > 1) quote.fragments = fragments;
  if (cue) quote.cue = span(ctx, cue[0], cue[1]);
  if (speaker) quote.speaker = speaker;
  return quote;
}

function appendFragments(ctx: Context, quote: Quote, fragments: ReadonlyArray<[number, number]>): void {
  quote.fragments = [...(quote.fragments ?? [[quote.start, quote.end]]), ...fragments];
  quote.end = fragments.at(-1)![1];
  quote.text = ctx.text.slice(quote.start, quote.end);
}

/** Takes the last `count` fragments off a quote. */
function removeFragments(ctx: Context, quote: Quote, count: number): void {
  const kept = quote.fragments!.slice(0, -count);
  if (kept.length > 1) quote.fragments = kept;
  else delete quote.fragments;
  quote.end = kept.at(-1)![1];
  quote.text = ctx.text.slice(quote.start, quote.end);
}

/**
 * Every attribution in an article's text: direct quotations, partial quotes inside
 * reported speech, and reported speech, each with its cue and speaker where the text
 * gives them. Offsets are into `text`; rule-based, no model.
 */
// After a quotation, the writer's own words: set off by a comma or a dash, not the speaker's
// "and that …" going on.
const WRITERS_ASIDE = /^\s*(?:,\s*(?!(?:and|but|or)\s+(?:that|said|says|added)\b)|\s[-–—]\s)/;

export function extractQuotes(article: { text: string }): Quote[] {
  const text = joinWrappedLines(article.text);
  const tokens = tokenize(text);
  const paragraphOf = paragraphIndex(text);
  const ctx: Context = { text, tokens, runs: findNamedRuns(text), descriptions: new Map(), pronouns: new Map(), paragraphOf };
  const allQuotations = findQuotations(text);
  const insideQuote = (offset: number) => allQuotations.some((q) => q.fragments.some(([s, e]) => offset >= s && offset < e));

  // Titles in quotation marks ("Fox News Sunday", "Morning Joe") are names of things, not
  // speech; but one that opens its sentence and ends in a comma is a short reply: '"Denver,"
  // he answered.'
  const opensSentence = (q: Quotation) => q.start === 0 || /(?:^|[.!?"”]\s+|\n\s*)$/.test(text.slice(Math.max(0, q.start - 3), q.start));
  const quotations = allQuotations.filter((q) => !isTitle(text.slice(q.start, q.end)) || (opensSentence(q) && /,["\u201d]$/.test(text.slice(q.start, q.end))));
  const quoted = tokens.map((t) => insideQuote(t.start));
  const used = new Set<Quotation>();
  const quotes: Quote[] = [];
  let previous: PreviousSpeaker | undefined;
  let lastDirect: { quote: Quote; paragraph: number } | undefined;
  // The quotation last taken as the previous speaker's going on (over a cue, or into the
  // next paragraph): a bare cue right after it may yet give it to someone else.
  let continued: { quote: Quote; fragments: ReadonlyArray<[number, number]>; paragraph: number } | undefined;
  let t = 0;

  const sentences = splitSentences(text);
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.start < sentence.end) t++;
    const to = t;
    if (from >= to) continue;
    const paragraph = paragraphOf(sentence.start);
    const mine = quotations.filter((q) => !used.has(q) && q.start < sentence.end && q.end > sentence.start);
    const view: SentenceView = { tokens, from, to, quoted: (i) => quoted[i]!, hasQuote: mine.length > 0 };
    const found = attributeSentence(view);
    // "…, though Dr. Alison Kock has reported …": a second speaker's words end the first's.
    const joined = found && joinedAttribution(view, found);
    const att: SentenceAttribution | undefined = joined ? { ...found!, content: [found!.content![0], joined.joinAt] } : found;

    if (att) {
      const speaker = resolveSpeaker(ctx, att, previous, paragraph);
      const direct = adjacentQuotations(text, att, tokens, mine, [sentence.start, sentence.end]);
      const content = att.content;
      // '"… in two days!" Macron told the world': a cue opening the sentence right after an
      // unattributed quotation names who said it (the splitter ends a sentence at "!"").
      // ('"…!" Scott's niece, state Del. Marcia Price, shouted …': a description before the name.)
      const unitStart = Math.min(att.cue[0], att.mention ? tokens[att.mention[0]]!.start : Infinity, att.description ? tokens[att.description[0]]!.start : Infinity);
      const orphan = lastDirect?.quote.speaker === undefined && lastDirect?.paragraph === paragraph ? lastDirect.quote : undefined;
      // '“…” Kunis said.' after a paragraph read as Diaz's quotation going on: it is Kunis's.
      // The cue sentence holds nothing else ("Kunis said.", "Kunis said Tuesday."). (Diaz's
      // own cue there makes it a quote of its own too: the paragraph was no going on.)
      const unitEnd = Math.max(att.cue[1], att.mention ? tokens[att.mention[1] - 1]!.end : 0);
      const bare = unitStart === tokens[from]!.start && wordCount(text.slice(unitEnd, sentence.end)) <= 1;
      const reclaimed = continued?.paragraph === paragraph && continued.quote.end === continued.fragments.at(-1)![1] ? continued : undefined;
      if (direct.length === 0 && reclaimed && speaker && bare && /^\s*$/.test(text.slice(reclaimed.quote.end, sentence.start))) {
        removeFragments(ctx, reclaimed.quote, reclaimed.fragments.length);
        const quote = quoteFrom(ctx, [...reclaimed.fragments], 'direct', att.cue, speaker);
        quotes.push(quote);
        lastDirect = { quote, paragraph };
        previous = { speaker, paragraph };
        continued = undefined;
        continue;
      }
      if (direct.length === 0 && orphan && speaker && unitStart === tokens[from]!.start && /^\s*$/.test(text.slice(orphan.end, sentence.start))) {
        orphan.speaker = speaker;
        orphan.cue = span(ctx, att.cue[0], att.cue[1]);
        previous = { speaker, paragraph };
        continue;
      }
      let quote: Quote | undefined;
      if (direct.length > 0) {
        direct.forEach((q) => used.add(q));
        quote = quoteFrom(ctx, direct.flatMap((q) => q.fragments), 'direct', att.cue, speaker);
        lastDirect = { quote, paragraph };
      } else if (content && content[1] > content[0]) {
        const parts: Array<[number, number]> = att.rest ? [content, att.rest] : [content];
        const inside = mine.filter((q) => parts.some(([a, b]) => q.start >= a && q.end <= b));
        inside.forEach((q) => used.add(q));
        // 'told voters in Nevada: "This one is for you."': a quotation after a colon or comma
        // that runs to the end is the words themselves; what leads to it only places them.
        const opens = inside.length > 0 && /[:,]\s*$/.test(text.slice(content[0], inside[0]!.start));
        // 'Thiel said, "I am proud to be gay" - the first to make such a declaration': the
        // writer's words after the one quotation, set off by a comma or a dash, are not its.
        // (Not 'says his event, "Storm Area 51", was a joke': words before it are the content's.)
        const aside = inside.length === 1 && wordCount(text.slice(content[0], inside[0]!.start)) === 0 && /[:,]\s*$/.test(text.slice(Math.min(content[0], inside[0]!.start - 3), inside[0]!.start)) && WRITERS_ASIDE.test(text.slice(inside[0]!.end, content[1]));
        // (Not 'Bolton said that whatever choice voters make, "they should not …"': a clause
        // the writer opens with "that" before it makes the quotation part of what is
        // reported, mixed.)
        const clauseBefore = opens && /\bthat\s*$/i.test(text.slice(att.cue[1], content[0])) && wordCount(text.slice(content[0], inside[0]!.start)) > 0;
        // ('said: "…," adding that …': the participle's words are a saying of their own;
        // 'fired back forcefully: "…," referencing …' the same.)
        const adding = inside.length > 0 && /^[\s:,]*(?:\p{L}+ly)?[\s:,]*[:,]\s*$/u.test(text.slice(att.cue[1], inside[0]!.start)) && addingAfter(text, inside.at(-1)!.end, content[1]);
        const introduced = (opens && !clauseBefore && wordCount(outside(text, [inside[0]!.start, content[1]], inside)) === 0) || aside || adding;
        if (introduced) {
          quote = quoteFrom(ctx, inside.flatMap((q) => q.fragments), 'direct', att.cue, speaker);
          lastDirect = { quote, paragraph };
        } else {
          const kind = parts.some(([a, b]) => /["\u201c\u201d]/.test(text.slice(a, b))) ? 'mixed' : 'indirect';
          if (!placeOnly(ctx, parts, att.cue)) quote = quoteFrom(ctx, parts, kind, att.cue, speaker);
          // ("The minister spoke for an hour. She later …": who spoke is still "she".)
          else if (speaker) previous = { speaker, paragraph };
          lastDirect = undefined;
        }
      }
      // 'McGurk also criticized the decision via Twitter. "…"': a cue with no words of its
      // own hands its speaker to the quotation that follows.
      if (!quote && speaker && /^\s*["\u201c]/.test(text.slice(sentence.end, sentence.end + 3))) previous = { speaker, paragraph };
      if (quote) {
        quotes.push(quote);
        // "According to Reuters, …" names an outlet, seldom the "she" of the next sentence;
        // "According to Muyembe, …" names a person who may speak on.
        const outlet = att.order === 'according-to' && !(speaker?.kind === 'person' && speaker.name.includes(' '));
        if (speaker && !outlet) previous = { speaker, paragraph };
        for (const extra of secondaryAttributions(view, att)) {
          // Only content after the main one and before a joined speaker's: the participle adds to it.
          if (extra.content[0] < quote.end || (joined && extra.cue[0] > joined.joinAt)) continue;
          const inside = mine.filter((q) => q.start >= extra.content[0] && q.end <= extra.content[1]);
          inside.forEach((q) => used.add(q));
          const plain = wordCount(outside(text, extra.content, inside));
          const kind = inside.length > 0 ? (plain < 3 ? 'direct' : 'mixed') : 'indirect';
          const fragments = kind === 'direct' ? inside.flatMap((q) => q.fragments) : [extra.content];
          quotes.push(quoteFrom(ctx, fragments, kind, extra.cue, speaker));
        }
      }
      if (joined) {
        const other = resolveSpeaker(ctx, joined, previous, paragraph);
        const [start, end] = joined.content!;
        mine.filter((q) => q.start >= start && q.end <= end).forEach((q) => used.add(q));
        quotes.push(quoteFrom(ctx, [[start, end]], /["\u201c\u201d]/.test(text.slice(start, end)) ? 'mixed' : 'indirect', joined.cue, other));
        if (other) previous = { speaker: other, paragraph };
      }
      continue;
    }

    for (const q of mine) {
      // A quotation of several sentences is judged where it ends: its cue may follow it
      // ('"Our house is burning. […] in two days!" Macron told the world').
      if (q.end > sentence.end) continue;
      used.add(q);
      const wholeSentence = wordCount(outside(text, [sentence.start, sentence.end], [q])) === 0;
      if (wholeSentence && lastDirect && lastDirect.paragraph === paragraph) {
        // '"…," Lee said. "…"': the second part continues the interrupted quote.
        appendFragments(ctx, lastDirect.quote, q.fragments);
        continued = { quote: lastDirect.quote, fragments: q.fragments, paragraph };
        continue;
      }
      // 'During the premiere, "…"': a short opener that only places the quotation.
      const placed = !wholeSentence && /^\s*(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+,\s*$/u.test(text.slice(sentence.start, q.start)) && wordCount(text.slice(q.end, sentence.end)) === 0;
      if ((wholeSentence || placed) && previous && previous.paragraph === paragraph) {
        // '…, Schiff said. "…"': a quote after reported speech in one paragraph is the same speaker's.
        const quote = quoteFrom(ctx, q.fragments, 'direct', undefined, previous.speaker);
        quotes.push(quote);
        lastDirect = { quote, paragraph };
        continue;
      }
      const startsParagraph = paragraphOf(q.start) !== paragraphOf(Math.max(0, q.start - 2)) || q.start === 0;
      if (wholeSentence && startsParagraph && lastDirect && paragraph - lastDirect.paragraph === 1 && lastDirect.quote.speaker) {
        // The next paragraph of a speaker's quotation, with no cue of its own: the same
        // quotation goes on (news style), one more fragment.
        appendFragments(ctx, lastDirect.quote, q.fragments);
        lastDirect = { quote: lastDirect.quote, paragraph };
        continued = { quote: lastDirect.quote, fragments: q.fragments, paragraph };
        continue;
      }
      if (wholeSentence && startsParagraph && previous && paragraph - previous.paragraph <= 1) {
        // A quote paragraph with no cue continues the speaker of the paragraph before.
        const quote = quoteFrom(ctx, q.fragments, 'direct', undefined, previous.speaker);
        quotes.push(quote);
        lastDirect = { quote, paragraph };
        continue;
      }
      if (wordCount(text.slice(q.start, q.end)) >= MIN_UNATTRIBUTED_WORDS && wholeSentence) {
        const quote = quoteFrom(ctx, q.fragments, 'direct', undefined, undefined);
        quotes.push(quote);
        lastDirect = { quote, paragraph };
      }
    }
  }
  for (const quote of quotes) if (quote.kind === 'direct') joinClause(ctx, quote, sentences);
  // An interview's answers are the interviewee's words, whatever their sentences attribute,
  // and its questions are no one's quotes ("Your release said sexing the penguins was …").
  const interview = readInterview(text, ctx.runs);
  const spans = [...interview.questions, ...interview.answers.map((a): [number, number] => [a.start, a.end])];
  const apart = (q: Quote) => spans.every(([start, end]) => q.end <= start || q.start >= end);
  quotes.splice(0, quotes.length, ...quotes.filter(apart), ...interview.answers);
  // A person the article described after their first quote, or only outside attributions
  // ("French President Emmanuel Macron called for …"), is described in every quote.
  // (An office alone, "Judge", gives way to the fuller one: "U.S. District Judge".)
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (speaker?.kind !== 'person' || (speaker.description !== undefined && /\s/.test(speaker.description))) continue;
    const described = withDescription(ctx, { ...speaker, description: undefined });
    const fuller = [described.description, describedAnywhere(ctx, speaker.name)].find((d) => d && /\s/.test(d));
    const description = fuller ?? speaker.description ?? described.description;
    if (description) quote.speaker = { ...speaker, description };
  }
  // A body the article names in full, quoted again under another case or with "the" ("Amazon
  // Web services", "the emergencies ministry"), is that body, not a crowd or someone unnamed.
  const alike = (name: string) => fold(name).replace(/^the\s+/, '');
  const bodies = new Map(quotes.flatMap((q) => (q.speaker?.kind === 'person' || q.speaker?.kind === 'organisation' ? [[alike(q.speaker.name), q.speaker] as const] : [])));
  for (const quote of quotes) {
    const speaker = quote.speaker;
    const body = speaker?.kind === 'group' || speaker?.kind === 'unnamed' ? bodies.get(alike(speaker.name)) : undefined;
    if (body) quote.speaker = { ...speaker!, name: body.name, kind: body.kind, ...(speaker!.description === undefined && body.description !== undefined ? { description: body.description } : {}) };
  }
  // Every span's text as the article gives it, line breaks and all.
  const given = <T extends TextSpan>(span: T): T => ({ ...span, text: article.text.slice(span.start, span.end) });
  return quotes
    .map((q) => ({ ...given(q), ...(q.cue ? { cue: given(q.cue) } : {}), ...(q.speaker ? { speaker: { ...q.speaker, mention: given(q.speaker.mention) } } : {}) }))
    .sort((a, b) => a.start - b.start);
}

/**
 * 'Mills "got an immunity agreement," Jordan said', 'In past campaigns, "we felt that …"',
 * 'told reporters that "if there's a large turnout …"': a quotation that opens in lower
 * case after words of the writer's own in its sentence (not the cue's or the speaker's)
 * finishes the writer's clause. It is a mixed attribution, and those words are part of it.
 * ('He added, "actually, …"', with no words between cue and quotation, stays direct.) Of
 * the quotations this makes mixed, PolNeAR's annotators took 60 of 74 for mixed on train
 * and 9 of 9 on dev.
 */
function joinClause(ctx: Context, quote: Quote, sentences: ReadonlyArray<{ start: number; end: number }>): void {
  const open = quote.start;
  if (!/^["\u201c]\s*\p{Ll}/u.test(ctx.text.slice(open, open + 4))) return;
  const sentence = sentences.find((s) => s.start <= open && open < s.end);
  if (!sentence) return;
  let from = sentence.start;
  for (const unit of [quote.cue, quote.speaker?.mention]) if (unit && unit.end <= open && unit.end > from) from = unit.end;
  const lead = ctx.text.slice(from, open);
  if (wordCount(lead) === 0) {
    joinAroundCue(ctx, quote, sentence.start, from);
    return;
  }
  // After the cue, only a clause of the writer's: one "that" opens ('told reporters that
  // "…"'), or one set off by a comma ('told his supporters, "our nation …"'). Not an object
  // ('Calling it "the shot of a lifetime"', 'told the paper "nobody …"') nor a phrase that
  // places the saying ('said in a statement, "they should …"').
  // (Whom a speaker told is no part of it, nor is "that", as in all reported speech: 'told
  // Wikinews that "it can be …"' is mixed from "it", 'told a guard at the door, "they raped
  // me"' her words alone.)
  const afterCue = from > sentence.start;
  const told = afterCue && TELLING.test((quote.cue?.text ?? '').toLowerCase());
  const that = afterCue ? /\bthat\s*$/i.exec(lead) : null;
  const clause = /,\s*$/.test(lead) && !told && !PLACED.test(lead.replace(/^[\s,]+/, ''));
  if (afterCue && !that && !clause) return;
  const head = that ? that.index + that[0].length : 0;
  const start = from + head + /^[\s,;:\u2014\u2013-]*/.exec(lead.slice(head))![0].length;
  quote.kind = 'mixed';
  if (quote.fragments) quote.fragments = [[start, quote.fragments[0]![1]], ...quote.fragments.slice(1)];
  quote.start = start;
  quote.text = ctx.text.slice(start, quote.end);
}

// 'In the video of the speech, Lam said, "any acts …"': a phrase that places the saying is not
// the clause the quotation finishes.
const PLACED = /^(?:in|on|at|during|to|via|through|from|with|after|before|outside|inside|over|while|speaking|writing)\b/i;

// 'But, he noted, "while …"', 'At the same time, the person added, "you saw …"': a word that
// links the sentence to the last one leaves the quotation its own.
const CONNECTIVE = /^(?:and|but|still|yet|so|also|however|meanwhile|moreover|besides|at the same time|in addition|indeed|now|then|again)$/i;

/**
 * 'An economic downturn, he said, "could be a good time to borrow"', 'Instead, Axelrod said,
 * "she started as …"': the writer's words open the sentence, the cue and speaker are set off
 * by commas inside it, and a quotation in lower case finishes it. The words before the cue
 * are part of the same clause, so the attribution is mixed, in two fragments around the cue.
 * ('Axelrod said, "she …"', with nothing before the speaker, stays direct; so does a
 * quotation before the cue that this one goes on from, '"…," he said, "and …"'.)
 */
function joinAroundCue(ctx: Context, quote: Quote, sentenceStart: number, unitEnd: number): void {
  if (unitEnd <= sentenceStart) return;
  const unitStart = Math.min(...[quote.cue, quote.speaker?.mention].filter((u): u is TextSpan => !!u && u.end <= unitEnd).map((u) => u.start));
  const lead = /^(\s*)([^"\u201c\u201d]*?)\s*,\s*$/.exec(ctx.text.slice(sentenceStart, unitStart));
  if (!lead || wordCount(lead[2]!) === 0 || CONNECTIVE.test(lead[2]!) || PLACED.test(lead[2]!) || !/,/.test(ctx.text.slice(unitEnd, quote.start))) return;
  const start = sentenceStart + lead[1]!.length;
  quote.kind = 'mixed';
  quote.fragments = [[start, start + lead[2]!.length], ...(quote.fragments ?? [[quote.start, quote.end]])];
  quote.start = start;
  quote.text = ctx.text.slice(start, quote.end);
}

/**
 * The quotations that are the content of an attribution: those that stand right before
 * the speaker and cue ('"…," Woo said', '"…," said Woo') or right after them ('Lee
 * said: "…"', 'One user commented, "…"'), with only punctuation between. A quotation
 * inside the reported clause ('Lee said the plan would "keep details under wraps"')
 * is not one: that sentence is a mixed attribution.
 */
function adjacentQuotations(text: string, att: SentenceAttribution, tokens: readonly Token[], quotations: readonly Quotation[], [sentenceStart, sentenceEnd]: [number, number]): Quotation[] {
  const mentionStart = att.mention ? tokens[att.mention[0]]!.start : Infinity;
  if (att.order === 'colon') return quotations.filter((q) => q.start >= att.cue[1]);
  // A participle's quote sits inside its own clause: "Calling it "…", Lee's post …".
  if (att.order === 'participle') return quotations.filter((q) => q.start >= att.cue[1] && q.end <= mentionStart);
  // ('"…," his wife, Gabriela Violeta Lazar, wrote': a role before the name is in the unit.)
  const unitStart = Math.min(att.cue[0], mentionStart, att.description ? tokens[att.description[0]]!.start : Infinity);
  let unitEnd = Math.max(att.cue[1], att.mention ? tokens[att.mention[1] - 1]!.end : -Infinity);
  if (att.description && att.order === 'content-first') unitEnd = Math.max(unitEnd, tokens[att.description[1] - 1]!.end);
  if (att.object) unitEnd = Math.max(unitEnd, tokens[att.object[1] - 1]!.end);
  const gapIsPunctuation = (from: number, to: number) => /^[\s,:;\u2014\u2013-]*$/.test(text.slice(from, to));
  const before = quotations.filter((q) => q.end <= unitStart && gapIsPunctuation(q.end, unitStart));
  // '"…," Day said in her 1976 autobiography, "…"': after a quotation before the cue, a
  // short aside may stand between the cue and the quotation that goes on.
  // ('"The risk," said Edward Leamer, an economist who …, "is that …"', '"…," he said of
  // Trump, "…"', '"…," one aide said late last month, "…"': whatever describes the speaker or
  // the saying, up to a comma, with no "that" to make it a clause of its own.)
  // ('"…," Trump said, adding later, "…"': another saying, a quotation of its own.)
  // ('"…," Thiel wrote, explaining why he is speaking at the convention, "…"': a participle
  // with words of its own only describes.)
  const introducing = (gap: string) => SECONDARY.test((/(\p{L}+)(?:\s+(?:later|also|then|too|again))?\s*,\s*$/u.exec(gap)?.[1] ?? '').toLowerCase());
  // (A period there is an abbreviation's, "in Kenansville, N.C.,": the sentence goes on.)
  const gapIsAside = (from: number, to: number) => before.length > 0 && /^[\s,]+[^"“”;:!?]{1,120},\s*$/.test(text.slice(from, to)) && !/\bthat\b/i.test(text.slice(from, to)) && !introducing(text.slice(from, to));
  let after = quotations.filter((q) => q.start >= unitEnd && (gapIsPunctuation(unitEnd, q.start) || gapIsAside(unitEnd, q.start)));
  // 'Trump says "the whole game has become screwed up" because …': words after the
  // quotation make it part of a reported clause, a mixed attribution.
  // (Not a phrase that only places the saying: 'Trump tweeted, "Thank you Indiana!" on
  // Friday afternoon', 'shouted "You lie!" at the president during his address'.)
  if (after.length > 0) {
    const last = after.reduce((a, b) => (b.end > a.end ? b : a));
    const end = Math.max(sentenceEnd, last.end);
    // (A quotation that goes on from one before the cue is the speaker's, in any case:
    // '"In breaking news," Axelrod tweeted last January, "@HillaryClinton wins …," after …'.)
    const placed = (before.length > 0 || /^["\u201c]\p{Lu}/u.test(text.slice(after[0]!.start, after[0]!.start + 2))) && wordCount(text.slice(after[0]!.start, last.end)) > 1 && wordCount(outside(text, [after[0]!.start, last.end], quotations)) === 0 && PLACING.test(text.slice(last.end, end));
    // ('said: "…," adding that …': a participle after it opens a saying of its own.)
    const adding = addingAfter(text, last.end, end);
    if (!placed && !adding && wordCount(outside(text, [after[0]!.start, end], quotations)) > 0) after = [];
  }
  // 'Calling it as "just another apology", Anna Franowska told Reuters "…"': with words
  // running into it ("as", not "When she was cast, "), a quotation before the cue is the
  // clause's, no first half of the words after it.
  const embedded = (q: Quotation) => wordCount(outside(text, [sentenceStart, q.start], quotations)) > 0 && !/[,:;\u2014\u2013-]\s*$/.test(text.slice(sentenceStart, q.start));
  // Nor, with nothing after the cue, one the writer's own clause runs into ('He was a
  // "respected manager …," Boistard said'): the clause and its quotation are mixed. (Not
  // a phrase that only places it: 'With "Abe, I wanted …," Chapman told Wikinews'.)
  const inClause = (q: Quotation) => embedded(q) && tokens.some((t) => t.start >= sentenceStart && t.end <= q.start && /^(?:VERB|AUX)$/.test(t.pos) && !quotations.some((o) => t.start >= o.start && t.end <= o.end));
  return [...before.filter((q) => !(after.length > 0 ? embedded(q) : inClause(q))), ...after];
}

/** True when a participle of saying follows the quotation that ends at `end`, after a comma inside or outside its mark ('"…," adding that …'). */
function addingAfter(text: string, end: number, limit: number): boolean {
  const after = /^(\s*,?)\s*(\p{L}+)/u.exec(text.slice(end, limit));
  return !!after && (after[1]!.includes(',') || text[end - 2] === ',') && SECONDARY.test(after[2]!.toLowerCase());
}

// A phrase after a quotation that says when, where or to whom it was said, and no more.
const PLACING = /^[\s,]*(?:on|at|in|during|after|before|while|when|via|through|outside|from|to|moments|shortly)\s[^"“”;:]*$/i;

/** A short quoted run of capitalized words: a show, a film, a slogan's title. */
function isTitle(quoted: string): boolean {
  const words = quoted.replace(/^["\u201c]|["\u201d]$/g, '').replace(/[,.]+$/, '').trim().split(/\s+/);
  // ("Soviet-style", "Nixon-esque": a compound in lower case after its name describes, as words do.)
  // (The small words whole: "a tough area" is words, not a title.)
  return words.length <= 5 && words.every((w) => /^(?:\p{Lu}|\d)|^(?:of|the|and|a|an|in|on|for|to|at|with)$/u.test(w) && !/\p{L}-\p{Ll}{3,}/u.test(w)) && !/[!?]/.test(quoted);
}

/** The text of `range` with the quotations in it cut out. */
function outside(text: string, [start, end]: [number, number], quotations: readonly Quotation[]): string {
  let result = '';
  let cursor = start;
  for (const q of [...quotations].sort((a, b) => a.start - b.start)) {
    if (q.end <= start || q.start >= end) continue;
    result += text.slice(cursor, Math.max(cursor, q.start));
    cursor = Math.max(cursor, q.end);
  }
  return result + text.slice(cursor, end);
}
