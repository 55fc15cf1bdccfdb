import type { SentenceAttribution } from './attribute.ts';
import { fullestName, isOrganisation, nameKey, withoutPlaces, type NamedRun } from './names.ts';
import type { Token } from './tokens.ts';
import type { Speaker, TextSpan } from './types.ts';

/** What speaker resolution knows of the article: its text, tokens, named runs, and descriptions seen so far. */
export interface SpeakerContext {
  text: string;
  tokens: Token[];
  runs: NamedRun[];
  descriptions: Map<string, string>;
}

/** The speaker of the attribution before, and the paragraph it was in. */
export interface PreviousSpeaker {
  speaker: Speaker;
  paragraph: number;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'i', 'we']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
// Things that carry words, whose author is who spoke: "her statement said …".
const UTTERANCES = /^(?:statement|statements|reasoning|post|posts|tweet|tweets|letter|remarks|message|speech|address|comments?|words|note|video|interview|announcement|reply|response|account|report|hypothesis|study|paper|findings|release|website|blog|column|op-ed|editorial)$/;
const NO_SPEAKER = /^(?:you|(?:(?:on|in|at|by|since|early|late|last|this|next)\s+)?(?:yesterday|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)s?)$/i;
// How far back (in paragraphs) a pronoun looks for its speaker.
const SPEAKER_REACH = 2;

function mentionSpan(ctx: SpeakerContext, start: number, end: number): TextSpan {
  return { start, end, text: ctx.text.slice(start, end) };
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Turns a mention into a Speaker: resolves names, pronouns and known roles. */
export function resolveSpeaker(
  ctx: SpeakerContext,
  att: SentenceAttribution,
  previous: PreviousSpeaker | undefined,
  paragraph: number,
): Speaker | undefined {
  if (!att.mention) return undefined;
  let [from, to] = att.mention;
  // "Lee's post" speaks for Lee; "China's Tsinghua University" is the university.
  const possessive = ctx.tokens.slice(from, to).findIndex((t) => /^['’]s$/.test(t.text));
  if (possessive > 0 && !/^\p{Lu}/u.test(ctx.tokens[from + possessive + 1]?.text ?? '')) to = from + possessive;
  while (from < to && /^(?:and|but|while)$/.test(ctx.tokens[from]!.lower)) from++;
  if (from >= to) return undefined;
  // "On the live television he": the pronoun at the end is the speaker.
  const lead = ctx.tokens.slice(from, to - 1);
  if (lead.length && PRONOUNS.has(ctx.tokens[to - 1]!.lower) && lead[0]!.pos === 'ADP' && lead.every((t) => t.pos !== 'PROPN' && t.pos !== 'CCONJ')) from = to - 1;
  // "her statement", "his post": the words are the possessor's.
  const owner = ctx.tokens[from]!.lower;
  if (to - from === 2 && POSSESSIVE_PRONOUNS.has(owner) && UTTERANCES.test(ctx.tokens[from + 1]!.lower)) to = from + 1;
  const mention = mentionSpan(ctx, ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
  const words = mention.text;
  // "You noted…" in an interview is the interviewer's question; "On Tuesday told" is a
  // time, not who spoke: no speaker rather than a wrong one.
  if (NO_SPEAKER.test(words)) return undefined;

  // "She went on to say": a mention left with only "to" stands for the one speaking before.
  const bare = to - from === 1 && ctx.tokens[from]!.lower === 'to';
  if (bare || (to - from === 1 && (PRONOUNS.has(ctx.tokens[from]!.lower) || POSSESSIVE_PRONOUNS.has(ctx.tokens[from]!.lower)))) {
    // "he" and "she" are people: an organisation or a crowd before them is someone else.
    const personal = /^(?:he|she|him|her|his)$/.test(ctx.tokens[from]!.lower);
    const fits = (kind: Speaker['kind']) => !personal || kind === 'person' || kind === 'unnamed';
    if (previous && paragraph - previous.paragraph <= SPEAKER_REACH && fits(previous.speaker.kind)) {
      return { ...previous.speaker, mention };
    }
    const person = [...ctx.runs].reverse().find((r) => r.person && r.end <= mention.start && r.words.length >= 2);
    return person ? withDescription(ctx, { name: person.words.join(' '), mention, kind: 'person' }) : { name: words, mention, kind: 'unnamed' };
  }

  const key = opensSentenceWithCommonWords(ctx, from, to) ? [] : nameKey(properNouns(ctx, from, to) ?? words);
  const fullest = fullestName(ctx.runs, key);
  // A month alone is a date ("In June, …"), unless the article names someone so ("Theresa May").
  if (key.length === 1 && MONTH.test(key[0]!) && (!fullest || fullest === key[0])) return undefined;
  if (key.length > 0) {
    const name = fullest ?? withoutPlaces(key, ctx.runs).join(' ');
    const speaker: Speaker = { name, mention, kind: isOrganisation(name) ? 'organisation' : 'person' };
    // Words before the name describe it: "longtime Democratic pollster Pat Caddell".
    const firstKey = words.indexOf(key[0]!);
    const prefix = words.slice(0, firstKey).trim();
    if (/\b\p{Ll}{3,}/u.test(prefix) && !/^(?:the|a|an)$/i.test(prefix)) ctx.descriptions.set(name, ctx.descriptions.get(name) ?? prefix);
    if (att.description) remember(ctx, name, att.description);
    return withDescription(ctx, speaker);
  }

  // An unnamed source ("One user", "a senior official") stays unnamed, unless it is a
  // role the article gave a named speaker ("the professor" after "Choo, a professor …").
  const head = words.split(/\s+/).at(-1)!.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');
  if (head && /^(?:the|his|her|their|its)\b/i.test(words)) {
    for (const [name, description] of ctx.descriptions) {
      if (new RegExp(`\\b${head}\\b`, 'i').test(description)) return { name, mention, description, kind: 'person' };
    }
    // "his daughter" after "his daughter Nettie Baker", "the spokesperson" after "a State
    // Department spokesperson, Morgan Ortagus": the role was given with the name before.
    const named = [...ctx.runs].reverse().find(
      (r) => r.person && r.start < mention.start && r.words.length >= 2 && new RegExp(`\\b${head},?\\s+$`, 'i').test(ctx.text.slice(Math.max(0, r.start - head.length - 3), r.start)),
    );
    if (named) return withDescription(ctx, { name: named.words.join(' '), mention, kind: 'person' });
  }
  // "experts", "Neighbors", "Chinese officials": many people, none named.
  return { name: words, mention, kind: /[^s]s$/i.test(head) || /^(?:police|people|staff|crew|public)$/.test(head) ? 'group' : 'unnamed' };
}

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;
// Capitalised at the start of a sentence but not names: "Broadcaster Piers Morgan",
// "Longtime Imus", "Early reports". The tagger knows them for common words.
const COMMON = new Set(['ADJ', 'NOUN', 'ADV', 'VERB', 'DET', 'ADP', 'NUM', 'PRON', 'SCONJ', 'CCONJ']);

/**
 * The mention from its first proper noun on, when words the tagger reads as common
 * ones open it; undefined when it opens with a proper noun (or has none: then the
 * mention is kept as it is, for nameKey to judge).
 */
function properNouns(ctx: SpeakerContext, from: number, to: number): string | undefined {
  let first = from;
  while (first < to && COMMON.has(ctx.tokens[first]!.pos) && /^\p{Lu}/u.test(ctx.tokens[first]!.text)) first++;
  if (first === from || first >= to || ctx.tokens[first]!.pos !== 'PROPN') return undefined;
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[to - 1]!.end);
}

/** "Findings suggest…", "Early reports said…": capitalised only because a sentence starts there. */
function opensSentenceWithCommonWords(ctx: SpeakerContext, from: number, to: number): boolean {
  const before = ctx.tokens[from - 1];
  const opens = !before || /^[.!?"“”:]$/.test(before.text) || /\n/.test(ctx.text.slice(before.end, ctx.tokens[from]!.start));
  const tokens = ctx.tokens.slice(from, to);
  // The tagger reads some names as words ("Woo" as a verb): a word the article also uses
  // inside a longer name ("Woo Su-keun") is a name.
  const named = tokens.some((t) => ctx.runs.some((r) => r.words.length >= 2 && r.words.includes(t.text)));
  return opens && !named && tokens.every((t) => COMMON.has(t.pos));
}

function remember(ctx: SpeakerContext, name: string, [from, to]: [number, number]): void {
  if (from >= to || ctx.descriptions.has(name)) return;
  const text = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end).trim();
  if (wordCount(text) >= 1 && wordCount(text) <= 25) ctx.descriptions.set(name, text);
}

function withDescription(ctx: SpeakerContext, speaker: Speaker): Speaker {
  const description = ctx.descriptions.get(speaker.name);
  return description ? { ...speaker, description } : speaker;
}
