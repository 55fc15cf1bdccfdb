import type { SentenceAttribution } from './attribute.ts';
import { fullestName, nameKey, type NamedRun } from './names.ts';
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
  // "Lee's post" speaks for Lee.
  const possessive = ctx.tokens.slice(from, to).findIndex((t) => /^['’]s$/.test(t.text));
  if (possessive > 0) to = from + possessive;
  while (from < to && /^(?:and|but|while)$/.test(ctx.tokens[from]!.lower)) from++;
  if (from >= to) return undefined;
  const mention = mentionSpan(ctx, ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
  const words = mention.text;

  if (to - from === 1 && PRONOUNS.has(ctx.tokens[from]!.lower)) {
    if (previous && paragraph - previous.paragraph <= SPEAKER_REACH) {
      return { ...previous.speaker, mention };
    }
    const person = [...ctx.runs].reverse().find((r) => r.person && r.end <= mention.start && r.words.length >= 2);
    return person ? withDescription(ctx, { name: person.words.join(' '), mention }) : { name: words, mention };
  }

  const key = nameKey(words);
  if (key.length > 0) {
    const name = fullestName(ctx.runs, key) ?? key.join(' ');
    const speaker: Speaker = { name, mention };
    // Words before the name describe it: "longtime Democratic pollster Pat Caddell".
    const firstKey = words.indexOf(key[0]!);
    const prefix = words.slice(0, firstKey).trim();
    if (/\b\p{Ll}{3,}/u.test(prefix) && !/^(?:the|a|an)$/i.test(prefix)) ctx.descriptions.set(name, ctx.descriptions.get(name) ?? prefix);
    if (att.description) remember(ctx, name, att.description);
    return withDescription(ctx, speaker);
  }

  // An unnamed source ("One user", "a senior official") stays unnamed, unless it is a
  // role the article gave a named speaker ("the professor" after "Choo, a professor …").
  const head = words.split(/\s+/).at(-1)!.toLowerCase();
  if (/^the\b/i.test(words)) {
    for (const [name, description] of ctx.descriptions) {
      if (new RegExp(`\\b${head}\\b`, 'i').test(description)) return { name, mention, description };
    }
  }
  return { name: words, mention };
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
