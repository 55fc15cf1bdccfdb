import { isPeopleWord, isTitle } from './names.ts';
import type { SpeakerContext } from './resolve-speaker.ts';
import type { Speaker } from './types.ts';

/*
 * What an article says a speaker is ("Scotland's First Minister", "the mayor", "of UCL"),
 * remembered by name as resolution meets it, and the phrases beside a name that only look
 * as if they say it: where it was said, an age, a clause, a phrase cut off, a writer's aside.
 */

/** What describing reads of the article: its text and tokens, and the descriptions so far. */
type DescribingContext = Pick<SpeakerContext, 'text' | 'tokens' | 'descriptions'>;

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * What the words before a name say of the speaker: "longtime Democratic pollster", "The
 * former Vice President"; not a time ("This Thursday the …"), an opener or a thing before
 * the title ("In an interview President", "the state of emergency United States
 * President": the title alone), nor a trailing "of" ("The government of American Samoa").
 */
export function describing(before: string): string {
  // ("the ruling, which Senator Ann Ruiz called …": the relative pronoun is the clause's.)
  const said = before.replace(/^(?:(?:this|last|next|on|early|late)\s+)?(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|week)\b,?\s*/i, '').replace(/^(?:which|that|whom)\b\s*/i, '').trim();
  const opener = /^(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Tt]he|[Aa]n?)\s+((?:\p{Ll}[\p{L}'’-]*\s+)+)((?:\p{Lu}[\p{L}.'’-]*\s*)+)$/u.exec(said);
  // A word that qualifies the title stays with it: "the former Vice President".
  const qualifies = /^(?:(?:former|acting|then|late|longtime|outgoing|incoming|current|deputy|interim|new|veteran|senior)\s+)+$/;
  return (opener && !qualifies.test(opener[1]!) ? opener[2]!.trim() : said).replace(/\s+(?:of|for|at|in|from)$/, '');
}

/** Keeps the words after a name ("Choo, a professor at …", tokens `from`–`to`) as what it is, the first time they describe it. */
export function remember(ctx: DescribingContext, name: string, [from, to]: [number, number]): void {
  // (An office alone, "Judge", gives way to a fuller description met later.)
  const current = ctx.descriptions.get(name);
  if (from >= to || (current !== undefined && /\s/.test(current))) return;
  const text = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end).trim();
  if (wordCount(text) >= 1 && wordCount(text) <= 25 && !WHERE_SAID.test(text) && !NO_DESCRIPTION.test(text)) ctx.descriptions.set(name, text);
}

// Where or to whom something was said is no description of the speaker: "in remarks to
// UOL.com.br", "in its March 8 media release", "speaking to BBC"; nor is what they did
// ("gave his condolences via Twitter").
const WHERE_SAID = /^(?:(?:gave|offered|expressed|sent)\s+(?:his|her|their|its)\b|(?:in|on)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:statement|remarks|interview|release|filing|post|tweet|letter|speech|address|briefing|conference)s?\b|speaking\s+(?:to|with)\b)/iu;

// Nor is an age ("Zhukovskyy, 23,"), a clause's opening ("When Representative Kweisi Mfume
// …"), a phrase of place or measure ("in suicide attempt rates", "In the filing itself"), or
// a clause about a thing ("The Bernie and Sid Show, which replaced Imus in the Morning").
const NO_DESCRIPTION = /^(?:\d+|(?:when|while|after|before|as|if|because|although|in|which)\b.*)$/i;

/** True when words before a name ("longtime Democratic pollster") may describe the speaker. */
export function isDescription(prefix: string): boolean {
  return !/^(?:the|a|an)$/i.test(prefix) && !NO_DESCRIPTION.test(prefix) && !notWhoTheyAre(prefix);
}

/**
 * One common word after an article that is no office or kind of person says what comes
 * before the name, not who they are: "a process Zapata described as tricky".
 */
function notWhoTheyAre(prefix: string): boolean {
  const one = /^(?:a|an|the)\s+(\p{Ll}+)[\s,]*$/u.exec(prefix)?.[1];
  return !!one && !isTitle(one) && !isPeopleWord(one);
}

// A phrase cut off before its noun ("Scientists from the", "the University of Washington's",
// "the Kurdish-led") or a writer's aside ("also on Twitter", "citing anonymous sources",
// "however", "has publicly voiced support for …") says nothing of who speaks.
const DESCRIBES_NOBODY = /(?:\b(?:the|a|an|of|from|and|in|for|to|with|by|at|on)|['’]s|-led|-)$|^(?:(?:also|however|citing|and|but|has|had|have|is|was|were|the\s+same\s+day)\b|then-\S+$)/i;

/**
 * What the article calls a person where it names them outside any attribution: "French
 * President Emmanuel Macron called for …" before Macron tweets, "a United States Department
 * of State spokesperson, Morgan Ortagus, indicated …". The first such mention; an office
 * or a kind of person must end it.
 */
export function describedAnywhere(ctx: DescribingContext & Pick<SpeakerContext, 'runs'>, name: string): string | undefined {
  for (const run of ctx.runs) {
    if (!run.person || run.words.join(' ') !== name) continue;
    const segment = ctx.text.slice(run.start, run.end);
    const title = describing(segment.slice(0, segment.indexOf(run.words[0]!)).trim());
    if (/\s/.test(title) && officeEnds(title) && isDescription(title)) return title;
    const preceding = ctx.text.slice(Math.max(0, run.start - 100), run.start);
    const before = APPOSITION_BEFORE.exec(preceding)?.[1];
    if (before && /^,/.test(ctx.text.slice(run.end)) && officeEnds(before) && !DESCRIBES_NOBODY.test(before)) return before;
    // "Baloch and Waseem's mother, Anwar, wept … and said …": whose kin or whose office,
    // opening the sentence before the name.
    const whose = POSSESSIVE_BEFORE.exec(preceding)?.[1];
    const role = whose?.toLowerCase().match(/[\p{L}-]+$/u)?.[0] ?? '';
    if (whose && /^,/.test(ctx.text.slice(run.end)) && (officeEnds(whose) || KIN.test(role))) return whose;
    // "Mohammed Waseem, brother of … Qandeel Baloch, was sentenced": after the name, a phrase
    // that opens with who they are.
    const after = APPOSITION_AFTER.exec(ctx.text.slice(run.end, run.end + 140))?.[1];
    const head = after?.toLowerCase().match(/^(?:(?:a|an|the)\s+)?(?:(?:former|late|then|longtime|younger|older|elder|eldest|youngest)\s+)?([\p{L}-]+)/u)?.[1] ?? '';
    // ("Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered …": or the office
    // its words before "of" end with.)
    const office = after?.toLowerCase().match(/^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|at|for)\s/u)?.[1] ?? '';
    if (after && (isTitle(head) || isPeopleWord(head) || KIN.test(head) || isTitle(office)) && wordCount(after) <= 25 && !DESCRIBES_NOBODY.test(after) && !NO_DESCRIPTION.test(after)) return after;
  }
  return undefined;
}

// A phrase set off by commas right after a name: "Mohammed Waseem, brother of …, ".
const APPOSITION_AFTER = /^,\s*([^,.;:!?"“”()]{2,120}?),/u;
// Who someone is to someone else.
const KIN = /^(?:mother|father|son|daughter|wife|husband|widow|widower|sister|brother|uncle|aunt|cousin|nephew|niece|grandmother|grandfather|grandson|granddaughter|parent|parents|friend|partner|fiancée?|girlfriend|boyfriend|lawyer|attorney)$/;

// A phrase set off by a comma right before a name, after a clause's edge: "…, a United States
// Department of State spokesperson, ".
const APPOSITION_BEFORE = /(?:^|[.;:!?,]\s+|\b(?:by|with|from|to)\s+)((?:a|an|the)\s+[^,.;:!?"“”]{2,80}?),\s*$/u;

// …or whose they are, opening a sentence: "Baloch and Waseem's mother, ", "Dunn's mother, ".
const POSSESSIVE_BEFORE = /(?:^|[.;:!?]\s+)((?:\p{Lu}[\p{L}.-]*\s+(?:and\s+)?)*\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*),\s*$/u;

function officeEnds(phrase: string): boolean {
  const last = phrase.toLowerCase().match(/[\p{L}-]+$/u)?.[0] ?? '';
  return isTitle(last) || isPeopleWord(last);
}

/** The speaker with what the article said of them, when that says who they are. */
export function withDescription(ctx: DescribingContext, speaker: Speaker): Speaker {
  // ("the Defence Secretary; he described the attacks as …": the description ends at the
  // ';'. "England's transport secretary, Grant Shapps": not with the appositive's comma.)
  const description = ctx.descriptions.get(speaker.name)?.split(';')[0]!.replace(/[\s,:]+$/, '').trim();
  return description && !DESCRIBES_NOBODY.test(description) && !NO_DESCRIPTION.test(description) ? { ...speaker, description } : speaker;
}
