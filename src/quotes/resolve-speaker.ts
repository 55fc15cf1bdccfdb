import { isCountry } from './countries.ts';
import type { SentenceAttribution } from './attribute.ts';
import { describing, isDescription, remember, withDescription } from './describe-speaker.ts';
import { fullestName, isOrganisation, isPlaceIn, isPublicationIn, isTitle, nameKey, withinOneEdit, withoutPlaces, type NamedRun } from './names.ts';
import { phraseEndingAt, stops } from './phrases.ts';
import type { Token } from './tokens.ts';
import type { Speaker, TextSpan } from './types.ts';


// Offices that say who someone is on their own, before the name ("Judge Amy Berman
// Jackson", "Sheriff Kerry Lee"), unlike a title of address ("Mr", "Dr", "President").
const OFFICE_ALONE = /^(?:judge|sheriff|mayor|governor|coroner|commissioner|ambassador|inspector|detective|superintendent|archbishop|bishop)$/i;
/** What speaker resolution knows of the article: its text, tokens, named runs, and descriptions seen so far. */
export interface SpeakerContext {
  text: string;
  tokens: Token[];
  runs: NamedRun[];
  descriptions: Map<string, string>;
  /** "he" or "she", once a pronoun has stood for the person: "she" is then someone else. */
  pronouns: Map<string, 'he' | 'she'>;
  paragraphOf: (offset: number) => number;
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
const NO_SPEAKER = /^(?:you|(?:(?:early|late)\s+)?(?:(?:on|in|at|by|since|early|late|last|this|next)\s+)?(?:yesterday|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)s?)$/i;
// (In lower case: "USA Today" is a paper.)
const WHEN_SPOKE = /\s+(?:(?:(?:early|late)\s+)?(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight)$/;
// How far back (in paragraphs) a pronoun looks for its speaker.
const SPEAKER_REACH = 2;

function mentionSpan(ctx: SpeakerContext, start: number, end: number): TextSpan {
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Turns a mention into a Speaker: resolves names, pronouns and known roles. */
export function resolveSpeaker(
  ctx: SpeakerContext,
  att: SentenceAttribution,
  previous: PreviousSpeaker | undefined,
  paragraph: number,
): Speaker | undefined {
  const speaker = speakerOf(ctx, att, previous, paragraph);
  return speaker?.kind === 'organisation' ? withOwnArticle(ctx, speaker) : speaker;
}

/**
 * An organisation whose name holds its "The" ("The Bernie and Sid Show", "The Guardian"):
 * the article writes it capitalised after a word of the sentence ("told The Guardian", "the
 * account for The Bernie and Sid Show"), where a plain "the" is lower case.
 */
function withOwnArticle(ctx: SpeakerContext, speaker: Speaker): Speaker {
  if (/^the\s/i.test(speaker.name)) return speaker;
  const name = speaker.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:to|by|from|in|of|for|with|on|at|and|told|said|wrote|reported|per)[ \\t]+The\\s+${name}(?![\\p{L}\\p{N}])`, 'u').test(ctx.text) ? { ...speaker, name: `The ${speaker.name}` } : speaker;
}

function speakerOf(
  ctx: SpeakerContext,
  att: SentenceAttribution,
  previous: PreviousSpeaker | undefined,
  paragraph: number,
): Speaker | undefined {
  if (!att.mention) return undefined;
  let [from, to] = att.mention;
  // "Lee's post" speaks for Lee; "China's Tsinghua University", "Niger's president
  // Mahamadou Issoufou" and "Chelyabinsk's governor" are who follows.
  const possessive = ctx.tokens.slice(from, to).findIndex((t) => /^['’]s$/.test(t.text));
  const owned = possessive > 0 && to - (from + possessive) === 2 && UTTERANCES.test(ctx.tokens[to - 1]!.lower);
  if (owned) to = from + possessive;
  // ("…, which state media said were under control": the relative pronoun is no part of them.)
  while (from < to && (/^(?:and|but|while)$/.test(ctx.tokens[from]!.lower) || (to - from > 1 && /^(?:which|whom)$/.test(ctx.tokens[from]!.lower)))) from++;
  // "Part of the judge's statement reads": the part is the judge's words.
  if (to - from > 2 && /^(?:part|parts|some|much|most|excerpts?|portions?)$/.test(ctx.tokens[from]!.lower) && ctx.tokens[from + 1]!.lower === 'of') {
    from += 2;
    // (An owner's "the" stays: "the judge" is a role the article may have named.)
    const owner = ctx.tokens.slice(from, to).findIndex((t) => /^['’]s$/.test(t.text));
    if (owner > 0 && UTTERANCES.test(ctx.tokens[to - 1]!.lower)) to = from + owner;
    else if (!owned && ctx.tokens[from]?.lower === 'the' && to - from > 1) from++;
  }
  // "Alex Greenwich who said": the relative pronoun is not part of the name.
  while (to - 1 > from && /^(?:who|which|that)$/.test(ctx.tokens[to - 1]!.lower)) to--;
  if (from >= to) return undefined;
  // "Facebook released a statement which read, …", "The ministry issued a statement saying
  // …": the statement's author speaks.
  const author = to - from === 2 && /^(?:a|an|the)$/.test(ctx.tokens[from]!.lower) && UTTERANCES.test(ctx.tokens[from + 1]!.lower) ? authorOf(ctx.tokens, from) : undefined;
  if (author) [from, to] = author;
  // "Mark Hay, a marine ecologist at GT, who said": "who" is the person named before it.
  if (to - from === 1 && ctx.tokens[from]!.lower === 'who') {
    const at = ctx.tokens[from]!.start;
    const fuller = (r: NamedRun) => (r.words.length >= 2 ? r.words.join(' ') : fullestName(ctx.runs, r.words));
    const run = [...ctx.runs].reverse().find((r) => r.person && r.end <= at && at - r.end < 200 && fuller(r)?.includes(' '));
    const name = run && fuller(run);
    return name ? withDescription(ctx, { name, mention: mentionSpan(ctx, at, ctx.tokens[from]!.end), kind: 'person' }) : undefined;
  }
  // "On the live television he": the pronoun at the end is the speaker.
  const lead = ctx.tokens.slice(from, to - 1);
  if (lead.length && PRONOUNS.has(ctx.tokens[to - 1]!.lower) && lead[0]!.pos === 'ADP' && lead.every((t) => t.pos !== 'PROPN' && t.pos !== 'CCONJ')) from = to - 1;
  // "her statement", "his post": the words are the possessor's.
  // ("its press release", "their joint statement": a word or two may say which.)
  const owner = ctx.tokens[from]!.lower;
  const which = ctx.tokens.slice(from + 1, to - 1).every((t) => /^\p{Ll}+$/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ'));
  if (to - from >= 2 && to - from <= 4 && which && POSSESSIVE_PRONOUNS.has(owner) && UTTERANCES.test(ctx.tokens[to - 1]!.lower)) to = from + 1;
  const mention = mentionSpan(ctx, ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
  // ("According to officials on Saturday": when they spoke is no part of who they are.)
  const words = mention.text.replace(WHEN_SPOKE, '') || mention.text;
  // "7 out of 20 suspected cases": a number alone names nobody.
  if (!/\p{L}/u.test(words)) return undefined;
  // "When", "Instead", "As a result", "Despite": an opener the phrase reader took in, not a speaker.
  if (ctx.tokens.slice(from, to).every((t) => OPENER_WORDS.test(t.text))) return undefined;
  // "You noted…" in an interview is the interviewer's question; "On Tuesday told" is a
  // time, not who spoke: no speaker rather than a wrong one.
  if (NO_SPEAKER.test(words)) return undefined;
  // "She went on to say": a mention left with only "to" stands for the one speaking before.
  const bare = to - from === 1 && ctx.tokens[from]!.lower === 'to';
  // "which", "like", "impossible to", "n't": words around a cue that name nobody. ("Some" and
  // "Many" stay: unnamed people.)
  if (!bare && (ctx.tokens.slice(from, to).every((t) => FUNCTION_WORDS.test(t.text)) || /\sto$/i.test(words))) return undefined;

  // "It said": the organisation the paragraph has as a subject, or the one-word name
  // ("Google") that spoke last; never a person's full name.
  // ("The company apologized": a body named by its kind is the one named before, as "it" is.)
  if ((to - from === 1 && /^(?:it|its)$/.test(ctx.tokens[from]!.lower)) || BODY_BY_KIND.test(words)) {
    // ("The NBA did not name the player. … According to its press release, …": its owner may
    // be the last paragraph's subject.)
    const spokeLast = previous && (previous.speaker.kind === 'organisation' || (previous.speaker.kind === 'person' && !previous.speaker.name.includes(' '))) && paragraph - previous.paragraph <= SPEAKER_REACH ? previous.speaker.name : undefined;
    const organisation = organisationBefore(ctx, mention.start, paragraph) ?? spokeLast ?? (ctx.tokens[from]!.lower === 'its' ? organisationBefore(ctx, mention.start, paragraph - 1) : undefined);
    return organisation ? withDescription(ctx, { name: spelledOut(ctx, organisation) ?? organisation, mention, kind: 'organisation' }) : { name: words, mention, kind: 'unnamed' };
  }
  if (bare || (to - from === 1 && (PRONOUNS.has(ctx.tokens[from]!.lower) || POSSESSIVE_PRONOUNS.has(ctx.tokens[from]!.lower)))) {
    // "he" and "she" are people: an organisation or a crowd before them is someone else, and
    // so is someone the article has already called by the other pronoun.
    const lower = ctx.tokens[from]!.lower;
    const pronoun = /^(?:he|him|his)$/.test(lower) ? 'he' : /^(?:she|her)$/.test(lower) ? 'she' : undefined;
    const fits = (name: string, kind: Speaker['kind']) =>
      !pronoun || ((kind === 'person' || (kind === 'unnamed' && isOnePerson(name))) && (ctx.pronouns.get(name) ?? pronoun) === pronoun);
    const found = (name: string): Speaker => {
      if (pronoun && !ctx.pronouns.has(name)) ctx.pronouns.set(name, pronoun);
      return withDescription(ctx, { name, mention, kind: 'person' });
    };
    // Someone named as a sentence's subject since the last speaker is who "he" or "she" is
    // now: '… Robin Joy runs the program. "…," she said'.
    const since = previous && paragraph - previous.paragraph <= SPEAKER_REACH ? previous.speaker.mention.end : undefined;
    const newer = pronoun && since !== undefined ? antecedent(ctx, mention.start, paragraph, (candidate) => fits(candidate, 'person'), since) : undefined;
    if (newer && newer !== previous?.speaker.name) return found(newer);
    if (previous && paragraph - previous.paragraph <= SPEAKER_REACH && fits(previous.speaker.name, previous.speaker.kind)) {
      if (pronoun && previous.speaker.kind === 'person' && !ctx.pronouns.has(previous.speaker.name)) ctx.pronouns.set(previous.speaker.name, pronoun);
      return { ...previous.speaker, mention };
    }
    // "they" stands for a group or an organisation, never for one person named before.
    const name = /^(?:they|we)$/.test(lower) ? undefined : antecedent(ctx, mention.start, paragraph, (candidate) => fits(candidate, 'person'));
    return name ? found(name) : { name: words, mention, kind: 'unnamed' };
  }

  // "authorities in the United Kingdom and the United States": people of a place are a
  // group; the place is where they are, not who spoke.
  const first = ctx.tokens[from]!;
  if (to - from > 2 && first.pos === 'NOUN' && /^\p{Ll}+[^s]s$/u.test(first.text) && /^(?:in|across|throughout|around)$/.test(ctx.tokens[from + 1]!.lower)) {
    return { name: first.text, mention, kind: 'group', description: ctx.text.slice(ctx.tokens[from + 1]!.start, mention.end) };
  }
  // "Former US Ambassador to the United Nations Nikki Haley": the office before the mention
  // says that its first words are the office's, not the name's.
  let office = from;
  while (office > Math.max(0, from - 3) && /^(?:to|of|for|the)$/.test(ctx.tokens[office - 1]!.lower)) office--;
  const named = office < from && isTitle(ctx.tokens[office - 1]?.text ?? '') ? ctx.text.slice(ctx.tokens[office - 1]!.start, mention.end) : undefined;
  let key = opensSentenceWithCommonWords(ctx, from, to) ? [] : nameKey(named ?? properNouns(ctx, from, to) ?? words);
  // "King said", where the article named "TJ King": a surname that is also a title.
  if (key.length === 0 && to - from === 1 && isTitle(words) && /^\p{Lu}/u.test(words)) {
    const full = fullestName(ctx.runs, [words]);
    if (full?.includes(' ')) key = [words];
  }
  const inArticle = fullestName(ctx.runs, key);
  const fullest = inArticle?.includes(' ') ? inArticle : (spelledOtherwise(ctx, key) ?? inArticle);
  // A month alone is a date ("In June, …"), unless the article names someone so ("Theresa May").
  if (key.length === 1 && MONTH.test(key[0]!) && (!fullest || fullest === key[0])) return undefined;
  // "Neighbors told …", "Meteorologists predict …": a plural of people opening the sentence.
  const opens = !ctx.tokens[from - 1] || /^[.!?"“”]$/.test(ctx.tokens[from - 1]!.text);
  // "Initial reports from …", "Satellite imaging from …", "Part of the statement": one
  // capitalised word opening the sentence, then lower case, is a common word.
  if (key.length === 1 && opens && to - from > 1 && /^\p{Ll}/u.test(ctx.tokens[from + 1]!.text) && key[0] === ctx.tokens[from]!.text && !fullest?.includes(' ')) {
    return { name: words, mention, kind: /[^s]s$/i.test(lastWord(words)) ? 'group' : 'unnamed' };
  }
  // ("Egyptologists have reported": capitalised after its place, not its sentence.)
  if (key.length === 1 && to - from === 1 && (opens || /(?:ists|ians)$/.test(key[0]!)) && !fullest?.includes(' ') && /(?:ists|ians|ers|ors|bors|ents|ants)$/.test(key[0]!)) {
    return { name: words, mention, kind: 'group' };
  }
  // "Findings", "Lost", "Without": a word the article also writes in lower case is no name.
  if (key.length === 1 && !fullest?.includes(' ') && new RegExp(`(?<![\\p{L}-])${escape(key[0]!.toLowerCase())}(?![\\p{L}-])`, 'u').test(ctx.text)) {
    return { name: words, mention, kind: /[^s]s$/i.test(key[0]!) ? 'group' : 'unnamed' };
  }
  if (key.length > 0) {
    // A place before a person's name is not theirs ("Iran Brian Hook"); an organisation's is
    // ("Syrian Democratic Forces"). "The Department" is the one the article named in full.
    const short = key.length === 1 ? spelledOut(ctx, ctx.tokens[to - 1]!.text) : undefined;
    const name = short ?? fullest ?? bodyNamedBefore(ctx, key, mention.start) ?? (isOrganisation(key.join(' ')) ? key : withoutPlaces(key, ctx.runs)).join(' ');
    // Words before the name describe it: "longtime Democratic pollster Pat Caddell".
    const firstKey = words.indexOf(key[0]!);
    const prefix = describing(words.slice(0, firstKey));
    // "The Verge", "The Atlantic": one word after "the" names a paper or a body, not a person.
    const titled = /^the$/i.test(prefix) && key.length === 1;
    const speaker: Speaker = { name, mention, kind: isOrganisation(name) || isPlaceIn(name, ctx.text) || isCountry(name) || isPublicationIn(name, ctx.text) || titled || /\b(?:government|administration)$/i.test(prefix) ? 'organisation' : 'person' };
    // ("Amazon Environmental Research Institute Director Ane Alencar": a title ends it; "US
    // Ambassador to Germany Richard Grenell": an office to a place.)
    // ("Judge Amy Berman Jackson said": one word, an office people ask for.)
    const office = (/\s/.test(prefix) && (isTitle(lastWord(prefix)) || /\b\p{Lu}\p{L}+\s+to\s/u.test(prefix))) || OFFICE_ALONE.test(prefix);
    // "Sheldon Yett of UNICEF", "study co-author Ted Scambos of CU Boulder's …": the body
    // after the name is theirs, as an office before it is.
    const body = affiliation(ctx, words, key, mention);
    if ((/\b\p{Ll}{3,}/u.test(prefix) || office) && isDescription(prefix)) {
      const current = ctx.descriptions.get(name);
      // (A fuller one later replaces an office alone: "U.S. District Judge" after "Judge".)
      if (current === undefined || (!/\s/.test(current) && /\s/.test(prefix))) ctx.descriptions.set(name, [inFull(ctx, prefix, mention.start), body].filter(Boolean).join(' '));
    }
    // (What the sentence says of them after a comma comes first: "Tristan Smith of University
    // College London, a shipping researcher …".)
    if (att.description) remember(ctx, name, att.description);
    if (body && !ctx.descriptions.has(name)) ctx.descriptions.set(name, body);
    return withDescription(ctx, speaker);
  }

  // An unnamed source ("One user", "a senior official") stays unnamed, unless it is a
  // role the article gave a named speaker ("the professor" after "Choo, a professor …").
  // The head noun comes before what qualifies it: "The head of the police's investigators".
  const headWords = words.split(/\s+/);
  const qualified = headWords.findIndex((w, i) => i > 0 && /^(?:of|at|for|from|in|with)$/i.test(w));
  const head = headWords[(qualified > 0 ? qualified : headWords.length) - 1]!.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');
  if (head && /^(?:the|his|her|their|its)\b/i.test(words)) {
    // The role is what the description says they are, its head ("the meteorologist" of
    // "Electric Company meteorologist"), not any word of it ("the company").
    for (const [name, description] of ctx.descriptions) {
      if (descriptionHead(description) === head) return withDescription(ctx, { name, mention, kind: isOrganisation(name) ? 'organisation' : 'person' });
    }
    // "his daughter" after "his daughter Nettie Baker", "the spokesperson" after "a State
    // Department spokesperson, Morgan Ortagus", "the governor" after "Governor Kay Ivey":
    // the role was given with the name before.
    const givenWith = (r: NamedRun) =>
      new RegExp(`\\b${head},?\\s+$`, 'i').test(ctx.text.slice(Math.max(0, r.start - head.length - 3), r.start)) ||
      new RegExp(`\\b${head}\\s+${escape(r.words[0]!)}`, 'i').test(ctx.text.slice(r.start, r.end));
    // (One word after a title that names its holder by one: "the Pope" after "Pope Francis".)
    const named = [...ctx.runs].reverse().find((r) => r.person && r.start < mention.start && (r.words.length >= 2 || ONE_NAME_TITLES.test(head)) && givenWith(r));
    if (named) return withDescription(ctx, { name: named.words.join(' '), mention, kind: 'person' });
    // '…," said Karen Alley. The Wooster professor added, "…"': a role with "the", right
    // after a person spoke, is that person.
    if (/^the\b/i.test(words) && isTitle(head) && previous?.speaker.kind === 'person' && paragraph - previous.paragraph <= 1) {
      return { ...previous.speaker, mention };
    }
  }
  // "experts", "Neighbors", "Chinese officials": many people, none named.
  return { name: words, mention, kind: /[^s]s$/i.test(head) || /^(?:police|people|staff|crew|public)$/.test(head) ? 'group' : 'unnamed' };
}

/**
 * The body a mention names after the person ("of UNICEF" of "Sheldon Yett of UNICEF"), with
 * the rest of a name the mention stops inside ("Ryan Cloutier of the Harvard" of "…the
 * Harvard–Smithsonian Center for Astrophysics"); none where the word it stops inside goes
 * on in lower case: half a name is no description.
 */
function affiliation(ctx: SpeakerContext, words: string, key: string[], mention: { end: number }): string | undefined {
  const last = key.at(-1);
  const at = last === undefined ? -1 : words.lastIndexOf(last);
  const rest = at < 0 ? '' : words.slice(at + last!.length).trim();
  if (!/^(?:of|from|at)\s+(?:the\s+)?\p{Lu}/u.test(rest)) return undefined;
  const after = ctx.text.slice(mention.end);
  const joined = /^[–—-]\p{Lu}[\p{L}'’]*(?:\s+(?:(?:for|of|and|on)\s+)?\p{Lu}[\p{L}'’-]*)*/u.exec(after)?.[0];
  if (!joined && /^[–—-]\p{L}/u.test(after)) return undefined;
  // ("Jennifer Daskal of American University and contributor …": the body, not what follows.)
  return `${rest}${joined ?? ''}`.replace(/\s+and\s+\p{Ll}.*$/u, '').replace(/[\s,;:(]+$/, '');
}

// Titles whose holders go by one name: "Pope Francis", "King Salman".
const ONE_NAME_TITLES = /^(?:pope|king|queen|prince|princess|emperor|empress|sultan|emir|ayatollah|patriarch)$/;

// A body called by its kind, which stands for the one the article named before.
const BODY_BY_KIND = /^the\s+(?:company|firm|utility|corporation|airline|automaker|carmaker|manufacturer|retailer|agency|organi[sz]ation)$/i;

/** What a description says someone is: its last word before what qualifies it ("meteorologist" of "Electric Company meteorologist", "governor" of "Governor of Alabama"). */
function descriptionHead(description: string): string {
  const words = description.split(/[\s,;]+/).filter(Boolean);
  const qualified = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|from|in|with|to|who|and)$/i.test(w));
  return (words[(qualified > 0 ? qualified : words.length) - 1] ?? '').toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');
}

// Verbs that put out words: their subject is the author of the statement they put out.
const ISSUED = /^(?:released|issued|published|posted|shared|sent|put|made|gave|read|delivered|tweeted)$/;

/** The subject of "X (also) issued <the utterance at `at`>", if the sentence has one. */
function authorOf(tokens: readonly Token[], at: number): [number, number] | undefined {
  let verb = at - 1;
  if (tokens[verb]?.lower === 'out' && tokens[verb - 1]?.lower === 'put') verb--;
  if (!ISSUED.test(tokens[verb]?.lower ?? '')) return undefined;
  let end = verb;
  while (end > 0 && /^(?:also|later|then|has|have|had|quickly|jointly)$/.test(tokens[end - 1]!.lower)) end--;
  // Within the sentence: back to its last stop or quotation mark.
  let floor = end;
  while (floor > Math.max(0, end - 12) && !stops(tokens, floor - 1) && !/^[.!?"“”]$/.test(tokens[floor - 1]!.text)) floor--;
  return phraseEndingAt(tokens, end, floor);
}

/**
 * Whom a pronoun at `offset` stands for when no speaker came just before: the last person
 * named as a sentence's subject within reach ("In December, Crown Prince Mohammad bin
 * Salman … accepted …. Speaking to Martin Smith of PBS, he said"), else the nearest
 * person named; never one spoken to, and never one `fits` rules out.
 */
function antecedent(ctx: SpeakerContext, offset: number, paragraph: number, fits: (name: string) => boolean, since?: number): string | undefined {
  const spokenTo = (r: NamedRun) => /\b(?:to|with|told|tells|telling|asked)\s+$/i.test(ctx.text.slice(Math.max(0, r.start - 10), r.start));
  const candidates: Array<{ run: NamedRun; name: string; appositive: boolean }> = [];
  for (const run of ctx.runs) {
    if (run.start >= offset) break;
    if (!run.person || spokenTo(run) || (since !== undefined && run.start < since) || insideQuotation(ctx.text, run.start)) continue;
    // A surname alone counts when the article gives the full name: "Cengiz called …".
    // So does one name set off by commas after whom it names: "Waseem's mother, Anwar, said".
    const appositive = run.words.length === 1 && /(?:^|\s)\p{Ll}+,\s*$/u.test(ctx.text.slice(Math.max(0, run.start - 24), run.start)) && /^,/.test(ctx.text.slice(run.end, run.end + 1));
    const name = run.words.length >= 2 ? run.words.join(' ') : (fullestName(ctx.runs, run.words) ?? (appositive ? run.words[0] : undefined));
    if (name && (name.split(' ').length >= 2 || appositive) && fits(name)) candidates.push({ run, name, appositive });
  }
  candidates.reverse();
  // (The appositive's subject is the one it names when the verb follows it: ", Anwar, wept".)
  const verbAfter = (run: NamedRun) => ctx.tokens[firstTokenAt(ctx.tokens, run.end) + 1]?.pos === 'VERB';
  const subject = candidates.find((c) => paragraph - ctx.paragraphOf(c.run.start) <= SPEAKER_REACH && (isSubject(ctx, c.run) || (c.appositive && verbAfter(c.run))));
  // Since the last speaker, only a subject will do; with no speaker near, the nearest name.
  return since !== undefined ? subject?.name : (subject ?? candidates[0])?.name;
}

/**
 * True when `offset` falls inside quote marks in its paragraph: a name in someone's words is
 * whom they spoke of, not who speaks ('"I know nothing about Jake Sullivan," she said').
 */
function insideQuotation(text: string, offset: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', offset) + 1, offset);
  const curly = (before.match(/\u201c/g) ?? []).length - (before.match(/\u201d/g) ?? []).length;
  return curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** The last organisation named as a sentence's subject in this paragraph, before `offset`. */
function organisationBefore(ctx: SpeakerContext, offset: number, paragraph: number): string | undefined {
  let found: string | undefined;
  for (const run of ctx.runs) {
    if (run.start >= offset) break;
    const name = run.words.join(' ');
    if (ctx.paragraphOf(run.start) === paragraph && isOrganisation(name) && isSubject(ctx, run)) found = name;
  }
  return found;
}

/** True when a named run is its sentence's subject: no verb before it, no preposition just before, a verb after it. */
function isSubject(ctx: SpeakerContext, run: NamedRun): boolean {
  // "One is Denis Kovalchuk, a sixth year student …": whom a sentence introduces is its topic.
  const opening = firstTokenAt(ctx.tokens, run.start);
  if (/^(?:is|was)$/i.test(ctx.tokens[opening - 1]?.text ?? '') && /^(?:one|another|among\s+them)$/i.test(sentenceOpening(ctx, opening - 1))) return true;
  // A subject has its verb next, or after a place ("Crown Prince Mohammad bin Salman of Saudi
  // Arabia accepted") or an appositive ("Joy, who runs the shelter, said"), or both, in either
  // order ("Amadou Magassa, 13, of Philadelphia sold", "Alexander Gagay of Yekaterinburg, who
  // took third place last year, is").
  let next = firstTokenAt(ctx.tokens, run.end);
  const place = () => {
    if (!/^(?:of|from|at|in)$/.test(ctx.tokens[next]?.lower ?? '')) return;
    let k = next + 1;
    while (ctx.tokens[k] && (/^\p{Lu}/u.test(ctx.tokens[k]!.text) || ctx.tokens[k]!.lower === 'the')) k++;
    if (k > next + 1) next = k;
  };
  place();
  if (ctx.tokens[next]?.text === ',') {
    let k = next + 1;
    while (k < ctx.tokens.length && k - next < 30 && !/^[,.;!?]$/.test(ctx.tokens[k]!.text)) k++;
    if (ctx.tokens[k]?.text === ',') next = k + 1;
  }
  place();
  // "Wong and three of his co-authors have started …": the first of a joined subject.
  if (ctx.tokens[next]?.lower === 'and') {
    let k = next + 1;
    while (k < ctx.tokens.length && k - next <= 6 && !/^(?:VERB|AUX|PUNCT)$/.test(ctx.tokens[k]!.pos)) k++;
    if (k > next + 1 && /^(?:VERB|AUX)$/.test(ctx.tokens[k]?.pos ?? '')) next = k;
  }
  while (/^(?:ADV)$/.test(ctx.tokens[next]?.pos ?? '')) next++;
  // "… on Tuesday told", "… yesterday said": a time before the verb.
  if (/^(?:on|last|this)$/i.test(ctx.tokens[next]?.text ?? '') && /^\p{Lu}/u.test(ctx.tokens[next + 1]?.text ?? '')) next += 2;
  else if (/^(?:yesterday|today|tonight)$/i.test(ctx.tokens[next]?.text ?? '')) next++;
  if (!/^(?:VERB|AUX)$/.test(ctx.tokens[next]?.pos ?? '')) return false;
  // (Not a name's last words after a preposition: "the chairman of the Rockingham County GOP".)
  let i = firstTokenAt(ctx.tokens, run.start);
  let before = i - 1;
  while (before > 0 && (/^\p{Lu}/u.test(ctx.tokens[before]!.text) || ctx.tokens[before]!.lower === 'the') && !/^[.!?]$/.test(ctx.tokens[before - 1]!.text)) before--;
  if (/^(?:of|to|by|with|for|about|against|from|at|on|in|and|or|than)$/i.test(ctx.tokens[before]?.text ?? '')) return false;
  for (i--; i >= 0; i--) {
    const t = ctx.tokens[i]!;
    if (/^[.!?]$/.test(t.text) || t.text === ',' || /\n/.test(ctx.text.slice(t.end, ctx.tokens[i + 1]!.start))) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

/** The words of a sentence before token `end`. */
function sentenceOpening(ctx: SpeakerContext, end: number): string {
  let i = end;
  while (i > 0 && !/^[.!?]$/.test(ctx.tokens[i - 1]!.text) && end - i < 4) i--;
  return i > 0 && !/^[.!?]$/.test(ctx.tokens[i - 1]!.text) ? '' : ctx.tokens.slice(i, end).map((t) => t.text).join(' ');
}

function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "Yahya Sarea said …", then '"…", Saree said': a surname that no run of the article holds,
 * one letter away from the surname of exactly one person it names in full.
 */
function spelledOtherwise(ctx: SpeakerContext, key: readonly string[]): string | undefined {
  if (key.length !== 1 || key[0]!.length < 5) return undefined;
  const surname = key[0]!.toLowerCase();
  if (ctx.runs.some((r) => r.words.length >= 2 && r.words.some((w) => w.toLowerCase() === surname))) return undefined;
  const names = new Set(ctx.runs.filter((r) => r.person && r.words.length >= 2 && r.words.at(-1)!.length >= 5 && withinOneEdit(r.words.at(-1)!.toLowerCase(), surname)).map((r) => r.words.join(' ')));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * "The Department issued a statement": a body's own word alone stands for the body the
 * article named in full before it, the fullest one ("California Department of Corrections
 * and Rehabilitation").
 */
function bodyNamedBefore(ctx: SpeakerContext, key: readonly string[], offset: number): string | undefined {
  if (key.length !== 1 || !isOrganisation(key[0]!) || /^[\p{Lu}&.-]+$/u.test(key[0]!)) return undefined;
  const word = escape(key[0]!);
  const name = `(?:\\p{Lu}[\\p{L}'’.-]*\\s+)+${word}(?:\\s+(?:of|for|and)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*)*|${word}(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*)+`;
  const found = [...ctx.text.slice(0, offset).matchAll(new RegExp(`(?<![\\p{L}])(?:${name})`, 'gu'))].map((m) => m[0].replace(/^(?:The|A|An)\s+/, '').replace(/\.$/, ''));
  // The fullest: "Supreme Court of Puerto Rico" over a headline's "Supreme Court".
  return found.filter((f) => f.split(/\s+/).length >= 2).reduce<string | undefined>((a, b) => (!a || b.length > a.length ? b : a), undefined);
}

/** "Society President" after "the Royal Pharmaceutical Society": the body named in full. */
function inFull(ctx: SpeakerContext, description: string, offset: number): string {
  const [body, ...rest] = description.split(/\s+/);
  const full = rest.length > 0 && /^\p{Lu}/u.test(body!) ? bodyNamedBefore(ctx, [body!], offset) : undefined;
  // (Not one already written in full: "Center for Biological Diversity scientist".)
  return full && !description.startsWith(full) ? `${full} ${rest.join(' ')}` : description;
}

/**
 * "Syrian Democratic Forces (SDF)": the name an article spells out before an abbreviation in
 * brackets, as many of its capitalised words as the abbreviation has initials ("Kurdish-led"
 * before it is not the name's); "Philippine Institute of Volcanology and Seismology
 * (Phivolcs)", an abbreviation of syllables, the whole run.
 */
function spelledOut(ctx: SpeakerContext, short: string): string | undefined {
  if (!/^\p{Lu}[\p{L}&.-]{1,9}$/u.test(short)) return undefined;
  const word = `\\p{Lu}[\\p{L}'’.-]*`;
  const run = ctx.text.match(new RegExp(`(${word}(?:\\s+(?:(?:of|and|for|the|on)\\s+)*${word})+)\\s*\\(${escape(short)}\\)`, 'u'))?.[1]?.replace(/^(?:The|A|An)\s+/, '');
  if (!run) return undefined;
  const words = run.split(/\s+/);
  const initials = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  for (let i = 0; i < words.length; i++) {
    const name = words.slice(i);
    const capitals = name.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
    // ("PG&E" is Pacific Gas and Electric Company: a body's kind at the end goes untold.)
    const untold = /^(?:Company|Corporation|Inc\.?|Ltd\.?|Limited|Group)$/.test(name.at(-1)!) ? capitals.slice(0, -1) : undefined;
    if ((capitals === initials || untold === initials) && /^\p{Lu}/u.test(name[0]!)) return name.join(' ');
  }
  return short !== short.toUpperCase() && run.toLowerCase().startsWith(initials.slice(0, 3)) ? run : undefined;
}

/** `text` as a regular expression that matches it literally. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The last word of a phrase, lower case: "reports" of "Initial reports from Omsk". */
function lastWord(words: string): string {
  return words.split(/\s+/).filter((w) => !/^(?:of|at|for|from|in|with)$/i.test(w)).at(-1)?.toLowerCase() ?? '';
}

// An unnamed source "he" or "she" can stand for: "One user", "a senior official", "the
// head of the inspectors", not "A sample" of comments. Titles count too.
const ONE_PERSON =
  /^(?:user|official|source|resident|man|woman|person|member|worker|witness|student|officer|nurse|friend|neighbou?r|relative|father|mother|son|daughter|wife|husband|brother|sister|owner|employee|aide|expert|leader|agent|driver|passenger|survivor|victim|fan|customer|tenant|landlord|parent|child|boy|girl|attendee|commenter|diplomat|guard|soldier|pilot)$/;

function isOnePerson(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const qualified = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|from|in|with)$/.test(w));
  const head = words[(qualified > 0 ? qualified : words.length) - 1]!.replace(/['’]s$/, '');
  return ONE_PERSON.test(head) || isTitle(head);
}

const FUNCTION_WORDS = /^(?:which|that|this|these|those|like|a|an|the|not|according|to|n't|there|such|so|as|if|then|than|also|only|just|even)$/i;
const OPENER_WORDS = /^(?:when|while|instead|despite|as|a|result|however|then|after|before|because|although|though|if|since|until|meanwhile|also|still|yet|so|thus|therefore|moreover|furthermore|indeed|now|later|earlier|again|once|not|without)$/i;
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
  // "Associated Press", "Sky News": the first word belongs to the organisation's name.
  if (isOrganisation(ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end))) return undefined;
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
